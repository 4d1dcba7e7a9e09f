"""Line roles: page furniture, headline lines, author lines and photo credits; the rest is body.

A headline is told from body text first by shape: it is a short run of lines that ends no
sentence or clause, whose width does not follow the column grid of the body around it, and that
stands alone (blank lines around it) or above a dateline / author line. Where shape cannot tell
(a headline set at the column's width), wording and junctions do: a headline is telegraphic
(``headline_style``), ends where a word ends, and the text around does not read on into it,
while a line cut out of a paragraph reads on into the text after it (a character pair seen on
the page). Pages whose extractor glues headlines to their bodies (no blank line between, as
pdftotext does) are recognised by their datelines, and headlines are looked for inside runs.
Which headline role (kicker / title / subtitle) a line plays is decided later, per article, in
``headlines.py``; here every headline line is proposed as a title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, islice
from operator import attrgetter

import regex

from ..model import Decision, Role
from .cohesion import PageBigrams
from .features import (
    AUTHOR_ROLE,
    OPENING_PUNCT,
    SOURCE,
    LineFeatures,
    features_of,
    is_author_line,
    is_credit_line,
    is_furniture,
    is_section_mark,
    item_number,
    next_content,
    previous_content,
)
from .headline_style import PHOTO_MARK, ends_mid_phrase, reads_on, telegraphic, word_across
from .page_memo import keep, table

JUNCTION_SEEN = 1  # a character pair seen this often on the page reads as one word
BARE_NAME_BYLINE = 0.6  # confidence of a bare name taken for its article's author
WORD_ACROSS = 1.0  # a lexicon word read across a junction (log-likelihood ratio, ``spanning_word``)
FURNITURE_SCAN = 4  # furniture sits among the first few content lines of a page
HEADLINE_MAX_LINES = 8
TELEGRAPHIC = 0.8  # worded like a headline, standing after a finished text: see headline_style
TELEGRAPHIC_LINES = 3
BUNCHED = 0.4  # set like a headline between two runs set like headlines
SURE_SHAPE = 0.9  # role confidence of a headline sure by its shape
SHORT_OPEN_END = 0.4  # a run's last line short of the column yet ending no clause
STRETCHED_HAN = 6  # a letter-spaced line this long was stretched by justification, not by design
MID_PHRASE = 0.6  # a run ending on a character that binds to the next word (的, 与, 把, …)
READS_ON = 0.3  # a run whose last character and the next run's first are a pair seen on the page
MIN_HEADLINE_HAN = 3  # a run of one or two characters is a word cut off a line, not a headline
GLUED_SHARE = 0.4  # share of datelines set right under the line above on a page that glues headlines
PARAGRAPH_INDENT = 3.5  # a paragraph's first line is short of the column by its two-character indent
PARAGRAPH_INDENT_MAX = 6.0  # a paragraph's first line is short of the column by its indent, not more
_HAN = regex.compile(r"\p{Han}")
UNIT = regex.compile(r"^\p{Han}{4,12}$")  # an author's unit or post: a short name, no punctuation
NAME_TAIL = regex.compile(r"^\p{Han}{1,3}$")  # the rest of an author's name, set in a box of its own
_BRACKETED = regex.compile(r"^[（(【\[].*[）)】\]]$")
# a commentary signed by the paper's or the agency's commentator, no name: 本报评论员, 新华社特约评论员
COMMENTATOR = regex.compile(r"^\s*(?:" + SOURCE + r")?\s*(?:特\s*约\s*)?评\s*论\s*员\s*$")  # 本报评论员, 晨报特约评论员
NAME = regex.compile(r"^\p{Han}{2,3}$|^\p{Han}{1,6}·\p{Han}{1,8}$")


def _is_name(text: str) -> bool:
    """``NAME.match(text)``, told by the text's length first: a name holds two or three characters
    (before a final newline at most), or a ·; most lines are longer, and skip the regex."""
    return (len(text) <= 4 or "·" in text) and NAME.match(text) is not None


BARE_NAME = regex.compile(r"^\p{Han}{2,3}$")  # a Chinese name alone, no foreign name
_INNER_STOP = regex.compile(r"[。；;]\s*\S")
_CLAUSE = regex.compile(r"[，、,]")
_WRAP_MARKS = ("，", "、", ",")
_HEAD_BAD_END_CHARS = frozenset("，、；：,;:。？?")  # a line ending on these ends open
_OPENING_BRACKETS = ("（", "(", "【", "[")  # what _BRACKETED opens with
# the members the per-line loops test, bound once (an Enum's attribute goes through its metaclass)
_BODY, _BYLINE = Role.BODY, Role.BYLINE
_DATELINE = attrgetter("dateline")  # a line's field read in C, for a page-wide scan


@dataclass(frozen=True, slots=True)
class Run:
    """A run of consecutive non-blank lines (``first``..``last`` inclusive), with its column width."""

    first: int
    last: int
    column: float

    def indexes(self) -> range:
        return range(self.first, self.last + 1)


def furniture_lines(feats: Sequence[LineFeatures]) -> set[int]:
    """Dates, page numbers and section lines at the top of the page; running heads anywhere."""
    out: set[int] = {
        i
        for i, f in enumerate(feats)
        if not f.blank
        and (i == 0 or feats[i - 1].blank)
        and (i + 1 == len(feats) or feats[i + 1].blank)
        and is_section_mark(f.text)  # (the regex last: few lines stand alone)
    }
    seen = 0
    for i, f in enumerate(feats):
        if f.blank:
            continue
        seen += 1
        if seen > FURNITURE_SCAN or not is_furniture(f.text) or f.dateline:
            break
        out.add(i)
    return out


# headline_shaped's answer by a line's text (the rest of the line told apart first), for the
# page's lines: the page's rules ask it of most lines several times (kept for a page)
_SHAPED_TEXT: dict[str, bool] = table()


def headline_shaped(f: LineFeatures, may_ask: bool = False) -> bool:
    """A line that could be (part of) a headline by its own look."""
    if f.blank or f.dateline or f.author:
        return False
    if may_ask:
        return _text_shaped(f.text, True)
    known = _SHAPED_TEXT.get(f.text)
    if known is None:
        known = keep(_SHAPED_TEXT, f.text, _text_shaped(f.text, False))
    return known


def _text_shaped(text: str, may_ask: bool) -> bool:
    """``headline_shaped`` of a line neither blank, a dateline nor an author line: by its text alone."""
    # cheap str tests before each regex (a credit line holds 摄, a bracketed line opens with one)
    if "摄" in text and is_credit_line(text):
        return False
    full, text = text, text[:-1] if may_ask else text
    if (text and text[-1] in _HEAD_BAD_END_CHARS) or (
        full[:1] in _OPENING_BRACKETS and _BRACKETED.match(full) and not PHOTO_MARK.fullmatch(full)
    ):
        return False  # a bracketed line is a credit or a source, unless the photo-news marker
    return _HAN.search(full) is not None


def headline_score(
    run: Run,
    feats: Sequence[LineFeatures],
    neighbours: Sequence[float],
    context: float,
    no_opening: bool = False,
    tops_bunch: bool = False,
) -> float:
    """How much a whole run looks like a headline block (> 0: headline).

    ``neighbours`` are the column widths of the body runs around it; ``context`` is what the runs
    before and after say (see ``_context``); ``no_opening``: no paragraph can open here (the next run
    opens an article with a dateline or an author, or the text around reads across this run), so a
    short line here is no paragraph's first line; ``tops_bunch``: the run stands over two runs set like
    headlines (the top of a bunch of them).
    """
    if run.last - run.first >= HEADLINE_MAX_LINES:
        return -1.0  # too long for a headline block (tested first: most runs are body)
    lines = [feats[i] for i in run.indexes()]
    # a question or exclamation may end a headline that stands right above its article's start, or
    # atop a bunch of headlines (the extractor gave the headline boxes together, apart from their texts)
    asks = (context >= 0.6 or tops_bunch) and _may_ask(lines)
    if not _block_shaped(lines, neighbours, asks):
        return -1.0
    return _shaped_score(lines, neighbours, context, no_opening)


def _shaped_score(
    lines: Sequence[LineFeatures], neighbours: Sequence[float], context: float, no_opening: bool
) -> float:
    """``headline_score`` of a run that passed its shape tests (``_block_shaped``)."""
    score = 0.4
    on_grid = [any(abs(f.width - w) <= 0.75 for w in neighbours) for f in lines]
    score -= 0.35 * sum(on_grid)  # as wide as the body column: maybe a fragment of a column
    indented = [any(w - 3.5 <= f.width < w - 1 for w in neighbours) for f in lines]
    opens_paragraph = all(on_grid[1:-1]) and (len(lines) < 2 or on_grid[-1] or lines[-1].ends_sentence)
    # an indented line (then full lines): a paragraph's start. Right above an article's start no
    # paragraph opens, unless a box of text was given there: its first line holds a clause
    if indented[0] and opens_paragraph and (not no_opening or (len(lines) > 1 and _CLAUSE.search(lines[0].text))):
        score -= 0.6 if len(lines) > 1 else 0.8
    inner = lines[:-1] if len(lines) > 1 else lines
    if neighbours and any(f.width < min(neighbours) - 3.5 and not f.ends_sentence for f in inner):
        score += 0.6  # a short line inside a run: body lines wrap full, headlines where words end
    elif len(lines) > 1 and neighbours and lines[-1].width < min(neighbours) - 3.5 and not lines[-1].ends_clause:
        score += SHORT_OPEN_END  # a paragraph's short last line closes its sentence; a headline's need not
    if len(lines) > 4:
        score -= 0.3
    if len(lines) >= 2 and any(
        b.width > a.width + 1.5 and not on_grid[k] and not (indented[k] and on_grid[k + 1])
        for k, (a, b) in enumerate(zip(lines, lines[1:], strict=False))
    ):
        score += 0.4  # a short line above a longer one: no body paragraph is set like that (but its indent)
    if neighbours and all(f.width > max(neighbours) + 1.0 for f in lines):
        score += 0.5  # wider than any column around: spans columns, as headlines do
    score -= 0.15 * sum(len(_CLAUSE.findall(f.text)) for f in lines)
    if len(lines) >= 2 and lines[-1].ends_sentence and any(_CLAUSE.search(f.text) for f in lines):
        score -= 1.0  # clauses closed by a sentence end: a paragraph
    if any(f.punct_count >= 3 for f in lines):
        score -= 0.4
    if ends_mid_phrase(lines[-1].text):
        score -= MID_PHRASE  # a headline ends where a word ends
    score += context
    return score


def _may_ask(lines: Sequence[LineFeatures]) -> bool:
    """A one-line run ending on a question or exclamation mark: one the context may let end so."""
    return len(lines) == 1 and lines[0].text[-1:] in "？?！!"


def _block_shaped(
    lines: Sequence[LineFeatures], neighbours: Sequence[float], asks: bool, columns: Sequence[float] = ()
) -> bool:
    """The tests of ``headline_score`` that a run's lines alone decide (all but ``asks``, what the
    context allows): a run failing them scores -1 whatever the runs around say. ``columns``: the
    page's body columns, for a run with no body runs around (amid a bunch of headlines)."""
    # an author line sits in one column: one wider than every column around spans columns, as a
    # headline does (a role word and a name inside a headline: ``…人大主任某某某``)
    neighbours = neighbours or columns
    widest = max(neighbours, default=0.0) + 1.0
    last = lines[-1]
    if last.author and neighbours and last.width > widest:
        last = last._replace(author=False)
    if not headline_shaped(last, asks):
        return False  # (the last line first: most runs of text end on a sentence)
    if any(_INNER_STOP.search(f.text) for f in lines):
        return False  # a sentence ends inside a line: body text (asked next: most other runs fail so)
    # a wrapped headline may break after a comma; only its last line must end open
    wrapped = [f if not f.text.endswith(_WRAP_MARKS) else features_of(f.text[:-1]) for f in lines[:-1]]
    shaped = [f._replace(author=False) if f.author and neighbours and f.width > widest else f for f in wrapped]
    if not all(headline_shaped(f, asks) for f in shaped):
        return False
    joined = "".join(f.text for f in lines)
    # (every line holds a Han character, by headline_shaped: as many lines hold enough)
    if len(lines) < MIN_HEADLINE_HAN and len(_HAN.findall(joined)) < MIN_HEADLINE_HAN:
        return False  # a numbered section mark such as "１", or a word cut off the line before
    if joined[0] in "（(" or joined.count("（") + joined.count("(") != joined.count("）") + joined.count(")"):
        return False  # a bracketed credit or source line, split over lines
    # letter-spaced to fill the column: a justified line of text (headlines are centred)
    return not any(f.stretched and len(_HAN.findall(f.text)) >= STRETCHED_HAN for f in lines)


