"""One list for every check's results (find hits, mixed-script hits, doubtful decisions).

``ProposalListModel`` holds ``Proposal`` objects; ``ProposalList`` shows them sortable, with
the found text highlighted in its context, and says which one the user activated (Enter or
double-click) or selected.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import PurePath

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from ..app.proposals import Proposal

Index = QModelIndex | QPersistentModelIndex
PROPOSAL_ROLE = Qt.ItemDataRole.UserRole + 1  # the Proposal of a row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class ProposalListModel(QAbstractTableModel):
    PAGE, LINE, FOUND, SUGGESTION = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Proposal] = []
        self._headers = (self.tr("Page"), self.tr("Line"), self.tr("Found"), self.tr("Replace with"))

    def set_proposals(self, proposals: Sequence[Proposal]) -> None:
        self.beginResetModel()
        self._rows = list(proposals)
        self.endResetModel()

    def proposals(self) -> list[Proposal]:
        return list(self._rows)

    def proposal(self, row: int) -> Proposal:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == PROPOSAL_ROLE:
            return p
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PAGE:
                return PurePath(p.page_key).name or p.page_key
            if column == self.LINE:
                return p.line + 1
            if column == self.FOUND:
                return p.context
            return "" if p.suggestion is None else p.suggestion
        if role == SORT_ROLE:
            if column == self.FOUND:
                return p.text
            return (p.page_key, p.line, p.start) if column in (self.PAGE, self.LINE) else (p.suggestion or "")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PAGE:
            return p.page_key
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SUGGESTION and p.suggestion == "":
            return self.tr("(delete)")
        return None


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a == b:  # ties keep document order
            a = left.data(PROPOSAL_ROLE).location
            b = right.data(PROPOSAL_ROLE).location
        return bool(a < b)


class HighlightDelegate(QStyledItemDelegate):
    """Paints a proposal's context with the found text in bold on a highlight colour."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        p: Proposal = index.data(PROPOSAL_ROLE)
        before = html.escape(p.context[: p.context_start])
        hit = html.escape(p.context[p.context_start : p.context_end])
        after = html.escape(p.context[p.context_end :])
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(
            f'<span style="white-space:pre">{before}'
            f'<b style="background-color:#ffe08a;color:#000">{hit}</b>{after}</span>'
        )
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:  # type: ignore[no-untyped-def]
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        rect = opt.rect
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()) + 4, int(doc.size().height()))


class ProposalList(QTreeView):
    """A sortable list of proposals; ``proposal_activated`` on Enter or double-click."""

    proposal_activated = Signal(object)  # Proposal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_model = ProposalListModel(self)
        self._proxy = _SortProxy(self)
        self._proxy.setSourceModel(self.list_model)
        self.setModel(self._proxy)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # document order until a header is clicked
        self.setItemDelegateForColumn(ProposalListModel.FOUND, HighlightDelegate(self))
        self.activated.connect(self._on_activated)

    def set_proposals(self, proposals: Sequence[Proposal]) -> None:
        self.list_model.set_proposals(proposals)
        for column in (ProposalListModel.PAGE, ProposalListModel.LINE, ProposalListModel.FOUND):
            self.resizeColumnToContents(column)
        if proposals:  # keyboard focus on the first, but nothing chosen until the user chooses
            self.selectionModel().setCurrentIndex(self._proxy.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def proposals(self) -> list[Proposal]:
        """Every proposal, in the order shown."""
        return [self._proxy.index(r, 0).data(PROPOSAL_ROLE) for r in range(self._proxy.rowCount())]

    def selected_proposals(self) -> list[Proposal]:
        """The selected proposals, in the order shown."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [self._proxy.index(r, 0).data(PROPOSAL_ROLE) for r in rows]

    def select_row(self, row: int) -> None:
        index = self._proxy.index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def step(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) proposal and activate it (Guiguts' next/prev)."""
        count = self._proxy.rowCount()
        if not count:
            return
        row = self.currentIndex().row() if self.currentIndex().isValid() else -delta
        self.select_row((row + delta) % count)
        self._on_activated(self.currentIndex())

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.proposal_activated.emit(index.data(PROPOSAL_ROLE))
