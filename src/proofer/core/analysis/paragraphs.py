"""Paragraph breaks along an article's flow, from line shapes against the column width.

Extraction loses the 2-character indent that opens a paragraph, so a paragraph's first line is
two characters short of the column, its last line is short and ends a sentence, and every other
line is full. A column break (blank line) falls anywhere, so the same test runs across it, with
each side measured against its own column (``break_column``). Short lines that end no sentence
(numbered marks, subheads) stand as paragraphs of their own; a subhead as wide as an indented
first line is told by the line under it, which lost its indent too (a first line cut by the
column has a full line under it).

Some breaks need the flow around a line: a paragraph's first line as wide as an indented full
line goes on (``first_line_scores``); a quotation left open holds its paragraph together
(``quote_scores``); a bulleted item runs to the next bullet (``item_scores``). Where the
extractor kept the indents, they tell (``indent_scores``).
"""

from __future__ import annotations

import math
from functools import lru_cache

import regex

from ..model import Break, Decision
from .features import AUTHOR_ROLE, DATELINE_CLOSE, SQUEEZED_MARK, LineFeatures, marks_set_full
from .pieces import INDENT, PHOTO_CREDIT, is_section_number

THRESHOLD = 0.5
# an enumeration's first mark: 第一，/ 一、/ １、/ （一）/ 一是
_NUMERAL = r"[一二三四五六七八九十\p{N}]{1,3}"
ENUMERATION = regex.compile(rf"^\s*(?:第{_NUMERAL}[，、,]|{_NUMERAL}[、是．.]|[（(]{_NUMERAL}[）)])")
NOTE_LABEL = regex.compile(r"^\s*(?:附记|编者按|编后|编后语|按语|编辑点评|记者手记|相关链接)\s*[：:]")
_NOTE_OPENERS = frozenset("附编按记相")  # what a note label opens with
BRACKETED_LINE = regex.compile(r"^[（(][^（()）]+[）)]$")
SIGNATURE_ROOM = 2.0  # a run-on signature starts on the last line when this much of it is free


def break_score(a: LineFeatures, col_a: float, b: LineFeatures, col_b: float, b_boxed: bool = False) -> float:
    """> THRESHOLD: a new paragraph starts between line ``a`` and the next line ``b`` of the flow.

    ``b_boxed``: ``b`` opens a text box of its own (a blank line before it in the raw text).
    """
    # each punctuation mark is counted squeezed (see ``set_width``): set full width in print, the
    # marks past the first leave a line wider than counted (``_set_full``; a dash does not grow).
    # A letter-spaced line was justified: it filled its measure, however few characters it holds,
    # and its paragraph went on past it
    # (``_set_full(a)`` and ``is_indented(b.width, col_b)`` written out: the same sums, 670 calls a page)
    text_a, text_b, width_b = a.text, b.text, b.width
    marks = a.punct_count - 1
    set_full = a.width + SQUEEZED_MARK * (marks if marks > 0 else 0)  # = marks_set_full(a)
    if DASH in text_a:
        set_full = set_full - SQUEEZED_MARK * text_a.count(DASH)
    short_a = set_full < col_a - 1.0 and not a.stretched
    score = 0.0
    if (
        short_a
        and not b_boxed
        and a.ends_sentence
        and set_full >= col_a - SIGNATURE_ROOM
        and BRACKETED_LINE.match(text_b)
        and not PHOTO_CREDIT.search(text_b)
    ):
        # a signature runs on at its paragraph's end: on a line of its own under a line that left
        # no room for its opening bracket and a character, the column pushed it down
        short_a = False
        score -= 1.0
    if b_boxed and a.ends_sentence and BRACKETED_LINE.match(text_b):
        score += 1.5  # a bracketed source or credit set in its own box: its own paragraph
    if text_b[:1] in _NOTE_OPENERS and NOTE_LABEL.match(text_b):  # (a line's text is stripped)
        score += 2.5  # a postscript or editor's note (附记：, 编者按：) opens a paragraph
    elif is_section_number(text_b):
        # a feature's section numeral set on a line of its own: a paragraph, whatever stands above
        # it (an author line, a heading); text never leaves one or two digits alone on a line
        score += 2.5
    last_a = text_a[-1:]
    if last_a in _CLOSING_BRACKETS and DATELINE_CLOSE.search(text_a) and not PHOTO_CREDIT.search(text_a):
        score -= 2.0  # the end of a dateline bracket: its first sentence follows
    elif last_a in _COLONS:
        # a colon leads on (into a quotation most of all); an enumeration it announces opens a
        # paragraph, when its first line lost an indent (a full line runs on in the colon's paragraph)
        if text_b.startswith(("“", "「")):
            score -= 2.0
        else:
            score += 2.0 if width_b < col_b - 1.0 and ENUMERATION.match(text_b) else -0.5
    elif a.ends_sentence or (last_a in _SEMICOLONS and (short_a or not b_boxed and _opens_indented(b, col_b))):
        # a sentence, or a list item closed short of the column, or at its edge with the next item
        # indented under it in the same box (across boxes the next line is the layout's guess, and
        # a semicolon alone does not say that the item ended); not on a letter-spaced line, which
        # a paragraph's last line never is (it is set flush, not justified)
        score += -1.0 if a.stretched else 1.0
    elif a.dateline and _author_line(a.text):
        score += 0.5  # a whole author line (本报评论员): the text starts below it
    elif a.width < col_a - INDENT - 1.25 and _unpunctuated(a):
        score += 0.5  # a numbered mark or subhead: short, no punctuation (a comma inside: 科技助农，拓宽销路)
    else:
        score -= 2.0  # a sentence broken by the column goes on
        if short_a and _opens_indented(b, col_b):
            # but it stopped short of the column, and the next line lost its indent: a subhead
            score += SUBHEAD
    score += 1.5 if short_a else -0.5
    if col_b - INDENT - 1.25 <= width_b < col_b - 1.0:  # = is_indented(b.width, col_b)
        score += 1.0  # the next line lost its indent
    elif width_b >= col_b - 1.0:
        score -= 0.7
    elif width_b < col_b - INDENT - 1.0 and not b.ends_clause:
        # the next line is a numbered mark or subhead; or the date under a letter's or a notice's
        # signature, set on a line of its own (a sentence does not stop at a date with no mark)
        score += 2.0 if text_b[-1:] == "日" and DATE_LINE.match(text_b) else 1.0
    return score