def _run_score(
    run: Run,
    prv: Run | None,
    nxt: Run | None,
    feats: Sequence[LineFeatures],
    neighbours: Sequence[float],
    bigrams: PageBigrams | None,
    beside: tuple[bool, bool, bool],
    columns: Sequence[float] = (),
) -> float:
    """``headline_score`` of a short run, with the context of the runs around asked only of a run
    that passes the shape tests (most fail them, whatever the context). ``beside``: the runs
    before and after are set like headlines, and this run sits over a bunch of them."""
    lines = [feats[i] for i in run.indexes()]
    may_ask = _may_ask(lines)  # only then does the context take part in the shape tests
    if not may_ask and not _block_shaped(lines, neighbours, False, columns):
        return -1.0
    context = _context(prv, nxt, feats, run, bigrams, *beside[:2])
    no_opening = _opens_article(nxt, feats) or (
        _bridged(prv, nxt, run, feats, bigrams) and telegraphic("".join(feats[i].text for i in run.indexes()))
    )
    atop = beside[2] and _tops_bunch(prv, run, feats)
    if atop:
        # worded as a headline atop a bunch of them: one of the bunch (the extractor gave the
        # bunch after a text it cut mid-sentence); no paragraph opens over headlines
        context += BUNCHED
        no_opening = True
    if may_ask:
        return headline_score(run, feats, neighbours, context, no_opening, atop)
    return _shaped_score(lines, neighbours, context, no_opening)  # (its shape tests passed above)


