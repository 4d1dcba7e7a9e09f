"""Maximum-weight assignment of segment ends to segment starts (Hungarian method).

Column pieces shifted across several articles form a cycle of wrong links: each one is the best
locally, and only re-solving all of them together (fixing one link re-routes the others) finds
the right layout. Every end may also stay unlinked (value 0), so only links worth more than
nothing are ever made.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

INF = float("inf")


def assign(ends: Sequence[int], starts: Sequence[int], value: Mapping[tuple[int, int], float]) -> dict[int, int]:
    """The links ``end -> start`` of greatest total value; pairs absent from ``value`` are barred.

    Rows are the ends; columns the starts plus one "stay unlinked" column per end (value 0),
    so the problem is rectangular (rows <= columns) and O(rows^2 * columns).
    """
    n, m = len(ends), len(starts) + len(ends)
    if not n:
        return {}
    col = {b: j for j, b in enumerate(starts)}
    row_of = {a: i for i, a in enumerate(ends)}
    # classic shortest augmenting path with potentials (1-based rows/columns, column 0 a dummy),
    # on the costs (negative values, minimised) of each row's allowed columns alone: a barred
    # pair's distance INF - u - v stays INF, never nearer. A row's search keeps the distances of
    # the columns not yet reached in ``minv``, INF for those reached: the nearest is the first
    # minimum, found in C, as the column-by-column scan found it (the same sums, the same order).
    finite: list[list[tuple[int, float]]] = [[(len(starts) + i + 1, 0.0)] for i in range(n)]
    for (a, b), v in value.items():
        i, j = row_of.get(a), col.get(b)
        if i is not None and j is not None:
            finite[i].append((j + 1, -v))
    u = [0.0] * (n + 1)
    v_ = [0.0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [INF] * (m + 1)
        used = [False] * (m + 1)
        reached = []
        near: set[int] = set()  # the columns whose distance was set and that are not reached yet
        while True:
            used[j0] = True
            reached.append(j0)
            minv[j0] = INF
            near.discard(j0)
            i0 = p[j0]
            ui0 = u[i0]
            for j, c in finite[i0 - 1]:
                if not used[j]:
                    cur = c - ui0 - v_[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                        near.add(j)
            delta = min(minv)
            j1 = minv.index(delta) if delta < INF else 0
            if delta:  # subtracting 0.0 changes nothing (adding it, at most a zero's sign)
                for j in reached:
                    u[p[j]] += delta
                    v_[j] -= delta
                if delta < INF:  # INF less a finite delta stays INF: only the distances set change
                    for j in near:
                        minv[j] -= delta
                else:
                    minv = [d - delta for d in minv]
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    out = {}
    for j in range(1, len(starts) + 1):
        if p[j]:
            out[ends[p[j] - 1]] = starts[j - 1]
    return out
