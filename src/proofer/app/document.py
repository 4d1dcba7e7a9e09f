"""A page being edited: its lines and a person's decisions, status, and their sidecar.

The state is an immutable ``PageState`` so that an undo step is just the state before it. Only
human decisions are saved (``core/formats/sidecar``); the proposal is recomputed on open, so a
newer engine keeps every decision a person made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..core.analysis import propose
from ..core.formats import sidecar
from ..core.formats.rawpage import read_page
from ..core.formats.sidecar import Status
from ..core.model import Page
from ..core.reconstruct import PageText, reconstruct
from .edits import Engine
from .pages import build_page


@dataclass(frozen=True)
class PageState:
    page: Page
    splits: tuple[tuple[str, int], ...] = ()
    status: Status = Status.UNREVIEWED


class PageDocument:
    """One page file and the state a person left it in."""

    def __init__(self, path: Path, state: PageState, source_sha256: str, engine: Engine = propose,
                 has_sidecar: bool = False) -> None:
        self.path = path
        self.source_sha256 = source_sha256
        self.engine = engine
        self._state = state
        self._has_sidecar = has_sidecar
        self.dirty = False
        self._text: tuple[Page, PageText] | None = None
        self.listeners: list[Callable[[PageDocument], None]] = []

    @classmethod
    def open(cls, path: str | Path, engine: Engine = propose) -> PageDocument:
        """Read a page, let the engine propose, lay the person's sidecar over it.

        Raises ``rawpage.PageError`` or ``sidecar.SidecarError`` with a one-line reason.
        """
        path = Path(path)
        raw = read_page(path)
        car = sidecar.load(sidecar.sidecar_path(path))
        page = build_page(path.name, raw.text, car, engine)
        state = PageState(page) if car is None else PageState(page, car.splits, car.status)
        return cls(path, state, sidecar.digest(raw.text), engine, has_sidecar=car is not None)

    @property
    def key(self) -> str:
        return self.path.name

    @property
    def state(self) -> PageState:
        return self._state

    @property
    def page(self) -> Page:
        return self._state.page

    @property
    def status(self) -> Status:
        return self._state.status

    def text(self) -> PageText:
        """The page as reconstructed now (cached until the page changes)."""
        if self._text is None or self._text[0] is not self.page:
            self._text = (self.page, reconstruct(self.page.lines, self.page.decisions))
        return self._text[1]

    def set_state(self, state: PageState) -> None:
        if state == self._state:
            return
        self._state = state
        self.dirty = True
        for listener in list(self.listeners):
            listener(self)

    def edited(self, page: Page, split: tuple[str, int] | None = None) -> PageState:
        """The state after an edit: editing a page puts it in progress (a reviewed page too,
        since what was reviewed has changed)."""
        splits = self._state.splits + ((split,) if split else ())
        return PageState(page, splits, Status.IN_PROGRESS)

    def with_status(self, status: Status) -> PageState:
        return replace(self._state, status=status)

    def save(self) -> bool:
        """Write the sidecar if anything changed since the last save; True when written."""
        if not self.dirty:
            return False
        car = sidecar.capture(self.page.lines, self.page.overrides, self._state.splits, self.status,
                              self.source_sha256)
        if not self._has_sidecar and car == sidecar.Sidecar(source_sha256=self.source_sha256):
            self.dirty = False
            return False  # nothing human to keep: leave no file behind
        sidecar.save(sidecar.sidecar_path(self.path), car, self.path.name)
        self._has_sidecar = True
        self.dirty = False
        return True
