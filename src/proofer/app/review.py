"""The review queue: pages whose weakest decisions fall under a confidence threshold.

A page's doubts come from ``page.decisions`` — the role of each content line, the break after
it, and each article's layout — with every decision a person set counted as certain (1.0). The
batch writes the queue as ``review.csv`` (the page with most decisions in doubt first); the
editor window reads it back with ``read_review_queue``.
"""

from __future__ import annotations

import csv
import heapq
import io
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..core.formats.sidecar import Status
from ..core.model import Page

REVIEW_NAME = "review.csv"
COLUMNS = ("confidence", "page", "source", "decision", "line", "value", "doubtful", "status", "reason")
KEEP = 5  # weakest decisions kept per page (enough to say why, small enough to ship back)


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A page to look at: its weakest decision and how many decisions are in doubt."""

    confidence: float
    page: str  # the page's path relative to the batch output folder
    source: str  # the page file, for the editor to open
    decision: str  # role | break | article
    line: int  # raw line number the decision is about
    value: str  # the decided value (a role, a break, or the article's first headline)
    doubtful: int  # how many of the page's decisions are under the threshold
    status: str  # the editor's status of the page: unreviewed or in_progress
    reason: str


def weakest(page: Page, keep: int = KEEP) -> list[dict[str, Any]]:
    """The page's least certain decisions, weakest first: [{confidence, decision, line, value}]."""
    decisions = page.decisions
    lines = page.lines
    n = len(lines)
    # content lines and their numbers, once per line
    content = [not line.is_blank for line in lines]
    numbers = [line.no for line in lines]
    # (confidence, kind, line number, value); a value stays an enum until kept (.value is slow)
    found: list[tuple[float, str, int, Any]] = [
        (1.0 if d.by_person else d.confidence, "role", numbers[i], d.value)
        for i, d in enumerate(decisions.roles)
        if i < n and content[i]
    ]
    found += [
        (1.0 if b.by_person else b.confidence, "break", numbers[i], b.value)
        for i, b in decisions.breaks.items()
        if i < n and content[i]
    ]
    for k, plan in enumerate(decisions.articles):
        first = plan.pieces[0].first
        if first < n:
            found.append((1.0 if plan.by_person else plan.confidence, "article", lines[first].no, f"article {k + 1}"))
    # the same as sorting all and keeping the first few (nsmallest is stable), without the full sort
    top = heapq.nsmallest(keep, found, key=itemgetter(0, 2))
    out = [
        {"confidence": round(c, 3), "decision": kind, "line": no, "value": getattr(v, "value", v)}
        for c, kind, no, v in top
    ]
    if out:
        below_one = sorted([f[0] for f in found if f[0] < 1.0])  # in confidence order, as the histogram's keys
        out[0]["uncertain"] = len(below_one)
        out[0]["confidences"] = _histogram(below_one)
    return out


def _histogram(values: Iterable[float]) -> dict[str, int]:
    """Uncertain decisions counted per hundredth of confidence, so a later run can count them
    under any threshold without reprocessing the page."""
    # counted by hundredth first, each key written once (in the order the values first reach it)
    counts: dict[int, int] = {}
    for v in values:
        key = min(int(v * 100 + 1e-9), 99)
        counts[key] = counts.get(key, 0) + 1
    return {f"{key / 100:.2f}": n for key, n in counts.items()}


def doubtful_count(doubts: list[dict[str, Any]], threshold: float) -> int:
    """How many of a page's decisions fall under ``threshold`` (exact to the hundredth)."""
    if not doubts:
        return 0
    hist: dict[str, int] = doubts[0].get("confidences", {})
    return sum(n for key, n in hist.items() if float(key) + 0.01 <= threshold + 1e-9)


def review_items(records: Iterable[tuple[str, dict[str, Any]]], threshold: float) -> list[ReviewItem]:
    """Pages (rel path, state record) whose weakest decision is under ``threshold``, the page with
    the most decisions under it first (then the weakest).

    One weak decision alone is often a coin the engine tossed right; many in doubt are where its
    errors are (on the dev pages, ordering by the count puts the pages that need an edit first:
    average precision 0.91, against 0.78 by the weakest decision). A page an editor marked
    reviewed is not queued again, whatever the engine thinks of it.
    """
    items: list[ReviewItem] = []
    for rel, record in records:
        doubts = record.get("doubts") or []
        status = record.get("status", Status.UNREVIEWED.value)
        if status == Status.REVIEWED.value or not doubts or doubts[0]["confidence"] >= threshold:
            continue
        d = doubts[0]
        n = max(doubtful_count(doubts, threshold), 1)
        reason = f"{d['decision']} '{d['value']}' at line {d['line']}: confidence {d['confidence']:.2f}"
        if n > 1:
            reason += f" (and {n - 1} more under {threshold:g})"
        items.append(ReviewItem(d["confidence"], rel, record.get("source", ""), d["decision"], d["line"],
                                str(d["value"]), n, status, reason))
    items.sort(key=lambda it: (-it.doubtful, it.confidence, it.page))
    return items


def review_csv(items: list[ReviewItem]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for it in items:
        writer.writerow([f"{it.confidence:.3f}", it.page, it.source, it.decision, it.line, it.value, it.doubtful,
                         it.status, it.reason])
    return buf.getvalue().encode("utf-8-sig")  # BOM: spreadsheets read it as UTF-8


def read_review_queue(path: str | Path) -> list[ReviewItem]:
    """The review queue a batch wrote (``review.csv``, or the folder holding it), most doubtful first.

    Returns [] when there is no queue. Raises ``ValueError`` for a file that is not one.
    """
    path = Path(path)
    if path.is_dir():
        path = path / REVIEW_NAME
    try:
        text = path.read_text("utf-8-sig")
    except FileNotFoundError:
        return []
    rows = csv.DictReader(io.StringIO(text))
    if rows.fieldnames is None or tuple(rows.fieldnames) != COLUMNS:
        raise ValueError(f"{path}: not a proofer review queue")
    try:
        return [
            ReviewItem(float(r["confidence"]), r["page"], r["source"], r["decision"], int(r["line"]), r["value"],
                       int(r["doubtful"]), r["status"], r["reason"])
            for r in rows
        ]
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{path}: damaged review queue ({exc})") from None


def in_folder(items: list[ReviewItem], folder: str | Path) -> list[ReviewItem]:
    """The queued pages of one issue folder (as the editor opens it), in queue order."""
    target = Path(folder).resolve()
    return [it for it in items if Path(it.source).resolve().parent == target]
