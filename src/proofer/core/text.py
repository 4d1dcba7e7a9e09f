"""Text rules: character classes, display width, and how pieces of text are joined.

Everything here is pure and works on plain strings. The spacing rules are the ones a Chinese
newspaper is printed with: no space between Han characters or around full-width punctuation,
one space between two Latin words, and the few spaces print keeps (between a role word and a
name inside a dateline bracket, inside a photo credit).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache, partial
from typing import NamedTuple

import regex

HAN = regex.compile(r"\p{Han}")
LATIN_WORD = regex.compile(r"[A-Za-z0-9]")
# Sentence-final punctuation, optionally followed by closing quotes/brackets.
SENTENCE_END = regex.compile(r"[。！？!?…][”’」』）)》〉]*$|[”’」』][。！？]?$")
# Role words that open a dateline bracket: （记者 王路曼 通讯员 宋雅欣）.
DATELINE_ROLES = (
    "本报记者",
    "特约记者",
    "实习记者",
    "见习记者",
    "摄影记者",
    "本报通讯员",
    "特约通讯员",
    "记者",
    "通讯员",
    "实习生",
    # the same in traditional characters, as Hong Kong and Taiwan papers print them
    "本報記者",
    "特約記者",
    "實習記者",
    "見習記者",
    "攝影記者",
    "本報通訊員",
    "特約通訊員",
    "記者",
    "通訊員",
    "實習生",
)
# a role word may be letter-spaced, as a whole dateline often is (本 报 讯 （ 记 者   李 娜 ）)
_ROLE_ALT = "|".join(r"\s?".join(role) for role in DATELINE_ROLES)
_DATELINE_BRACKET = regex.compile(r"[（(]\s*(?:" + _ROLE_ALT + r")[^（）()]{0,40}?[）)]")
_ROLE_AT_END = regex.compile(r"(?:" + _ROLE_ALT + r")$")
_ROLE_AT_START = regex.compile(r"(?:" + _ROLE_ALT + r")")  # used with .match(s, pos)
# A trailing photo credit printed after a space: "。 孙妍 摄", "本报记者 史思颖 摄", "孙妍/摄" (攝 in
# traditional characters); OCR may letter-space the name ("孙 妍 摄").
CREDIT_TAIL = regex.compile(
    r"(?:(?<=\S)\s+|^\s*)"
    r"((?:\p{Han}{2,6}\s+)?\p{Han}(?: ?\p{Han}){1,3}(?:\s+\p{Han}{2,4})?(?:\s+|\s*[/／]\s*)[摄攝])\s*$"
)
JOIN = "\n"  # marks where two lines were joined, inside the text handed to normalize()


@lru_cache(maxsize=4096)
def char_width(ch: str) -> float:
    """Display width: Han, full-width and CJK punctuation 1, ASCII and half-width 0.5."""
    if ch in "“”‘’…—·":
        return 1.0  # ambiguous-width, but full width in Chinese print
    return 1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5


def display_width(text: str) -> float:
    return sum(char_width(c) for c in text if not c.isspace())


def is_han(ch: str) -> bool:
    return bool(HAN.match(ch))


def ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text.rstrip()))


def squash(text: str) -> str:
    return "".join(text.split())


def has_split_separators(text: str) -> bool:
    """Whether ``text`` holds one of the four separators (``\\x1c`` to ``\\x1f``) that str.split
    takes for whitespace and the regex ``\\s`` does not: without them the two split alike."""
    return "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text


class Span(NamedTuple):
    """Where a run of output characters came from: ``line`` index, columns in that line's text.

    A named tuple, not a dataclass: a page makes thousands, and a tuple is made in C."""

    line: int
    start: int
    end: int
    out_start: int
    out_end: int


# = Span._make for a row of five, in C (``_make`` is a Python function checking the length)
_span = partial(tuple.__new__, Span)


def join_lines(parts: list[tuple[int, str, int]]) -> tuple[str, tuple[Span, ...]]:
    """Join pieces of lines into one printed text, with provenance.

    ``parts`` holds (line index, text, column offset of text in that line). Returns the text as
    printed and the spans that tie each run of it to its source columns.
    """
    joined = JOIN.join([text for _, text, _ in parts])
    if not _MAY_KEEP_SPACE.search(joined) and not _DATELINE_BRACKET.search(joined):
        return _join_chunks(parts, not has_split_separators(joined))
    starts: list[int] = []  # where each part begins in ``joined``
    at = 0
    for _, text, _ in parts:
        starts.append(at)
        at += len(text) + 1
    ranges = _spacing_ranges(joined)
    # the common case: each part kept whole, every join dropped (Han text): the parts hold no
    # whitespace, each is one chunk
    if ranges == [[at, at + len(text)] for at, (_, text, _) in zip(starts, parts, strict=True)]:
        return _join_chunks(parts, not has_split_separators(joined))
    return _join_ranges(parts, joined, starts, ranges)


# Where a whitespace run may print as a space (between Latin words, see ``_spacing_ranges``) or
# join a word hyphenated at a line end; a space inside a dateline bracket needs the bracket.
_MAY_KEEP_SPACE = regex.compile(r"[A-Za-z0-9]\s+[A-Za-z0-9]|-\s")
_NOT_SPACE = regex.compile(r"\S+")


def _join_chunks(parts: list[tuple[int, str, int]], split_ok: bool) -> tuple[str, tuple[Span, ...]]:
    """``join_lines`` where every whitespace run is dropped: the kept ranges are the runs of
    other characters, each inside one part (``_join_ranges`` over them, part by part).

    ``split_ok``: the texts hold none of the four separators (``\\x1c`` to ``\\x1f``) that only
    str.split takes for whitespace, so its words are the regex's runs (each found from the last).
    """
    out: list[str] = []
    rows: list[tuple[int, int, int, int, int]] = []  # the spans' fields, made Span once at the end
    length = 0
    # a run that goes on from the last span (the next part of the same line) is merged into it:
    # the last span's line and end column (columns are never negative); its output end is always
    # ``length``, every run being set at the end
    last_line = end = -1
    for line, text, offset in parts:
        words = text.split() if split_ok else _NOT_SPACE.findall(text)
        at = 0
        for word in words:
            a = text.find(word, at) if at or word is not text else 0
            size = len(word)
            at = a + size
            col = offset + a
            if col == end and line == last_line:  # goes on from the last span (a line's next part)
                rows[-1] = (line, rows[-1][1], col + size, rows[-1][3], length + size)
            else:
                rows.append((line, col, col + size, length, length + size))
            length += size
            last_line, end = line, col + size
        out += words
    return "".join(out), tuple(map(_span, rows))


def _join_ranges(
    parts: list[tuple[int, str, int]], joined: str, starts: list[int], ranges: list[list[int]]
) -> tuple[str, tuple[Span, ...]]:
    """``join_lines`` for any spacing: the kept ranges of ``joined`` tied to their parts."""
    out: list[str] = []
    rows: list[tuple[int, int, int, int, int]] = []  # the spans' fields, made Span once at the end
    length = 0
    k = 0  # the part the current range lies in (ranges come in order)
    last_k = len(starts) - 1
    line, _, offset = parts[0] if parts else (0, "", 0)
    shift = offset  # a column of the part = a position in ``joined`` + shift (the first part begins at 0)
    last_line = end = out_end = -1  # the last span's line, end column and output end (see ``_join_chunks``)
    for a, b in ranges:
        if a < 0:
            out.append(" ")
            length += 1
            continue
        if k < last_k and starts[k + 1] <= a:
            while k < last_k and starts[k + 1] <= a:
                k += 1
            line, _, offset = parts[k]
            shift = offset - starts[k]
        out.append(joined[a:b])
        col = a + shift
        size = b - a
        if col == end and length == out_end and line == last_line:  # goes on from the last span
            rows[-1] = (line, rows[-1][1], col + size, rows[-1][3], length + size)
        else:
            rows.append((line, col, col + size, length, length + size))
        length += size
        last_line, end, out_end = line, col + size, length
    return "".join(out), tuple(map(_span, rows))


def normalize(text: str) -> str:
    """The printed form of a text whose line joins are marked with ``JOIN``."""
    return "".join(" " if a < 0 else text[a:b] for a, b in _spacing_ranges(text))


_WHITESPACE = regex.compile(r"\s+")
_LATIN_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")  # = LATIN_WORD
_han_char = lru_cache(maxsize=8192)(is_han)  # spacing asks about the same few thousand characters


def _spacing_ranges(s: str) -> list[list[int]]:
    """Which parts of ``s`` to keep, in order: ranges ``[a, b]`` of ``s``, or ``[-1, -1]`` for an
    added space. Whitespace runs are dropped except where print keeps one space."""
    brackets: list[tuple[int, int]] | None = None
    lo = hi = 0  # where the dateline brackets lie, found when first needed
    out: list[list[int]] = []
    pos, n = 0, len(s)

    def char_before(back: int) -> str:
        """The kept character ``back`` places from the end (1: the last one)."""
        for a, b in reversed(out):
            size = 1 if a < 0 else b - a
            if back <= size:
                return " " if a < 0 else s[b - back]
            back -= size
        return ""

    for m in _WHITESPACE.finditer(s):
        i, j = m.span()
        if i > pos:
            out.append([pos, i])
        pos = j
        if not out or j == n:
            continue  # leading / trailing whitespace goes
        # whitespace runs are maximal, so the last kept range is s[pos_before:i]: its last character
        prev, nxt = s[i - 1], s[j]
        if prev == "-" and JOIN in s[i:j] and char_before(2).isalpha() and nxt.islower() and _kept(out) >= 2:
            last = out[-1]  # a Latin word hyphenated at a line end is one word again
            last[1] -= 1
            if last[0] == last[1]:
                out.pop()
            continue
        if prev in _LATIN_WORD_CHARS:
            if nxt in _LATIN_WORD_CHARS and not (prev.isdigit() and nxt.isdigit()):
                out.append(_one_space(s, i, j))
            continue  # a Latin character is no Han character: no other rule applies
        if not (_han_char(prev) and _han_char(nxt)):
            continue
        if brackets is None:
            brackets = [(b.start(), b.end()) for b in _DATELINE_BRACKET.finditer(s)]
            if brackets:  # (in order, apart: a run inside one lies between the first's start and the last's end)
                lo, hi = brackets[0][0], brackets[-1][1]
        if lo < i < hi and _keeps_space(s, i, j, brackets):  # most runs are in no dateline bracket
            out.append(_one_space(s, i, j))
    if pos < n:
        out.append([pos, n])
    return out


def _one_space(s: str, i: int, j: int) -> list[int]:
    first_space = s.find(" ", i, j)
    return [first_space, first_space + 1] if first_space >= 0 else [-1, -1]


def _kept(out: list[list[int]]) -> int:
    return sum(1 if a < 0 else b - a for a, b in out)


def _keeps_space(s: str, i: int, j: int, brackets: list[tuple[int, int]]) -> bool:
    """Whether the whitespace run s[i:j] between two Han characters prints as one space."""
    if any(b0 < i < b1 for b0, b1 in brackets):
        # inside a dateline bracket a space parts a role word from a name: 记者 王路曼 通讯员 宋雅欣;
        # in letter-spaced text (spaced on both sides: 记 者   李 娜) only a space wider than the
        # letters' spacing is one, or a line end (as in text set solid: 通讯员|宋雅欣)
        spaced = s[i - 2 : i - 1] in (" ", "\u3000") and s[j + 1 : j + 2].isspace()  # (a join is no spacing)
        if spaced and j - i < 2 and s[i] != JOIN:
            return False
        return bool(_ROLE_AT_END.search(s, max(0, i - 12), i) or _ROLE_AT_START.match(s, j))
    return False


def split_credit(text: str) -> tuple[str, str | None, int]:
    """Split a trailing photo credit (``… 孙妍 摄``) off a text.

    Returns (text before the credit, the credit with single spaces, column where it starts).
    """
    m = CREDIT_TAIL.search(text)
    if not m:
        return text, None, len(text)
    return text[: m.start()], " ".join(_unspaced(m.group(1).split())), m.start(1)


def _unspaced(words: list[str]) -> list[str]:
    """A credit's words with a letter-spaced name set solid again (孙 妍 摄 -> 孙妍 摄)."""
    out: list[str] = []
    letters = False  # whether the last word was made of single letters
    for word in words[:-1]:
        if len(word) == 1 and letters:
            out[-1] += word
        else:
            out.append(word)
            letters = len(word) == 1
    return [*out, words[-1]]
