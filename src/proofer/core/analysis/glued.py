"""Lines that hold two columns side by side, parted into one line per column.

Some extractors (pdftotext most of all) read a page row by row where two text boxes stand side
by side, and run their lines into one, parted by a space: two headlines printed next to each
other (工作不断档发展不停步石 人车分流减少堵塞净化环), or the last lines of neighbouring columns.
Such a line is wider than any column of the page, and the space that parts it stands between
two characters that no spurious OCR space follows or precedes (not after a comma, not before an
opening quote).

A line is parted when it holds three column lines or more: each part fits a column of the page
and all but the last fill most of one. Two parts alone may be one headline of two phrases, which
Chinese papers print parted by a space; but consecutive lines parted at one space each, whose
parts line up (about the same widths, line by line), are two boxes side by side, headlines
included, whose widths need not be a column's. The parts are laid out box by box: the first
box's lines, then the second's; the space between the two boxes' last lines stands alone
between them, as the blank line that ends a column. Two headlines side by side whose further
lines come as rows of their own between the columns' rows are read each whole (``side_headlines``).
Every character stays in its line
(``Line.start`` tells where a part begins), so provenance and a person's sidecar still address
the raw file.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import Line
from .features import features_of, page_column_widths, set_width
from .side_headlines import side_headlines

# a space between columns: not after clause or sentence punctuation, not before an opening mark
# (OCR leaves spaces there: 日， 密云区, 本报讯 （记者), not between Latin words or numbers, not
# before a bullet (a subtitle lists its items so: ●… ●…)
GAP = regex.compile(r"(?<=[^\sA-Za-z0-9，、；：。？！,;:])\s+(?=[^\sA-Za-z0-9“‘「『（《〈(\[●○■□◆◇▲△★☆])")
MIN_WIDER = 4.0  # a glued line is this much wider than the page's widest column at least
FILL = 0.6  # a part before the last fills this share of the narrowest column at least
LINE_UP = 2.0  # side by side boxes: their lines' parts differ this much in width at most
MIN_PART = 4.0  # a part of a side-by-side line is this wide at least


def unglue(lines: Sequence[Line]) -> tuple[Line, ...]:
    """The page's lines, each glued line parted into its columns and the parts laid out in order."""
    # the widths the engine measures columns in (spaces have none); it asks for these features next
    widths = [features_of(line.raw).width for line in lines]
    columns = page_column_widths([w for w in widths if w > 0])
    if not columns:
        return tuple(lines)
    widest, narrowest = max(columns), min(columns)
    # the spaces of the lines wide enough to be glued (the others are kept whole)
    gaps = {i: _gaps(line.raw) for i, line in enumerate(lines) if widths[i] >= widest + MIN_WIDER}
    cuts: dict[int, list[tuple[int, int]]] = {}
    for i, spaces in gaps.items():
        found = _column_cuts(lines[i].raw, spaces, widest, narrowest)
        if found:
            cuts[i] = found
    for run in _side_by_side(lines, gaps):
        for i in run:
            cuts.setdefault(i, gaps[i])  # (its one gap)
    if not cuts and not gaps:
        return tuple(lines)
    paired = side_headlines(lines, widths, gaps, cuts)
    if not cuts and not paired:
        return tuple(lines)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if i in paired:
            end, left, right = paired[i]
            out.extend(_headlines(lines, i, left, right))
            out.extend(_parted(lines, [r for r in range(i + 1, end) if r in cuts], cuts))
            i = end
            continue
        if i not in cuts:
            out.append(lines[i])
            i += 1
            continue
        run = [i]
        while run[-1] + 1 in cuts and len(cuts[run[-1] + 1]) == len(cuts[i]):
            run.append(run[-1] + 1)
        out.extend(_columns(lines, run, cuts))
        i = run[-1] + 1
    return tuple(out)


def _headlines(lines: Sequence[Line], i: int, left: list[int], right: list[int]) -> list[Line]:
    """Two headlines side by side (``side_headlines``): the left one's lines, the space between
    their first lines as the blank that ends it, then the right one's lines, run on into the
    columns of the stretch, which stand under it (the left one's text follows the stretch)."""
    line = lines[i]
    ((begin, stop),) = _gaps(line.raw)
    return [
        _part(line, 0, begin),
        *(lines[r] for r in left),
        _part(line, begin, stop),
        _part(line, stop, len(line.raw)),
        *(lines[r] for r in right),
    ]


