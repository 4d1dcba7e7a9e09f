"""Cutting a page into runs (between blank lines) and body segments, and describing their ends.

A segment is a run of body lines that one article reads straight through: a column piece, cut
again before a dateline or author line that opens another article without a blank line (a note
in brackets heading the box over the dateline, such as a count of photos, opens that article). How a
segment starts (article start, paragraph start, mid-sentence) and ends (paragraph end or open
sentence) is what the layout matcher joins on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import groupby

import regex

from ..model import Role
from .features import (
    BRACKET_CREDIT,
    LineFeatures,
    is_credit_line,
    keeps_indents,
    marks_set_full,
    page_column_widths,
    piece_column_width,
)
from .roles import Run

# An article's closing bracket: its source (…电）, …讯）) or its authors' names (（赵健）).
CLOSING_BRACKET = regex.compile(r"[（(](?:[^（()）]{2,24}(?:电|讯)|\p{Han}{2,9})[）)]$")
PHOTO_CREDIT = regex.compile(r"摄(?:影)?(?:报道)?[）)]$")  # a photo's credit closes its caption
SECTION_NUMBER = regex.compile(r"^\s*\p{Nd}{1,2}\s*$")
BRACKETED = regex.compile(r"^[（(].*[）)]$")  # a source or credit line: its own paragraph
ITEM_ENDS = ("；", "：", ";", ":")  # the end of a list item: the next item opens a new line
INDENT = 2.0  # the paragraph indent (in characters) that extraction dropped


class Start(StrEnum):
    ARTICLE = "article"  # a dateline or author line
    PARAGRAPH = "paragraph"  # the first line is indented (shorter by the lost indent)
    MIDDLE = "middle"  # the first line is full: it continues a sentence


class End(StrEnum):
    PARAGRAPH = "paragraph"  # a short last line closing a sentence
    FULL = "full"  # a full last line closing a sentence: paragraph end or not
    OPEN = "open"  # the sentence goes on elsewhere
    CLOSED = "closed"  # a closing source or author bracket: （新华社雅加达１月９日电）, （赵健）
    CAPTION = "caption"  # a photo credit closing a caption: （新华社记者李学仁摄）, the article may go on


# the members each segment's tests name, bound once (an Enum's attribute goes through its metaclass)
_START_ARTICLE, _START_PARAGRAPH, _START_MIDDLE = Start.ARTICLE, Start.PARAGRAPH, Start.MIDDLE
_END_PARAGRAPH, _END_FULL, _END_OPEN = End.PARAGRAPH, End.FULL, End.OPEN
_END_CLOSED, _END_CAPTION = End.CLOSED, End.CAPTION
_BYLINE = Role.BYLINE
_OPENING_MARKS = frozenset("，、；：。！？,.;:!?）)」』”》〉")  # = OPENING_PUNCT's class: what its match tests


@dataclass(frozen=True, slots=True)
class Segment:
    first: int
    last: int
    lines: tuple[int, ...]  # its non-blank lines
    column: float
    start: Start
    end: End


def page_columns(feats: Sequence[LineFeatures], skip: set[int]) -> list[float]:
    """The page's column widths, from the lines of its runs (``runs_of``)."""
    return page_column_widths([f.width for i, f in enumerate(feats) if not f.blank and i not in skip])


def runs_of(feats: Sequence[LineFeatures], skip: set[int], columns: list[float] | None = None) -> list[Run]:
    """Maximal runs of non-blank lines (lines in ``skip`` cut runs like blank lines); ``columns``:
    their ``page_columns`` when the caller has them."""
    if columns is None:
        columns = page_columns(feats, skip)
    runs: list[Run] = []
    content = [not f.blank for f in feats]
    for i in skip:
        if 0 <= i < len(content):
            content[i] = False
    start = 0
    for is_content, group in groupby(content):  # (grouped in C: a page has a run per ten lines)
        end = start + len(list(group))
        if is_content:
            run_widths = [feats[k].width for k in range(start, end)]
            runs.append(Run(start, end - 1, piece_column_width(run_widths, columns)))
        start = end
    return runs


