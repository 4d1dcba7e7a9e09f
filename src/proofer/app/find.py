"""Find and replace over the lines of a page or of a whole issue (pure, no Qt).

Lines are the unit of correction, so each line is searched on its own and a hit never spans
a line end. Plain text or a regular expression (the ``regex`` module), case-sensitive or not.
A hit is a ``Proposal``; with a replacement given, its ``suggestion`` is the replacement
expanded for that match (``\\1``, ``\\g<name>`` in regex mode; taken literally in plain mode).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import regex

from .proposals import LinePlan, Proposal, make_proposal, plan_for

KIND = "find"
TIMEOUT_SECONDS = 2.0  # a runaway pattern stops with an error instead of freezing the window


class FindError(ValueError):
    """A search that cannot run; the message is for the user, ``reason`` one of the constants
    below (so a translated interface can say it in its own words) and ``detail`` the specifics."""

    EMPTY, PATTERN, REPLACEMENT, TIMEOUT, STALE = "empty", "pattern", "replacement", "timeout", "stale"

    def __init__(self, message: str, reason: str, detail: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    regex: bool = False
    case_sensitive: bool = False


def compile_query(query: Query) -> regex.Pattern[str]:
    if not query.text:
        raise FindError("Nothing to find", FindError.EMPTY)
    flags = 0 if query.case_sensitive else regex.IGNORECASE
    source = query.text if query.regex else regex.escape(query.text)
    try:
        return regex.compile(source, flags)
    except regex.error as exc:
        if exc.pos is None:
            detail = str(exc.msg)
        elif exc.pos >= len(source):
            detail = f"{exc.msg} at the end"
        else:
            detail = f"{exc.msg} at character {exc.pos + 1}"
        raise FindError(f"Bad regular expression: {detail}", FindError.PATTERN, detail) from None


def _expand(match: regex.Match[str], replacement: str, use_regex: bool) -> str:
    if not use_regex:
        return replacement
    try:
        return match.expand(replacement)
    except (IndexError, regex.error) as exc:
        detail = f"{replacement}: {exc}"
        raise FindError(f"Bad replacement {detail}", FindError.REPLACEMENT, detail) from None


def find_in_lines(
    page_key: str, texts: Sequence[str], query: Query, replacement: str | None = None
) -> list[Proposal]:
    """Every hit of ``query`` in the lines of one page, in line order.

    Empty matches (``^``, ``x*`` on a line without x) are not hits: there is nothing to show.
    """
    pattern = compile_query(query)
    hits: list[Proposal] = []
    try:
        for index, text in enumerate(texts):
            for m in pattern.finditer(text, timeout=TIMEOUT_SECONDS):
                if m.end() == m.start():
                    continue
                suggestion = None if replacement is None else _expand(m, replacement, query.regex)
                hits.append(make_proposal(page_key, index, text, m.start(), m.end(), suggestion, KIND))
    except TimeoutError:
        raise FindError("The regular expression takes too long; simplify it", FindError.TIMEOUT) from None
    return hits


def find_in_pages(
    pages: Iterable[tuple[str, Sequence[str]]], query: Query, replacement: str | None = None
) -> list[Proposal]:
    """Every hit in several pages (``(page key, line texts)`` pairs), page by page."""
    compile_query(query)  # a bad pattern fails once, before any page is read
    hits: list[Proposal] = []
    for key, texts in pages:
        hits.extend(find_in_lines(key, texts, query, replacement))
    return hits


def replace_plan(chosen: Iterable[Proposal], texts_of: Callable[[str], Sequence[str]]) -> LinePlan:
    """The line corrections for the chosen hits (found with a replacement).

    Raises ``FindError`` when a line changed since the search.
    """
    try:
        return plan_for(chosen, texts_of)
    except ValueError as exc:
        raise FindError(str(exc), FindError.STALE, str(exc)) from None