def heading_lines_inside(
    run: Run, feats: Sequence[LineFeatures], bigrams: PageBigrams | None = None, glued: bool = True
) -> int:
    """How many lines at the top of a run are a headline sitting right above a dateline or author line.

    (pdftotext prints a headline and its body without a blank line between them.) A line reading on
    into an author-like line (``…结束后接`` / ``受…记者采访时``) is a sentence wrapped, no headline;
    on a page that does not glue headlines to their bodies no line of such a headline reads on
    into the next (there a wrapped headline stands in a text box of its own).
    """
    if run.last > run.first:
        top = "".join(feats[run.first].text.split())
        if _is_name(top) and "".join(feats[run.first + 1].text.split()).startswith(top):
            return 1  # a name over text that opens with that name: the person a profile or caption is about
    for k, i in enumerate(run.indexes()):
        f = feats[i]
        if k and bigrams is not None and (f.author or not glued) and reads_on(feats[i - 1].text, f.text, bigrams):
            return 0
        if k and _is_name(f.text) and i < run.last and feats[i + 1].dateline and headline_shaped(f):
            # a datelined report has no author line: a name-like line above its dateline is the
            # tail of a headline wrapped over lines (``…联合会举`` / ``行会议``)
            return k + 1 if k + 1 <= HEADLINE_MAX_LINES else 0
        # an author line is short; one filling the column is a body line that happens to hold a
        # role word (``受…记者采访时``)
        author = f.author and f.width < run.column - 1.0
        named = k and _is_name(f.text) and _indent_follows(i, run, feats) and not _name_next(i, feats)
        if f.dateline or author or named:
            return k if 0 < k <= HEADLINE_MAX_LINES else 0
        if not headline_shaped(f) or k >= HEADLINE_MAX_LINES:
            return 0
    return 0


