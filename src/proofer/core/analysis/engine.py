"""The engine: proposes roles, paragraph breaks and the article layout of a page.

Steps, each in its own module:
0. ``reading``: the page read in the characters the rules are written in (simplified, full-width
   marks), one for each, so that every decision holds for the page's own lines.
1. ``features``: per-line width, sentence ends, datelines, author lines; page column widths.
2. ``roles``: furniture at the page top, headline lines, author lines, photo credits.
3. ``pieces``: runs between blank lines, cut into body segments with their start/end shapes.
4. ``layout``: segments linked into articles (shape, width, junction, content, order), with a
   confidence per article from its weakest link's margin.
5. ``headlines``: headline lines grouped, given to articles by content and position, roles named.
6. ``article_checks``: the layout checked against the headlines and the words (every article is
   printed under one): texts split or joined, a roundup's items gathered, subheads merged, items
   read in turn, a quoted speaker's paragraph moved, the editor's box put after the text it
   closes; lines taken for headlines that the layout shows to be text, or text glued under a
   headless article's box top that is its headline, are laid out again in their new roles (a
   second pass).
7. ``paragraphs``: a break decision for each line of an article's flow.
``cohesion`` holds the text statistics learned from the page (bigram PMI, idf-weighted bigrams).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..collector import collector_paused
from ..model import ArticlePlan, Break, Decision, Decisions, Line, Piece, Role, line_texts
from . import page_memo
from .article_checks import (
    close_with_editor,
    first_line_shaped,
    headline_atop,
    merge_byline_boxes,
    merge_captions,
    merge_headless,
    merge_roundup_items,
    merge_subheads,
    move_named_tails,
    move_quoted_paragraphs,
    order_numbered_items,
    split_by_headlines,
)
from .cohesion import PageBigrams, bigram_set, han_text, joined_bigrams
from .features import LineFeatures, features_of, keeps_indents, previous_content
from .fragments import attach_fragments
from .headline_style import reads_on, word_across
from .headlines import BUNCH, Headline, assign_headlines, bunch_chains, group_headlines, headline_roles
from .layout import link_segments
from .paragraphs import (
    break_column,
    break_score,
    decide,
    first_line_scores,
    indent_scores,
    indents_consistent,
    item_scores,
    quote_scores,
)
from .pieces import Segment, Start, page_columns, runs_of, segments_of
from .reading import reading_view
from .roles import BARE_NAME_BYLINE, bare_names, cut_authors, furniture_lines, name_tails, propose_roles


def propose(lines: Sequence[Line]) -> Decisions:
    # read in the characters the rules are written in (simplified, full-width marks), each for one
    texts = reading_view(line_texts(lines))
    page_memo.new_page()  # (values kept for the page before are forgotten)
    with collector_paused():
        return _propose_page(texts)


def _propose_page(texts: Sequence[str]) -> Decisions:
    feats = [features_of(text) for text in texts]
    # an author line cut short by its column reads as one with its rest, a box beside it (the
    # line alone names nobody): so for every rule, whatever source it names (本报, 晨报, 新华社)
    for i in cut_authors(feats):
        feats[i] = feats[i]._replace(author=True)
    noise = furniture_lines(feats)
    columns = page_columns(feats, noise)  # made once, for the runs and for their segments
    runs = runs_of(feats, noise, columns)
    bigrams = PageBigrams(f.text for f in feats if not f.blank)
    roles, heads = propose_roles(feats, runs, noise, bigrams)
    decisions, text_lines, glued, first = _propose(feats, runs, bigrams, roles, heads, columns)
    if not text_lines and not glued:
        return decisions
    # a headless article's headline found glued on top of one of its boxes: a headline line now
    for i in glued:
        roles[i] = Decision(Role.TITLE, GLUED_HEADLINE)
    heads = heads | glued
    # lines taken for headlines that the first layout showed to be text: laid out again as text,
    # so that the column pieces around them link through them (a paragraph's first line set
    # alone reads on into the full line of the next piece)
    for i in text_lines:
        roles[i] = Decision(Role.BODY, LOOSE_HEADLINE)
    heads = heads - text_lines
    # a name that stood by those lines now stands between text lines: an author's
    names = bare_names(runs, feats, heads, noise)
    for i in names:
        roles[i] = Decision(Role.BYLINE, BARE_NAME_BYLINE)
    # the segments of the first pass, most of which come again: their Han text and bigrams, by their lines
    made = {s.lines: (han, grams) for s, han, grams in zip(*first, strict=True)}
    return _propose(feats, runs, bigrams, roles, heads - names, columns, made)[0]


def _propose(
    feats: Sequence[LineFeatures],
    runs: Sequence,
    bigrams: PageBigrams,
    roles: list[Decision[Role]],
    heads: set[int],
    columns: list[float],
    made: Mapping[tuple[int, ...], tuple[str, set[str]]] | None = None,
) -> tuple[Decisions, set[int], set[int], tuple[list[Segment], list[str], list[set[str]]]]:
    """Decisions from the line roles, the headline lines the layout found to be text, the text
    lines it found to be a headless article's headline, and the segments with their Han text
    and bigrams (``columns``: the runs' page columns; ``made``: the Han text and bigrams of
    segments an earlier pass made, by their lines, never changed)."""
    roles = list(roles)
    role_values = [d.value for d in roles]
    indents = keeps_indents(feats)  # (the segments' starts and the breaks ask it)
    segs = segments_of(runs, feats, role_values, columns, indents)
    line_column = {i: s.column for s in segs for i in s.lines}  # each text line's column width
    after_headline = [previous_content(s.first, feats) in heads for s in segs]
    # each segment's Han text and bigrams made once (a second pass meets most segments again):
    # the article bodies' bigrams are their unions plus the pairs across junctions
    # (``joined_bigrams``), not rebuilt from the bodies' text
    seg_hans, seg_sets = [], []
    for s in segs:
        texts = made.get(s.lines) if made else None
        if texts is None:
            han = han_text(" ".join(feats[i].text for i in s.lines))
            texts = (han, bigram_set(han))
        seg_hans.append(texts[0])
        seg_sets.append(texts[1])
    chains, sureness = link_segments(segs, feats, after_headline, bigrams, heads, seg_sets)
    move_quoted_paragraphs(chains, sureness, segs, feats, seg_hans)

    # articles' body lines in flow order
    grouped = group_headlines(heads, feats)
    while True:
        flows = [[i for k in chain for i in segs[k].lines] for chain in chains]
        body_sets = [joined_bigrams([seg_hans[k] for k in chain], [seg_sets[k] for k in chain]) for chain in chains]
        firsts = [flow[0] for flow in flows]
        line_sets = [frozenset(flow) for flow in flows]
        headlines, owners = assign_headlines(grouped, (), line_sets, firsts, feats, body_sets)
        sure_loose = [
            o is None and all(roles[i].confidence >= SURE_HEADLINE for i in h.lines)
            for h, o in zip(headlines, owners, strict=True)
        ]
        if not split_by_headlines(chains, sureness, headlines, owners, sure_loose, segs, seg_sets, feats):
            if not move_named_tails(chains, sureness, headlines, owners, segs, seg_sets, feats):
                break

    article_heads: list[list[Headline]] = [[] for _ in flows]
    confidence = list(sureness)
    loose: list[Headline] = []
    announced: list[tuple[Headline, int]] = []  # (a headline-shaped line, the text line announcing it)
    for h, owner in zip(headlines, owners, strict=True):
        if owner is not None:
            article_heads[owner].append(h)
        elif all(roles[i].confidence < SURE_HEADLINE for i in h.lines) or text_reads_into(h, flows, feats, bigrams):
            loose.append(h)  # doubtful by its shape too, or the text above reads on into it: text, see below
        elif (above := announced_by(h, flows, feats)) is not None:
            announced.append((h, above))
        else:
            # a clear headline no body on the page claims stays loose, shown for review
            for i in h.lines:
                roles[i] = Decision(Role.TITLE, LOOSE_HEADLINE)
    laid_out = [list(flow) for flow in flows]  # the flows ``body_sets`` were made from
    merge_roundup_items(chains, segs, flows, article_heads, feats)
    merge_headless(flows, article_heads, segs, seg_sets, confidence, feats)
    merge_captions(flows, article_heads, segs, confidence)
    merge_byline_boxes(flows, article_heads, role_values, feats, confidence)
    order_numbered_items(flows, segs, feats)
    bunches = bunch_chains(headlines, feats)
    bunched = frozenset(headlines[g].first for chain in bunches for g in chain)
    glued = headline_atop(flows, article_heads, segs, feats, bigrams, bunched)
    # the subheads' check counts the bigrams two flows share: a flow no check changed has its body's
    unchanged = {a: body_sets[a] for a, flow in enumerate(flows) if flow == laid_out[a]}
    in_body = merge_subheads(flows, article_heads, segs, feats, confidence, line_column, unchanged)
    # a doubtful headline no body on the page claims is a fragment of text that only looked like
    # one: it goes back into the text beside it, doubtful, shown for review
    loose_columns = _place_loose(loose, flows, line_column, feats, bigrams)
    # a line a colon announces goes on the text right after the colon: the layout read on past it
    # already, so it needs no second pass
    announced_columns = _place_announced(announced, flows, line_column)
    as_text = {**in_body, **loose_columns, **announced_columns}  # headline lines now text, with the column they joined
    for i in as_text:
        roles[i] = Decision(Role.BODY, LOOSE_HEADLINE)
        role_values[i] = Role.BODY
    text_lines = set(loose_columns)
    for chain, groups in zip(chains, article_heads, strict=True):
        if chain and segs[chain[0]].start is Start.MIDDLE:
            # the article's column: that of its longest segment (a lone line borrows a width)
            column = max((segs[k] for k in chain), key=lambda s: len(s.lines)).column
            text_lines.update(i for g in groups if first_line_shaped(g, feats, column) for i in g.lines)
    # bunches holding several articles' headlines (not one article's kicker, title and subtitle)
    owner_at = {h.first: a for a, groups in enumerate(article_heads) for h in groups}
    bunch = {
        headlines[g].first
        for chain in bunches
        if len({owner_at.get(headlines[g].first) for g in chain} - {None}) >= BUNCH
        for g in chain
    }
    # a headline glued on top of a box of its article's text that goes on mid-sentence (not its
    # first box): the extractor put it there, its place tells no print order: it comes after the others
    middles = {s.first for s in segs if s.start is Start.MIDDLE}
    for flow, groups in zip(flows, article_heads, strict=True):
        atop = {g.first for g in groups if g.lines[-1] + 1 in middles and flow and g.lines[-1] + 1 != flow[0]}
        groups.sort(key=lambda g: (g.first in atop, g.first) if atop else g.first)
    for groups in article_heads:
        for g, role in zip(groups, headline_roles(groups, feats, bunch), strict=True):
            for i in g.lines:
                roles[i] = Decision(role, roles[i].confidence)

    close_with_editor(flows, feats, confidence)
    attach_fragments(flows, [bool(h) for h in article_heads], feats)
    _attach_credits(flows, role_values, feats)
    _join_name_tails(flows, role_values, feats)

    for s in segs:  # the column each segment's breaks are measured against
        column = break_column([feats[i].width for i in s.lines], s.column)
        if column != s.column:
            line_column.update(dict.fromkeys(s.lines, column))
    line_column.update(as_text)
    breaks: dict[int, Decision[Break]] = {}
    made_scores = []
    for flow in flows:
        for i in name_tails(flow, role_values, feats):
            roles[i] = Decision(Role.BYLINE, roles[i].confidence)
            role_values[i] = Role.BYLINE
        body = [i for i in flow if role_values[i] is _BODY]
        body_feats = [feats[i] for i in body]
        body_columns = [line_column[i] for i in body]
        # each line's features and column looked up once, for the breaks before and after it
        scores = [
            break_score(fa, ca, fb, cb, feats[b - 1].blank)
            for fa, ca, fb, cb, b in zip(
                body_feats, body_columns, body_feats[1:], body_columns[1:], body[1:], strict=False
            )
        ]
        scores = first_line_scores(scores, body_feats, body_columns)
        made_scores.append((body, quote_scores(scores, body_feats), body_feats))
    consistent = indents and indents_consistent([(scores, lines) for _, scores, lines in made_scores])
    for body, scores, body_feats in made_scores:
        if indents:
            scores = indent_scores(scores, body_feats, consistent)
        for a, score in zip(body, item_scores(scores, body_feats), strict=False):
            breaks[a] = decide(score)

    plans = []
    for flow, groups, sure in zip(flows, article_heads, confidence, strict=True):
        head_lines = [i for g in groups for i in g.lines]
        order = head_lines + flow
        if not order:
            continue
        plans.append((min(order), ArticlePlan(_pieces(order, feats), sure)))
    plans.sort(key=lambda p: p[0])
    decisions = Decisions(roles=tuple(roles), breaks=breaks, articles=tuple(p for _, p in plans))
    return decisions, text_lines, glued, (segs, seg_hans, seg_sets)


# the members the per-line loops test, bound once (an Enum's attribute goes through its metaclass)
_BODY, _CREDIT = Role.BODY, Role.CREDIT

LOOSE_HEADLINE = 0.3  # confidence of a headline left in no article
GLUED_HEADLINE = 0.5  # role confidence of a headline found glued on top of a column box
SURE_HEADLINE = 0.8  # role confidence of a line that is a headline by its shape beyond doubt
ANNOUNCING = ("：", ":")  # a text line ending on a colon announces the line after it


def text_reads_into(h: Headline, flows: list[list[int]], feats: Sequence[LineFeatures], bigrams: PageBigrams) -> bool:
    """A one-line headline no article claims that the text line above it reads on into, a word
    across the two (…总经|理…): a text line set alone in a box looks like a headline by its shape."""
    if len(h.lines) != 1:
        return False
    above = previous_content(h.first, feats)
    if above < 0 or feats[above].ends_clause or not any(above in flow for flow in flows):
        return False
    return _reads_across(feats[above].text, feats[h.first].text, bigrams)


def announced_by(h: Headline, flows: list[list[int]], feats: Sequence[LineFeatures]) -> int | None:
    """The text line right above a one-line headline no article claims, when it ends on a colon
    (…有以下三点： | 一是…): a colon announces what follows it, no text ends on one, so the line is
    the announced text's first line, set alone by the extractor."""
    if len(h.lines) != 1:
        return None
    above = previous_content(h.first, feats)
    if above < 0 or not feats[above].text.endswith(ANNOUNCING) or not any(above in flow for flow in flows):
        return None
    return above