def is_full(width: float, column: float) -> bool:
    return width >= column - 1.0


def is_indented(width: float, column: float) -> bool:
    return column - INDENT - 1.25 <= width < column - 1.0


def is_section_number(text: str) -> bool:
    """A feature's section number (１, ２) alone on a stripped line: two digits at most, told by the
    length before the regex (most lines are longer)."""
    return len(text) <= 2 and SECTION_NUMBER.match(text) is not None


def segments_of(
    runs: Sequence[Run],
    feats: Sequence[LineFeatures],
    roles: Sequence[Role],
    columns: list[float] | None = None,
    indents: bool | None = None,
) -> list[Segment]:
    """Body segments of every run, in raw order (``columns``: the runs' ``page_columns``, made
    when first needed if not given; ``indents``: whether the page ``keeps_indents``, asked if not given)."""
    out: list[Segment] = []
    kept, byline = (Role.BODY, _BYLINE), _BYLINE
    if indents is None:
        indents = keeps_indents(feats)
    for run in runs:
        current: list[int] = []
        column = run.column
        if any(roles[i] not in kept for i in run.indexes()):
            # the run's width was measured with its headline lines: its text measures its own
            if columns is None:
                columns = page_column_widths([feats[i].width for r in runs for i in r.indexes()])
            column = piece_column_width([feats[i].width for i in run.indexes() if roles[i] in kept], columns)
        for i in run.indexes():
            role = roles[i]
            if role not in kept:
                if current:
                    out.append(_segment(current, feats, roles, column, indents))
                current = []
                continue
            # only an author line or a dateline opens an article (see _opens_article_here)
            if (
                current
                and (role is byline or feats[i].dateline)
                and _opens_article_here(i, current[-1], feats, roles)
                and not (len(current) == 1 and _heads_dateline(current[0], i, feats))
            ):
                out.append(_segment(current, feats, roles, column, indents))
                current = []
            current.append(i)
            text = feats[i].text
            if i < run.last and "摄" in text and BRACKET_CREDIT.match(text):  # (the regex for a line with 摄 alone)
                # a photo's credit on a line of its own closes its caption: what follows is
                # another text, even in the same box
                out.append(_segment(current, feats, roles, column, indents))
                current = []
        if current:
            out.append(_segment(current, feats, roles, column, indents))
    return out


def _opens_article_here(i: int, prev: int, feats: Sequence[LineFeatures], roles: Sequence[Role]) -> bool:
    f, p = feats[i], feats[prev]
    if roles[i] is Role.BYLINE and roles[prev] is not Role.BYLINE:
        return not is_credit_line(f.text)  # a photo credit (某某 摄) closes the text above it
    return f.dateline and (p.ends_sentence or roles[prev] is Role.BYLINE)


def _heads_dateline(i: int, dateline: int, feats: Sequence[LineFeatures]) -> bool:
    """Line ``i``, right above a dateline in its box, is a note in brackets the article opens with
    (an enclosure: a count of photos, a source of the text), not a caption's credit or an
    article's closing source bracket."""
    f = feats[i]
    return (
        dateline == i + 1
        and feats[dateline].dateline
        and BRACKETED.match(f.text) is not None
        and not CLOSING_BRACKET.search(f.text)
        and not PHOTO_CREDIT.search(f.text)
        and (i == 0 or feats[i - 1].blank)
    )


_PAIRS = {"》": "《", "」": "「", "』": "『", "”": "“", "〉": "〈"}  # (a bracket may close a list mark: １）)


def _closes_unopened(text: str) -> bool:
    """The line closes a bracket or quotation it did not open (``时报》创刊五周年，并``): it
    goes on from a sentence begun elsewhere, as no paragraph opens inside a quotation."""
    open_marks: list[str] = []
    for ch in text:
        if ch in _OPENERS:
            open_marks.append(ch)
        elif ch in _PAIRS:
            if not open_marks or open_marks[-1] != _PAIRS[ch]:
                return not open_marks
            open_marks.pop()
    return False


