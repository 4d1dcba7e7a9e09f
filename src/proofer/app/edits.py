"""Edits a person makes to a page: pure functions ``Page -> (Page, PageChange)``.

Every edit becomes a human decision in ``Overrides`` (or a line correction / split), never a
change to the engine's proposal, so a newer engine keeps it. Each edit also reports what it
touched (Anki's ``OpChanges``), so that each view repaints only those lines and articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from ..core.formats.sidecar import split_line as _split_raw_line
from ..core.model import (
    ArticlePlan,
    Break,
    Decisions,
    Line,
    Overrides,
    Page,
    Piece,
    Role,
    _frozen,
    pieces_of,
)

Engine = Callable[[Sequence[Line]], Decisions]
DOUBT_BELOW = 0.7  # a proposal with less confidence than this is shown as doubtful


class Boundary(StrEnum):
    """What follows a line: the next line of the paragraph, a new paragraph, or a new article."""

    JOIN = "join"
    PARAGRAPH = "paragraph"
    ARTICLE = "article"


@dataclass(frozen=True)
class PageChange:
    """What an edit touched: line rows and article positions (in the new page) to repaint.

    ``relayout`` means the lines themselves changed (a split): everything is repainted.
    """

    lines: frozenset[int] = frozenset()
    articles: frozenset[int] = frozenset()
    relayout: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.lines and not self.articles and not self.relayout

    def __or__(self, other: PageChange) -> PageChange:
        return PageChange(self.lines | other.lines, self.articles | other.articles, self.relayout or other.relayout)


Edit = tuple[Page, PageChange]


# -- reading a page the way the edits need it --------------------------------------------------


def flows(decisions: Decisions) -> list[list[int]]:
    """Each article's line indexes in reading order."""
    return [list(plan.line_indexes()) for plan in decisions.articles]


def article_of(decisions: Decisions, index: int) -> int | None:
    return decisions.article_of().get(index)


def last_content_in_flow(page: Page, flow: list[int]) -> int | None:
    return next((i for i in reversed(flow) if not page.lines[i].is_blank), None)


def boundary_after(page: Page, decisions: Decisions, index: int, owner: Mapping[int, int] | None = None) -> Boundary:
    """The boundary after a content line: article when it ends its article's flow."""
    owner = decisions.article_of() if owner is None else owner
    a = owner.get(index)
    if a is not None:
        flow = list(decisions.articles[a].line_indexes())
        if last_content_in_flow(page, flow) == index:
            return Boundary.ARTICLE
    return Boundary(decisions.break_after(index).value)


# -- what changed -------------------------------------------------------------------------------


def diff(before: Page, after: Page) -> PageChange:
    """Lines whose text, role, break or article changed, and the articles holding them."""
    if len(before.lines) != len(after.lines) or _keys(before) != _keys(after):
        return PageChange(relayout=True)
    old, new = before.decisions, after.decisions
    # a line's article is known by its pieces, not its position, so that inserting an article
    # does not touch the lines of the ones after it
    old_owner, new_owner = old.article_of(), new.article_of()
    old_sig = {i: old.articles[a].pieces for i, a in old_owner.items()}
    new_sig = {i: new.articles[a].pieces for i, a in new_owner.items()}
    lines = set()
    for i in range(len(after.lines)):
        if (
            before.lines[i] != after.lines[i]
            or old.roles[i] != new.roles[i]
            or old.breaks.get(i) != new.breaks.get(i)
            or old_sig.get(i) != new_sig.get(i)
        ):
            lines.add(i)
    articles = {new_owner[i] for i in lines if i in new_owner}
    # an article whose pieces were reordered, that moved in the page or whose confidence changed
    # (a person confirmed the layout) changes without its lines
    for a, plan in enumerate(new.articles):
        if a >= len(old.articles) or old.articles[a] != plan:
            articles.add(a)
    if len(new.articles) != len(old.articles):
        articles.update(range(min(len(new.articles), len(old.articles)), len(new.articles)))
    return PageChange(frozenset(lines), frozenset(articles))


def _keys(page: Page) -> list[str]:
    return [line.key for line in page.lines]


def _with_overrides(page: Page, overrides: Overrides) -> Edit:
    after = replace(page, overrides=overrides)
    return after, diff(page, after)


def _with_layout(page: Page, layout: list[list[int]]) -> Edit:
    """The page with a person's layout: flows of line indexes, empty ones dropped."""
    plans = tuple(ArticlePlan(pieces_of(flow)) for flow in layout if flow)
    return _with_overrides(page, page.overrides.with_articles(plans))


