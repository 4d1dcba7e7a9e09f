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
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cached_property
from itertools import chain

import regex

_NOT_HAN = regex.compile(r"[^\p{Han}]+")
_SPACE = regex.compile(r"\s+")
_PART = "\uffff"  # a noncharacter: parts lines counted together


class PageBigrams:
    """Character unigram and bigram counts of a page's lines (within lines, spaces removed)."""

    def __init__(self, texts: Iterable[str]) -> None:
        texts = list(texts)
        # all lines counted in one pass, parted by a character no line holds; the pairs across a
        # parting are then dropped (counts are only looked up, never iterated)
        joined = _PART.join(texts)
        if _PART in joined and joined.count(_PART) != len(texts) - 1:
            self.uni, self.bi = Counter(), Counter()
            for t in texts:  # a line holds the parting character itself: line by line
                s = _SPACE.sub("", t)
                self.uni.update(s)
                self.bi.update(map(str.__add__, s, s[1:]))
        else:
            s = _SPACE.sub("", joined)
            self.bi = _pair_counts(s)
            # each character opens one pair but the last: counted from the few distinct pairs
            # rather than over the page's characters again
            uni: dict[str, int] = {}
            get = uni.get
            for pair, n in self.bi.items():
                first = pair[0]
                uni[first] = get(first, 0) + n
            if s:
                uni[s[-1]] = get(s[-1], 0) + 1
            self.uni = Counter(uni)
            if len(texts) > 1:
                del self.uni[_PART]
                segs = s.split(_PART)
                across = {g[-1:] + _PART for g in segs} | {_PART + g[:1] for g in segs} | {_PART + _PART}
                for k in across:
                    self.bi.pop(k, None)
        self.total = max(1, sum(self.uni.values()))
        self._pmi: dict[str, float] = {}

    def pmi(self, a: str, b: str) -> float:
        """Pointwise mutual information of ``a`` followed by ``b``, smoothed, clipped to [-2, 4]."""
        key = a + b
        cached = self._pmi.get(key)
        if cached is not None:
            return cached
        n_ab = self.bi.get(key, 0)
        n_a, n_b = self.uni.get(a, 0), self.uni.get(b, 0)
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
        return self.bi.get(a + b, 0)


def _pair_counts(s: str) -> Counter[str]:
    """``Counter(map(str.__add__, s, s[1:]))``, the same counts, counted as 64-bit numbers (two
    UTF-32 code units each, the even then the odd pairs) so that only distinct pairs become strings."""
    b = s.encode("utf-32-le", "surrogatepass")
    even = array("Q", b[: len(b) // 8 * 8])
    odd = array("Q", b[4 : 4 + max(0, len(b) - 4) // 8 * 8])
    if sys.byteorder == "big":  # the numbers read as little-endian on every machine
        even.byteswap()
        odd.byteswap()
    counts = Counter(even)
    counts.update(odd)
    return Counter({chr(k & 0xFFFFFFFF) + chr(k >> 32): n for k, n in counts.items()})


def han_text(text: str) -> str:
    """The text's Han characters alone (spaces, punctuation, Latin and digits dropped)."""
    return _NOT_HAN.sub("", text)


def han_bigrams(text: str) -> set[str]:
    s = _NOT_HAN.sub("", text)
    return set(map(str.__add__, s, s[1:]))  # pairs of neighbours, built in C


def joined_bigrams(hans: Sequence[str], sets: Sequence[set[str]]) -> set[str]:
    """``han_bigrams`` of the parts' texts joined, from each part's Han text and bigrams: their
    union plus the pairs across each junction (no new strings but those few)."""
    out: set[str] = set().union(*sets)
    last = ""
    for h in hans:
        if h:
            if last:
                out.add(last + h[0])
            last = h[-1]
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