_OPENERS = frozenset(_PAIRS.values())


def _short_line(body: list[int], feats: Sequence[LineFeatures], column: float) -> bool:
    """Whether the line before the last closes a paragraph or a list item (short, or ；：)."""
    if len(body) < 2:
        return False
    prev = feats[body[-2]]
    return not is_full(prev.width, column) or prev.text.endswith(ITEM_ENDS)


def _short_of(f: LineFeatures, column: float, opens_paragraph: bool) -> bool:
    """Whether a line stops short of where a sentence broken by the column would stop.

    A sentence breaks at the column edge: only a full line, or the indented first line of a
    paragraph, can end mid-sentence. A dateline line is set apart and never tells. Marks are
    measured squeezed (``set_width``) but a justified line may set them full (``marks_set_full``).
    """
    if f.dateline or is_full(marks_set_full(f), column):
        return False
    return not (opens_paragraph and is_indented(f.width, column))


def _segment(
    lines: list[int], feats: Sequence[LineFeatures], roles: Sequence[Role], column: float, indents: bool = False
) -> Segment:
    """A segment of ``lines`` measured against ``column`` (``indents``: the page kept its paragraph
    indents, which tell a paragraph's start from a line going on)."""
    body = [i for i in lines if not feats[i].blank]
    if len(body) >= 4:
        # a segment cut out of a longer run measures its own column
        widths = sorted([feats[i].width for i in body[:-1]])
        column = widths[(2 * len(widths)) // 3]
    first, last = feats[body[0]], feats[body[-1]]
    if first.dateline or roles[body[0]] is _BYLINE:
        start = _START_ARTICLE
    elif len(body) > 1 and _heads_dateline(body[0], body[1], feats):
        start = _START_ARTICLE  # a note set over the dateline: the article opens with it
    elif is_section_number(first.text):
        start = _START_PARAGRAPH  # a section number (１, ２) stands as a paragraph of its own
    elif indents and first.indented:
        start = _START_PARAGRAPH
    elif first.text[:1] in _OPENING_MARKS or is_full(first.width, column) or _closes_unopened(first.text):
        start = _START_MIDDLE
    elif len(body) == 1 and first.width < column - INDENT - 1.25 and not BRACKETED.match(first.text):
        start = _START_MIDDLE  # a lone short line: most often a paragraph's tail carried over
    else:
        start = _START_PARAGRAPH
    opens_paragraph = len(body) == 1 or feats[body[-2]].ends_sentence
    if last.dateline:
        end = _END_OPEN  # a dateline's text follows: 本报讯（通讯员 甲乙） | 新年伊始，…
    elif last.text.endswith(("）", ")")) and CLOSING_BRACKET.search(tail := _tail(body, feats)):
        # (the pattern ends on a closing bracket: only a line ending on one is read with the line above)
        end = _END_CAPTION if PHOTO_CREDIT.search(tail) else _END_CLOSED
    elif not last.ends_clause and _short_of(last, column, opens_paragraph or _short_line(body, feats, column)):
        end = _END_PARAGRAPH  # a short line with no punctuation: a heading, not a broken sentence
    elif last.text.endswith(ITEM_ENDS) and not is_full(last.width, column):
        end = _END_PARAGRAPH  # a list item (or its lead) closed short of the column: the next opens a line
    elif not last.ends_sentence:
        end = _END_OPEN
    elif is_full(last.width, column) and len(body) > 1:
        end = _END_FULL
    elif opens_paragraph and is_indented(last.width, column):
        end = _END_FULL  # a paragraph's first line that ends a sentence: it may go on
    else:
        end = _END_PARAGRAPH
    return Segment(body[0], body[-1], tuple(body), column, start, end)


def _tail(body: list[int], feats: Sequence[LineFeatures]) -> str:
    """A segment's last two lines without their spaces, where a closing bracket is read."""
    return "".join((feats[body[-2]].text if len(body) > 1 else "").split()) + "".join(feats[body[-1]].text.split())