def _headlines_glued(feats: Sequence[LineFeatures]) -> bool:
    """Whether this page sets headlines right on their bodies, with no blank line between: many of
    its datelines follow a non-blank line (pdftotext does this; pdfminer separates text boxes, and
    only the odd dateline there follows a line of its own box)."""
    datelines = list(compress(range(1, len(feats)), map(_DATELINE, islice(feats, 1, None))))  # (in C)
    glued = sum(1 for i in datelines if not feats[i - 1].blank)
    return len(datelines) >= 2 and glued >= GLUED_SHARE * len(datelines)


def worded_heading_inside(
    run: Run, feats: Sequence[LineFeatures], bigrams: PageBigrams | None, after_text: bool = True
) -> int:
    """How many lines at the top of a run are a headline worded as one, right above a paragraph's
    indented first line (pdftotext sets a headline and its body with no blank line between).
    ``after_text``: the run before ends a sentence (else its text may read on into this run)."""
    for k in range(1, min(TELEGRAPHIC_LINES, run.last - run.first - 1) + 1):
        top = [feats[i] for i in range(run.first, run.first + k)]
        opening, full = feats[run.first + k], feats[run.first + k + 1]
        if not all(headline_shaped(f) or PHOTO_MARK.search(f.text) for f in top):
            return 0
        joined = "".join(f.text for f in top)
        indented = run.column - PARAGRAPH_INDENT <= opening.width < run.column - 1.0
        # ... or right above a line that goes on with a sentence begun elsewhere: then the
        # headline is shorter than any line of a paragraph, which starts indented or full
        goes_on = (
            k == 1
            and top[0].width < run.column - PARAGRAPH_INDENT
            and opening.width >= run.column - 1.0
            and not OPENING_PUNCT.match(opening.text)
        )
        worded = telegraphic(joined, MIN_HEADLINE_HAN if goes_on else 4)
        if (after_text and indented and full.width >= run.column - 1.0 or goes_on) and worded:
            if bigrams is None or not reads_on(joined, opening.text, bigrams):
                return k
    return 0


