"""An issue: the pages of a folder (or a single page, an issue of one), opened lazily."""

from __future__ import annotations

from pathlib import Path

from ..core.analysis import propose
from ..core.formats import sidecar
from ..core.formats.sidecar import SidecarError, Status
from .document import PageDocument
from .edits import Engine
from .review import in_folder, read_review_queue

PAGE_SUFFIX = ".txt"


def page_paths(path: Path) -> list[Path]:
    """A folder's page files in name order, or the single page given."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.name.endswith(PAGE_SUFFIX))
    return [path]


class Issue:
    def __init__(self, paths: list[Path], engine: Engine = propose) -> None:
        names = [p.name for p in paths]
        # a page is known by its file name; pages of several issues that share one (p01.txt)
        # are told apart by their folder
        self.paths = {(p.name if names.count(p.name) == 1 else f"{p.parent.name}/{p.name}"): p for p in paths}
        self.engine = engine
        self._docs: dict[str, PageDocument] = {}
        self._status: dict[str, Status] = {}

    @classmethod
    def open(cls, path: str | Path, engine: Engine = propose) -> Issue:
        return cls(page_paths(Path(path)), engine)

    @classmethod
    def review_queue(cls, queue: str | Path, folder: str | Path | None = None, engine: Engine = propose) -> Issue:
        """The pages a batch's review queue lists (most doubtful first), of one issue folder or all.

        Raises ``ValueError`` for a file that is not a review queue.
        """
        items = read_review_queue(queue)
        if folder is not None:
            items = in_folder(items, folder)
        seen: dict[Path, None] = {}
        for item in items:
            path = Path(item.source)
            if path.is_file():
                seen.setdefault(path.resolve())
        return cls(list(seen), engine)

    def keys(self) -> list[str]:
        return list(self.paths)

    def document(self, key: str) -> PageDocument:
        """The page, opened (and proposed) the first time it is asked for."""
        doc = self._docs.get(key)
        if doc is None:
            doc = PageDocument.open(self.paths[key], self.engine)
            self._docs[key] = doc
        return doc

    def loaded(self) -> list[PageDocument]:
        return list(self._docs.values())

    def is_loaded(self, key: str) -> bool:
        return key in self._docs

    def status(self, key: str) -> Status:
        """A page's status without opening it: from its sidecar alone."""
        if key in self._docs:
            return self._docs[key].status
        if key not in self._status:
            try:
                car = sidecar.load(sidecar.sidecar_path(self.paths[key]))
            except SidecarError:
                car = None
            self._status[key] = Status.UNREVIEWED if car is None else car.status
        return self._status[key]

    def save_all(self) -> None:
        for doc in self._docs.values():
            doc.save()
