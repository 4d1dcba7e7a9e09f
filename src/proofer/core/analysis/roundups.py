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

from .features import DATELINE, SIGNED_SOURCE, SOURCE, SOURCE_DATELINE

# (any paper's as this one's: 本报讯, 晨报讯; an agency's name ends in 社: 新华社, 中新社, 路透社)
PLACELESS_DATELINE = regex.compile(r"^\s*" + SOURCE + r"讯")
_PAPER = r"(?:\p{Han}\s?){1,8}?[报网台刊]\s*"  # a paper's, site's or station's own name
OWN_REPORT = regex.compile(r"^\s*" + _PAPER + r"[^，。（(]{0,16}?(?:讯|电)")  # 本报北京１月９日讯, 本报曼谷…电
AGENCY_DATELINE = regex.compile(r"^\s*(?:据|又据)?\s*(?:\p{Han}\s?){1,8}?社")


def joins_roundup(item: str, roundup: Sequence[str]) -> bool:
    """Whether a headless item whose first line is ``item`` may continue the headlined article
    whose lines (in reading order) are ``roundup``."""
    dated = DATELINE.match(item) or SOURCE_DATELINE.match(item) or SIGNED_SOURCE.match(item)
    if not dated or PLACELESS_DATELINE.match(item):
        return False
    if AGENCY_DATELINE.match(item) or not OWN_REPORT.match(item):
        return True  # a wire report, or a dateline-shaped signature (本报群众工作部)
    wired = any(AGENCY_DATELINE.match(t) for t in roundup)
    return wired or not OWN_REPORT.match(roundup[0])