def _parted(lines: Sequence[Line], rows: list[int], cuts: dict[int, list[tuple[int, int]]]) -> list[Line]:
    """The parted ``rows`` (lines alone between them taken out), runs of rows parted alike laid out
    column by column."""
    out: list[Line] = []
    n = 0
    while n < len(rows):
        run = [rows[n]]
        while n + len(run) < len(rows) and len(cuts[rows[n + len(run)]]) == len(cuts[run[0]]):
            run.append(rows[n + len(run)])
        out.extend(_columns(lines, run, cuts))
        n += len(run)
    return out


def _gaps(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in GAP.finditer(text)]


def _column_cuts(text: str, gaps: list[tuple[int, int]], widest: float, narrowest: float) -> list[tuple[int, int]]:
    """The ``gaps`` of ``text`` that part it into column lines, or none. A space after which the
    line's next words still fit the column is spurious: the part runs on over it."""
    kept: list[tuple[int, int]] = []
    start = 0
    for n, gap in enumerate(gaps):
        following = gaps[n + 1][0] if n + 1 < len(gaps) else len(text)
        if set_width(text[start:following]) <= widest + 0.5:
            continue
        if not FILL * narrowest <= set_width(text[start : gap[0]]) <= widest + 0.5:
            return []
        kept.append(gap)
        start = gap[1]
    if len(kept) < 2 or set_width(text[start:]) > widest + 0.5:
        return []  # two parts alone may be one headline of two phrases (坚持人民至上 守护万家灯火)
    return kept


def _side_by_side(lines: Sequence[Line], gaps: dict[int, list[tuple[int, int]]]) -> list[list[int]]:
    """Runs of two lines or more, each parted at its one gap, whose parts line up: two boxes
    (``gaps``: the spaces of the lines wide enough to be glued)."""
    runs: list[list[int]] = []
    run: list[int] = []
    last: tuple[float, float] | None = None
    for i in range(len(lines) + 1):
        parts = _two_parts(lines[i].raw, gaps[i]) if i in gaps else None
        lined_up = (
            parts is not None
            and last is not None
            and abs(parts[0] - last[0]) <= LINE_UP
            and abs(parts[1] - last[1]) <= LINE_UP
        )
        if not lined_up:
            if len(run) >= 2:
                runs.append(run)
            run = []
        if parts is not None:
            run.append(i)
        last = parts
    return runs


def _two_parts(text: str, gaps: list[tuple[int, int]]) -> tuple[float, float] | None:
    """The widths of the two parts of ``text`` parted at its one gap, both wide enough, or None."""
    if len(gaps) != 1:
        return None
    left, right = set_width(text[: gaps[0][0]]), set_width(text[gaps[0][1] :])
    return (left, right) if min(left, right) >= MIN_PART else None


def _columns(lines: Sequence[Line], run: list[int], cuts: dict[int, list[tuple[int, int]]]) -> list[Line]:
    """The run's lines parted and laid out column by column. A part keeps the space after it,
    but on the run's last line, where that space stands alone between the columns."""
    k = len(cuts[run[0]]) + 1
    columns: list[list[Line]] = [[] for _ in range(2 * k - 1)]  # parts, with the gaps between
    for i in run:
        line, gaps = lines[i], cuts[i]
        starts = [0] + [end for _, end in gaps]
        ends = [begin for begin, _ in gaps] + [len(line.raw)]
        for j in range(k):
            stop = ends[j] if i == run[-1] or j == k - 1 else starts[j + 1]
            columns[2 * j].append(_part(line, starts[j], stop))
            if i == run[-1] and j < k - 1:
                columns[2 * j + 1].append(_part(line, ends[j], starts[j + 1]))
    return [part for column in columns for part in column]


def _part(line: Line, start: int, end: int) -> Line:
    return Line(line.no, line.raw[start:end], line.start + start)
