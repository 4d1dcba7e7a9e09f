"""What the editor's tools need from the window that hosts them: the open issue's pages.

The main window implements this protocol; each tool (find, mixed-script check, export) takes
one and never reaches further into the window.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..core.model import Page


@runtime_checkable
class PageSource(Protocol):
    def page_keys(self) -> list[str]:
        """Pages of the open issue, in order (a single open page is an issue of one)."""
        ...

    def current_page_key(self) -> str: ...

    def page_texts(self, key: str) -> list[str]:
        """Current text of each line of the page (index = line index)."""
        ...

    def page(self, key: str) -> Page: ...

    def apply_line_corrections(self, plan: dict[str, dict[int, str]], label: str) -> None:
        """Set the text of the given lines (page key -> line index -> text) as one undoable step."""
        ...

    def go_to(self, page_key: str, line: int, start: int = 0, end: int = 0) -> None:
        """Show the page and select ``start:end`` of the line."""
        ...
