"""Per-line features: display width, column width estimates, datelines, author lines, sentence ends.

Everything here looks at one line (or the page's width statistics) and knows no article. Column
widths are always estimated from the page itself: pages mix column widths, and extractors drop
the 2-character indent that opens each paragraph, so widths alone tell full, first and last lines
apart once the column width is known.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache, partial
from typing import NamedTuple

import regex

from ..text import display_width, split_credit, squash

# Dateline openings: 本报讯, 本报北京１月１日讯, 本报苏州１月１日电, 新华社北京１月５日电, 据新华社…电.
DATELINE = regex.compile(
    r"^\s*(?:据|又据)?\s*(?:本\s*报|新\s*华\s*社|中\s*新\s*社)"
    r"(?:[\p{Han}\p{N}\s·]{0,16}?(?:讯|电|[\p{N}月日]\s*$)|[\p{Han}\s]{2,12}$)"
)
# Any other paper's, site's, agency's or station's dateline: 京华时报讯, 人民网北京1月3日电,
# 中央社台北3日电, 央广网北京1月3日消息: a source name ending as such names do (…报, …网, …社, …台,
# …刊), then 讯 at once, or a place and a date before 讯, 电 or 消息, or a dateline cut by the column
# after its date (晨报伊斯兰堡１月 | …). (A date right after a short place is what body text opening
# with such a name lacks.)
SOURCE = r"(?:\p{Han}\s?){1,8}?[报网社台刊]\s*"
_PLACE = r"(?:\p{Han}\s?){0,5}?"
_DAY = r"[\p{N}〇零一二三四五六七八九十]{1,3}\s*"
SOURCE_DATELINE = regex.compile(
    r"^\s*(?:据|又据)?\s*" + SOURCE + r"(?:讯(?![息号问])"
    r"|" + _PLACE + r"(?:" + _DAY + r"月\s*)?" + _DAY + r"日\s*(?:讯|电|消\s*息)"
    r"|" + _PLACE + _DAY + r"(?:月\s*(?:" + _DAY + r"日?\s*)?)?$)"
    # or, quoted (据…), a place and 电 with no date, at the line's end or before the reporters'
    # bracket: 据美联社乌鲁木齐电（记者…）
    r"|^\s*(?:据|又据)\s*" + SOURCE + r"(?:\p{Han}\s?){1,6}?电\s*(?:[（(]|$)"
)
# words that follow 记者 in running text, never in a byline's names (记者采访时, 记者了解到)
REPORTER_GOES_ON = (
    r"(?:采\s*访|了\s*解|获\s*悉|得\s*知|看\s*到|发\s*现|走\s*访|调\s*查|注\s*意|来\s*到|问|说|从|在|向|对|到)"
)
# Any source's signature on a line of its own, as 本报 + a short line reads in DATELINE: its
# department or team signing a letter (晨报群众工作部, 晨报调查组, 电视台新闻部: a few characters, 部 室
# or 组), or
SIGNED_SOURCE = regex.compile(
    r"^\s*" + SOURCE + r"(?:(?:\p{Han}\s?){0,6}[部室组]"
    # its reporters' line, cut by the column or not (晨报记者甲乙丙丁 | 戊, 美联社记者甲乙美联社通讯 |
    # 员…), the names holding no word that goes on from 记者 in running text (…社记者采访时)
    r"|(?:驻(?:\p{Han}\s?){1,6}?)?(?:特\s*约\s*|实\s*习\s*|见\s*习\s*)?(?:记\s*者|通\s*讯\s*员)"
    r"(?!(?:\p{Han}\s?){0,12}?" + REPORTER_GOES_ON + r")(?:\p{Han}\s?){0,12})$"
)
# A bracketed reporter credit at the very start of a line: （记者 王路曼）.
BRACKET_REPORTER = regex.compile(r"^\s*[（(]\s*(?:本报|特约|实习|见习|驻\S{1,6})?\s*(?:记者|通讯员)")
_DATELINE_OPENERS = frozenset("据又本新中（(")  # a stripped line either regex matches opens so
# A feature's author line: 新华社记者赵金川, 本报驻南非记者温宪, 钟源摄影, 本报记者 史思颖.
AUTHOR_ROLE = regex.compile(
    r"(?:记\s*者|通\s*讯\s*员|特\s*约\s*撰\s*稿\s*人|撰\s*稿|摄\s*影|编\s*辑|评\s*论\s*员|主\s*任|"
    r"司\s*长|局\s*长|部\s*长|处\s*长|厅\s*长|院\s*长|校\s*长|所\s*长|主\s*席|书\s*记|教\s*授|研\s*究\s*员|"
    r"经\s*理|总\s*裁|董\s*事\s*长|委\s*员)"
)
# the first characters of AUTHOR_ROLE's words (摄 also opens 摄影)
_AUTHOR_FIRST = frozenset("记通特撰摄编评主司局部处厅院校所书教研经总董委")
PUNCT = regex.compile(r"[\p{P}\p{S}]")
FULLWIDTH_PUNCT = regex.compile(r"[\p{P}\p{S}&&[^\x00-\x7f]]", regex.V1)
SENTENCE_END = regex.compile(r"(?:[。！？!?…：]|……)[”’」』）)》〉]*$|[”’」』][。！？]$|[）)]$")
OPENING_PUNCT = regex.compile(r"^[，、；：。！？,.;:!?）)」』”》〉]")
# Page furniture: dates, weekdays, page numbers, a section name with its page number.
FURNITURE = regex.compile(
    r"\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天]|第\s*[\p{N}一二三四五六七八九十]+\s*版"
    r"|^\s*[\p{Han}]{1,6}\s+[\p{N}]{1,3}\s*$|^\s*[\p{N}]{1,3}\s*$"
)
# Digits and common function characters never occur in an author line (they do in body text).
_NOT_IN_AUTHOR = regex.compile(r"[\p{N}的了在由是和与对将把被从为并而也都就但]")
SECTION_MARK = regex.compile(r"^\s*\p{Han}{1,6}\s+\p{N}{1,3}\s*$")
DATELINE_CLOSE = regex.compile(r"(?:记者|通讯员|实习生|电|讯)[^（(）)。]{0,12}[）)]$")
# A photo credit in brackets on a line of its own, （本报记者王霞光摄）: it closes a caption, opens nothing.
BRACKET_CREDIT = regex.compile(r"^\s*[（(][^（()）]*摄(?:影)?(?:报道)?\s*[）)]\s*$")
CREDIT_LINE = regex.compile(r"^\s*(?:[\p{Han}]{2,6}\s+)?[\p{Han}]{2,4}(?:\s+[\p{Han}]{2,4})?(?:\s+|\s*[/／]\s*)摄\s*$")


class LineFeatures(NamedTuple):
    """One line's features. A named tuple, not a dataclass: a page makes one per line, and a tuple
    is made several times faster (change a field with ``_replace``)."""

    text: str  # the line without surrounding whitespace
    width: float
    blank: bool
    ends_sentence: bool  # ends a sentence (。！？ … or a closing bracket / quote)
    ends_clause: bool  # ends with clause punctuation (，、；： or a sentence end)
    dateline: bool  # opens with a dateline (本报讯, 新华社…电, （记者…）)
    author: bool  # reads as a feature's author line (新华社记者赵金川)
    punct_count: int  # punctuation marks inside the line
    stretched: bool = False  # letter-spaced by justification (``不 止 ， 股 市``): a full line
    indented: bool = False  # opens with a paragraph indent the extractor kept (``indent_kept``)


def line_features(text: str) -> LineFeatures:
    s = text.strip()
    if not s:
        return _BLANK
    # = bool(SENTENCE_END.search(e)) by str tests (a search for ``…$`` tries every position): a
    # sentence mark before closing marks, or a closing bracket last; e is not empty
    e = (split_credit(s)[0].rstrip() or s) if "摄" in s else s
    ends = e[-1] in "）)" or e.rstrip(_CLOSERS)[-1:] in _SENTENCE_MARK_SET
    clause = ends or s[-1] in "，、；：,;:"
    # width and punctuation count in one pass over the characters other than CJK ideographs, which
    # count 4 each (see ``_Marks``): most of a line's characters, skipped in C
    others = _NOT_IDEOGRAPH(s)
    marks = 4 * len(s) + sum(map(_OTHER_MARKS.__getitem__, others)) if others else 4 * len(s)
    punct = marks >> 32  # = len(PUNCT.findall(s))
    dateline = (
        (
            (s[0] in _DATELINE_OPENERS and bool(DATELINE.match(s) or BRACKET_REPORTER.match(s)))
            or (("讯" in s or "电" in s or "息" in s or s[-1] in "月日" or s[-1].isdigit())
                and bool(SOURCE_DATELINE.match(s)))
            or (not punct and not _SOURCE_ENDS.isdisjoint(s) and bool(SIGNED_SOURCE.match(s)))
        )
        and not BRACKET_CREDIT.match(s)
    )
    # an author line holds no punctuation (most lines do) and a role word (``is_author_line``'s first test)
    author = not punct and not _AUTHOR_FIRST.isdisjoint(s) and is_author_line(s)
    # fields in order: text, width, blank, ends_sentence, ends_clause, dateline, author, punct_count, stretched,
    # indented
    width = (marks & 0xFFFFFFFF) / 4  # = set_width(s): every width is a multiple of 1/4, summed exactly
    stretched = " " in s and _is_stretched(s)  # (its own first test, without the call)
    indented = text[0] in _INDENT_SPACES and _indent_kept(text)
    return _features((s, width, False, ends, clause, dateline, author, punct, stretched, indented))


_INDENT_SPACES = " \u3000"


def _indent_kept(text: str) -> bool:
    """The raw line opens with a paragraph's indent, as some extractors keep it: two full-width
    spaces, or two to four ASCII ones (a single space is OCR noise; more, a centred line)."""
    lead = len(text) - len(text.lstrip(_INDENT_SPACES))
    return text[:lead] == "\u3000\u3000" or (2 <= lead <= 4 and text[:lead] == " " * lead)


# the same lines are measured by the glued-line check, the engine and the role rules in turn:
# each line's features made once (pure, and immutable)
features_of = lru_cache(maxsize=8192)(line_features)


_CLOSERS = "”’」』）)》〉"
_SENTENCE_MARKS = "。！？!?…："
_SENTENCE_MARK_SET = frozenset(_SENTENCE_MARKS)  # (no empty string in it, as in a str)


_BLANK = LineFeatures("", 0.0, True, False, False, False, False, 0)  # every blank line's (frozen, shared)
# = LineFeatures._make for the ten fields, in C (``_make`` is a Python function checking the length)
_features = partial(tuple.__new__, LineFeatures)


def _is_stretched(s: str) -> bool:
    """Spaces between most characters: the extractor saw a justified, letter-spaced line."""
    if " " not in s:
        return False  # (no space: the test below needs at most one character)
    spaces = s.count(" ")
    chars = len(s) - spaces  # = len(s.replace(" ", "")), no string made
    return chars >= 6 and spaces >= 0.6 * (chars - 1)


SQUEEZED_MARK = 0.25  # how much shorter than set full a punctuation mark is counted (see ``set_width``)


def marks_set_full(f: LineFeatures) -> float:
    """The width of a line were each of its marks past the first set full (a justified line may set
    them so): the most a line counted squeezed (``set_width``) may take in print."""
    return f.width + SQUEEZED_MARK * max(0, f.punct_count - 1)


def set_width(text: str) -> float:
    """The width a line takes in print, in characters, halfway between punctuation set full and half.

    Chinese typesetting squeezes full-width punctuation to half width where a line needs room,
    so a full line of a column holds more punctuation marks than the column has characters.
    Counting each mark as three quarters of a character keeps full lines near one width.
    """
    return sum(map(_WIDTHS.__getitem__, text))  # = sum(map(_set_width, text)), a dict lookup in C


@lru_cache(maxsize=8192)
def _set_width(ch: str) -> float:
    if ch.isspace():
        return 0.0
    width = display_width(ch)
    return width - 0.25 if FULLWIDTH_PUNCT.match(ch) else width


class _Widths(dict[str, float]):
    """``_set_width`` of each character met, computed once (a page holds a few thousand)."""

    def __missing__(self, ch: str) -> float:
        width = self[ch] = _set_width(ch)
        return width


_WIDTHS = _Widths()


class _OtherMarks(dict[str, int]):
    """A character's ``_MARKS`` less a CJK ideograph's 4."""

    def __missing__(self, ch: str) -> int:
        mark = self[ch] = _MARKS[ch] - 4
        return mark


_OTHER_MARKS = _OtherMarks()
# the characters of a line that are not CJK unified ideographs (each of which is one wide, no mark)
_NOT_IDEOGRAPH = re.compile("[^\u4e00-\u9fff]").findall
# SOURCE's last characters: a line holding none opens with no source's name
_SOURCE_ENDS = frozenset("报网社台刊")


class _Marks(dict[str, int]):
    """Each character met as one number: four times its ``_set_width`` (a whole number), plus
    2**32 when it is a punctuation mark (``PUNCT``). Summed over a line, the low 32 bits hold
    four times its set width and the rest its punctuation count (for lines under 2**29 characters)."""

    def __missing__(self, ch: str) -> int:
        mark = self[ch] = int(_set_width(ch) * 4) + (bool(PUNCT.match(ch)) << 32)
        return mark


_MARKS = _Marks()


INDENTED_LINES = 3  # indented lines a page needs to be read as keeping its indents (not by chance)


def keeps_indents(feats: Sequence[LineFeatures]) -> bool:
    """The extractor kept the paragraph indents: a few lines open indented, one in twenty or more
    (every paragraph's first line is). Most extractors drop them: the page has none."""
    indented = sum(f.indented for f in feats)
    return indented >= INDENTED_LINES and 20 * indented >= sum(not f.blank for f in feats)


def is_author_line(text: str) -> bool:
    """A short line naming the author: a role word followed by a name, no sentence punctuation."""
    if _AUTHOR_FIRST.isdisjoint(text):
        return False  # no role word can start here (nor 摄影): most lines, told in C
    s = squash(text)
    if not s or len(s) > 24 or PUNCT.search(s) or _NOT_IN_AUTHOR.search(s):
        return False
    if s.endswith("摄影") and len(s) <= 8:
        return True
    ends = [m.end() for m in AUTHOR_ROLE.finditer(s)]
    if not ends:
        return False
    name = s[ends[-1] :]
    return 2 <= len(name) <= 4 and bool(regex.fullmatch(r"\p{Han}+", name))


def is_credit_line(text: str) -> bool:
    return bool(CREDIT_LINE.match(text))


def is_furniture(text: str) -> bool:
    return bool(FURNITURE.search(text.strip()))


def is_section_mark(text: str) -> bool:
    """A running head with its page number (``要闻 4``), wherever the extractor put it."""
    return bool(SECTION_MARK.match(text))


def page_column_widths(widths: Sequence[float]) -> list[float]:
    """The column widths a page is set in: widths shared by many lines (justified full lines).

    Widths are counted in half-character steps; a width is a column width when it is a local
    peak of the histogram and holds a fair share of the lines.
    """
    counts = Counter(round(w * 2) / 2 for w in widths if w > 0)
    if not counts:
        return []
    # smooth by merging +-0.5 neighbours (a half-width digit shifts a full line by 0.5)
    smooth = {w: counts[w] + 0.5 * (counts.get(w - 0.5, 0) + counts.get(w + 0.5, 0)) for w in counts}
    total = sum(counts.values())
    floor = max(3.0, 0.04 * total)
    peaks = [
        w
        for w, c in smooth.items()
        if c >= floor and c >= smooth.get(w - 0.5, 0) and c >= smooth.get(w + 0.5, 0) and w >= 3
    ]
    # paragraph first lines (two characters short) peak too on narrow columns: not a column
    peaks = [p for p in peaks if not any(q - 2.75 <= p <= q - 1.25 and smooth[q] > smooth[p] for q in peaks)]
    peaks.sort()
    merged: list[float] = []
    for w in peaks:
        if merged and w - merged[-1] <= 0.5:
            if smooth[w] > smooth[merged[-1]]:
                merged[-1] = w
            continue
        merged.append(w)
    return merged


def piece_column_width(widths: Sequence[float], page_columns: Sequence[float]) -> float:
    """The column width of one run of lines.

    A run of four or more lines is set in one column and most of its lines are full: the upper
    third of its widths (leaving out the last line, often a paragraph's short end), which paragraph
    first lines and author lines do not reach. Short runs
    borrow the narrowest page column width that their widest line fits in.
    """
    ws = [w for w in widths if w > 0]
    if not ws:
        return 0.0
    if len(ws) >= 4:
        body = sorted(ws[:-1])
        return body[(2 * len(body)) // 3]
    widest = max(ws)
    fits = [c for c in page_columns if c >= widest - 0.75]
    return min(fits) if fits else widest


def previous_content(i: int, feats: Sequence[LineFeatures]) -> int:
    """The content line before line ``i`` (-1 at the page top)."""
    j = i - 1
    while j >= 0 and feats[j].blank:
        j -= 1
    return j


def next_content(i: int, feats: Sequence[LineFeatures]) -> int:
    """The content line after line ``i`` (-1 at the page end)."""
    j = i + 1
    while j < len(feats) and feats[j].blank:
        j += 1
    return j if j < len(feats) else -1


# an item number opening a line: １、 2. （三） 四、 (a date's 1月 or a number's 1.5 is not one)
ITEM_NUMBER = regex.compile(
    r"^\s*(?:([0-9０-９]{1,2})\s*[、．.](?![0-9０-９])"
    r"|[（(]([一二三四五六七八九十]{1,3})[）)]|([一二三四五六七八九十]{1,3})、)"
)
_HAN_DIGITS = {c: k for k, c in enumerate("一二三四五六七八九十", 1)}


def item_number(text: str) -> int | None:
    """The number of a numbered item opening ``text`` (``２、`` 2, ``（三）`` 3), else None."""
    m = ITEM_NUMBER.match(text)
    if not m:
        return None
    digits, han = m.group(1), m.group(2) or m.group(3)
    if digits:
        return int(digits.translate(_FULLWIDTH_DIGITS))
    if len(han) == 1:
        return _HAN_DIGITS[han]
    tens, ten, ones = han.partition("十")  # 十二 12, 二十 20, 二十三 23
    if not ten or len(tens) > 1 or len(ones) > 1:
        return None
    return _HAN_DIGITS.get(tens, 1) * 10 + _HAN_DIGITS.get(ones, 0)


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
