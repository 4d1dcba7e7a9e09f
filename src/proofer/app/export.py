"""Exporting a page in the formats people keep, optionally converted with OpenCC."""

from __future__ import annotations

from ..core.chinese import convert
from ..core.formats import articles_json, export
from ..core.model import Page
from ..core.reconstruct import PageText, reconstruct

TEXT_FORMATS = ("json", "txt", "md")


def export_text(result: PageText, page: Page, fmt: str, conversion: str | None = None) -> str:
    """A page rendered as text (json/txt/md); ``conversion`` is an OpenCC config or None."""
    if fmt == "json":
        out = articles_json.dumps(result, page.lines, page.source)
    elif fmt == "txt":
        out = export.to_txt(result)
    elif fmt == "md":
        out = export.to_md(result)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return convert(out, conversion)


def export_page(page: Page, fmt: str, conversion: str | None = None) -> str:
    return export_text(reconstruct(page.lines, page.decisions), page, fmt, conversion)
