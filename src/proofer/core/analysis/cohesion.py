"""Text statistics learned from the page itself: how well text reads across a junction, and how
much two texts share.

* ``PageBigrams``: character bigram counts of the page's own lines. A junction ``…的|支配…`` reads
  well when its bigram occurs elsewhere on the page more often than chance (pointwise mutual
  information).
* ``Shingles``: Han character bigrams weighted by rarity on the page (idf over segments), so that
  two texts about the same thing share heavy bigrams while function characters weigh little.
"""

from __future__ import annotations

import math
import operator
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cached_property
from itertools import chain

import regex

from ..text import has_split_separators
from .page_memo import keep, table

_NOT_HAN = regex.compile(r"[^\p{Han}]+")
_SPACE = regex.compile(r"\s+")
_PART = "\uffff"  # a noncharacter: parts lines counted together


class PageBigrams:
    """Character unigram and bigram counts of a page's lines (within lines, spaces removed).

    Counted as code points in C (a pair as one 64-bit number, its first character's code in the
    low half): no string is made per character or pair; a look-up turns its characters into codes.
    """

    def __init__(self, texts: Iterable[str]) -> None:
        texts = list(texts)
        # all lines counted in one pass, parted by a character no line holds; the pairs across a
        # parting hold it, and are never looked up (see ``_count``)
        joined = _PART.join(texts)
        self._parted = not (_PART in joined and joined.count(_PART) != len(texts) - 1)
        if not self._parted:
            self.uni, self.bi = Counter(), Counter()
            for t in texts:  # a line holds the parting character itself: line by line
                s = _squash(t)
                self.uni.update(_codes(s))
                self.bi.update(_pair_codes(s))
        else:
            s = _squash(joined)
            self.bi = _pair_codes(s)
            # a character's count is asked only of the few characters the page's junctions hold
            # (a hundred of a thousand): each counted when first asked, over the page's text in C
            self.uni = _CharCounts(s)
        # = max(1, sum of every character's count): the page's characters but the partings
        self.total = max(1, sum(self.uni.values()) if not self._parted else len(s) - s.count(_PART))
        self._pmi: dict[str, float] = {}

    def _count(self, pair: str) -> int:
        """How often the two characters of ``pair`` follow each other (0 for any other length)."""
        if len(pair) != 2 or (self._parted and _PART in pair):
            return 0
        return self.bi.get(ord(pair[0]) | ord(pair[1]) << 32, 0)

    def _count1(self, ch: str) -> int:
        return self.uni[ord(ch)] if len(ch) == 1 else 0  # (0 for a character not on the page)

    def pmi(self, a: str, b: str) -> float:
        """Pointwise mutual information of ``a`` followed by ``b``, smoothed, clipped to [-2, 4]."""
        key = a + b
        cached = self._pmi.get(key)
        if cached is not None:
            return cached
        if len(a) == 1 and len(b) == 1:  # (most pairs: the counts looked up here, no call each)
            # = self._count(key), self._count1(a), self._count1(b)
            n_ab = 0 if self._parted and _PART in key else self.bi.get(ord(a) | ord(b) << 32, 0)
            uni = self.uni
            n_a, n_b = uni[ord(a)], uni[ord(b)]
        else:
            n_ab = self._count(key)
            n_a, n_b = self._count1(a), self._count1(b)
        value = math.log((n_ab + 0.2) * self.total / ((n_a + 1) * (n_b + 1)))
        value = max(-2.0, min(4.0, value))
        self._pmi[key] = value
        return value

    def junction(self, left: str, right: str) -> float:
        """How well ``left`` reads on into ``right`` (their last / first characters, no spaces)."""
        if not left or not right:
            return 0.0
        return self.pmi(left[-1], right[0])

    def seen(self, a: str, b: str) -> int:
        """How often ``a`` is followed by ``b`` on the page."""
        if len(a) == 1 and len(b) == 1:  # = _count(a + b), asked for most junctions
            n = self.bi.get(ord(a) | ord(b) << 32, 0)
            # (a pair holding the parting character is one across a parting: asked only of a pair seen)
            return n if not n or not self._parted or (a != _PART and b != _PART) else 0
        return self._count(a + b)


class _CharCounts(dict[int, int]):
    """How often each character (by its code) occurs in ``text``, counted when first asked, in C;
    the parting character counts 0 (= the Counter of the text's codes, the partings left out)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def __missing__(self, code: int) -> int:
        n = self[code] = self.text.count(chr(code)) if code != _PART_CODE else 0
        return n


_PART_CODE = ord(_PART)


def _squash(s: str) -> str:
    """``_SPACE.sub("", s)``, by str.split where it splits alike (``has_split_separators``)."""
    if has_split_separators(s):
        return _SPACE.sub("", s)
    return "".join(s.split())


def _utf32(s: str) -> bytes:
    return s.encode("utf-32-le", "surrogatepass")


def _codes(s: str) -> array[int]:
    """The code points of ``s``, in C."""
    codes = array("I", _utf32(s))
    if sys.byteorder == "big":  # the numbers read as little-endian on every machine
        codes.byteswap()
    return codes


def _pair_codes(s: str) -> Counter[int]:
    """``Counter(map(str.__add__, s, s[1:]))`` with each pair as the number ``ord(first) |
    ord(second) << 32``: the same counts, counted in C (two UTF-32 code units read as one 64-bit
    number, the even then the odd pairs)."""
    b = _utf32(s)
    even = array("Q", b[: len(b) // 8 * 8])
    odd = array("Q", b[4 : 4 + max(0, len(b) - 4) // 8 * 8])
    if sys.byteorder == "big":
        even.byteswap()
        odd.byteswap()
    counts = Counter(even)
    counts.update(odd)
    return counts


def han_text(text: str) -> str:
    """The text's Han characters alone (spaces, punctuation, Latin and digits dropped)."""
    return _NOT_HAN.sub("", text)


