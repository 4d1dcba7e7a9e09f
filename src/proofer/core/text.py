"""Text rules: character classes, display width, and how pieces of text are joined.

Everything here is pure and works on plain strings. The spacing rules are the ones a Chinese
newspaper is printed with: no space between Han characters or around full-width punctuation,
one space between two Latin words, and the few spaces print keeps (between a role word and a
name inside a dateline bracket, inside a photo credit).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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
)
_ROLE_ALT = "|".join(DATELINE_ROLES)
_DATELINE_BRACKET = regex.compile(r"[（(]\s*(?:" + _ROLE_ALT + r")[^（）()]{0,40}?[）)]")
_ROLE_AT_END = regex.compile(r"(?:" + _ROLE_ALT + r")$")
_ROLE_AT_START = regex.compile(r"(?:" + _ROLE_ALT + r")")  # used with .match(s, pos)
# A trailing photo credit printed after a space: "。 孙妍 摄", "本报记者 史思颖 摄".
CREDIT_TAIL = regex.compile(
    r"(?:(?<=\S)\s+|^\s*)((?:\p{Han}{2,6}\s+)?\p{Han}{2,4}(?:\s+\p{Han}{2,4})?\s+摄)\s*$"
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


@dataclass(frozen=True, slots=True)
class Span:
    """Where a run of output characters came from: ``line`` index, columns in that line's text."""

    line: int
    start: int
    end: int
    out_start: int
    out_end: int


def join_lines(parts: list[tuple[int, str, int]]) -> tuple[str, tuple[Span, ...]]:
    """Join pieces of lines into one printed text, with provenance.

    ``parts`` holds (line index, text, column offset of text in that line). Returns the text as
    printed and the spans that tie each run of it to its source columns.
    """
    chars: list[str] = []
    origin: list[tuple[int, int] | None] = []
    for k, (line, text, offset) in enumerate(parts):
        if k:
            chars.append(JOIN)
            origin.append(None)
        for col, ch in enumerate(text):
            chars.append(ch)
            origin.append((line, offset + col))
    kept = _spacing_plan("".join(chars))
    out: list[str] = []
    spans: list[Span] = []
    # the open run: line, start column, end column, output start, output end (Spans made per run)
    run: list[int] | None = None
    for at, (pos, emit) in enumerate(kept):
        out.append(emit)
        o = origin[pos] if pos >= 0 else None
        if o is None:
            continue
        if run is not None and run[0] == o[0] and run[2] == o[1] and run[4] == at:
            run[2] += 1
            run[4] += 1
        else:
            if run is not None:
                spans.append(Span(*run))
            run = [o[0], o[1], o[1] + 1, at, at + 1]
    if run is not None:
        spans.append(Span(*run))
    return "".join(out), tuple(spans)


def normalize(text: str) -> str:
    """The printed form of a text whose line joins are marked with ``JOIN``."""
    return "".join(emit for _, emit in _spacing_plan(text))


def _spacing_plan(s: str) -> list[tuple[int, str]]:
    """Which characters of ``s`` to keep: (source position or -1 for an added space, char)."""
    brackets = [(m.start(), m.end()) for m in _DATELINE_BRACKET.finditer(s)]
    plan: list[tuple[int, str]] = []
    i, n = 0, len(s)
    while i < n:
        if not s[i].isspace():
            plan.append((i, s[i]))
            i += 1
            continue
        j = i
        while j < n and s[j].isspace():
            j += 1
        if not plan or j == n:
            i = j  # leading / trailing whitespace goes
            continue
        prev, nxt = plan[-1][1], s[j]
        joined = JOIN in s[i:j]
        if joined and prev == "-" and len(plan) >= 2 and plan[-2][1].isalpha() and nxt.islower():
            plan.pop()  # a Latin word hyphenated at a line end is one word again
        elif _keeps_space(s, i, j, prev, nxt, brackets):
            first_space = next((k for k in range(i, j) if s[k] == " "), -1)
            plan.append((first_space, " "))
        i = j
    return plan


def _keeps_space(s: str, i: int, j: int, prev: str, nxt: str, brackets: list[tuple[int, int]]) -> bool:
    """Whether the whitespace run s[i:j] between ``prev`` and ``nxt`` prints as one space."""
    if LATIN_WORD.match(prev) and LATIN_WORD.match(nxt) and not (prev.isdigit() and nxt.isdigit()):
        return True
    if is_han(prev) and is_han(nxt) and any(b0 < i < b1 for b0, b1 in brackets):
        # inside a dateline bracket a space parts a role word from a name: 记者 王路曼 通讯员 宋雅欣
        return bool(_ROLE_AT_END.search(s, max(0, i - 6), i) or _ROLE_AT_START.match(s, j))
    return False


def split_credit(text: str) -> tuple[str, str | None, int]:
    """Split a trailing photo credit (``… 孙妍 摄``) off a text.

    Returns (text before the credit, the credit with single spaces, column where it starts).
    """
    m = CREDIT_TAIL.search(text)
    if not m:
        return text, None, len(text)
    credit = " ".join(m.group(1).split())
    return text[: m.start()], credit, m.start(1)
