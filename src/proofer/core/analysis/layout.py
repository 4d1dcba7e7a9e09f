"""Article layout: joining body segments into articles, in reading order.

Extractors emit text boxes in their own order, so the segments of neighbouring articles arrive
interleaved and a continuation may even come before the piece it continues. This is an
assignment problem: every segment end may link to one segment start, each link worth its gain
over leaving both ends unlinked (a segment with no predecessor opens an article), no cycles.
It is solved in two rounds: links sure by shape and order are taken best-first, then the open
sentences' links are re-solved at once as a maximum-weight assignment (``assignment.assign``)
with the junction's word evidence (a pair the page prints, a general-lexicon word across the
cut, a number cut by the column: ``word_junctions``), so that fixing one link re-routes the
others; the rest are taken best-first with shared content judged between the growing chains
(lazy re-evaluation when a chain grows). Last, two neighbouring pieces read one after the other
are read the other way round where the extractor swapped their boxes (``_swap_neighbours``),
and a dateline paragraph set a box away from its place under the headline is read first
(``_dateline_first``).

A link's value adds up small signals: the segment shapes at the junction (an open sentence wants
a full first line, a closed paragraph an indented one), equal column widths, how well the
sentence reads across the junction (page bigram PMI; a number or ordinal cut by the column reads
on into digits, a unit or a numeral), shared content, and the extractor's order (the next box
is most often the continuation; a headline between two boxes parts them unless it is not the
second box's own and the two share words, see ``headed_segments``).
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain as chain_from
from itertools import compress, groupby, repeat
from operator import eq, itemgetter, lt

from .assignment import assign
from .cohesion import PageBigrams, Shingles, han_bigrams
from .features import LineFeatures
from .lexicon import MAX_WORD, inner_pairs, spanning_word
from .pieces import SECTION_NUMBER, End, Segment, Start

NEVER = -1e9

# Value of reading on into the next segment of the extractor's order. Measured on the dev pages,
# the next segment continues nearly always, whatever the shapes at the junction; the three
# cases are kept apart so that they can be tuned apart.
NEXT = 8.0
NEXT_MISFIT = 6.5  # a closed paragraph before a line that reads on from elsewhere: next only 1 in 3
NEXT_OPEN = 8.0  # an open sentence before the next segment
AFTER_HEADLINE = 2.0  # value of opening an article right under a headline
WINDOW = 40  # segments further apart than this in raw order are not linked (keeps it near-linear)
NEAR = 3  # how far a closed paragraph looks for its continuation


@dataclass(frozen=True, slots=True)
class Link:
    before: int  # segment index
    after: int
    gain: float


def start_value(seg: Segment, after_headline: bool) -> float:
    """The value of letting a segment open an article."""
    if seg.start is Start.ARTICLE:
        return -NEVER
    value = _START_VALUES[seg.start]
    if after_headline and seg.start is Start.PARAGRAPH:
        # a paragraph opening under a headline starts its article; a line reading on from
        # elsewhere only landed there, and gains nothing by it
        value += AFTER_HEADLINE
    return value


def end_value(seg: Segment) -> float:
    """The value of letting a segment close its article."""
    return _END_VALUES[seg.end]


_START_VALUES = {Start.PARAGRAPH: 0.0, Start.MIDDLE: -2.5}  # (an article's start: -NEVER)
_END_VALUES = {End.PARAGRAPH: 0.3, End.FULL: 0.0, End.OPEN: -2.5, End.CLOSED: 3.0, End.CAPTION: 1.0}


def shape_value(a: Segment, b: Segment) -> float:
    """How well the end shape of ``a`` fits the start shape of ``b``."""
    if a.end is End.OPEN:
        return 2.0 if b.start is Start.MIDDLE else -1.0
    if a.end is End.CLOSED:
        return -3.0
    if a.end is End.CAPTION:
        return -2.5 if b.start is Start.MIDDLE else 0.8  # the article's text may follow its photo
    if a.end is End.FULL:
        return 0.3 if b.start is Start.MIDDLE else 0.8
    return -2.5 if b.start is Start.MIDDLE else 0.8


def order_value(k_a: int, k_b: int, a: Segment, b: Segment, headline_between: bool = False) -> float:
    """The extractor's own order: the next segment is the continuation, nearly always.

    Extractors emit a column piece whole; an article jumps elsewhere almost only where a column
    breaks mid-sentence, so only an open sentence looks far for its continuation.
    """
    gap = k_b - k_a
    if gap == 1 and headline_between and a.end is End.OPEN:
        return NEXT_OPEN  # a sentence left open reads on past a line set like a headline: a subhead
    if gap == 1 and not headline_between and a.end is not End.CLOSED:
        if a.end is End.OPEN:
            return NEXT_OPEN
        return NEXT if b.start is not Start.MIDDLE else NEXT_MISFIT
    if a.end is End.OPEN:
        return 0.3 - 0.05 * min(abs(gap), 20)
    if a.end is End.FULL and b.start is Start.MIDDLE:
        # a full last line may close a sentence but not its paragraph: the paragraph's next line
        # reads on from elsewhere like an open sentence's, only less surely
        return -0.5 - 0.05 * min(abs(gap), 20)
    return -1.5


# character sets (a junction's two characters are looked up for every candidate link)
DIGIT = frozenset("0123456789０１２３４５６７８９")
HAN_NUMERAL = frozenset("一二三四五六七八九十百千万两")
UNIT = frozenset("年月日时岁个家人名位次件项台辆座所条种倍户亩吨米元角")
NUMERAL = DIGIT | frozenset("一二三四五六七八九十百千两")
# what follows a number: more digits, a decimal point or percent sign, a unit or a measure word
NUMBER_GOES_ON = DIGIT | UNIT | frozenset("．.％%‰万亿千百十分点克")


@lru_cache(maxsize=4096)  # asked for every open junction; a page has few distinct character pairs
def number_junction(left: str, right: str) -> float:
    """A number cut by the column reads on into digits or a unit (…共有７９０|家…), an ordinal's
    第 into a numeral (…的第|一年); cut there, a sentence seldom reads on into anything else."""
    if not left or not right:
        return 0.0
    if left == "第":  # an ordinal: a numeral follows
        return 2.0 if right[0] in NUMERAL else -1.5
    if left in HAN_NUMERAL:  # 一 to 十 also open words (一些, 统一): only a unit tells
        return 2.0 if right[0] in UNIT else 0.0
    if left not in DIGIT:
        return 0.0
    return 2.0 if right[0] in NUMBER_GOES_ON else -1.5


def link_value(
    k_a: int,
    k_b: int,
    segs: Sequence[Segment],
    texts: Sequence[str],
    bigrams: PageBigrams,
    starts_before: Sequence[int],
    after_headline: Sequence[bool] = (),
) -> float:
    """The value of reading segment ``k_b`` right after ``k_a``, from everything but content.

    ``starts_before[k]`` counts the article-start segments before segment ``k``.
    """
    a, b = segs[k_a], segs[k_b]
    if b.start is Start.ARTICLE:
        return NEVER
    if a.end is End.OPEN and SECTION_NUMBER.match(texts[b.first]):
        return NEVER  # a sentence never reads on into a section number (１, ２): its own paragraph
    value = shape_value(a, b) + order_value(k_a, k_b, a, b, bool(after_headline) and after_headline[k_b])
    lo, hi = (k_a, k_b) if k_a < k_b else (k_b, k_a)
    crossed = starts_before[hi] - starts_before[lo + 1] if hi > lo + 1 else 0
    value -= 0.6 * min(crossed, 2)  # reading past another article's start: a jump elsewhere
    if abs(a.column - b.column) > 0.75:
        value -= 2.5  # a column does not change width mid-article
    if a.end is End.OPEN:
        value += 0.4 * bigrams.junction(texts[a.last][-2:], texts[b.first][:2])
        value += number_junction(texts[a.last][-1:], texts[b.first][:1])
    return value


# two segments standing for any start mid-sentence / any other start, for ``shape_value``
_MIDDLE = Segment(0, 0, (0,), 0.0, Start.MIDDLE, End.OPEN)
_UNSEEN = object()  # a dict value not yet computed
_PARAGRAPH = Segment(0, 0, (0,), 0.0, Start.PARAGRAPH, End.OPEN)


def headed_segments(
    segs: Sequence[Segment], feats: Sequence[LineFeatures], heads: set[int], grams: Sequence[set[str]]
) -> list[bool]:
    """Which segments sit right under a headline that is theirs (``grams``: each one's Han bigrams).

    A segment set under a headline most often opens that headline's article; but a column piece
    of another article can land under it too. A headline names what its article is about: when it
    shares no word with the segment under it while another segment shares two or more, the segment
    only landed there.
    """
    out = []
    for k, seg in enumerate(segs):
        j = seg.first - 1
        if j < 0 or not (j in heads or feats[j].blank):  # (most segments: a text line above)
            out.append(False)
            continue
        block = _headline_above(seg.first, feats, heads)
        if not block:
            out.append(False)
            continue
        words = han_bigrams(" ".join(feats[i].text for i in block))
        # (segment k itself shares none of the words here: every segment is asked, in C)
        # (= (1).__lt__: a function called in C, not a method wrapper given a tuple each time)
        out.append(bool(words & grams[k]) or not any(map(lt, repeat(1), map(len, map(words.intersection, grams)))))
    return out


def _headline_above(first: int, feats: Sequence[LineFeatures], heads: set[int]) -> list[int]:
    """The headline lines right above line ``first`` (blank lines skipped), nearest last."""
    block: list[int] = []
    j = first - 1
    while j >= 0 and (feats[j].blank or j in heads):
        if j in heads:
            block.append(j)
        elif block:
            break
        j -= 1
    return block[::-1]


def link_segments(
    segs: Sequence[Segment],
    feats: Sequence[LineFeatures],
    after_headline: Sequence[bool],
    bigrams: PageBigrams,
    heads: set[int] | None = None,
    seg_sets: list[set[str]] | None = None,
) -> tuple[list[list[int]], list[float]]:
    """Chains of segment indexes, one per article, each in reading order, with a confidence each.

    Two rounds: links sure by shape alone (an open sentence read on into a full line) are made
    first; the chains they form then carry enough text to judge the doubtful links (a paragraph
    end followed by a paragraph start) by shared content, article against article.
    """
    if seg_sets is None:
        texts: Sequence[str] | dict[int, str] = ["".join(f.text.split()) for f in feats]  # without spaces
        shingles = Shingles([" ".join(texts[i] for i in s.lines) for s in segs])
    else:  # each segment's ``han_bigrams`` given by the caller: the same sets
        shingles = Shingles((), seg_sets)
        # junctions read without spaces: only segments' first and last lines are read
        texts = {i: "".join(feats[i].text.split()) for s in segs for i in (s.first, s.last)}
    if heads is None:
        starts = [start_value(s, h) for s, h in zip(segs, after_headline, strict=True)]
    else:
        headed = headed_segments(segs, feats, heads, shingles.sets)
        # a headline that is not its own does not part a segment from the piece before it when
        # the two share words: the segment reads on from that piece, under a foreign headline
        after_headline = [
            h and (mine or k == 0 or shingles.cosine_of(k - 1, k) < BRIDGE)
            for k, (h, mine) in enumerate(zip(after_headline, headed, strict=True))
        ]
        starts = [start_value(s, h and mine) for s, h, mine in zip(segs, after_headline, headed, strict=True)]
    ends = [end_value(s) for s in segs]
    starts_before = [0]
    for seg in segs:
        starts_before.append(starts_before[-1] + (seg.start is Start.ARTICLE))
    base: dict[tuple[int, int], float] = {}
    middles = [k for k, s in enumerate(segs) if s.start is Start.MIDDLE]
    parted = list(after_headline) if after_headline else [False] * len(segs)  # a headline right above
    section = [bool(SECTION_NUMBER.match(texts[s.first])) for s in segs]
    heads1 = [texts[s.first][:1] for s in segs]
    # bound once for the pair loop (about a thousand pairs a page)
    is_middle = [s.start is Start.MIDDLE for s in segs]
    junctions: dict[str, dict[str, tuple[float, float]]] = {}
    columns = [s.column for s in segs]
    pmi = bigrams.pmi
    barred = -NEVER / 2
    # = order_value for a gap of more than one segment, by the gap (the same expressions)
    far_open = [0.3 - 0.05 * min(gap, 20) for gap in range(len(segs) + 1)]
    far_full = [-0.5 - 0.05 * min(gap, 20) for gap in range(len(segs) + 1)]
    crossing = [0.6 * min(crossed, 2) for crossed in range(len(segs) + 1)]  # by article starts crossed
    # = order_value after an open sentence, by the gap (a negative one read from the end)
    open_order = [NEXT_OPEN if gap == 1 else far_open[gap] for gap in range(len(segs) + 1)] + far_open[:0:-1]
    # = cosine_of(k_a, k_b), inlined: each segment's bigrams and weight
    seg_grams, seg_weights, idf_of = shingles.sets, shingles.weights, shingles.idf.__getitem__
    # only an open sentence's bigrams that some line reading on from elsewhere holds can be
    # shared with one, and the other way round: each side cut down to those once (in C), the
    # same bigrams shared, fewer looked up pair by pair
    open_grams = set().union(*(seg_grams[k] for k, s in enumerate(segs) if s.end is End.OPEN))
    middle_grams = set().union(*(seg_grams[k] for k in middles))
    open_side = [seg_grams[k] & middle_grams if s.end is End.OPEN else None for k, s in enumerate(segs)]
    middle_side = [seg_grams[k] & open_grams if s.start is Start.MIDDLE else None for k, s in enumerate(segs)]
    # base by end and by start (the rounds below read one segment's links, not every pair), and
    # the sure pairs in base's order (the only ones sure links and word junctions read)
    rows: list[dict[int, float]] = [{} for _ in segs]
    cols: list[dict[int, float]] = [{} for _ in segs]
    sure: list[tuple[int, int]] = []
    sure_open: list[tuple[int, int]] = []
    free = [k for k, v in enumerate(starts) if v < barred]  # the starts a link may read into
    # = 2.5 if abs(column - columns[k_b]) > 0.75 else 0.0, by column width (a page has few)
    misfit_width: dict[float, list[float]] = {}
    for k_a, seg in enumerate(segs):
        row = rows[k_a]
        a_end = seg.end
        a_open = a_end is End.OPEN
        # = shape_value(seg, b), which tells only whether b starts mid-sentence
        shape_middle = shape_value(seg, _MIDDLE)
        shape_other = shape_value(seg, _PARAGRAPH)
        tail1 = texts[seg.last][-1:]
        junction = junctions.setdefault(tail1, {})  # first character after the junction -> its two terms
        # the free starts near, and far ones (lines reading on from elsewhere are never barred)
        candidates = free[bisect_left(free, k_a - NEAR) : bisect_right(free, k_a + NEAR)]
        if starts[k_a] < barred:
            candidates.remove(k_a)
        if seg.end in (End.OPEN, End.FULL):
            # only a sentence that may go on looks far, and only at lines reading on from
            # elsewhere (see order_value): those before and after the near ones, in order (a line
            # reading on from elsewhere is free: the near ones hold those near)
            candidates = (
                middles[bisect_left(middles, k_a - WINDOW) : bisect_left(middles, k_a - NEAR)]
                + candidates
                + middles[bisect_right(middles, k_a + NEAR) : bisect_right(middles, k_a + WINDOW)]
            )
        column, end_a = seg.column, ends[k_a]
        width = misfit_width.get(column)
        if width is None:
            width = misfit_width[column] = [2.5 if abs(column - c) > 0.75 else 0.0 for c in columns]
        grams_a, weight_a = open_side[k_a], seg_weights[k_a]
        if a_open:
            # = the loop below for an open sentence, its cases known (the same sums in the same order)
            sb_a, sb_after = starts_before[k_a], starts_before[k_a + 1]
            for k_b in candidates:
                if section[k_b]:  # (an article's opener is barred above, by its start value)
                    value = NEVER
                else:
                    gap = k_b - k_a
                    value = (shape_middle if is_middle[k_b] else shape_other) + open_order[gap]
                    if gap > 1:
                        value -= crossing[starts_before[k_b] - sb_after]
                    elif gap < -1:
                        value -= crossing[sb_a - starts_before[k_b + 1]]
                    # (else less crossing[0], 0.0: the same value)
                    value -= width[k_b]
                    head1 = heads1[k_b]
                    # = bigrams.junction(texts[seg.last], texts[b.first]) and number_junction of their
                    # last and first characters, each pair's asked once a page
                    terms = junction.get(head1)
                    if terms is None:
                        terms = junction[head1] = (
                            0.4 * (pmi(tail1, head1) if tail1 and head1 else 0.0),
                            number_junction(tail1, head1),
                        )
                    value += terms[0]
                    value += terms[1]
                if is_middle[k_b]:
                    weight_b = seg_weights[k_b]
                    if weight_a <= 0 or weight_b <= 0:
                        cosine = 0.0
                    else:  # (= small & big as ``cosine_of`` has it: ``&`` iterates the smaller set itself)
                        cosine = sum(map(idf_of, grams_a & middle_side[k_b])) / math.sqrt(weight_a * weight_b)
                    value += OPEN_CONTENT * cosine
                value = value - starts[k_b] - end_a
                key = (k_a, k_b)
                base[key] = row[k_b] = cols[k_b][k_a] = value
                if value >= SURE:
                    sure.append(key)
                    sure_open.append(key)
            continue
        # any other end: no junction's words, no content judged pair by pair
        goes_on = a_end is not End.CLOSED  # reads on into the next segment, unless a headline parts them
        full = a_end is End.FULL
        for k_b in candidates:
            # = link_value(k_a, k_b, segs, texts, bigrams, starts_before, after_headline), inlined with
            # what depends on one segment only computed once (the same sums in the same order)
            # = shape_value(seg, b) + order_value(k_a, k_b, seg, b, headline between), by cases
            b_middle = is_middle[k_b]
            gap = k_b - k_a
            if gap == 1 and goes_on and not parted[k_b]:
                order = NEXT_MISFIT if b_middle else NEXT
            elif full and b_middle:
                order = far_full[abs(gap)]
            else:
                order = -1.5
            value = (shape_middle if b_middle else shape_other) + order
            if gap > 1:
                value -= crossing[starts_before[k_b] - starts_before[k_a + 1]]
            elif gap < -1:
                value -= crossing[starts_before[k_a] - starts_before[k_b + 1]]
            # (else less crossing[0], 0.0: the same value)
            value -= width[k_b]  # (- 0.0 where the widths agree: the same value)
            value = value - starts[k_b] - end_a
            key = (k_a, k_b)
            base[key] = row[k_b] = cols[k_b][k_a] = value
            if value >= SURE:
                sure.append(key)
    chains = _Chains(len(segs), shingles)
    bonus = word_junctions(base, segs, texts, bigrams, sure_open)
    open_ends = {k for k, seg in enumerate(segs) if seg.end is End.OPEN}
    openers = {k for k, seg in enumerate(segs) if seg.start is Start.ARTICLE}
    for k_a, k_b in sure_links(base, open_ends, bonus, set(middles), shingles.cosine_of, openers, sure):
        chains.link(k_a, k_b)
    # content can add at most CONTENT: pairs that cannot gain, or are no longer free, drop out
    # (only the free ends' rows are read; the heap's order is its tuples', whatever the order pushed)
    heap = []
    linked, has_pred, root = chains.succ, chains.pred, chains.root
    for k_a, row in enumerate(rows):
        if k_a in linked:
            continue
        r_a = root(k_a)
        for k_b, g in row.items():
            if g > -CONTENT and k_b not in has_pred and root(k_b) != r_a:
                heap.append((-chains.gain(k_a, k_b, g), k_a, k_b, chains.stamp(k_a, k_b)))
    heapq.heapify(heap)
    while heap:
        neg, k_a, k_b, stamp = heapq.heappop(heap)
        if -neg <= 0:
            break
        if not chains.free(k_a, k_b):
            continue
        if stamp != chains.stamp(k_a, k_b):  # a chain grew since: judge the content again
            gain = chains.gain(k_a, k_b, base[(k_a, k_b)])
            if gain > 0:
                heapq.heappush(heap, (-gain, k_a, k_b, chains.stamp(k_a, k_b)))
            continue
        chains.link(k_a, k_b)
    succ = dict(chains.succ)
    # each link with its word bonus, by start and by end: what the two rounds of moves read
    with_bonus = _links_with_bonus(base, bonus, len(segs), (rows, cols))
    _reread_intruders(succ, base, bonus, open_ends, set(middles), shingles, with_bonus)
    _move_misplaced(succ, base, bonus, open_ends, set(middles), shingles, with_bonus)
    _swap_neighbours(succ, segs, texts, base, bonus, bigrams, after_headline)
    _dateline_first(succ, segs, after_headline, shingles.cosine_of)
    orders = _orders(len(segs), succ)
    return orders, _chain_confidences(orders, base, (rows, cols))


def _reread_intruders(
    succ: dict[int, int],
    base: dict[tuple[int, int], float],
    bonus: dict[tuple[int, int], float],
    open_ends: set[int],
    middles: set[int],
    shingles: Shingles,
    with_bonus: tuple[list[dict[int, float]], list[dict[int, float]]] | None = None,
) -> None:
    """Move a run that an open sentence read on into only for being the next box to the open
    sentence of the article it shares its words with.

    The order prior reads an open sentence on into the next box, and the run there (up to its
    chain's next cut) reads on into the rest of the chain by order too: the two junctions' order
    outweighs what each junction's words tell. Judged chain against chain it shows: the chain
    before the run and the chain after it share their words (the article reads on across the run,
    ``INTRUDER_RATIO`` times more than either shares with the run), and another chain's open
    sentence, read so far, shares the run's (``MOVE_RATIO`` times more). The run then goes after
    that sentence (its old continuation after the run, or opening an article of its own), the
    chain it left closes over it, when the gain in content (weighted ``MOVE_CONTENT``) outweighs
    what the links lose. Best first, each only on chains no earlier move changed.
    """
    firsts = sorted(a for a in open_ends if succ.get(a) == a + 1 and a + 1 in middles)
    if not firsts:
        return
    sets, idf = shingles.sets, shingles.idf
    chains = _orders(len(sets), succ)
    place = {k: (c, y) for c, chain in enumerate(chains) for y, k in enumerate(chain)}
    parts: dict[tuple[int, int, int], tuple[set[str], float]] = {}

    def part(c: int, lo: int, hi: int) -> tuple[set[str], float]:
        """The bigrams of chain ``c``'s pieces ``lo`` to ``hi`` (excluded) and their weight, once each."""
        key = (c, lo, hi)
        got = parts.get(key)
        if got is None:
            grams = set().union(*(sets[k] for k in chains[c][lo:hi]))
            got = parts[key] = (grams, sum(map(idf.__getitem__, grams)))
        return got

    def cosine(x: tuple[set[str], float], y: tuple[set[str], float]) -> float:
        if x[1] <= 0 or y[1] <= 0:
            return 0.0
        return sum(map(idf.__getitem__, x[0] & y[0])) / math.sqrt(x[1] * y[1])

    link = _link_of(base, bonus)
    into_t, out_t = with_bonus or _links_with_bonus(base, bonus, len(sets))
    ends: dict[int, tuple[int, int, int | None, float] | None] = {}

    def end_of(a2: int) -> tuple[int, int, int | None, float] | None:
        """An open end's chain, place, successor and the value of its link to it (None: no open end)."""
        if a2 not in open_ends:
            return None
        c2, at2 = place[a2]
        chain2 = chains[c2]
        b2 = chain2[at2 + 1] if at2 + 1 < len(chain2) else None
        return c2, at2, b2, link(a2, b2)

    moves = []
    for a in firsts:
        b = a + 1
        c, at = place[a]
        chain = chains[c]
        j = at + 1  # the run: from b up to the chain's next cut (after an open sentence, before a line reading on)
        while j + 1 < len(chain) and chain[j] not in open_ends and chain[j + 1] not in middles:
            j += 1
        if j + 1 >= len(chain):
            continue  # nothing after the run for the article to read on into
        e, n = chain[j], chain[j + 1]
        closes = n if (a, n) in base else None  # (else n opens an article)
        before = link(a, b) + link(e, n) - link(a, closes)
        # the other open sentences the run may go after, with what the links lose: content may
        # override the order prior (the next box read on into, twice), not the shapes too
        options = []
        for a2, g in into_t[b].items():  # (g = link(a2, b))
            end = ends.get(a2, _UNSEEN)
            if end is _UNSEEN:
                end = ends[a2] = end_of(a2)
            if end is None or end[0] == c:
                continue
            c2, at2, b2, parted = end
            # = link(a2, b) + link(e, goes_on) - link(a2, b2) - before, inlined (the same sums)
            on = None if b2 is None else out_t[e].get(b2)
            if on is None:
                goes_on, on = None, 0.0
            else:  # the run reads on into b2
                goes_on = b2
            links = g + on - parted - before
            if links > -ORDER_OVERRIDE:
                options.append((a2, c2, at2, b2, goes_on, links))
        if not options:
            continue
        head, run, tail = part(c, 0, at + 1), part(c, at + 1, j + 1), part(c, j + 1, len(chain))
        across = cosine(head, tail)
        here = cosine(head, run)
        if across <= INTRUDER_RATIO * here:
            continue  # the article does not read on across the run
        off = cosine(run, tail)
        if across <= INTRUDER_RATIO * off:
            continue
        for a2, c2, at2, b2, goes_on, links in options:
            head2 = part(c2, 0, at2 + 1)
            there = cosine(head2, run)
            if there <= MOVE_RATIO * here:
                continue
            content = there + (across if closes is not None else 0.0) - here - off
            if b2 is not None:
                tail2 = part(c2, at2 + 1, len(chains[c2]))
                content += (cosine(run, tail2) if goes_on is not None else 0.0) - cosine(head2, tail2)
            gain = MOVE_CONTENT * content + links
            if gain > 0:
                moves.append((gain, a, a2, e, closes, goes_on, c, c2))
    touched: set[int] = set()
    for _, a, a2, e, closes, goes_on, c, c2 in sorted(moves, key=itemgetter(0, 1, 2), reverse=True):
        if c in touched or c2 in touched:
            continue
        touched |= {c, c2}
        succ[a2] = a + 1
        for k, v in ((a, closes), (e, goes_on)):
            if v is None:
                succ.pop(k, None)
            else:
                succ[k] = v


def _link_of(
    base: dict[tuple[int, int], float], bonus: dict[tuple[int, int], float]
) -> Callable[[int | None, int | None], float]:
    """``link(a, b)``: base's value of a link with its word bonus (NEVER for a pair never judged);
    0.0 for an end left open or a start opening an article (``None``): what base counts from."""
    base_get, bonus_get = base.get, bonus.get

    def link(a: int | None, b: int | None) -> float:
        if a is None or b is None:
            return 0.0
        ab = (a, b)  # (one key for both look-ups)
        return base_get(ab, NEVER) + bonus_get(ab, 0.0)

    return link


class _BestLink(dict[int, float]):
    """The most any of a segment's links (``tables[k]``, by end or by start) is worth, 0 at least,
    worked out when first asked."""

    def __init__(self, tables: list[dict[int, float]]) -> None:
        super().__init__()
        self.tables = tables

    def __missing__(self, k: int) -> float:
        value = self[k] = max(0.0, max(self.tables[k].values(), default=0.0))
        return value


def _links_with_bonus(
    base: dict[tuple[int, int], float],
    bonus: dict[tuple[int, int], float],
    n: int = 0,
    by_end_and_start: tuple[list[dict[int, float]], list[dict[int, float]]] | None = None,
) -> tuple[list[dict[int, float]], list[dict[int, float]]]:
    """``link(a, b)`` of every pair base judged, by start (into each segment) and by end (out of
    it): base's rows copied in C, then the pairs with a bonus (base's sure pairs) added to
    (g + 0.0 is g)."""
    rows, cols = by_end_and_start or _by_end_and_start(base, n)
    into_t, out_t = [col.copy() for col in cols], [row.copy() for row in rows]
    for (a, b), v in bonus.items():
        out_t[a][b] += v
        into_t[b][a] += v
    return into_t, out_t


def _by_end_and_start(
    base: dict[tuple[int, int], float], n: int = 0
) -> tuple[list[dict[int, float]], list[dict[int, float]]]:
    """Base's values by end (each segment's links out) and by start (its links in)."""
    n = max(n, 1 + max((max(ab) for ab in base), default=-1))
    rows: list[dict[int, float]] = [{} for _ in range(n)]
    cols: list[dict[int, float]] = [{} for _ in range(n)]
    for (a, b), g in base.items():
        rows[a][b] = cols[b][a] = g
    return rows, cols


def _orders(n: int, succ: dict[int, int]) -> list[list[int]]:
    """Chains of segment indexes from the successor links, in the order of their first segment."""
    has_pred = set(succ.values())
    out = []
    for k in range(n):
        if k in has_pred:
            continue
        chain = [k]
        while chain[-1] in succ:
            chain.append(succ[chain[-1]])
        out.append(chain)
    return out


def _move_misplaced(
    succ: dict[int, int],
    base: dict[tuple[int, int], float],
    bonus: dict[tuple[int, int], float],
    open_ends: set[int],
    middles: set[int],
    shingles: Shingles,
    with_bonus: tuple[list[dict[int, float]], list[dict[int, float]]] | None = None,
) -> bool:
    """Move runs of pieces that share their words with another article into that article.

    Links are judged one junction at a time, and where two or three open sentences compete for
    the same continuations the extractor's order can win against the words read across each
    junction (…股市分析|入“小康”…): a run of pieces lands in an article it shares nothing with.
    Judged whole, such a run shares its words with another article. A run is cut out where a
    sentence was left open (or a piece continues one) and put into another article, after an
    open sentence or at its end, when that article shares at least ``MOVE_RATIO`` times more of
    the run's content (cosine of the page's rarer bigrams, idf-weighted) and the gain in content
    (weighted ``MOVE_CONTENT``) outweighs what the links lose. All moves are judged on the layout
    as it is, then made best first, each only if no earlier one changed its chains. Returns
    whether anything moved.
    """
    # content words: bigrams in few segments (the common ones weigh little and cost the most),
    # told apart by their segment counts (few distinct ones) in C. Most are of one segment alone:
    # a run adds such a bigram once, to its weight and to the weight it holds alone (its chain
    # is the only one sharing it), so each segment's are summed once, as a count of one weight;
    # the other content bigrams are counted one by one. (The sums' order changes: it was the
    # order of iterating sets, which varies with the hash seed anyway.)
    floor = math.log(max(2, len(shingles.sets)) / MOVE_DF)
    idf = shingles.idf  # only content bigrams are looked up
    df = shingles.df
    low = {c for c, w in shingles.logs.items() if w < floor}  # counts above MOVE_DF
    lone = set(compress(df, map(eq, repeat(1), df.values()))) if 1 not in low else set()  # (= (1).__eq__, faster)
    rests = [s - lone for s in shingles.sets] if lone else shingles.sets  # (not copied when no bigram is lone)
    one = shingles.logs.get(1, 0.0)  # the weight of a bigram of one segment
    lone_weight = [sum(repeat(one, len(s) - len(r))) for s, r in zip(shingles.sets, rests, strict=True)]
    common = set(compress(df, map(low.__contains__, df.values()))) if low else ()
    sets = [r - common for r in rests] if common else rests  # content bigrams of two segments or more

    link = _link_of(base, bonus)

    # = link(a, b) for each candidate pair, by its start and by its end (read for every place a
    # run may go, without a call each); with the most any link into a start, or out of an end, is
    # worth (0 at least, for the runs' first and last pieces alone, when first asked): a bound
    # that skips the moves which cannot gain wherever they go
    into_t, out_t = with_bonus or _links_with_bonus(base, bonus, len(sets))
    best_in, best_out = _BestLink(into_t), _BestLink(out_t)

    chains = _orders(len(sets), succ)
    # each chain's bigrams, and those of two of its segments or more (in C): a bigram of one
    # segment of the chain is added whole to a run holding that segment (to its weight and to the
    # weight it holds alone); only the repeated ones are counted run by run
    chain_sets: list[set[str]] = []
    singles: list[set[str]] = [set()] * len(sets)
    repeated: list[set[str]] = [set()] * len(sets)
    chain_counts: list[dict[str, int]] = []  # how many of the chain's segments hold each repeated bigram
    no_repeats: dict[str, int] = {}  # (never looked up: such a chain has no repeated bigram)
    for chain in chains:
        if len(chain) == 1:  # (most chains: the segment's own set, not copied)
            k = chain[0]
            chain_sets.append(sets[k])
            singles[k] = sets[k]
            chain_counts.append(no_repeats)
            continue
        seen = set(sets[chain[0]])
        twice: set[str] = set()
        for k in chain[1:]:
            twice |= seen & sets[k]
            seen |= sets[k]
        chain_sets.append(seen)
        for k in chain:
            singles[k], repeated[k] = (sets[k] - twice, sets[k] & twice) if twice else (sets[k], set())
        chain_counts.append(Counter(chain_from.from_iterable(repeated[k] for k in chain)) if twice else no_repeats)
    chain_weight = [
        sum(map(idf.__getitem__, g)) + sum(map(lone_weight.__getitem__, chain))
        for g, chain in zip(chain_sets, chains, strict=True)
    ]
    # where each chain may be cut (after an open sentence, or before a piece continuing one)
    chain_cuts = [
        [j for j in range(1, len(chain)) if chain[j - 1] in open_ends or chain[j] in middles] for chain in chains
    ]
    # bigram -> the chains holding it, as a bit mask: a run sums its bigrams' weights per mask,
    # one dict update each, and shares them out to the chains only when judged (a page's
    # bigrams fall into few masks; most are their own chain's alone, which need no share)
    holders: dict[str, int] = {}
    get = holders.get
    for c, g in enumerate(chain_sets):
        bit = 1 << c
        for x in g:
            holders[x] = get(x, 0) | bit
    # where a run may go in each chain: after an open sentence (or before a piece continuing
    # one), or at the chain's end; with the value of the link it parts there
    places = [
        [
            (a, n, link(a, n))
            for y, a in enumerate(other)
            if y + 1 == len(other) or a in open_ends or other[y + 1] in middles
            for n in (other[y + 1] if y + 1 < len(other) else None,)
        ]
        for other in chains
    ]
    moves: list[tuple[float, int, int, int, int | None, int, int | None, int, int]] = []
    alone = lone_weight[:]  # a piece's weight of the bigrams no other piece of its chain holds
    alone_held: list[dict[int, float]] = [{}] * len(sets)  # the same by mask (other chains holding them)
    for c, chain in enumerate(chains):
        cuts = chain_cuts[c]
        mine = chain_counts[c]
        own = 1 << c
        # a piece is read by up to two runs (from the two cuts before it): the bigrams it alone
        # holds in its chain are summed once, when the first run reads it (each one is held by
        # another chain too: bigrams of one segment are lone, left out of ``sets``)
        for k in chain[cuts[0] :] if cuts else ():
            alone[k] += sum(map(idf.__getitem__, singles[k]))
            held: dict[int, float] = {}
            for g in singles[k]:
                m = holders[g]
                held[m] = held.get(m, 0.0) + idf[g]
            alone_held[k] = held
        for x, i in enumerate(cuts):
            # runs from cut i to each of the next cuts (and to the chain's end when that is near),
            # grown piece by piece
            counts: dict[str, int] = {}
            by_mask: dict[int, float] = {}  # the weight of the run's bigrams held by other chains too
            run_weight = only = 0.0  # only: the weight of the bigrams found in the run alone
            grown = i
            ends = cuts[x + 1 : x + MAX_RUN_CUTS]
            if len(cuts) - x <= MAX_RUN_CUTS:
                ends.append(len(chain))
            for j in ends:
                for k in chain[grown:j]:
                    w = alone[k]
                    run_weight += w
                    only += w
                    for m, w in alone_held[k].items():
                        by_mask[m] = by_mask.get(m, 0.0) + w
                    for g in repeated[k]:
                        n = counts.get(g, 0) + 1
                        counts[g] = n
                        w = idf[g]
                        if n == 1:
                            run_weight += w
                            m = holders[g]
                            if m != own:
                                by_mask[m] = by_mask.get(m, 0.0) + w
                        if n == mine[g]:
                            only += w
                grown = j
                if run_weight <= 0:
                    continue
                # what the run shares with the rest of its chain: its bigrams found outside it
                rest_weight = chain_weight[c] - only
                if rest_weight < MOVE_REST * run_weight:
                    continue  # too little text left (a dateline alone) to tell where the run belongs
                # (the two sums add the same weights in different orders: never below 0)
                here = max(0.0, run_weight - only) / math.sqrt(run_weight * rest_weight)
                first, p, e = chain[i], chain[i - 1], chain[j - 1]
                after = chain[j] if j < len(chain) else None
                cut = link(p, after) - link(p, first) - link(e, after)
                into, out = into_t[first], out_t[e]
                bound = cut + best_in[first] + best_out[e]
                shared: dict[int, float] = {}  # other chain -> the weight of the run's bigrams it holds
                for m, w in by_mask.items():
                    m &= ~own
                    while m:
                        low = m & -m
                        o = low.bit_length() - 1
                        shared[o] = shared.get(o, 0.0) + w
                        m ^= low
                # a chain sharing nothing with the run has ``there`` 0, never above a ``here`` of 0
                # or more: only the chains sharing some are judged
                for o in shared:
                    if o == c or chain_weight[o] <= 0:
                        continue
                    there = shared.get(o, 0.0) / math.sqrt(run_weight * chain_weight[o])
                    if there <= MOVE_RATIO * here:
                        continue
                    content = MOVE_CONTENT * (there - here)
                    if content + bound <= 0:
                        continue
                    moved = content + cut
                    for a, n, parted in places[o]:
                        # = moved + link(a, first) + link(e, n) - parted
                        gain = moved + into.get(a, NEVER) + (0.0 if n is None else out.get(n, NEVER)) - parted
                        if gain > 1e-9:
                            moves.append((gain, p, first, e, after, a, n, c, o))
    return _make_moves(succ, moves)


def _swap_neighbours(
    succ: dict[int, int],
    segs: Sequence[Segment],
    texts: Sequence[str] | dict[int, str],
    base: dict[tuple[int, int], float],
    bonus: dict[tuple[int, int], float],
    bigrams: PageBigrams,
    after_headline: Sequence[bool],
) -> None:
    """Read two neighbouring pieces of a chain the other way round when their junctions say so.

    Extractors swap neighbouring boxes: a piece then comes right before the piece it continues,
    and the order prior, which reads each next box as the continuation, links them the wrong way
    round (p -> k -> k+1 -> n for p -> k+1 -> k -> n). Judged in the swapped order, the order
    prior gives both readings the same; what tells them apart is the rest (the shapes at the
    three junctions, the words read across them), which must outweigh the swap itself (SWAP).
    A swap must also make the shapes read better (fewer junctions clash); where a piece is a lone
    line (its one line sets both its shapes) the junctions must gain LONE_SWAP more. Of two
    overlapping swaps, the one gaining more is made. (Neither piece opens an article, so the
    article starts crossed stay the same.)
    """
    pred = {b: a for a, b in succ.items()}
    pairs: frozenset[str] | None = None
    words: dict[tuple[int, int], float] = {}

    def value(a: int | None, b: int | None, pos_a: int, pos_b: int) -> float:
        """The link a -> b with a read at ``pos_a`` and b at ``pos_b`` in the extractor's order."""
        nonlocal pairs
        if a is None or b is None:
            return 0.0
        gain = base.get((a, b))
        if gain is None:
            return NEVER
        seg_a, seg_b = segs[a], segs[b]
        headline = bool(after_headline) and after_headline[b]
        gain += order_value(pos_a, pos_b, seg_a, seg_b, headline) - order_value(a, b, seg_a, seg_b, headline)
        if seg_a.end is End.OPEN:
            word = bonus.get((a, b))
            if word is None:
                word = words.get((a, b))
            if word is None:
                if pairs is None:
                    pairs = inner_pairs()
                left, right = texts[seg_a.last][-(MAX_WORD - 1) :], texts[seg_b.first][: MAX_WORD - 1]
                word = words[(a, b)] = junction_words(left, right, bigrams, pairs) if left and right else 0.0
            gain += word
        return gain

    def clashes(a: int | None, b: int | None) -> int:
        """Whether the shapes at a junction clash (a chain's end left open, its start mid-sentence)."""
        if a is None:
            return b is not None and segs[b].start is Start.MIDDLE
        if b is None:
            return segs[a].end is End.OPEN
        return shape_value(segs[a], segs[b]) < 0

    swaps = []
    for k, j in succ.items():
        if j != k + 1 or (after_headline and (after_headline[k] or after_headline[j])):
            continue
        p, n = pred.get(k), succ.get(j)
        if segs[j].start is Start.ARTICLE or (p is None and segs[k].start is Start.ARTICLE):
            continue
        # a piece of one line: its one line sets both its shapes, which tell little, so the
        # words read across the junctions must carry the swap further (LONE_SWAP)
        margin = SWAP + (LONE_SWAP if len(segs[k].lines) < 2 or len(segs[j].lines) < 2 else 0.0)
        if clashes(p, j) + clashes(j, k) + clashes(k, n) >= clashes(p, k) + clashes(k, j) + clashes(j, n):
            continue  # the swap must make the shapes read better
        pos_p = p if p is not None else 0
        pos_n = n if n is not None else 0
        now = value(p, k, pos_p, k) + value(k, j, k, j) + value(j, n, j, pos_n)
        # in the swapped order j reads at k's place and k at j's
        swapped = value(p, j, pos_p, k) + value(j, k, k, j) + value(k, n, j, pos_n)
        if swapped > now + margin:
            swaps.append((swapped - now, k, j, p, n))
    # best first: two swaps overlapping (k, k+1 and k+1, k+2) cannot both be right
    touched: set[int | None] = set()
    for _, k, j, p, n in sorted(swaps, reverse=True):
        if touched & {p, k, j, n} - {None}:
            continue
        touched |= {p, k, j, n}
        if p is not None:
            succ[p] = j
        succ[j] = k
        if n is not None:
            succ[k] = n
        else:
            del succ[k]


def _dateline_first(
    succ: dict[int, int], segs: Sequence[Segment], after_headline: Sequence[bool], cosine: Callable[[int, int], float]
) -> None:
    """Read an article's dateline paragraph first where the extractor set it one box away from
    its place right under the headline.

    A dateline opens its article's text, right under the headline. Set one box lower (after the
    first piece under the headline) or one box higher (before the headline), it opens an article
    of its own and leaves the headline's piece to the headline. Where that dateline paragraph is
    all its chain (it reads on nowhere) and sits under no headline of its own, the piece under
    the headline opens its chain, and the two share words (BRIDGE), the dateline is read first
    and the piece goes on after it.
    """
    if not after_headline:
        return
    has_pred = set(succ.values())
    for k in range(len(segs)):
        if not after_headline[k] or k in has_pred or segs[k].start is not Start.PARAGRAPH:
            continue
        for j in (k + 1, k - 1):
            if not 0 <= j < len(segs) or after_headline[j]:
                continue
            if segs[j].start is not Start.ARTICLE or j in succ or segs[j].end not in (End.PARAGRAPH, End.FULL):
                continue
            if cosine(j, k) >= BRIDGE:
                succ[j] = k
                has_pred.add(k)
                break


def _make_moves(
    succ: dict[int, int], moves: list[tuple[float, int, int, int, int | None, int, int | None, int, int]]
) -> bool:
    """Make the moves best first, each only if no earlier one changed its chains (``c``, ``o``):
    the run ``first``..``e`` leaves the link ``p`` -> run -> ``after`` (``p`` then reads on into
    ``after``) for ``a`` -> run -> ``n``. Returns whether anything moved."""
    touched: set[int] = set()
    for _, p, first, e, after, a, n, c, o in sorted(moves, reverse=True):
        if c in touched or o in touched:
            continue  # judged on chains an earlier move changed
        touched |= {c, o}
        del succ[p]
        if after is not None:
            del succ[e]
            succ[p] = after
        if n is not None:
            succ[e] = n
        succ[a] = first
    return bool(touched)


def _chain_confidences(
    chains: list[list[int]],
    base: dict[tuple[int, int], float],
    by_end_and_start: tuple[list[dict[int, float]], list[dict[int, float]]] | None = None,
) -> list[float]:
    """How sure the layout of each article is: its weakest decision, each judged by its margin.

    A link is as sure as its gain exceeds the best rival link into the same start or out of the
    same end; an article's first segment is as sure as no link into it was worth taking.
    """
    # each segment's best rival link: into it from any segment but its predecessor in its chain,
    # out of it to any but its successor (what the best two links, less the chain's own, left)
    pred = {b: a for chain in chains for a, b in zip(chain, chain[1:], strict=False)}
    succ = {a: b for b, a in pred.items()}
    # (a rival of 0 or less never counts: ``max(..., 0.0)``)
    rows, cols = by_end_and_start or _by_end_and_start(base)
    into = _best_rivals(cols, pred)  # best rival into a segment (only those above 0 count)
    out_of = _best_rivals(rows, succ)

    out = []
    for chain in chains:
        margins = [
            base.get((a, b), 0.0) - max(into.get(b, 0.0), out_of.get(a, 0.0))
            for a, b in zip(chain, chain[1:], strict=False)
        ]
        into_first = into.get(chain[0], 0.0)
        margins.append(-into_first if into_first > 0 else 3.0)
        out.append(round(1.0 / (1.0 + math.exp(-min(margins) / 2.0)), 3))
    return out


def _best_rivals(links: list[dict[int, float]], own: dict[int, int]) -> dict[int, float]:
    """Each segment's best link above 0 of ``links`` (its links out, or in) but the one to
    ``own``'s (its successor, or predecessor); a max in C, whatever the order (the one left out
    is put back at the end of its dict)."""
    out = {}
    for k, values in enumerate(links):
        if not values:
            continue
        o = own.get(k)
        if o is not None and o in values:  # its own link left out (put back: only looked up after)
            g = values.pop(o)
            best = max(values.values(), default=0.0)
            values[o] = g
        else:
            best = max(values.values())
        if best > 0:
            out[k] = best
    return out


def word_junctions(
    base: dict[tuple[int, int], float],
    segs: Sequence[Segment],
    texts: Sequence[str] | dict[int, str],
    bigrams: PageBigrams,
    sure_open: Sequence[tuple[int, int]] | None = None,
) -> dict[tuple[int, int], float]:
    """Open sentences whose junction with a candidate reads as a pair the page prints elsewhere
    (or never prints), as a word of the general lexicon, or as a number cut by the column.

    The two characters across the junction (…对日本的金|融业…: 金融) found inside a line of the
    page: strong evidence for one link, yet alone it breaks cycles half way, for an end that takes
    a far start for it leaves the near start it held without a predecessor. So it only weighs in
    the exchange of two links' starts (``sure_links``), where both links change together.
    ``sure_open``: base's sure links out of open sentences, in its order, when the caller has them.
    """
    bonus = {}
    opens = [s.end is End.OPEN for s in segs]
    if sure_open is None:  # only sure links are ever exchanged
        sure_open = [ab for ab, gain in base.items() if gain >= SURE and opens[ab[0]]]
    # each segment's text before a junction (its last line's end) and after one (its first line's start)
    lefts = [texts[s.last][-(MAX_WORD - 1) :] if s.end is End.OPEN else "" for s in segs]
    rights = [texts[s.first][: MAX_WORD - 1] for s in segs]
    pairs: frozenset[str] | None = None  # the lexicon's inner pairs, asked for when first needed
    # what the two characters across a junction tell, asked once a page for each pair of them,
    # by the first of them: the junction's whole value where no lexicon word may cross it, else
    # the page's value of the pair and its number term (the word read across is the ends' own)
    by_chars: dict[str, tuple[dict[str, float], dict[str, tuple[float, float | None]]]] = {}
    firsts = [right[:1] for right in rights]
    # (the links come end by end: each end's text and rows are read once)
    for k_a, links in groupby(sure_open, itemgetter(0)):
        left = lefts[k_a]
        if not left:
            continue
        last = left[-1]
        rows = by_chars.get(last)
        if rows is None:
            rows = by_chars[last] = ({}, {})
        whole, parts = rows
        for ab in links:
            first = firsts[ab[1]]
            value = whole.get(first)
            if value is not None:
                bonus[ab] = value
                continue
            if not first:
                continue
            # = junction_words(left, right, bigrams, pairs), inlined (asked for every sure open link)
            told = parts.get(first)
            if told is None:
                if pairs is None:
                    pairs = inner_pairs()
                # a pair the page never prints: less likely
                value = WORD_JUNCTION if bigrams.seen(last, first) else -UNSEEN_JUNCTION
                number = NUMBER_WEIGHT * number_junction(last, first) if last in DIGIT else None
                if last + first not in pairs:  # no word crosses: spanning_word is 0, not asked
                    whole[first] = bonus[ab] = value + number if number is not None else value
                    continue
                told = parts[first] = (value, number)
            value, number = told
            word = spanning_word(left, rights[ab[1]])
            if word > LEX_FLOOR:
                value += LEX_WEIGHT * min(1.0, (word - LEX_FLOOR) / LEX_SPAN)
            if number is not None:
                value += number
            bonus[ab] = value
    return bonus


def junction_words(left: str, right: str, bigrams: PageBigrams, pairs: frozenset[str]) -> float:
    """The word evidence of reading ``left`` (an open sentence's end) on into ``right`` (see
    ``word_junctions``, which inlines it; ``pairs``: the lexicon's inner pairs)."""
    last, first = left[-1], right[0]
    # a pair the page never prints: less likely
    value = WORD_JUNCTION if bigrams.seen(last, first) else -UNSEEN_JUNCTION
    if last + first in pairs:  # (else no word crosses: spanning_word is 0, not asked)
        word = spanning_word(left, right)
        if word > LEX_FLOOR:
            value += LEX_WEIGHT * min(1.0, (word - LEX_FLOOR) / LEX_SPAN)
    if last in DIGIT:
        value += NUMBER_WEIGHT * number_junction(last, first)
    return value


def sure_links(
    base: dict[tuple[int, int], float],
    open_ends: set[int],
    bonus: dict[tuple[int, int], float] | None = None,
    middles: set[int] | frozenset[int] = frozenset(),
    cosine: Callable[[int, int], float] | None = None,
    openers: set[int] | frozenset[int] = frozenset(),
    sure: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """The links sure by shape and order: best-first, then the open ends' links re-solved at once.

    Best-first alone lets one end take a start that a second end needs more (two open sentences,
    one start that reads on from either), and pieces shifted across several articles form a
    chain of such thefts. So the starts the open sentences hold are dealt out again among them
    as one maximum-weight assignment (``assignment.assign``; an end may stay unlinked), where
    fixing one link re-routes the others. ``bonus`` adds to a link's value there only (see
    ``word_junctions``); ``middles`` are the segments whose first line continues a sentence,
    ``openers`` those that open an article (a dateline: nothing reads into them); ``sure``: the
    pairs of base worth SURE or more, in its order, when the caller has them.
    """
    succ: dict[int, int] = {}
    pred: dict[int, int] = {}
    # a free end is a chain's last segment and a free start its first: linking them closes a
    # loop when they are of one chain (= _closes_cycle, without walking the chain)
    first_of: dict[int, int] = {}  # last segment -> first segment of its chain (chains of 2 or more)
    last_of: dict[int, int] = {}
    # only sure links are taken: the others are left out before sorting, best first (a stable
    # sort, reversed stably: the order of sorting (a, b), -gain); the pairs alone are kept, no
    # pair and gain made per link
    if sure is None:  # (in base's order, read again below)
        sure = [ab for ab, gain in base.items() if gain >= SURE]
    for a, b in sorted(sure, key=base.__getitem__, reverse=True):
        if a not in succ and b not in pred and first_of.get(a, a) != b:
            succ[a], pred[b] = b, a
            head, tail = first_of.pop(a, a), last_of.pop(b, b)
            first_of[tail], last_of[head] = head, tail
    bonus = bonus or {}
    # a closed paragraph read on into a line that continues a sentence (a misfit, taken for
    # being next in order) is dealt out again too, when an open sentence reads into that line a
    # word both the page and the lexicon know (…深市新|增上市…: 新增)
    misfits = {
        a: b
        for a, b in succ.items()
        if a not in open_ends and b in middles and any(bonus.get((e, b), 0.0) >= MISFIT_WORD for e in open_ends)
    }
    ends = sorted(set(map(itemgetter(0), sure)) & open_ends | set(misfits))
    end_set = set(ends)
    fixed = {a: b for a, b in succ.items() if a not in end_set}
    # the starts the open ends hold after best-first are dealt out again among them; a start
    # nobody sure took stays for the content round, which judges it article against article,
    # unless an open sentence reads a word into it (…当代中国|文化建设…)
    held = set(fixed.values())
    starts = sorted(
        {succ[a] for a in ends if a in succ}
        | {b for (e, b), v in bonus.items() if v >= UNHELD_WORD and base[(e, b)] >= SURE and b not in held}
    )
    wanted = set(starts)
    # (each pair's own key read, not made again for each look-up)
    value = {
        ab: base[ab] + bonus.get(ab, 0.0)
        for ab in sure
        if (ab[0] in open_ends or misfits.get(ab[0]) == ab[1]) and ab[1] in wanted
    }
    succ = dict(fixed)
    for a, b in sorted(assign(ends, starts, value).items(), key=lambda ab: -value[ab]):
        if not _closes_cycle(succ, a, b):  # the weakest link of a loop is left out
            succ[a] = b
    if cosine is not None:
        _hand_over(succ, misfits, cosine, openers)
    return sorted(succ.items(), key=lambda ab: -base.get(ab, SURE))


def _hand_over(
    succ: dict[int, int],
    misfits: dict[int, int],
    cosine: Callable[[int, int], float],
    openers: set[int] | frozenset[int],
) -> None:
    """A misfit end that lost its start to an open sentence takes that sentence's own segment.

    The open sentence continued the paragraph the misfit end closed: its segment is the piece
    that followed the misfit end in print (…未对此采取措施。| 企业受高利润的诱惑，…投向股 |
    票和房地产。). The piece before it in the extractor's order only took it for being next; the
    misfit end takes it over when it shares more content with it.
    """
    pred = {b: a for a, b in succ.items()}
    for m, b in misfits.items():
        e = pred.get(b)
        if m in succ or e is None or e == m or e in openers:
            continue
        p = pred.get(e)
        if p is not None and (p in misfits or cosine(m, e) <= cosine(p, e) + HAND_OVER):
            continue
        if _closes_cycle({k: v for k, v in succ.items() if k != p}, m, e):
            continue
        if p is not None:
            del succ[p]
        succ[m], pred[e] = e, m


def _closes_cycle(succ: dict[int, int], a: int, b: int) -> bool:
    """Whether linking ``a`` to ``b`` closes a loop (``b`` already leads to ``a``)."""
    k = b
    while k in succ:
        k = succ[k]
        if k == a:
            return True
    return k == a


# a general-lexicon word read across a junction (…评估程|序…: 程序), in exchanges: its log-likelihood
# ratio (``lexicon.spanning_word``) above LEX_FLOOR weighs up to LEX_WEIGHT, reached at LEX_FLOOR + LEX_SPAN
LEX_WEIGHT = 8.0
LEX_FLOOR = 1.0
LEX_SPAN = 4.0
WORD_JUNCTION = 6.0  # weight of a page word read across a junction, in exchanges
UNSEEN_JUNCTION = 1.5  # weight against a pair the page never prints, in exchanges
MISFIT_WORD = WORD_JUNCTION + LEX_WEIGHT / 2  # a page pair that is a lexicon word of ratio >= 3
SWAP = 4.0  # how much the junctions must gain to read two neighbouring pieces the other way round
LONE_SWAP = 2 * SWAP  # how much more when one of the two pieces is a lone line
HAND_OVER = 0.0  # content margin (cosine) by which a misfit end takes an open sentence's segment over
# a number cut by the column (…有２|０家…) in exchanges: ``number_junction`` scaled so that
# digits reading on into digits or a unit weigh as much as a sure lexicon word (LEX_WEIGHT);
# Han numerals are left out (一 opens too many words: 一|条件)
NUMBER_WEIGHT = LEX_WEIGHT / 2
UNHELD_WORD = WORD_JUNCTION  # a page pair or a lexicon word that puts a start nobody took in the assignment
BRIDGE = 0.05  # shared content (cosine) that carries a segment over a foreign headline
OPEN_CONTENT = 3.0  # weight of shared content when an open sentence chooses its continuation
# moving a run of pieces into the article that shares its words (``_move_misplaced``)
MOVE_CONTENT = 100.0  # weight of the gain in content (cosine) against the links' values
MOVE_RATIO = 2.0  # the other article must share this many times more of the run's content
MAX_RUN_CUTS = 3  # a run spans at most this many cut points (open sentences)
MOVE_REST = 0.25  # the text a run leaves must weigh this share of the run to judge it by
ORDER_OVERRIDE = NEXT_OPEN + NEXT  # the most the links may lose when a run moves (``_reread_intruders``)
INTRUDER_RATIO = 2.0  # the chain around a run must share this many times more across it than with it
MOVE_DF = 4.0  # content bigrams: those found in at most this many segments
SURE = 3.0  # a link this good by shape and order needs no content check
CONTENT = 8.0  # weight of shared content between two chains


class _Chains:
    """Segments linked into chains, with each chain's content (weighted Han bigrams).

    A chain's content is asked for only where a gain is: a link only notes the two contents it
    merges, and a chain's are merged when first asked, link by link in the order made (the same
    sets and sums as if merged at once).
    """

    def __init__(self, n: int, shingles: Shingles) -> None:
        self.succ: dict[int, int] = {}
        self.pred: dict[int, int] = {}
        self.head = list(range(n))
        # each chain's content: a segment's [bigrams, weight, whether the set is the chain's own
        # copy] (a segment's set is the page's: copied when its chain first grows), or the pair of
        # contents a link merged, not merged yet
        self.content: list = [[g, w, False] for g, w in zip(shingles.sets, shingles.weights, strict=True)]
        self.size = [1] * n  # links made into each chain (its version)
        self.idf = shingles.idf

    def root(self, k: int) -> int:
        while self.head[k] != k:
            self.head[k] = self.head[self.head[k]]
            k = self.head[k]
        return k

    def stamp(self, a: int, b: int) -> tuple[int, int, int, int]:
        ra, rb = self.root(a), self.root(b)
        return ra, rb, self.size[ra], self.size[rb]

    def free(self, a: int, b: int) -> bool:
        return a not in self.succ and b not in self.pred and self.root(a) != self.root(b)

    def gain(self, a: int, b: int, base: float) -> float:
        ca, cb = self._merged(self.root(a)), self._merged(self.root(b))
        wa, wb = ca[1], cb[1]
        if wa <= 0 or wb <= 0:
            return base
        # (= small & big: ``&`` iterates the smaller set itself, the second when both are as large)
        shared = sum(map(self.idf.__getitem__, ca[0] & cb[0]))  # every gram has an idf
        return base + CONTENT * shared / math.sqrt(wa * wb)  # cosine: a big chain gains no edge

    def link(self, a: int, b: int) -> None:
        if not self.free(a, b):
            return
        ra, rb = self.root(a), self.root(b)
        self.succ[a] = b
        self.pred[b] = a
        self.head[rb] = ra
        content = self.content
        content[ra] = (content[ra], content[rb])  # merged when asked (``_merged``)
        content[rb] = None
        self.size[ra] += self.size[rb]

    def _merged(self, r: int) -> list:
        """Chain ``r``'s content, its links' merges made now (each link's two contents, then
        their merge: a stack, for a chain may be long)."""
        got = self.content[r]
        if type(got) is not tuple:
            return got
        todo: list = [got]
        done: list = []
        while todo:
            node = todo.pop()
            if node is None:  # both contents done: merge them
                other = done.pop()
                done.append(self._merge(done.pop(), other))
            elif type(node) is tuple:
                todo += (None, node[1], node[0])
            else:
                done.append(node)
        got = self.content[r] = done[0]
        return got

    def _merge(self, one: list, other: list) -> list:
        """The content of the chain a link made of two (the first's and the second's)."""
        # the smaller set goes into the larger (a chain grown one segment at a time would be
        # copied whole at each link); the weight adds the bigrams new to the larger one
        # (summed in another order, as the order of iterating sets already varies)
        ga, gb = one[0], other[0]
        if len(gb) > len(ga):
            one, ga, gb = other, gb, ga
        fresh = gb - ga
        weight = one[1] + sum(map(self.idf.__getitem__, fresh))
        if one[2]:
            ga |= fresh
        else:
            ga = ga | fresh  # a segment's set, the page's: left as it is
        return [ga, weight, True]