_CLOSING_BRACKETS = frozenset("）)")  # (one-character sets: a line's last character tested in them)
_COLONS = frozenset("：:")
_SEMICOLONS = frozenset("；;")


_DATE_NUMERAL = r"[\p{N}〇○零一二三四五六七八九十]"
DATE_LINE = regex.compile(rf"^{_DATE_NUMERAL}{{2,4}}\s*年\s*{_DATE_NUMERAL}{{1,2}}\s*月\s*{_DATE_NUMERAL}{{1,3}}\s*日$")


def break_column(widths: list[float], column: float) -> float:
    """The column a segment's lines are measured against for their breaks: its estimate
    (``piece_column_width``, from the upper third of its widths), or the width its two widest lines
    reach when that is wider by more than a character (full lines differ by less: by their squeezed
    marks). A text of one- and two-line paragraphs (a law's articles, a list) holds more first and
    last lines than full ones, and the estimate falls on first lines; a column is as wide as the
    lines it holds."""
    if len(widths) < 3:
        return column
    reach = sorted(widths)[-2]
    return reach if reach > column + 1.0 else column


SUBHEAD = 1.0  # a line stopping short with no mark, over a line that opens a paragraph
DASH = "—"


def _set_full(f: LineFeatures) -> float:
    """``marks_set_full`` of a line, a dash given no room to grow: a dash is set at its full measure,
    never squeezed (an extractor spells the two-em dash ——— with three, counted as wide as two)."""
    width = marks_set_full(f)
    return width - SQUEEZED_MARK * f.text.count(DASH) if DASH in f.text else width


def _opens_indented(f: LineFeatures, column: float) -> bool:
    """The line opens a paragraph of several lines: short of the column by its lost indent (a quarter
    more for a squeezed mark, no less: a full line set with marks at full width is not), going on
    past its end, and not letter-spaced (a justified line fills whatever measure it has)."""
    indented = column - INDENT - 1.25 <= f.width <= column - INDENT + SQUEEZED_MARK
    return indented and not f.ends_clause and not f.stretched


def _unpunctuated(f: LineFeatures) -> bool:
    """No punctuation but one mark inside (not at its end), no dateline, not letter-spaced."""
    return f.punct_count <= 1 and not f.ends_clause and not f.dateline and not f.stretched


def _author_line(text: str) -> bool:
    """A dateline-shaped line that names authors (本报评论员): a role word, no place, no date, and
    no name cut after its first character (本报驻南非记者温 | 宪 goes on)."""
    roles = list(AUTHOR_ROLE.finditer(text))
    if not roles or NOT_AUTHOR.search(text):
        return False
    return len("".join(text[roles[-1].end() :].split())) != 1


NOT_AUTHOR = regex.compile(r"[\p{P}\p{N}讯电]")  # punctuation, a date, a source: a dateline


BULLET = ("△", "▲", "●", "■", "◆", "★", "☆", "○", "□", "◇")
ITEM_JOIN = 2.5  # how strongly a bulleted item holds its lines together


def item_scores(scores: list[float], lines: list[LineFeatures]) -> list[float]:
    """Break scores along a flow, with bulleted items (briefs: △杭州暂停新建专业市场。近日…)
    held together: an item opens with its bullet and runs as one paragraph to the next bullet,
    even where its lead sentence happens to end a short line.

    ``scores[k]`` is the break between ``lines[k]`` and ``lines[k + 1]``. Only a flow with two
    bulleted lines or more is a list; elsewhere a lone mark proves nothing.
    """
    bulleted = [f.text.startswith(BULLET) for f in lines]
    if sum(bulleted) < 2:
        return scores
    out = list(scores)
    in_item = False
    for k, score in enumerate(scores):
        in_item = bulleted[k] or (in_item and score <= THRESHOLD + ITEM_JOIN)
        if in_item and not bulleted[k + 1]:
            out[k] = score - ITEM_JOIN
    return out