def _layout_from_pieces(pieces: list[list[Piece]]) -> list[list[int]]:
    return [[i for p in ps for i in p.indexes()] for ps in pieces]


# -- roles and breaks ---------------------------------------------------------------------------


def set_role(page: Page, index: int, role: Role) -> Edit:
    return _with_overrides(page, page.overrides.with_role(index, role))


def set_roles(page: Page, indexes: Iterable[int], role: Role) -> Edit:
    overrides = page.overrides
    for i in indexes:
        overrides = overrides.with_role(i, role)
    return _with_overrides(page, overrides)


def set_break(page: Page, index: int, value: Break) -> Edit:
    return _with_overrides(page, page.overrides.with_break(index, value))


def set_boundary(page: Page, index: int, kind: Boundary) -> Edit:
    """Set what follows a line. A new article splits the article after the line; a join or new
    paragraph after the last line of an article merges the next article in raw order into it."""
    decisions = page.decisions
    if kind is Boundary.ARTICLE:
        a = article_of(decisions, index)
        if a is None:
            return page, PageChange()
        flow = flows(decisions)[a]
        nxt = flow.index(index) + 1
        rest = [i for i in flow[nxt:] if not page.lines[i].is_blank]
        if not rest:
            return page, PageChange()
        return split_article(page, rest[0])
    value = Break(kind.value)
    if boundary_after(page, decisions, index) is Boundary.ARTICLE:
        a = article_of(decisions, index)
        owner = decisions.article_of()
        following = next(
            (owner[i] for i in range(index + 1, len(page.lines)) if i in owner and owner[i] != a),
            None,
        )
        if a is not None and following is not None:
            merged, change = merge_articles(page, a, following)
            after, change2 = set_break(merged, index, value)
            return after, change | change2
    return set_break(page, index, value)


# -- the article layout -------------------------------------------------------------------------


def split_article(page: Page, index: int) -> Edit:
    """A new article begins at line ``index``: the rest of its article's flow moves into it."""
    decisions = page.decisions
    a = article_of(decisions, index)
    if a is None:
        return page, PageChange()
    layout = flows(decisions)
    flow = layout[a]
    at = flow.index(index)
    if at == 0:
        return page, PageChange()
    layout[a : a + 1] = [flow[:at], flow[at:]]
    return _with_layout(page, layout)


def merge_articles(page: Page, first: int, second: int) -> Edit:
    """The second article's pieces continue the first's flow; the second goes."""
    layout = flows(page.decisions)
    if first == second or not (0 <= first < len(layout) and 0 <= second < len(layout)):
        return page, PageChange()
    layout[first] = layout[first] + layout[second]
    layout[second] = []
    return _with_layout(page, layout)


def move_article(page: Page, article: int, delta: int) -> Edit:
    layout = flows(page.decisions)
    to = article + delta
    if not (0 <= article < len(layout) and 0 <= to < len(layout)):
        return page, PageChange()
    layout.insert(to, layout.pop(article))
    return _with_layout(page, layout)


def move_lines(page: Page, indexes: Iterable[int], target: int, position: int | None = None) -> Edit:
    """Move lines (a headline line, a column piece) into article ``target``.

    ``position`` is where in the target's pieces they go (0 = before its first piece, None =
    after its last); headline lines default to the front, where headlines are read.
    """
    moving = sorted(set(indexes))
    decisions = page.decisions
    pieces = [list(plan.pieces) for plan in decisions.articles]
    if not moving or not 0 <= target < len(pieces):
        return page, PageChange()
    if position is None:
        position = 0 if all(decisions.role(i).is_headline for i in moving) else len(pieces[target])
    position = max(0, min(position, len(pieces[target])))
    before = [i for p in pieces[target][:position] for i in p.indexes() if i not in moving]
    after = [i for p in pieces[target][position:] for i in p.indexes() if i not in moving]
    layout = [[i for i in flow if i not in moving] for flow in _layout_from_pieces(pieces)]
    layout[target] = before + moving + after
    return _with_layout(page, layout)


def move_piece(page: Page, article: int, piece: int, delta: int) -> Edit:
    """Reorder the pieces of an article: piece ``piece`` moves ``delta`` places."""
    pieces = [list(plan.pieces) for plan in page.decisions.articles]
    if not 0 <= article < len(pieces):
        return page, PageChange()
    own = pieces[article]
    to = piece + delta
    if not (0 <= piece < len(own) and 0 <= to < len(own)):
        return page, PageChange()
    own.insert(to, own.pop(piece))
    return _with_layout(page, _layout_from_pieces(pieces))


