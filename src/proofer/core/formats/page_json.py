"""The whole page model as JSON: lines, the engine's proposal and a person's overrides.

The sidecar keeps only what a person decided; this format keeps everything (every decision with
its confidence and "set by a person" flag), for debugging an engine, for tools outside proofer,
and to pin the model's own round trip.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import ArticlePlan, Break, Decision, Decisions, Line, Overrides, Page, Piece, Role, _frozen

FORMAT = "proofer-page"
VERSION = 1


def _decision(d: Decision[Any]) -> list[Any]:
    return [d.value.value, d.confidence, d.by_person]


def _plans(plans: tuple[ArticlePlan, ...]) -> list[dict[str, Any]]:
    return [
        {"pieces": [[p.first, p.last] for p in a.pieces], "confidence": a.confidence, "by_person": a.by_person}
        for a in plans
    ]


def to_dict(page: Page) -> dict[str, Any]:
    p, o = page.proposal, page.overrides
    return {
        "format": FORMAT,
        "version": VERSION,
        "source": page.source,
        "lines": [[line.no, line.raw, line.start, line.corrected] for line in page.lines],
        "proposal": {
            "roles": [_decision(d) for d in p.roles],
            "breaks": {str(i): _decision(d) for i, d in p.breaks.items()},
            "articles": _plans(p.articles),
        },
        "overrides": {
            "roles": {str(i): r.value for i, r in o.roles.items()},
            "breaks": {str(i): b.value for i, b in o.breaks.items()},
            "articles": None if o.articles is None else _plans(o.articles),
        },
    }


def _read_plans(items: list[dict[str, Any]]) -> tuple[ArticlePlan, ...]:
    return tuple(
        ArticlePlan(tuple(Piece(int(a), int(b)) for a, b in it["pieces"]), float(it["confidence"]),
                    bool(it["by_person"]))
        for it in items
    )


def from_dict(data: dict[str, Any]) -> Page:
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise ValueError("not a proofer page (format proofer-page, version 1)")
    lines = tuple(Line(int(no), str(raw), int(start), corrected) for no, raw, start, corrected in data["lines"])
    p, o = data["proposal"], data["overrides"]
    proposal = Decisions(
        roles=tuple(Decision(Role(v), float(c), bool(h)) for v, c, h in p["roles"]),
        breaks=_frozen({int(i): Decision(Break(v), float(c), bool(h)) for i, (v, c, h) in p["breaks"].items()}),
        articles=_read_plans(p["articles"]),
    )
    overrides = Overrides(
        roles=_frozen({int(i): Role(v) for i, v in o["roles"].items()}),
        breaks=_frozen({int(i): Break(v) for i, v in o["breaks"].items()}),
        articles=None if o["articles"] is None else _read_plans(o["articles"]),
    )
    return Page(str(data["source"]), lines, proposal, overrides)


def dumps(page: Page) -> str:
    return json.dumps(to_dict(page), ensure_ascii=False) + "\n"


def loads(text: str) -> Page:
    return from_dict(json.loads(text))
