"""Two headlines set side by side, their lines interleaved with the rows around them.

pdftotext reads a page row by row: where two headlines stand side by side, their first lines
share a row (陈方安生返港后表示中 美国烟民致癌上公堂), but their further lines, set at another pitch
than each other and than the text beside them, come as rows of their own, in the order they
stand on the page, between the rows of the columns below (央政府重视贯彻『一国 / 款 / (a row of
three text columns) / 两制』). A line alone in such a stretch belongs to one of the two
headlines: every line of a headline but its last is as wide as its first, and its last no wider;
where the widths leave a choice, the lines read on into each other (…中|央…).

Two parts alone are parted so only when the next line has the left part's width and reads on
from it: a headline of two phrases parted by a space (坚持人民至上 守护万家灯火) has no such line.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product

from ..model import Line
from .cohesion import PageBigrams
from .features import set_width

SAME = 1.0  # a headline's full lines are this close to its first line's width
MIN_PART = 4.0  # each headline's first line is this wide at least
MAX_ALONE = 6  # lines alone in the stretch, at most (each goes to one of the two headlines)
MAX_ROWS = 12  # the stretch ends at a blank line within this many rows


def side_headlines(
    lines: Sequence[Line],
    widths: Sequence[float],
    gaps: dict[int, list[tuple[int, int]]],
    cuts: dict[int, list[tuple[int, int]]],
) -> dict[int, tuple[int, list[int], list[int]]]:
    """For each line holding the first lines of two headlines side by side: the end of its stretch
    (the next blank line) and the lines alone in the stretch that belong to the left headline and
    to the right one. The other lines of the stretch are parted (``cuts``): the columns below."""
    found: dict[int, tuple[int, list[int], list[int]]] = {}
    bigrams: PageBigrams | None = None
    end = 0
    for i in sorted(gaps):
        if i < end or i in cuts or len(gaps[i]) != 1 or i + 1 >= len(lines):
            continue
        raw, (begin, stop) = lines[i].raw, gaps[i][0]
        left, right = raw[:begin], raw[stop:]
        wl, wr = set_width(left), set_width(right)
        nxt = i + 1
        if min(wl, wr) < MIN_PART or lines[nxt].is_blank or nxt in cuts or abs(widths[nxt] - wl) > SAME / 2:
            continue
        j = nxt
        while j < len(lines) and not lines[j].is_blank and j - i <= MAX_ROWS:
            j += 1
        alone = [r for r in range(nxt, j) if r not in cuts]
        if (j < len(lines) and not lines[j].is_blank) or len(alone) > MAX_ALONE:
            continue
        if bigrams is None:
            bigrams = PageBigrams(line.raw for line in lines if not line.is_blank)
        best = _assign(lines, widths, alone, (left, wl), (right, wr), bigrams)
        if best is not None and nxt in best[0]:
            found[i] = (j, *best)
            end = j
    return found


def _assign(
    lines: Sequence[Line],
    widths: Sequence[float],
    alone: list[int],
    left: tuple[str, float],
    right: tuple[str, float],
    bigrams: PageBigrams,
) -> tuple[list[int], list[int]] | None:
    """The lines ``alone`` shared out between the two headlines as their widths allow, reading on
    best; None when no sharing fits, or two fit alike."""
    scored: list[tuple[float, list[int], list[int]]] = []
    for sides in product((0, 1), repeat=len(alone)):
        boxes = tuple([r for r, s in zip(alone, sides, strict=True) if s == side] for side in (0, 1))
        score = 0.0
        for (first, width), rows in zip((left, right), boxes, strict=True):
            full, last = rows[:-1], rows[-1:]
            if any(abs(widths[r] - width) > SAME / 2 for r in full) or any(widths[r] > width + SAME / 2 for r in last):
                break
            texts = [first] + [lines[r].raw for r in rows]
            score += sum(bigrams.junction(a.rstrip(), b.lstrip()) for a, b in zip(texts, texts[1:], strict=False))
        else:
            scored.append((score, *boxes))
    if not scored:
        return None
    scored.sort(key=lambda s: -s[0])
    if len(scored) > 1 and scored[1][0] >= scored[0][0]:
        return None
    return scored[0][1], scored[0][2]