def propose_roles(
    feats: Sequence[LineFeatures], runs: Sequence[Run], noise: set[int], bigrams: PageBigrams | None = None
) -> tuple[list[Decision[Role]], set[int]]:
    """Roles for every line, and the set of headline lines."""
    roles: list[Decision[Role]] = [Decision(Role.BODY, 0.9)] * len(feats)  # one frozen value, shared
    for i in noise:
        roles[i] = Decision(Role.NOISE, 0.8)
    heads: set[int] = set()
    names: set[int] = set()
    # (lines tested from the last: a run of text most often ends on a sentence, no headline's end)
    body_run = [
        r.last - r.first >= 2 and not all(headline_shaped(feats[i]) for i in reversed(r.indexes())) for r in runs
    ]
    glued = _headlines_glued(feats)
    page_body = sorted({r.column for r, body in zip(runs, body_run, strict=True) if body})  # the page's text columns
    set_like = [_set_like_headline(r, feats) for r in runs]  # each run's shape, asked by both neighbours
    run_columns = [r.column for r in runs]
    for k, run in enumerate(runs):
        if run.last > run.first and _name_above_paragraph(run, feats):
            names.add(run.first)  # an author's bare name above the first paragraph
            run = Run(run.first + 1, run.last, run.column)
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        prv = runs[k - 1] if k > 0 else None
        if run.last - run.first >= HEADLINE_MAX_LINES:
            score = -1.0  # = headline_score's first test (most runs are body): no context asked
        else:
            beside = (k > 0 and set_like[k - 1], k + 1 < len(runs) and set_like[k + 1])
            # set like a headline over two more so set: the top of a bunch of headlines
            # (no word reading across from one into the next: lines of one text cut apart)
            tops = (
                (set_like[k] or (run.first == run.last and _may_ask([feats[run.first]])))
                and not beside[0]
                and k + 2 < len(runs)
                and set_like[k + 1]
                and set_like[k + 2]
                and not _word_across_runs(run, runs[k + 1], feats)
                and not _word_across_runs(runs[k + 1], runs[k + 2], feats)
            )
            beside = (*beside, tops)
            # the body columns around: runs of three or more lines that are not headline blocks
            # (= [runs[j].column for j in range(max(0, k - 2), min(len(runs), k + 3)) if j != k and body_run[j]])
            lo = max(0, k - 2)
            neighbours = list(compress(run_columns[lo:k], body_run[lo:k]))
            neighbours += compress(run_columns[k + 1 : k + 3], body_run[k + 1 : k + 3])
            score = _run_score(run, prv, nxt, feats, neighbours, bigrams, beside, () if neighbours else page_body)
        if score > 0:
            heads.update(run.indexes())
            for i in run.indexes():
                roles[i] = Decision(Role.TITLE, _confidence(score))
            continue
        if score > -1.0:  # shaped like a headline but judged body: as doubtful as the score is close
            for i in run.indexes():
                roles[i] = Decision(Role.BODY, _confidence(score))
        inside = heading_lines_inside(run, feats, bigrams, glued) or _heads_items(run, feats)
        if not inside and glued:
            inside = worded_heading_inside(run, feats, bigrams, prv is None or feats[prv.last].ends_sentence)
        for i in range(run.first, run.first + inside):
            heads.add(i)
            roles[i] = Decision(Role.TITLE, 0.7)
        if inside and _is_name(feats[run.first + inside].text):
            names.add(run.first + inside)
    for run in runs:
        i = run.first
        if run.first != run.last or not _is_name(feats[i].text):
            continue
        above = previous_content(i, feats)
        if above in heads:
            # a bare name standing alone under a headline; set apart over another sure by its
            # shape, blank lines around, it is one of a bunch of headlines (an author stands over
            # the text)
            below = next_content(i, feats)
            bunched = below in heads and min(roles[above].confidence, roles[below].confidence) >= SURE_SHAPE
            if not bunched or below == i + 1 or above == i - 1:
                names.add(i)
    # a name line the author rules found is the author's, though shaped like a headline
    names |= bare_names(runs, feats, heads, noise)
    heads -= names
    for i in names:
        roles[i] = Decision(Role.BYLINE, BARE_NAME_BYLINE)
        unit = _author_unit(i, feats, heads, noise)
        if unit is not None:
            roles[unit] = Decision(Role.BYLINE, BARE_NAME_BYLINE)
    cut = cut_authors(feats)
    # the loop below gives a role only to author lines, lines ending on 员, cut author lines and
    # lines holding 摄: those found in C, in line order (a byline's tail leaves ``heads`` on the way)
    asked = {i for i, f in enumerate(feats) if f.author or "摄" in f.text or f.text.endswith("员")}
    asked.update(cut)
    for i in sorted(asked):  # = every line, the others skipped (none of them takes a role here)
        f = feats[i]
        if f.blank or i in heads or i in noise or i in names:
            continue
        # a commentator's line ends on 员 (a stripped line): the regex only for those
        author = f.author or (f.text.endswith("员") and bool(COMMENTATOR.match(f.text)))
        tail = cut.get(i)
        if (author or tail is not None) and _at_article_head(i, feats, heads) and _above_body_start(i, feats, runs):
            roles[i] = Decision(Role.BYLINE, 0.7)
            if tail is not None:
                heads.discard(tail)
                roles[tail] = Decision(Role.BYLINE, BARE_NAME_BYLINE)
        elif "摄" in f.text and is_credit_line(f.text):  # a credit line holds 摄: skip the regex
            roles[i] = Decision(Role.CREDIT, 0.8)
    return roles, heads


