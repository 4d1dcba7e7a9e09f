"""The mixed-script check as proposals: each stray character of the other script, with the
character of the page's own script proposed in its place."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..core.chinese import dominant_script, stray_in_lines
from .proposals import Proposal, make_proposal

KIND = "script"


def check_lines(page_key: str, texts: Sequence[str], script: str | None = None) -> list[Proposal]:
    """Stray characters of one page; ``script`` defaults to the page's dominant script."""
    script = script or dominant_script("".join(texts))
    return [
        make_proposal(page_key, line, texts[line], hit.pos, hit.pos + 1, hit.suggestion, KIND)
        for line, hit in stray_in_lines(texts, script)
    ]


def check_pages(pages: Iterable[tuple[str, Sequence[str]]], script: str | None = None) -> list[Proposal]:
    """Stray characters of several pages, each judged against its own dominant script unless
    ``script`` is given."""
    hits: list[Proposal] = []
    for key, texts in pages:
        hits.extend(check_lines(key, texts, script))
    return hits
