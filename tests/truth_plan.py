"""Where each raw line of a page goes in its truth articles (for driving the editor to the truth).

Generic: found from the truth text alone, so it holds whatever the engine proposes. A line is a
headline line when its text is (part of) a truth headline and of no body; otherwise it is placed
in a truth body by its text, ambiguous short lines by their raw neighbours (a column piece is
contiguous in the body); a line found nowhere is page noise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from proofer.core.model import Break, Role, pieces_of

HEAD_ROLES = (("kicker", Role.KICKER), ("title", Role.TITLE), ("subtitle", Role.SUBTITLE))


def squash(text: str | None) -> str:
    return "".join((text or "").split())


@dataclass
class TruthPlan:
    roles: dict[int, Role] = field(default_factory=dict)
    flows: list[list[int]] = field(default_factory=list)  # per truth article, heads then body in order
    breaks: dict[int, Break] = field(default_factory=dict)  # after body lines, inside an article

    def runs(self) -> list[list[int]]:
        """Runs of consecutive lines in the order the articles read, article after article."""
        return [list(p.indexes()) for flow in self.flows for p in pieces_of(flow)]


def plan(texts: list[str], truth: dict) -> TruthPlan:
    arts = truth["articles"]
    bodies = ["".join(squash(p) for p in a["paragraphs"]) for a in arts]
    ends = []
    for a in arts:
        total, marks = 0, set()
        for p in a["paragraphs"][:-1]:
            total += len(squash(p))
            marks.add(total)
        ends.append(marks)
    out = TruthPlan(flows=[[] for _ in arts])
    heads: dict[int, list[tuple[int, int]]] = {}
    todo: dict[int, str] = {}
    for i, text in enumerate(texts):
        s = squash(text)
        if not s:
            continue
        head = _headline(s, arts, bodies)
        if head is not None:
            out.roles[i] = head[1]
            heads.setdefault(head[0], []).append((HEAD_ROLES.index(next(h for h in HEAD_ROLES if h[1] is head[1])), i))
            continue
        for a, art in enumerate(arts):
            credit = squash(art.get("credit"))
            if credit and s.endswith(credit) and s[: -len(credit)] and s not in bodies[a]:
                s = s[: -len(credit)]  # a photo credit printed after the last sentence
        todo[i] = s
    placed = _place(todo, bodies)
    for i, s in todo.items():
        if i not in placed:
            out.roles[i] = Role.NOISE
            continue
        a, pos = placed[i]
        out.roles[i] = Role.BODY
        end = pos + len(s)
        out.breaks[i] = Break.PARAGRAPH if end in ends[a] else Break.JOIN
    for a in range(len(arts)):
        body = sorted((placed[i][1], i) for i in placed if placed[i][0] == a)
        out.flows[a] = [i for _, i in sorted(heads.get(a, []))] + [i for _, i in body]
    return out


def _headline(s: str, arts: list[dict], bodies: list[str]) -> tuple[int, Role] | None:
    for a, art in enumerate(arts):
        for key, role in HEAD_ROLES:
            head = squash(art.get(key))
            if head and (s == head or (s in head and not any(s in b for b in bodies))):
                return a, role
    return None


def _place(todo: dict[int, str], bodies: list[str]) -> dict[int, tuple[int, int]]:
    """(article, position in its squashed body) of each line: unique matches first, then the
    ambiguous ones next to a placed raw neighbour."""
    placed: dict[int, tuple[int, int]] = {}
    candidates: dict[int, list[tuple[int, int]]] = {}
    for i, s in todo.items():
        found = [(a, k) for a, b in enumerate(bodies) for k in _find_all(b, s)]
        candidates[i] = found
        if len(found) == 1:
            placed[i] = found[0]
    changed = True
    while changed:
        changed = False
        for i, s in todo.items():
            if i in placed or not candidates[i]:
                continue
            for a, k in candidates[i]:
                prev, nxt = placed.get(i - 1), placed.get(i + 1)
                if prev is not None and prev == (a, k - len(todo[i - 1])) or nxt is not None and nxt == (a, k + len(s)):
                    placed[i] = (a, k)
                    changed = True
                    break
    return placed


def _find_all(text: str, s: str) -> list[int]:
    out, k = [], text.find(s)
    while k >= 0:
        out.append(k)
        k = text.find(s, k + 1)
    return out
