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
    # cost[i][j]: negative value (minimisation); barred pairs cost INF
    cost = [[INF] * m for _ in range(n)]
    row_of = {a: i for i, a in enumerate(ends)}
    for i in range(n):
        cost[i][len(starts) + i] = 0.0
    for (a, b), v in value.items():
        i, j = row_of.get(a), col.get(b)
        if i is not None and j is not None:
            cost[i][j] = -v
    # classic shortest augmenting path with potentials (1-based rows/columns, column 0 a dummy)
    u = [0.0] * (n + 1)
    v_ = [0.0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [INF] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            row = cost[i0 - 1]
            delta, j1 = INF, 0
            ui0 = u[i0]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - ui0 - v_[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v_[j] -= delta
                else:
                    minv[j] -= delta
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
