"""Memo tables that last one page's analysis.

A page's analysis asks for the same derived values again and again: a segment's bigrams in each
layout pass, a headline's in each round of assigning headlines, a chain's joined bigrams after
each check, a line's headline shape in each role rule. Each value is a pure function of its key,
so each such function keeps one table here, and the engine empties them all when it starts a page
(``new_page``): nothing is carried from one page to the next (a benchmark run again on the same
page does the work anew), and memory stays one page's. A value may be handed to several callers
as the same object: none of them changes it (tests/test_speed_equivalence.py checks a whole page).
"""

from __future__ import annotations

from typing import Any

_TABLES: list[dict[Any, Any]] = []
LIMIT = 8192  # entries one table keeps at most between two pages (code that never calls new_page)


def table() -> dict[Any, Any]:
    """A new table, emptied with the others at each page."""
    made: dict[Any, Any] = {}
    _TABLES.append(made)
    return made


def keep(memo: dict[Any, Any], key: Any, value: Any) -> Any:
    """``memo[key] = value``, the table emptied first when full; returns ``value``."""
    if len(memo) >= LIMIT:
        memo.clear()
    memo[key] = value
    return value


def new_page() -> None:
    """Forget every value kept for the page before."""
    for memo in _TABLES:
        memo.clear()