def _place_announced(
    announced: Sequence[tuple[Headline, int]], flows: list[list[int]], line_column: dict[int, float]
) -> dict[int, float]:
    """Each announced line put in the flow right after the line announcing it; returns each with
    the column width of that text."""
    placed: dict[int, float] = {}
    for h, above in announced:
        flow = next((flow for flow in flows if above in flow), None)
        if flow is None or above not in line_column:
            continue
        at = flow.index(above) + 1
        flow[at:at] = list(h.lines)
        placed.update(dict.fromkeys(h.lines, line_column[above]))
    return placed


def _reads_across(left: str, right: str, bigrams: PageBigrams) -> bool:
    """One phrase cut by a line end: a pair the page prints elsewhere, or a word of the lexicon."""
    return reads_on(left, right, bigrams) or word_across(left, right)


def _place_loose(
    loose: Sequence[Headline],
    flows: list[list[int]],
    seg_column: dict[int, float],
    feats: Sequence[LineFeatures],
    bigrams: PageBigrams,
) -> dict[int, float]:
    """Put loose headline lines into the flow beside them: before the next text line when they read
    on into it (``国家教委虽然三令`` / ``五申…``), else after the text line above them
    (``seg_column``: each segment line's column width). Returns each placed line with the column
    width of the text it joined."""
    where = {i: a for a, flow in enumerate(flows) for i in flow}
    placed: dict[int, float] = {}
    for h in loose:
        text = "".join(feats[i].text for i in h.lines)
        before = next((j for j in range(h.first - 1, -1, -1) if j in where and j in seg_column), None)
        after = next((j for j in range(h.lines[-1] + 1, len(feats)) if j in where and j in seg_column), None)
        if after is not None and (before is None or _reads_across(text, feats[after].text, bigrams)):
            flow, at = flows[where[after]], flows[where[after]].index(after)
            anchor = after
        elif before is not None:
            flow, at = flows[where[before]], flows[where[before]].index(before) + 1
            anchor = before
        else:
            continue
        flow[at:at] = list(h.lines)
        for i in h.lines:
            where[i] = where[anchor]
            placed[i] = seg_column[anchor]
    return placed


