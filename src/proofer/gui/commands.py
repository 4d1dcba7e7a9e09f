"""Undo commands, one per thing a person does; each calls a pure edit from ``app.edits``.

A command holds the page state before and after (states are immutable, so this is cheap) and
hands them to the window, which shows the page and repaints what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..app import edits
from ..app.document import PageDocument, PageState
from ..app.edits import Boundary, Doubt, PageChange
from ..core.formats.sidecar import Status
from ..core.model import Role
from . import style

Apply = Callable[[PageDocument, PageState, PageChange], None]


class PageEdit(QUndoCommand):
    """An edit of one page: redo shows the state after, undo the state before."""

    def __init__(
        self, apply: Apply, doc: PageDocument, result: edits.Edit, text: str, split: tuple[str, int] | None = None
    ) -> None:
        super().__init__(text)
        self.apply, self.doc = apply, doc
        self.before = doc.state
        page, self.change = result
        self.after = doc.edited(page, split)
        self.changed = page is not doc.page or split is not None

    def redo(self) -> None:
        self.apply(self.doc, self.after, self.change)

    def undo(self) -> None:
        self.apply(self.doc, self.before, edits.diff(self.after.page, self.before.page))


class SetBoundary(PageEdit):
    def __init__(self, apply: Apply, doc: PageDocument, line: int, kind: Boundary) -> None:
        super().__init__(
            apply,
            doc,
            edits.set_boundary(doc.page, line, kind),
            QCoreApplication.translate("Commands", "Boundary after line %1: %2")
            .replace("%1", str(line + 1))
            .replace("%2", style.boundary_name(kind)),
        )


class SetRole(PageEdit):
    def __init__(self, apply: Apply, doc: PageDocument, lines: Iterable[int], role: Role) -> None:
        super().__init__(
            apply,
            doc,
            edits.set_roles(doc.page, lines, role),
            QCoreApplication.translate("Commands", "Set role: %1").replace("%1", style.role_name(role)),
        )


class MoveLinesToArticle(PageEdit):
    def __init__(
        self, apply: Apply, doc: PageDocument, lines: Iterable[int], article: int, position: int | None = None
    ) -> None:
        super().__init__(
            apply,
            doc,
            edits.move_lines(doc.page, lines, article, position),
            QCoreApplication.translate("Commands", "Move lines to article %1").replace("%1", str(article + 1)),
        )


class MovePiece(PageEdit):
    def __init__(self, apply: Apply, doc: PageDocument, article: int, piece: int, delta: int) -> None:
        super().__init__(
            apply,
            doc,
            edits.move_piece(doc.page, article, piece, delta),
            QCoreApplication.translate("Commands", "Move piece earlier")
            if delta < 0
            else QCoreApplication.translate("Commands", "Move piece later"),
        )


class SplitArticle(PageEdit):
    def __init__(self, apply: Apply, doc: PageDocument, line: int) -> None:
        super().__init__(
            apply,
            doc,
            edits.split_article(doc.page, line),
            QCoreApplication.translate("Commands", "Split article at line %1").replace("%1", str(line + 1)),
        )


class MergeArticles(PageEdit):
    def __init__(self, apply: Apply, doc: PageDocument, first: int, second: int) -> None:
        super().__init__(
            apply,
            doc,
            edits.merge_articles(doc.page, first, second),
            QCoreApplication.translate("Commands", "Merge articles"),
        )


class MoveArticle(PageEdit):
    def __init__(self, apply: Apply, doc: PageDocument, article: int, delta: int) -> None:
        super().__init__(
            apply,
            doc,
            edits.move_article(doc.page, article, delta),
            QCoreApplication.translate("Commands", "Move article up")
            if delta < 0
            else QCoreApplication.translate("Commands", "Move article down"),
        )


class CorrectLine(PageEdit):
    def __init__(self, apply: Apply, doc: PageDocument, line: int, text: str | None) -> None:
        label = (
            QCoreApplication.translate("Commands", "Restore raw text of line %1")
            if text is None
            else QCoreApplication.translate("Commands", "Correct line %1")
        )
        super().__init__(apply, doc, edits.correct_line(doc.page, line, text), label.replace("%1", str(line + 1)))


class SplitLine(PageEdit):
    def __init__(self, apply: Apply, doc: PageDocument, line: int, column: int) -> None:
        page, change, split = edits.split_line(doc.page, line, column, doc.engine)
        super().__init__(
            apply,
            doc,
            (page, change),
            QCoreApplication.translate("Commands", "Split line %1").replace("%1", str(line + 1)),
            split,
        )


class AcceptDecision(PageEdit):
    """Confirm the engine's doubtful decisions about a line: the same values, set by a person."""

    def __init__(self, apply: Apply, doc: PageDocument, doubts: list[Doubt]) -> None:
        super().__init__(apply, doc, edits.accept_all(doc.page, doubts),
                         QCoreApplication.translate("Commands", "Accept decision"))


class AcceptAllOnPage(PageEdit):
    def __init__(self, apply: Apply, doc: PageDocument) -> None:
        super().__init__(
            apply,
            doc,
            edits.accept_all(doc.page),
            QCoreApplication.translate("Commands", "Accept all decisions on this page"),
        )


class SetStatus(QUndoCommand):
    def __init__(self, apply: Apply, doc: PageDocument, status: Status) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Mark page %1").replace("%1", style.status_name(status))
        )
        self.apply, self.doc = apply, doc
        self.before, self.after = doc.state, doc.with_status(status)

    def redo(self) -> None:
        self.apply(self.doc, self.after, PageChange())

    def undo(self) -> None:
        self.apply(self.doc, self.before, PageChange())


class CorrectLinesOnPages(QUndoCommand):
    """Many line corrections on one or many pages (a replace-all): one undo step."""

    def __init__(
        self, apply: Apply, docs: Mapping[str, PageDocument], plan: Mapping[str, Mapping[int, str]], label: str
    ) -> None:
        super().__init__(label)
        self.apply = apply
        self.steps: list[tuple[PageDocument, PageState, PageState, PageChange]] = []
        for key, corrections in plan.items():
            doc = docs[key]
            page, change = edits.correct_lines(doc.page, dict(corrections))
            self.steps.append((doc, doc.state, doc.edited(page), change))

    def redo(self) -> None:
        for doc, _, after, change in self.steps:
            self.apply(doc, after, change)

    def undo(self) -> None:
        for doc, before, after, _ in reversed(self.steps):
            self.apply(doc, before, edits.diff(after.page, before.page))
