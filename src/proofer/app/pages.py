"""Opening a page (raw text + engine proposal + a person's sidecar) and rendering it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..core.analysis import page_lines, propose
from ..core.formats import articles_json, export, sidecar
from ..core.formats.rawpage import RawText, read_page
from ..core.model import Decisions, Line, Page
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
    return build_page(source, text, None)


def build_page(
    name: str, text: str, car: sidecar.Sidecar | None, engine: Callable[[Sequence[Line]], Decisions] = propose
) -> Page:
    """A page from its decoded text: the engine's proposal, with a person's sidecar laid over it."""
    lines: tuple[Line, ...] = page_lines(text)
    if car is None:
        return Page(name, lines, engine(lines))
    lines, overrides = sidecar.restore(lines, car)
    return Page(name, lines, engine(lines), overrides)


def open_page(path: str | Path, use_sidecar: bool = True) -> OpenedPage:
    """Read a page, propose its decisions and lay a person's sidecar over them.

    Raises ``rawpage.PageError`` or ``sidecar.SidecarError`` with a one-line reason.
    """
    path = Path(path)
    raw = read_page(path)
    car = sidecar.load(sidecar.sidecar_path(path)) if use_sidecar else None
    page = build_page(path.name, raw.text, car)
    if car is None:
        return OpenedPage(path, page, raw, (), sidecar.Status.UNREVIEWED)
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
