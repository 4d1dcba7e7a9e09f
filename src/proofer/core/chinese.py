"""OpenCC helpers: script conversion for export, and the mixed-script check.

OCR often reads a simplified character as its traditional form (级 as 級). OpenCC converts
phrase by phrase, so comparing a text with its own conversion finds the stray characters in
context (著名 stays 著名; 組織 becomes 组织).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

import opencc

from .text import HAN

CONVERSIONS = ("s2t", "s2tw", "s2hk", "t2s")


@cache
def _converter(config: str) -> opencc.OpenCC:
    if config not in CONVERSIONS and config not in ("tw2s", "hk2s"):
        raise ValueError(f"unknown conversion {config!r}; choose one of {', '.join(CONVERSIONS)}")
    return opencc.OpenCC(config)


def convert(text: str, config: str | None) -> str:
    """``text`` converted with an OpenCC configuration (s2t, s2tw, s2hk, t2s); None keeps it."""
    return text if not config else _converter(config).convert(text)


@dataclass(frozen=True, slots=True)
class StrayChar:
    """A character of the other script: its position in the text and the proposed replacement."""

    pos: int
    char: str
    suggestion: str


def dominant_script(text: str) -> str:
    """'simplified' or 'traditional': which script most of the Han characters are in."""
    han = "".join(HAN.findall(text))
    if not han:
        return "simplified"
    to_s = sum(a != b for a, b in zip(han, convert(han, "t2s"), strict=False))
    to_t = sum(a != b for a, b in zip(han, convert(han, "s2t"), strict=False))
    return "traditional" if to_s > to_t else "simplified"


def stray_characters(text: str, script: str = "simplified") -> list[StrayChar]:
    """Characters of ``text`` that belong to the other script, with their replacement."""
    config = "t2s" if script == "simplified" else "s2t"
    target = convert(text, config)
    if len(target) != len(text):
        # OpenCC kept the length for every table we use; should a phrase ever change it, fall
        # back to converting character by character so that positions stay right.
        singles = ((i, c, convert(c, config)) for i, c in enumerate(text) if HAN.match(c))
        return [StrayChar(i, c, s) for i, c, s in singles if s != c]
    return [StrayChar(i, a, b) for i, (a, b) in enumerate(zip(text, target, strict=True)) if a != b]


def stray_in_lines(texts: Sequence[str], script: str | None = None) -> list[tuple[int, StrayChar]]:
    """Stray characters of a page's lines as ``(line index, hit in that line)``.

    The lines are checked as one text so that a phrase broken over a line end keeps its
    context (乾 alone becomes 干, but not in 乾|隆). ``script`` defaults to the page's
    dominant script.
    """
    joined = "".join(texts)
    hits = stray_characters(joined, script or dominant_script(joined))
    starts = list(accumulate((len(t) for t in texts), initial=0))
    out: list[tuple[int, StrayChar]] = []
    for hit in hits:
        line = bisect_right(starts, hit.pos) - 1  # empty lines share a start: the last one wins
        out.append((line, StrayChar(hit.pos - starts[line], hit.char, hit.suggestion)))
    return out


# a page is read as traditional when this share of a sample of its characters changes under t2s
# (about a third of the characters of traditional text do; a simplified page's OCR strays, a few)
TRADITIONAL_SHARE = 0.05
_SAMPLE = 2000  # characters: the script of a page shows at once


def simplified_view(texts: Sequence[str]) -> list[str] | None:
    """A traditional page's lines in simplified characters, each line as long as its original, or
    None for a page in simplified characters (most of them).

    The engine's rules and lexicon are written in simplified characters (本报讯, 记者, 摄); a Hong
    Kong or Taiwan paper (Big5, often) prints 本報訊, 記者, 攝. Read through this view, its lines
    get the same decisions, and since each character keeps its place, the decisions (line indexes
    and columns) hold for the original lines, whose characters are what is printed.
    """
    joined = "\n".join(texts)
    sample = joined[:_SAMPLE]
    converted = convert(sample, "t2s")
    if converted == sample or sum(map(str.__ne__, sample, converted)) < TRADITIONAL_SHARE * len(sample):
        return None  # (most pages: no character changes, told without counting)
    view = convert(joined, "t2s").split("\n")
    if len(view) != len(texts):  # (no table adds or removes a line end)
        view = [convert(t, "t2s") for t in texts]
    # a phrase converted to another length (none in OpenCC's tables today) goes character by character
    return [v if len(v) == len(t) else _by_character(t) for v, t in zip(view, texts, strict=True)]


def _by_character(text: str) -> str:
    return "".join(c if len(s := convert(c, "t2s")) != 1 else s for c in text)