def _author_unit(i: int, feats: Sequence[LineFeatures], heads: set[int], noise: set[int]) -> int | None:
    """The line naming the unit of the author whose bare name is line ``i``, or None: an outside
    author's unit (or post) is printed over the name, between the headline and it, a short line
    of its own without punctuation (深圳机场集团公司 | 吴建飞); it is part of the byline."""
    p = previous_content(i, feats)
    if p < 1 or p in heads or p in noise or not feats[p - 1].blank or not feats[p + 1].blank:
        return None
    f = feats[p]
    if f.dateline or f.author or not UNIT.match(f.text):
        return None
    return p if previous_content(p, feats) in heads else None


def cut_authors(feats: Sequence[LineFeatures]) -> dict[int, int]:
    """Author lines cut short, each with the line holding the rest of the name.

    A narrow column cuts an author line before or inside the name (``本报驻泰国记者成`` | ``元生``):
    the line alone names nobody (a name has two characters at least), and the extractor may set
    the rest, a box of its own of a character or three, right before or right after it. With
    that rest the line reads as an author line.
    """
    out: dict[int, int] = {}
    for j, t in enumerate(feats):
        # (the rest first: a short line alone in its box, rare, then the lines beside it)
        if t.blank or len(t.text) > 3 or not NAME_TAIL.match(t.text):
            continue
        if not (j == 0 or feats[j - 1].blank) or not (j + 1 == len(feats) or feats[j + 1].blank):
            continue
        for i in (previous_content(j, feats), next_content(j, feats)):
            f = feats[i] if i >= 0 else None
            # (a whole author line needs no rest; the engine marks a cut one an author line)
            if f is None or f.punct_count or i in out or is_author_line(f.text):
                continue
            ends = [m.end() for m in AUTHOR_ROLE.finditer(f.text)]  # the name cut short: one character at most
            if ends and len(f.text) - ends[-1] <= 1 and is_author_line(f.text + t.text):
                out[i] = j
                break
    return out


def name_tails(flow: Sequence[int], roles: Sequence[Role], feats: Sequence[LineFeatures]) -> list[int]:
    """Body lines of an article's flow that hold the rest of the author's name on the line before,
    cut off by the column (``本报记者张明`` | ``华``): one character alone in its box, right after an
    author line. They belong to the author's paragraph, not to the text."""
    out = []
    for at in range(len(flow) - 1):
        i, j = flow[at], flow[at + 1]
        if roles[i] is not _BYLINE or roles[j] is not _BODY or len(feats[j].text) != 1:
            continue
        alone = feats[j - 1].blank and (j + 1 == len(feats) or feats[j + 1].blank)
        if alone and feats[i].author and _HAN.match(feats[j].text):
            out.append(j)
    return out


def _heads_items(run: Run, feats: Sequence[LineFeatures]) -> int:
    """1 when the run opens with a short line over the first of numbered items (``图片新闻`` /
    ``１、…``): the items' headline, set in their box (a line of text would not stop short
    without a punctuation mark), else 0."""
    if run.last == run.first:
        return 0
    top, below = feats[run.first], feats[run.first + 1]
    if top.punct_count or top.author or top.dateline or top.width > run.column / 2 or len(_HAN.findall(top.text)) < 2:
        return 0
    return int(item_number(below.text) == 1)


