"""Article layout: joining body segments into articles, in reading order.

Extractors emit text boxes in their own order, so the segments of neighbouring articles arrive
interleaved and a continuation may even come before the piece it continues. Every segment end
may link to one segment start; the links are chosen best-first by their gain over leaving both
ends unlinked (a segment with no predecessor opens an article), never closing a cycle.

A link's value adds up small signals: the segment shapes at the junction (an open sentence wants
a full first line, a closed paragraph an indented one), equal column widths, how well the
sentence reads across the junction (page bigram PMI), shared content, and the extractor's order
(the next box is most often the continuation).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .cohesion import PageBigrams, Shingles
from .features import LineFeatures
from .pieces import End, Segment, Start

NEVER = -1e9
WINDOW = 60  # segments further apart than this in raw order are not linked (keeps it near-linear)


@dataclass(frozen=True, slots=True)
class Link:
    before: int  # segment index
    after: int
    gain: float


def start_value(seg: Segment, after_headline: bool) -> float:
    """The value of letting a segment open an article."""
    if seg.start is Start.ARTICLE:
        return -NEVER
    value = {Start.PARAGRAPH: 0.0, Start.MIDDLE: -2.5}[seg.start]
    if after_headline:
        value += 1.5
    return value


def end_value(seg: Segment) -> float:
    """The value of letting a segment close its article."""
    return {End.PARAGRAPH: 0.3, End.FULL: 0.0, End.OPEN: -2.5}[seg.end]


def shape_value(a: Segment, b: Segment) -> float:
    """How well the end shape of ``a`` fits the start shape of ``b``."""
    if a.end is End.OPEN:
        return 2.0 if b.start is Start.MIDDLE else -1.0
    if a.end is End.FULL:
        return 0.3 if b.start is Start.MIDDLE else 0.8
    return -2.5 if b.start is Start.MIDDLE else 0.8


def order_value(k_a: int, k_b: int) -> float:
    """The extractor's own order: the next segment is the likeliest continuation."""
    gap = k_b - k_a
    if gap == 1:
        return 1.0
    if gap > 1:
        return 0.5 - 0.04 * min(gap, 20)
    return -0.3 - 0.02 * min(-gap, 20)


def link_value(
    k_a: int,
    k_b: int,
    segs: Sequence[Segment],
    texts: Sequence[str],
    bigrams: PageBigrams,
    shingles: Shingles,
) -> float:
    a, b = segs[k_a], segs[k_b]
    if b.start is Start.ARTICLE:
        return NEVER
    value = shape_value(a, b) + order_value(k_a, k_b)
    if abs(a.column - b.column) > 0.75:
        value -= 2.5  # a column does not change width mid-article
    if a.end is End.OPEN:
        value += 0.4 * bigrams.junction(texts[a.last], texts[b.first])
    value += 2.0 * shingles.overlap(shingles.sets[k_a], shingles.sets[k_b])
    return value


def link_segments(
    segs: Sequence[Segment],
    feats: Sequence[LineFeatures],
    after_headline: Sequence[bool],
    bigrams: PageBigrams,
) -> list[list[int]]:
    """Chains of segment indexes, one per article, each in reading order."""
    texts = [f.text for f in feats]
    shingles = Shingles([" ".join(texts[i] for i in s.lines) for s in segs])
    starts = [start_value(s, h) for s, h in zip(segs, after_headline, strict=True)]
    ends = [end_value(s) for s in segs]
    links: list[Link] = []
    for k_a in range(len(segs)):
        for k_b in range(max(0, k_a - WINDOW), min(len(segs), k_a + WINDOW + 1)):
            if k_a == k_b or starts[k_b] >= -NEVER / 2:
                continue
            value = link_value(k_a, k_b, segs, texts, bigrams, shingles)
            gain = value - starts[k_b] - ends[k_a]
            if gain > 0:
                links.append(Link(k_a, k_b, gain))
    links.sort(key=lambda lk: -lk.gain)
    succ: dict[int, int] = {}
    pred: dict[int, int] = {}
    head = list(range(len(segs)))  # chain head of each segment (for cycle checks)

    def root(k: int) -> int:
        while head[k] != k:
            head[k] = head[head[k]]
            k = head[k]
        return k

    for lk in links:
        if lk.before in succ or lk.after in pred or root(lk.before) == root(lk.after):
            continue
        succ[lk.before] = lk.after
        pred[lk.after] = lk.before
        head[root(lk.after)] = root(lk.before)
    chains = []
    for k in range(len(segs)):
        if k in pred:
            continue
        chain = [k]
        while chain[-1] in succ:
            chain.append(succ[chain[-1]])
        chains.append(chain)
    return chains