def piece_at(decisions: Decisions, index: int) -> tuple[int, int] | None:
    """(article, piece position) of the piece holding line ``index``."""
    for a, plan in enumerate(decisions.articles):
        for k, p in enumerate(plan.pieces):
            if index in p:
                return a, k
    return None


def set_layout(page: Page, layout: list[list[int]]) -> Edit:
    """A whole layout at once (flows of line indexes in reading order)."""
    return _with_layout(page, layout)


# -- line text ----------------------------------------------------------------------------------


def correct_lines(page: Page, corrections: Mapping[int, str | None]) -> Edit:
    """Set the corrected text of lines; None (or the raw text itself) restores the raw text."""
    lines = list(page.lines)
    for i, text in corrections.items():
        line = lines[i]
        lines[i] = replace(line, corrected=None if text is None or text == line.raw else text)
    after = replace(page, lines=tuple(lines))
    changed = frozenset(i for i in corrections if page.lines[i] != after.lines[i])
    owner = page.decisions.article_of()
    return after, PageChange(changed, frozenset(owner[i] for i in changed if i in owner))


def correct_line(page: Page, index: int, text: str | None) -> Edit:
    return correct_lines(page, {index: text})


def split_line(page: Page, index: int, column: int, engine: Engine) -> tuple[Page, PageChange, tuple[str, int]]:
    """Split a line in two at ``column`` (two columns run into one line by the extractor).

    Human decisions about later lines move with them; the second part inherits the line's role
    and article. Returns the split as the sidecar records it: (line key, column).
    """
    line = page.lines[index]
    first, second = _split_raw_line(line, column)
    lines = page.lines[:index] + (first, second) + page.lines[index + 1 :]

    def shift(i: int) -> int:
        return i + 1 if i > index else i

    o = page.overrides
    roles = {shift(i): r for i, r in o.roles.items()}
    if index in o.roles:
        roles[index + 1] = o.roles[index]
    breaks = {shift(i): b for i, b in o.breaks.items()}
    articles = None
    if o.articles is not None:
        # a piece ending at the split line now ends at its second part
        articles = tuple(
            replace(a, pieces=tuple(Piece(shift(p.first), p.last + 1 if p.last >= index else p.last) for p in a.pieces))
            for a in o.articles
        )
    overrides = Overrides(_frozen(roles), _frozen(breaks), articles)
    after = Page(page.source, lines, engine(lines), overrides)
    return after, PageChange(relayout=True), (line.key, column)


# -- doubtful decisions -------------------------------------------------------------------------


class DoubtKind(StrEnum):
    ROLE = "role"
    BREAK = "break"
    ARTICLE = "article"


@dataclass(frozen=True)
class Doubt:
    """A proposal the engine is unsure of, addressed by the line it is about."""

    kind: DoubtKind
    line: int
    confidence: float


def doubts(page: Page, below: float = DOUBT_BELOW) -> list[Doubt]:
    """Low-confidence decisions nobody has confirmed, in page order."""
    d = page.decisions
    owner = d.article_of()
    out: list[Doubt] = []
    starts = {plan.first_line: a for a, plan in enumerate(d.articles)}
    for i, line in enumerate(page.lines):
        if line.is_blank:
            continue
        a = starts.get(i)
        if a is not None:
            plan = d.articles[a]
            if not plan.by_person and plan.confidence < below:
                out.append(Doubt(DoubtKind.ARTICLE, i, plan.confidence))
        role = d.roles[i]
        if not role.by_person and role.confidence < below:
            out.append(Doubt(DoubtKind.ROLE, i, role.confidence))
        brk = d.breaks.get(i)
        if (
            brk is not None
            and not brk.by_person
            and brk.confidence < below
            and role.value is Role.BODY
            and boundary_after(page, d, i, owner) is not Boundary.ARTICLE
        ):
            out.append(Doubt(DoubtKind.BREAK, i, brk.confidence))
    return out


def accept(page: Page, doubt: Doubt) -> Edit:
    """Confirm a proposal: the same value, now set by a person."""
    return accept_all(page, [doubt])


def accept_all(page: Page, which: Iterable[Doubt] | None = None) -> Edit:
    which = doubts(page) if which is None else list(which)
    d = page.decisions
    overrides = page.overrides
    for doubt in which:
        if doubt.kind is DoubtKind.ROLE:
            overrides = overrides.with_role(doubt.line, d.role(doubt.line))
        elif doubt.kind is DoubtKind.BREAK:
            overrides = overrides.with_break(doubt.line, d.break_after(doubt.line))
        else:
            # the layout is one human decision: confirming an article confirms the layout
            overrides = overrides.with_articles(d.articles)
    after, change = _with_overrides(page, overrides)
    return after, change | PageChange(frozenset(x.line for x in which))
