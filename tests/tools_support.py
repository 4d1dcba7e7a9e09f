"""A page source for the editor's tools, backed by the seed page and variants of it.

``FakeSource`` implements ``proofer.gui.sources.PageSource`` the way the main window will:
``apply_line_corrections`` sets the lines' corrected text (one call = one undo step, recorded)
and ``go_to`` records where it was asked to go.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from proofer.app.pages import page_from_text
from proofer.core.model import Page

DATA = Path(__file__).parent / "data"
SEED_KEY = "issue-1/seed.txt"
MIXED_KEY = "issue-1/mixed.txt"
SHORT_KEY = "issue-1/front.txt"


def seed_lines() -> list[str]:
    return (DATA / "seed.txt").read_text("utf-8").rstrip("\n").split("\n")


def mixed_lines() -> list[str]:
    """The seed page as OCR sometimes reads it: a few characters in their traditional form."""
    lines = seed_lines()
    lines[10] = lines[10].replace("组织", "組織")  # 充分发挥工会組織送温暖示范带
    lines[22] = lines[22].replace("这", "這")  # 把這份温暖融入到工作当中，努
    lines[226] = lines[226].replace("级", "級")  # …全区各級
    return lines


def issue_pages() -> dict[str, str]:
    return {
        SEED_KEY: "\n".join(seed_lines()) + "\n",
        MIXED_KEY: "\n".join(mixed_lines()) + "\n",
        SHORT_KEY: "\n".join(seed_lines()[:40]) + "\n",
    }


class FakeSource:
    def __init__(self, pages: dict[str, str] | None = None, current: str | None = None) -> None:
        pages = pages if pages is not None else issue_pages()
        self.pages: dict[str, Page] = {key: page_from_text(text, Path(key).name) for key, text in pages.items()}
        self.current = current or next(iter(self.pages))
        self.applied: list[tuple[dict[str, dict[int, str]], str]] = []
        self.visits: list[tuple[str, int, int, int]] = []

    def page_keys(self) -> list[str]:
        return list(self.pages)

    def current_page_key(self) -> str:
        return self.current

    def page_texts(self, key: str) -> list[str]:
        return self.pages[key].texts

    def page(self, key: str) -> Page:
        return self.pages[key]

    def apply_line_corrections(self, plan: dict[str, dict[int, str]], label: str) -> None:
        self.applied.append((plan, label))
        for key, changes in plan.items():
            page = self.pages[key]
            lines = list(page.lines)
            for index, text in changes.items():
                lines[index] = replace(lines[index], corrected=text)
            self.pages[key] = replace(page, lines=tuple(lines))

    def go_to(self, page_key: str, line: int, start: int = 0, end: int = 0) -> None:
        self.visits.append((page_key, line, start, end))


def isolate_settings(tmp_path: Path) -> None:
    """Point QSettings at a temporary folder so tests never read or write the user's settings."""
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a widget as a user would: ASCII as key presses, Chinese as an input method's
    commit (QTest cannot press keys for non-ASCII characters)."""
    import itertools

    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for is_ascii, chunk in itertools.groupby(text, key=str.isascii):
        part = "".join(chunk)
        if is_ascii:
            qtbot.keyClicks(widget, part)
        else:
            event = QInputMethodEvent()
            event.setCommitString(part)
            QApplication.sendEvent(widget, event)
