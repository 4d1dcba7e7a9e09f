"""Writing exported pages to a folder: one file per page, each written atomically.

The export dialog only collects choices; this module decides file names and writes. A file
never lands on a page's own raw text: the name carries the format (``page.export.txt``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from ..core.formats.atomic import write_atomic
from ..core.model import Page
from .export import export_bytes

EXTENSIONS = {"json": ".articles.json", "txt": ".export.txt", "md": ".md", "docx": ".docx", "tei": ".tei.xml"}


class ExportError(Exception):
    """The export cannot start (no such folder, not writable); the message is for the user."""


@dataclass(frozen=True)
class ExportReport:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (page key, reason)

    @property
    def ok(self) -> bool:
        return not self.failed


def output_name(source: str, fmt: str, conversion: str | None = None, number: int = 1) -> str:
    """File name of a page's export: its stem (numbered from 2 on), the conversion, the format."""
    stem = PurePath(source).stem or "page"
    if number > 1:
        stem = f"{stem}-{number}"
    tag = f".{conversion}" if conversion else ""
    return f"{stem}{tag}{EXTENSIONS.get(fmt, '.' + fmt)}"


def output_paths(sources: list[str], folder: Path, fmt: str, conversion: str | None = None) -> list[Path]:
    """One distinct path per page: pages of an issue that share a name get ``-2``, ``-3``..."""
    paths: list[Path] = []
    taken: set[str] = set()
    for source in sources:
        number = 1
        while (name := output_name(source, fmt, conversion, number)) in taken:
            number += 1
        taken.add(name)
        paths.append(folder / name)
    return paths


def export_pages(
    pages: Iterable[tuple[str, Page]], folder: str | Path, fmt: str, conversion: str | None = None
) -> ExportReport:
    """Export each ``(page key, page)`` into ``folder``; a page that fails does not stop the rest."""
    if not str(folder).strip():
        raise ExportError("Choose an output folder")
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError(f"{folder}: no such folder")
    items = list(pages)
    report = ExportReport()
    paths = output_paths([page.source for _, page in items], folder, fmt, conversion)
    for (key, page), path in zip(items, paths, strict=True):
        try:
            data = export_bytes(page, fmt, conversion)
            write_atomic(path, data)
        except OSError as exc:
            report.failed.append((key, f"{path}: cannot write ({exc.strerror or exc})"))
        except ValueError as exc:
            report.failed.append((key, str(exc)))
        else:
            report.written.append(path)
    return report
