"""The issue manifest: every article of every page of an issue folder, as JSON and CSV.

Built from the batch state records, so a resumed run lists the pages it skipped as well as the
ones it redid. Files are rewritten only when their content changes.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from .batch_plan import write_if_changed

JSON_NAME = "manifest.json"
CSV_NAME = "manifest.csv"
FORMAT = "proofer-manifest"
CSV_COLUMNS = ("page", "article", "kicker", "title", "subtitle", "lines", "byline", "credit", "article_confidence",
               "page_min_confidence")


def manifest(issue: str, pages: list[tuple[str, dict[str, Any]]], failed: list[tuple[str, str]]) -> dict[str, Any]:
    """``pages``: (page file name, state record) in page order; ``failed``: (page file name, reason)."""
    return {
        "format": FORMAT,
        "version": 1,
        "issue": issue,
        "pages": [
            {
                "page": name,
                "source": record.get("source"),
                "status": record.get("status"),
                "min_confidence": record.get("min_confidence"),
                "articles": [
                    {k: a.get(k) for k in ("kicker", "title", "subtitle", "lines", "byline", "credit", "confidence")}
                    for a in record.get("articles", [])
                ],
            }
            for name, record in pages
        ],
        "failed": [{"page": name, "reason": reason} for name, reason in failed],
    }


def manifest_csv(data: dict[str, Any]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for page in data["pages"]:
        for k, a in enumerate(page["articles"], start=1):
            lines = " ".join(str(f) if f == last else f"{f}-{last}" for f, last in a["lines"])
            writer.writerow([page["page"], k, a["kicker"] or "", a["title"] or "", a["subtitle"] or "", lines,
                             a["byline"] or "", a["credit"] or "", a["confidence"], page["min_confidence"]])
    return buf.getvalue()


def write_manifest(folder: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    write_if_changed(folder / JSON_NAME, text.encode("utf-8"))
    # with a BOM: spreadsheet programs take BOM-less CSV for the local code page and garble Chinese
    write_if_changed(folder / CSV_NAME, manifest_csv(data).encode("utf-8-sig"))