def _attach_credits(flows: list[list[int]], roles: Sequence[Role], feats: Sequence) -> None:
    """A photo credit line goes to the article whose text it follows."""
    credits = [i for i, role in enumerate(roles) if role is _CREDIT]
    if not credits:
        return  # (most pages: no owner map of every line)
    owner = {i: a for a, flow in enumerate(flows) for i in flow}
    for i in credits:
        j = i - 1
        while j >= 0 and j not in owner:
            j -= 1
        if j >= 0:
            flows[owner[j]].append(i)


def _join_name_tails(flows: list[list[int]], roles: Sequence[Role], feats: Sequence[LineFeatures]) -> None:
    """The rest of an author's name, set in a box of its own, goes right after the author line
    it completes (``本报驻泰国记者成`` | ``元生``), wherever the layout put it."""
    if Role.BYLINE not in roles:
        return
    for i, j in cut_authors(feats).items():
        if roles[i] is not Role.BYLINE or roles[j] is not Role.BYLINE:
            continue
        flow = next((flow for flow in flows if i in flow), None)
        if flow is None:
            continue
        for other in flows:
            if j in other:
                other.remove(j)
        flow.insert(flow.index(i) + 1, j)


def _pieces(order: Sequence[int], feats: Sequence) -> tuple[Piece, ...]:
    """Line indexes in flow order as pieces; a piece may span blank lines between its lines."""
    spans: list[list[int]] = []  # [first, last] of each piece, made a Piece once at the end
    for i in order:
        if spans:
            last = spans[-1]
            # the next line (the usual case) needs no scan of the lines between
            if i == last[1] + 1 or (i > last[1] and all(feats[k].blank for k in range(last[1] + 1, i))):
                last[1] = i
                continue
        spans.append([i, i])
    return tuple(Piece(first, last) for first, last in spans)


__all__ = ["propose"]