def han_bigrams(text: str) -> set[str]:
    """``bigram_set(han_text(text))``: the same set, shared (see ``bigram_set``)."""
    made = _HAN_SETS.get(text)
    if made is None:
        made = bigram_set(_NOT_HAN.sub("", text))
        keep(_HAN_SETS, text, made)
    return made


_PAIR_SLICES = [slice(k, k + 2) for k in range(4096)]  # grown for a longer text
# A page asks for the bigrams of most of its texts several times (a segment in each pass of the
# layout, a headline in each round of assigning them, the checks after): each text's set is made
# once a page and shared, by text (the Han text; the raw text for ``han_bigrams``; see
# ``page_memo``). A shared set is the very set a new one would be, in the same order.
_SETS: dict[str, set[str]] = table()
_HAN_SETS: dict[str, set[str]] = table()


def bigram_set(s: str) -> set[str]:
    """``set(map(str.__add__, s, s[1:]))``, each pair cut from ``s`` by a slice made beforehand
    (one string per pair, not three: its two characters are never made alone), in C. The set is
    shared by every caller asking for the same text: never change it."""
    n = len(s) - 1
    if n <= 0:
        return set()
    made = _SETS.get(s)
    if made is None:
        if n > len(_PAIR_SLICES):
            _PAIR_SLICES.extend(slice(k, k + 2) for k in range(len(_PAIR_SLICES), 2 * n))
        made = set(map(s.__getitem__, _PAIR_SLICES[:n]))
        keep(_SETS, s, made)
    return made


# joined_bigrams' sets by the parts' Han texts, with the parts' sets they were made from: the
# layout's rounds and passes join most chains of segments again, unchanged (kept for the page)
_JOINED: dict[tuple[str, ...], tuple[tuple[set[str], ...], set[str]]] = table()


def joined_bigrams(hans: Sequence[str], sets: Sequence[set[str]]) -> set[str]:
    """``han_bigrams`` of the parts' texts joined, from each part's Han text and bigrams: their
    union plus the pairs across each junction (no new strings but those few). The set is shared
    by every caller joining the same sets (see ``bigram_set``): never change it."""
    key, parts = tuple(hans), tuple(sets)
    made = _JOINED.get(key)
    if made is not None and len(made[0]) == len(parts) and all(map(operator.is_, made[0], parts)):
        return made[1]  # the very sets joined before (kept alive here: none is another by its id)
    out: set[str] = set().union(*parts)
    last = ""
    for h in hans:
        if h:
            if last:
                out.add(last + h[0])
            last = h[-1]
    keep(_JOINED, key, (parts, out))
    return out


class Shingles:
    """Han bigrams of each text, weighted by their rarity among the texts (idf)."""

    def __init__(self, texts: Sequence[str], sets: list[set[str]] | None = None) -> None:
        # ``sets``: the texts' ``han_bigrams`` when the caller has them already (not mutated)
        self.sets = [han_bigrams(t) for t in texts] if sets is None else sets
        # how many texts hold each bigram: one count in C, same counts
        self.df: Counter[str] = Counter(chain.from_iterable(self.sets))
        n = max(2, len(self.sets))
        # few distinct counts: one log each (count -> idf), mapped onto the bigrams in C
        self.logs = {c: math.log(n / c) for c in set(self.df.values())}
        self.idf = dict(zip(self.df, map(self.logs.__getitem__, self.df.values()), strict=True))

    @cached_property
    def weights(self) -> list[float]:
        """Each text's weight, computed on first use (the headline matcher never asks for them)."""
        idf = self.idf
        return [sum(map(idf.__getitem__, s)) for s in self.sets]

    def weight(self, grams: Iterable[str]) -> float:
        return sum(self.idf.get(g, 0.0) for g in grams)

    def cosine(self, a: set[str], b: set[str]) -> float:
        """Weighted overlap over the geometric mean of both weights: a big text gains no edge."""
        wa, wb = self.weight(a), self.weight(b)
        if wa <= 0 or wb <= 0:
            return 0.0
        return self.weight(a & b) / math.sqrt(wa * wb)

    def cosine_of(self, i: int, j: int) -> float:
        """``cosine`` of texts ``i`` and ``j``, with their weights computed once."""
        wi, wj = self.weights[i], self.weights[j]
        if wi <= 0 or wj <= 0:
            return 0.0
        a, b = self.sets[i], self.sets[j]
        small, big = (a, b) if len(a) <= len(b) else (b, a)  # = sorted((a, b), key=len), stable
        idf = self.idf
        return sum(map(idf.__getitem__, small & big)) / math.sqrt(wi * wj)  # the join runs in C
