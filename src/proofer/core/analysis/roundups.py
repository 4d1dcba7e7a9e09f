"""Roundups: several reports set under one headline, each opening with its own dateline.

A headless item right after a headlined article in the same column is the next item of that
article when it is a report a roundup gathers. Roundups gather wire reports (据新华社…电,
新华社伦敦…电), among them at times the paper's own correspondents' (本报曼谷…电). Two reports of
the paper itself, neither from the wire, are two articles, each with its own headline; a bare
本报讯 names no place and always opens an article. The engine decides where an item stands;
this module decides which items may join.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .features import DATELINE

PLACELESS_DATELINE = regex.compile(r"^\s*本\s*报\s*讯")
OWN_REPORT = regex.compile(r"^\s*本\s*报[^，。（(]{0,16}?(?:讯|电)")  # 本报北京１月９日讯, 本报曼谷…电
AGENCY_DATELINE = regex.compile(r"^\s*(?:据|又据)?\s*(?:新\s*华\s*社|中\s*新\s*社)")


def joins_roundup(item: str, roundup: Sequence[str]) -> bool:
    """Whether a headless item whose first line is ``item`` may continue the headlined article
    whose lines (in reading order) are ``roundup``."""
    if not DATELINE.match(item) or PLACELESS_DATELINE.match(item):
        return False
    if AGENCY_DATELINE.match(item) or not OWN_REPORT.match(item):
        return True  # a wire report, or a dateline-shaped signature (本报群众工作部)
    wired = any(AGENCY_DATELINE.match(t) for t in roundup)
    return wired or not OWN_REPORT.match(roundup[0])
