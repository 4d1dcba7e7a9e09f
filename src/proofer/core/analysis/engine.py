"""Baseline engine: proposes roles, paragraph breaks and article layout for a page.

(Placeholder quality: to be replaced by the full engine; the signature is the contract.)
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

import regex

from ..model import ArticlePlan, Break, Decision, Decisions, Line, Piece, Role, pieces_of
from ..text import display_width, ends_sentence

DATELINE = regex.compile(r"^\s*(?:据)?(?:本报|新华社)\S{0,12}?(?:讯|电)")


def propose(lines: Sequence[Line]) -> Decisions:
    texts = [line.text for line in lines]
    widths = [display_width(t) for t in texts]
    content = [w for w in widths if w > 0]
    column = median(sorted(content)[len(content) // 2 :]) if content else 0.0
    roles: list[Decision[Role]] = []
    for i, t in enumerate(texts):
        blank_before = i == 0 or not texts[i - 1].strip()
        blank_after = i + 1 >= len(texts) or not texts[i + 1].strip()
        if t.strip() and blank_before and blank_after and not ends_sentence(t) and not DATELINE.match(t):
            roles.append(Decision(Role.TITLE, 0.5))
        else:
            roles.append(Decision(Role.BODY, 0.5))
    breaks: dict[int, Decision[Break]] = {}
    for i, t in enumerate(texts):
        if t.strip() and roles[i].value is Role.BODY:
            short = widths[i] < column - 1.5
            value = Break.PARAGRAPH if short and ends_sentence(t) else Break.JOIN
            breaks[i] = Decision(value, 0.6)
    articles: list[list[int]] = []
    pending_heads: list[int] = []
    for i, t in enumerate(texts):
        if not t.strip():
            continue
        if roles[i].value is Role.TITLE:
            pending_heads.append(i)
            continue
        if DATELINE.match(t) or not articles:
            articles.append(pending_heads + [i])
            pending_heads = []
        else:
            articles[-1].append(i)
    if pending_heads:
        if articles:
            articles[-1].extend(pending_heads)
        else:
            articles.append(pending_heads)
    plans = tuple(ArticlePlan(pieces_of(sorted(a)), 0.5) for a in articles)
    return Decisions(roles=tuple(roles), breaks=breaks, articles=plans)


__all__ = ["propose", "Piece"]