def _indent_follows(i: int, run: Run, feats: Sequence[LineFeatures]) -> bool:
    """The line after ``i`` opens a paragraph: shorter than the full line after it."""
    if i + 2 > run.last:
        return False
    return feats[i + 1].dateline or feats[i + 1].width <= feats[i + 2].width - 1.0


def _name_next(i: int, feats: Sequence[LineFeatures]) -> bool:
    """The line after ``i`` is a bare name or an author line: that one is the author, and a
    name-like line above it the wrapped tail of the headline (``…德国高速`` / ``公路上`` / ``某某某``)."""
    nxt = feats[i + 1] if i + 1 < len(feats) else None
    return nxt is not None and (nxt.author or _is_name(nxt.text))


def _name_above_paragraph(run: Run, feats: Sequence[LineFeatures]) -> bool:
    first, second = feats[run.first], feats[run.first + 1]
    # the paragraph under an author opens indented, about two characters short of the column; a
    # stub of a character or two under a short line is the wrapped end of a headline (``蓉园看/菊``)
    opens = run.column - PARAGRAPH_INDENT_MAX <= second.width < run.column - 1.0
    return _is_name(first.text) and (opens or second.dateline)


def bare_names(runs: Sequence[Run], feats: Sequence[LineFeatures], heads: set[int], noise: set[int]) -> set[int]:
    """Headline lines that are a bare name alone between text lines: an author line set apart
    (…集团公司 | 某某某 | text). A name heading its article stands by the rest of its headline
    (某某某 | 副题), or over text that opens with it (whom a profile or a caption is about)."""
    out = set()
    for run in runs:
        i = run.first
        if run.last == i and i in heads and BARE_NAME.match(feats[i].text):
            before, after = previous_content(i, feats), next_content(i, feats)
            about = after != -1 and "".join(feats[after].text.split()).startswith(feats[i].text)
            if -1 not in (before, after) and not {before, after} & (heads | noise) and not about:
                out.add(i)
    return out


def _context(
    prv: Run | None,
    nxt: Run | None,
    feats: Sequence[LineFeatures],
    run: Run,
    bigrams: PageBigrams | None,
    prv_set_like: bool = False,
    nxt_head: bool = False,
) -> float:
    """What the runs around say: a headline follows a finished text and precedes an article start.

    Headlines are often bunched: a run set like a headline beside this one is, like a finished
    text, no sentence for it to continue, and the next run's width says nothing of it (though a
    word read across from one to the other still tells two fragments of one line).
    ``prv_set_like``, ``nxt_head``: the run before, the run after is set like a headline
    (``_set_like_headline``)."""
    value = 0.0
    # the run before must be worded as a headline too to count as one ended; of the run after,
    # its shape tells enough that its width says nothing of this one
    prv_head = prv_set_like and prv is not None and _worded(prv, feats)
    if prv_head and _word_across_runs(prv, run, feats):
        prv_head = False  # a word reads across into this run: one line of text cut in two (…医疗器 | 械…)
    # (after a headline a pair of characters seen on the page is chance: a word tells, above)
    if prv is not None and bigrams is not None and not prv_head and not feats[prv.last].ends_clause:
        left, right = feats[prv.last].text, feats[run.first].text
        if left and right and bigrams.seen(left[-1], right[0]) >= JUNCTION_SEEN:
            value -= 1.2  # the text before reads on into this one: a wrapped body line
    if nxt is not None:
        f = feats[nxt.first]
        if _opens_article(nxt, feats):
            value += 0.6
        elif nxt_head:
            pass  # another headline: its width says nothing of this one
        elif f.width >= nxt.column - 1.0:
            value -= 0.3  # the next run reads on from something
        else:
            value += 0.2  # the next run opens a paragraph
    if (
        prv is not None
        and not prv_head
        and not feats[prv.last].ends_sentence
        and feats[prv.last].width >= prv.column - 1.0
    ):
        value -= 0.2  # between an open sentence and its continuation, often a column fragment
    if (
        prv_set_like
        and nxt_head
        and prv is not None
        and _set_like_headline(run, feats)
        and not _word_across_runs(prv, run, feats)
    ):
        value += BUNCHED  # set like a headline amid a bunch of them, however wide: one of the bunch
    joined = feats[run.last].text  # the run's last line: what reads on into the next run
    following = feats[nxt.first].text if nxt is not None else ""
    if nxt_head:  # between two headlines a pair of characters seen on the page is chance: a word tells
        ends_phrase = not word_across(joined, following, WORD_ACROSS)
    else:
        ends_phrase = not (bigrams is not None and reads_on(joined, following, bigrams))
    if not ends_phrase:
        value -= READS_ON  # its last word goes on in the next run: a line cut from a paragraph
    after_text = prv is None or prv_head or feats[prv.last].ends_sentence
    bridged = ends_phrase and _bridged(prv, nxt, run, feats, bigrams)
    short = run.last - run.first < TELEGRAPHIC_LINES
    # wrapped onto a short last line that ends no clause: no paragraph ends so (it closes a
    # sentence), no column fragment either (it fills the column): a headline set into the text
    wrapped = run.last > run.first and not feats[run.last].ends_clause
    wrapped = wrapped and feats[run.last].width < feats[run.last - 1].width - 3.5
    if ends_phrase and short and (after_text or bridged or wrapped or _opens_article(nxt, feats)):
        if telegraphic("".join(feats[i].text for i in run.indexes())):
            value += TELEGRAPHIC  # a headline's wording after a finished text, not reading on
    return value


