"""Stray fragments: a headless chain of a few characters is a piece of the article beside it.

A section number set apart (３), the tail of an author line carried into the next box (元生), a
table-of-contents label (目录): the layout finds no link for such a scrap, yet it is no article. It
joins the article of the nearest text line in the raw order, next to that line, so that no
article of a few characters is proposed; the editor sees its link as doubtful.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .features import LineFeatures

FRAGMENT = 8  # Han characters up to which a headless chain is a scrap, not an article
_HAN = regex.compile(r"\p{Han}")


def attach_fragments(flows: list[list[int]], headed: Sequence[bool], feats: Sequence[LineFeatures]) -> None:
    """Move each headless scrap into the flow of the nearest line of another article."""
    scraps = [k for k, flow in enumerate(flows) if flow and not headed[k] and _is_scrap(flow, feats)]
    if not scraps:
        return
    owner = {i: a for a, flow in enumerate(flows) for i in flow}
    for k in scraps:
        flow = flows[k]
        near = _nearest(flow, owner, k, len(feats))
        if near is None:
            continue
        target = flows[owner[near]]
        at = target.index(near) + (1 if near < flow[0] else 0)
        target[at:at] = flow
        for i in flow:
            owner[i] = owner[near]
        flows[k] = []


def _is_scrap(flow: Sequence[int], feats: Sequence[LineFeatures]) -> bool:
    han = 0
    for i in flow:
        han += len(_HAN.findall(feats[i].text))
        if han > FRAGMENT:
            return False
    return True


def _nearest(flow: Sequence[int], owner: dict[int, int], k: int, n: int) -> int | None:
    """The line of another article closest to the scrap in the raw order (the one before on a tie)."""
    first, last = min(flow), max(flow)
    for step in range(1, n):
        for j in (first - step, last + step):
            if 0 <= j < n and owner.get(j, k) != k:
                return j
    return None
