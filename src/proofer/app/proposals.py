"""The one shape every check result takes (after Guiguts' checkers): a proposal on a line.

Find hits, mixed-script hits and (later) doubtful decisions are all a span of one line of one
page, the text found there and, when the check has one, the text proposed in its place. One
list widget shows them all, and one function turns the chosen ones into line corrections.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

CONTEXT_CHARS = 12  # characters of context shown on each side of a hit

LinePlan = dict[str, dict[int, str]]  # page key -> line index -> new text of the line


class StaleProposal(ValueError):
    """A proposal no longer matches the text it was made for (the line changed since)."""


@dataclass(frozen=True, slots=True)
class Proposal:
    """``text`` found at ``start:end`` of line ``line`` of page ``page_key``.

    ``suggestion`` is the replacement (None when the check proposes none); ``context`` is a
    snippet of the line around the hit, which sits at ``context_start:context_end`` in it.
    """

    page_key: str
    line: int
    start: int
    end: int
    text: str
    context: str
    context_start: int
    context_end: int
    suggestion: str | None = None
    kind: str = ""

    @property
    def location(self) -> tuple[str, int, int, int]:
        return (self.page_key, self.line, self.start, self.end)


def make_proposal(
    page_key: str, line: int, line_text: str, start: int, end: int, suggestion: str | None = None, kind: str = ""
) -> Proposal:
    """A proposal for ``line_text[start:end]`` with its context cut from the line."""
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(line_text), end + CONTEXT_CHARS)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line_text) else ""
    context = prefix + line_text[left:right] + suffix
    at = len(prefix) + start - left
    return Proposal(page_key, line, start, end, line_text[start:end], context, at, at + end - start, suggestion, kind)


def plan_for(proposals: Iterable[Proposal], texts_of: Callable[[str], Sequence[str]]) -> LinePlan:
    """Line corrections that put each proposal's suggestion in place of the text it found.

    Several proposals on one line are applied together, right to left so that earlier offsets
    stay valid. Raises ``StaleProposal`` when a line no longer holds what a proposal found, or
    when two proposals overlap; proposals without a suggestion are skipped.
    """
    by_line: dict[tuple[str, int], list[Proposal]] = {}
    for p in proposals:
        if p.suggestion is not None:
            by_line.setdefault((p.page_key, p.line), []).append(p)
    plan: LinePlan = {}
    texts_cache: dict[str, Sequence[str]] = {}
    for (key, line), found in by_line.items():
        texts = texts_cache.setdefault(key, texts_of(key))
        if line >= len(texts):
            raise StaleProposal(f"line {line + 1} of {key} no longer exists; search again")
        text = texts[line]
        last_start = len(text) + 1
        for p in sorted(set(found), key=lambda p: p.start, reverse=True):
            if p.end > last_start:
                raise StaleProposal(f"two changes overlap on line {line + 1} of {key}")
            if text[p.start : p.end] != p.text:
                raise StaleProposal(f"line {line + 1} of {key} changed since the search; search again")
            assert p.suggestion is not None
            text = text[: p.start] + p.suggestion + text[p.end :]
            last_start = p.start
        if text != texts[line]:
            plan.setdefault(key, {})[line] = text
    return plan


def count_changes(plan: LinePlan) -> int:
    return sum(len(lines) for lines in plan.values())
