"""The raw page pane: one row per line, tinted by role, with a gutter of boundary marks.

The model answers from the page's decisions (computed once per page state); an edit repaints
only the rows its ``PageChange`` names. Corrections typed into a row do not change the page
here: they are handed to the window, which makes them an undoable command.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..app.edits import Boundary, PageChange, boundary_after, doubts
from ..core.model import Decisions, Page, Role
from . import style

MIME_LINES = "application/x-proofer-lines"
ROLE = Qt.ItemDataRole.UserRole + 1
BOUNDARY = Qt.ItemDataRole.UserRole + 2
DOUBTFUL = Qt.ItemDataRole.UserRole + 3
ARTICLE = Qt.ItemDataRole.UserRole + 4
CORRECTED = Qt.ItemDataRole.UserRole + 5
LINKED = Qt.ItemDataRole.UserRole + 6
BY_PERSON = Qt.ItemDataRole.UserRole + 7
LINE_NO = Qt.ItemDataRole.UserRole + 8  # the raw file's line number; a line's later parts marked ′

Index = QModelIndex | QPersistentModelIndex


class LineModel(QAbstractListModel):
    correction_requested = Signal(int, str)  # row, new text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_key = ""
        self._page: Page | None = None
        self._roles: list[Role] = []
        self._bounds: list[Boundary | None] = []
        self._owner: dict[int, int] = {}
        self._doubtful: set[int] = set()
        self._by_person: set[int] = set()
        self._linked: set[int] = set()

    # -- feeding the model ------------------------------------------------------------------

    def set_page(self, key: str, page: Page) -> None:
        self.beginResetModel()
        self.page_key = key
        self._analyse(page)
        self._linked = set()
        self.endResetModel()

    def update(self, page: Page, change: PageChange) -> None:
        """Show the page after an edit, repainting only the rows that changed."""
        if change.relayout or self._page is None or len(page.lines) != len(self._page.lines):
            self.set_page(self.page_key, page)
            return
        old_doubt = self._doubtful
        self._analyse(page)
        rows = set(change.lines) | (old_doubt ^ self._doubtful)
        # the line before a changed line may have gained or lost the end of its article
        rows |= {r - 1 for r in change.lines if r > 0}
        articles = page.decisions.articles
        for a in change.articles:
            if a < len(articles):
                rows.update(articles[a].line_indexes())
        self._emit_rows(rows)

    def _analyse(self, page: Page) -> None:
        self._page = page
        d = page.decisions
        self._owner = d.article_of()
        self._roles = [r.value for r in d.roles]
        self._bounds = [self._boundary(page, d, i) for i in range(len(page.lines))]
        self._doubtful = {x.line for x in doubts(page)}
        self._by_person = set(page.overrides.roles) | set(page.overrides.breaks)

    def _boundary(self, page: Page, d: Decisions, i: int) -> Boundary | None:
        """The mark after a content line of an article: its break if it is body, or the end."""
        if page.lines[i].is_blank or i not in self._owner:
            return None
        b = boundary_after(page, d, i, self._owner)
        return b if b is Boundary.ARTICLE or self._roles[i] is Role.BODY else None

    def _emit_rows(self, rows: set[int]) -> None:
        """One dataChanged per run of consecutive rows."""
        run: list[int] = []
        for r in sorted(x for x in rows if 0 <= x < self.rowCount()):
            if run and r != run[-1] + 1:
                self.dataChanged.emit(self.index(run[0]), self.index(run[-1]))
                run = []
            run.append(r)
        if run:
            self.dataChanged.emit(self.index(run[0]), self.index(run[-1]))

    def set_linked(self, rows: set[int]) -> None:
        """Rows fed by the text selected in the article pane."""
        old, self._linked = self._linked, set(rows)
        self._emit_rows(old ^ self._linked)

    def linked(self) -> set[int]:
        return set(self._linked)

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._page is None else len(self._page.lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._page is None:
            return None
        r = index.row()
        line = self._page.lines[r]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return line.text
        # enums cross Qt as their plain values (QVariant would turn them into bare str), and
        # "no value" as "" / -1: an invalid QVariant read back from Python in every paint
        # has been seen to unbalance None's reference count in PySide6
        if role == ROLE:
            return self._roles[r].value
        if role == BOUNDARY:
            b = self._bounds[r]
            return "" if b is None else b.value
        if role == DOUBTFUL:
            return r in self._doubtful
        if role == ARTICLE:
            return self._owner.get(r, -1)
        if role == CORRECTED:
            return line.corrected is not None
        if role == LINKED:
            return r in self._linked
        if role == BY_PERSON:
            return r in self._by_person
        if role == LINE_NO:
            return f"{line.no}′" if line.start else str(line.no)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [style.role_name(self._roles[r])]
            if line.start:  # a part of a raw line (two columns run into one, parted)
                where = self.tr("line %1 from column %2")
                parts.append(where.replace("%1", str(line.no)).replace("%2", str(line.start + 1)))
            if line.corrected is not None:
                parts.append(self.tr("raw: %1").replace("%1", line.raw))
            if r in self._doubtful:
                parts.append(self.tr("doubtful decision"))
            return "\n".join(parts)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._page is None:
            return False
        if str(value) != self._page.lines[index.row()].text:
            self.correction_requested.emit(index.row(), str(value))
        return False  # the page changes through the undo stack, not here

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_LINES]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes})
        mime.setData(MIME_LINES, json.dumps({"page": self.page_key, "lines": rows}).encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


def lines_from_mime(mime: QMimeData) -> tuple[str, list[int]] | None:
    if not mime.hasFormat(MIME_LINES):
        return None
    data = json.loads(bytes(mime.data(MIME_LINES).data()).decode("utf-8"))
    return str(data["page"]), [int(x) for x in data["lines"]]


class LineDelegate(QStyledItemDelegate):
    """Paints a row: number, boundary mark, text on its role's tint; edits it in a QLineEdit."""

    split_requested = Signal(int, int)  # row, column

    GUTTER_CHARS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editing_row = -1

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)  # type: ignore[attr-defined]
        return QSize(fm.horizontalAdvance("字") * 24, fm.height() + 6)

    def gutter_width(self, fm: QFontMetrics) -> int:
        return fm.horizontalAdvance("0") * self.GUTTER_CHARS + fm.horizontalAdvance("¶") + 16

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        fm = QFontMetrics(option.font)  # type: ignore[attr-defined]
        gutter = self.gutter_width(fm)
        role = Role(index.data(ROLE))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        painter.fillRect(rect, option.palette.highlight() if selected else QColor("#f1f3f5"))  # type: ignore[attr-defined]
        body = QRect(rect.left() + gutter, rect.top(), rect.width() - gutter, rect.height())
        tint = QColor(style.ROLE_TINT[role])
        if selected:
            tint = tint.darker(115)
        painter.fillRect(body.adjusted(0, 1, 0, -1), tint)
        if index.data(LINKED):
            painter.fillRect(QRect(body.left(), rect.top(), 4, rect.height()), style.HIGHLIGHT_COLOUR)
        if index.data(DOUBTFUL):
            # a quiet mark at the gutter's edge: on a fresh page most lines can be doubtful
            painter.fillRect(QRect(body.left() - 5, rect.top() + 2, 4, rect.height() - 4), style.DOUBT_COLOUR)
        # gutter: line number, then the boundary after the line
        painter.setPen(QColor("#868e96"))
        num = QRect(rect.left() + 2, rect.top(), fm.horizontalAdvance("0") * self.GUTTER_CHARS, rect.height())
        painter.drawText(num, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, index.data(LINE_NO))
        value = index.data(BOUNDARY)
        if value:
            boundary = Boundary(value)
            mark = QRect(num.right() + 4, rect.top(), gutter - num.width() - 6, rect.height())
            painter.setPen(style.DOUBT_COLOUR if index.data(DOUBTFUL) else QColor("#1c7ed6"))
            painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, style.BOUNDARY_MARK[boundary])
            if boundary is Boundary.ARTICLE:
                painter.setPen(QPen(style.ARTICLE_RULE, 2))
                painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
            elif boundary is Boundary.PARAGRAPH:
                painter.setPen(QPen(QColor("#adb5bd"), 1, Qt.PenStyle.DotLine))
                painter.drawLine(body.left(), rect.bottom(), rect.right(), rect.bottom())
        font = QFont(option.font)  # type: ignore[attr-defined]
        if index.data(CORRECTED):
            font.setUnderline(True)
        if role.is_headline:
            font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#5c5f66") if role is Role.NOISE else QColor("#111111"))
        text_rect = body.adjusted(8, 0, -4, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, index.data())
        if index.data(CORRECTED):
            painter.setPen(style.CORRECTED_COLOUR)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "✎")
        painter.restore()

    # -- in-place correction ----------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("lineEditor")
        editor.installEventFilter(self)
        self._editing_row = index.row()
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        fm = QFontMetrics(option.font)  # type: ignore[attr-defined]
        editor.setGeometry(option.rect.adjusted(self.gutter_width(fm), 0, 0, 0))  # type: ignore[attr-defined]

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Ctrl+Return splits the line at the cursor (two columns run into one line)
        if isinstance(obj, QLineEdit) and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                row, col = self._editing_row, obj.cursorPosition()
                self.closeEditor.emit(obj, QStyledItemDelegate.EndEditHint.RevertModelCache)
                self.split_requested.emit(row, col)
                return True
        return super().eventFilter(obj, event)


class LinesView(QListView):
    """The raw lines: uniform rows (fast on long pages), drag of selected lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setObjectName("linesView")

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def current_row(self) -> int:
        return self.currentIndex().row() if self.currentIndex().isValid() else -1
