"""Opening a page (raw text + engine proposal + a person's sidecar) and rendering it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.analysis import propose
from ..core.formats import articles_json, export, sidecar
from ..core.formats.rawpage import RawText, read_page
from ..core.model import Line, Page, lines_from_text
from ..core.reconstruct import PageText, reconstruct

FORMATS = ("json", "txt", "md")


@dataclass(frozen=True)
class OpenedPage:
    path: Path
    page: Page
    raw: RawText
    splits: tuple[tuple[str, int], ...]
    status: sidecar.Status


def page_from_text(text: str, source: str = "page.txt") -> Page:
    lines = lines_from_text(text)
    return Page(source=source, lines=lines, proposal=propose(lines))


def open_page(path: str | Path, use_sidecar: bool = True) -> OpenedPage:
    """Read a page, propose its decisions and lay a person's sidecar over them.

    Raises ``rawpage.PageError`` or ``sidecar.SidecarError`` with a one-line reason.
    """
    path = Path(path)
    raw = read_page(path)
    lines: tuple[Line, ...] = lines_from_text(raw.text)
    car = sidecar.load(sidecar.sidecar_path(path)) if use_sidecar else None
    if car is None:
        return OpenedPage(path, Page(path.name, lines, propose(lines)), raw, (), sidecar.Status.UNREVIEWED)
    lines, overrides = sidecar.restore(lines, car)
    page = Page(path.name, lines, propose(lines), overrides)
    return OpenedPage(path, page, raw, car.splits, car.status)


def page_text(page: Page) -> PageText:
    return reconstruct(page.lines, page.decisions)


def render(page: Page, fmt: str) -> str:
    result = page_text(page)
    if fmt == "json":
        return articles_json.dumps(result, page.lines, page.source)
    if fmt == "txt":
        return export.to_txt(result)
    if fmt == "md":
        return export.to_md(result)
    raise ValueError(f"unknown format {fmt!r}")