FIRST_LINE_FULL = 1.5  # how strongly a paragraph's full first line holds on to the next line
BARE_HEADING = 2.5  # how strongly a paragraph of unpunctuated lines ends over an indented line


def first_line_scores(scores: list[float], lines: list[LineFeatures], columns: list[float]) -> list[float]:
    """Break scores along a flow, knowing which lines open paragraphs.

    A paragraph's first line lost its 2-character indent: full, it is two characters short of the
    column. A first line as wide as that (or wider) that ends a sentence is still full: its
    paragraph goes on, though the line looks short against the column (第一，要做到产业发展最大化。
    | 我国农业…). Its closing mark is counted a quarter short (``set_width``), so the line may
    measure a quarter under the indented measure. A one-line paragraph is shorter still, or is
    followed by an indented line, which keeps its break above the threshold.

    A paragraph of two lines or more that holds no punctuation mark at all is a heading set over
    two lines, though its last line reaches the column: it ends where the next line lost its
    indent (``_opens_indented``). Running text does not go two lines without a mark.
    ``scores[k]`` is the break after ``lines[k]``; ``columns[k]`` its column width.
    """
    out = list(scores)
    bare = 0  # lines of the paragraph so far, while none of them holds a punctuation mark
    for k, score in enumerate(scores):
        opens = k == 0 or out[k - 1] > THRESHOLD
        f = lines[k]
        bare = (1 if opens else bare + 1 if bare else 0) if not f.punct_count else 0
        if opens and f.ends_sentence and not f.dateline and f.width >= columns[k] - INDENT - SQUEEZED_MARK:
            out[k] = score - FIRST_LINE_FULL
        elif bare >= 2 and score <= THRESHOLD and not f.dateline and _opens_indented(lines[k + 1], columns[k + 1]):
            out[k] = score + BARE_HEADING
    return out


QUOTE_HOLDS = 1.5  # how strongly a quotation left open holds its paragraph together
_OPEN_QUOTES = ("“", "「")


def quote_scores(scores: list[float], lines: list[LineFeatures]) -> list[float]:
    """Break scores along a flow, with a quotation opened in a paragraph holding it together.

    A paragraph does not end inside a quotation it opened: a quotation that runs over several
    paragraphs opens each of them with its mark again (“…。¶“…。”). A sentence ending at the column's
    edge inside an open quotation goes on, though the next line looks indented, unless that line
    opens a quotation. Only a weak break gives way (a short last line still ends its paragraph: a
    mark the extractor lost leaves a quotation open for good). ``scores[k]`` is the break after
    ``lines[k]``.
    """
    out = scores
    depth = 0  # quotation marks opened and not closed in the paragraph so far
    for k, score in enumerate(scores):
        text = lines[k].text
        if "“" in text or "”" in text or "「" in text or "」" in text:
            depth += text.count("“") + text.count("「") - text.count("”") - text.count("」")
        if score <= THRESHOLD:
            continue
        if depth > 0 and not lines[k + 1].text.startswith(_OPEN_QUOTES):
            if out is scores:
                out = list(scores)
            out[k] = score - QUOTE_HOLDS
        if out[k] > THRESHOLD:
            depth = 0
    return out


KEPT_INDENT = 3.0  # how surely a kept indent opens a paragraph
MISSING_INDENT = 1.5  # how surely a line without one goes on, where every indent was kept (OCR may miss one)
CONSISTENT_INDENTS = 0.9  # share of the paragraphs sure by their shape that must open indented
SURE_BREAK = THRESHOLD + 1.0  # a break sure by the line shapes alone


def indents_consistent(flows: list[tuple[list[float], list[LineFeatures]]]) -> bool:
    """Whether the extractor kept every paragraph's indent, not only some (OCR may miss one, an
    extractor drop a box's first): nearly all the breaks the line shapes make sure open an
    indented line."""
    sure = [b.indented for scores, lines in flows for s, b in zip(scores, lines[1:], strict=False) if s > SURE_BREAK]
    return len(sure) >= 3 and sum(sure) >= CONSISTENT_INDENTS * len(sure)


def indent_scores(scores: list[float], lines: list[LineFeatures], consistent: bool) -> list[float]:
    """Break scores along a flow on a page that kept its paragraph indents (``keeps_indents``):
    an indented line opens a paragraph; where every indent was kept (``indents_consistent``), a
    line without one goes on (widths only guess either). ``scores[k]`` is the break between
    ``lines[k]`` and ``lines[k + 1]``."""
    missing = -MISSING_INDENT if consistent else 0.0
    return [s + (KEPT_INDENT if b.indented else missing) for s, b in zip(scores, lines[1:], strict=False)]


@lru_cache(maxsize=1024)  # scores are sums of a few constants: the same ones recur all the time
def decide(score: float) -> Decision[Break]:
    value = Break.PARAGRAPH if score > THRESHOLD else Break.JOIN
    confidence = 1.0 / (1.0 + math.exp(-2.0 * abs(score - THRESHOLD)))
    return Decision(value, round(confidence, 3))