def _set_like_headline(run: Run, feats: Sequence[LineFeatures]) -> bool:
    """A short run of lines each shaped like a headline's (no sentence end inside, not
    letter-spaced), the last ending no clause: bunched with the run beside it, a headline rather
    than text."""
    if run.last - run.first >= TELEGRAPHIC_LINES:
        return False
    lines = [feats[i] for i in run.indexes()]
    return not _closes_clause(lines[-1]) and not any(
        f.stretched or not headline_shaped(f) or _INNER_STOP.search(f.text) for f in lines
    )


def _closes_clause(f: LineFeatures) -> bool:
    """The line ends a clause; a photo-news headline's bracketed mark (``…（图片）``) closes none:
    what ends there is the words before it."""
    if not f.ends_clause:
        return False
    if f.text[-1:] not in "）)" or not PHOTO_MARK.search(f.text):
        return True  # (the regex only for a line ending on a bracket)
    rest = PHOTO_MARK.sub("", f.text).rstrip()
    return not rest or features_of(rest).ends_clause


def _tops_bunch(prv: Run | None, run: Run, feats: Sequence[LineFeatures]) -> bool:
    """A run over a bunch of headlines (see ``propose_roles``) is its top one when worded as a
    headline, or a line asking a question (no line of text asks alone over headlines), no word
    of the text before reading on into it."""
    if prv is not None and _word_across_runs(prv, run, feats):
        return False
    if run.first == run.last and _may_ask([feats[run.first]]):
        return True
    return telegraphic("".join(feats[i].text for i in run.indexes()))


def _word_across_runs(a: Run, b: Run, feats: Sequence[LineFeatures]) -> bool:
    """A lexicon word reads across from run ``a``'s last line into run ``b``'s first."""
    return word_across(feats[a.last].text, feats[b.first].text, WORD_ACROSS)


def _worded(run: Run, feats: Sequence[LineFeatures]) -> bool:
    return telegraphic("".join(feats[i].text for i in run.indexes()))


def _bridged(
    prv: Run | None, nxt: Run | None, run: Run, feats: Sequence[LineFeatures], bigrams: PageBigrams | None
) -> bool:
    """The text before reads on into the text after, not into this run: the run was set into a
    paragraph's gap (a headline box among the columns), so no paragraph opens with it."""
    if prv is None or nxt is None or bigrams is None:
        return False
    left = feats[prv.last].text
    return reads_on(left, feats[nxt.first].text, bigrams) and not reads_on(left, feats[run.first].text, bigrams)


def _opens_article(run: Run | None, feats: Sequence[LineFeatures]) -> bool:
    """The run opens an article: a dateline, an author line, or an author's bare name over text."""
    if run is None:
        return False
    f = feats[run.first]
    return f.dateline or f.author or (run.last > run.first and _is_name(f.text))


def _at_article_head(i: int, feats: Sequence[LineFeatures], heads: set[int]) -> bool:
    """An author line stands above a body: after a headline, a blank line or the page top."""
    j = i - 1
    while j >= 0 and feats[j].blank:
        j -= 1
    return j < 0 or j in heads or feats[i - 1].blank or feats[j].ends_sentence


def _above_body_start(i: int, feats: Sequence[LineFeatures], runs: Sequence[Run]) -> bool:
    """An author line ends its run or is followed by a line that opens a paragraph (or another author line)."""
    if i + 1 >= len(feats) or feats[i + 1].blank:
        return True
    run = next((r for r in runs if r.first <= i <= r.last), None)
    nxt = feats[i + 1]
    if nxt.author or nxt.dateline or run is None:
        return True
    return nxt.width <= run.column - 1.0


def _confidence(score: float) -> float:
    return round(min(0.99, 0.5 + abs(score) / 2), 3)
