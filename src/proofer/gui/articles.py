"""The articles pane: the page as an editor reads it, built from ``reconstruct``'s blocks.

Each rendered block remembers where it sits in the document and its provenance spans, so that
a text selection maps back to raw lines and a raw line maps to the text it feeds. Dropping
lines from the raw pane onto an article moves them there (at the paragraph under the drop).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from ..app.edits import DOUBT_BELOW
from ..core.reconstruct import Article, Block, PageText
from . import style
from .lines import MIME_LINES, lines_from_mime


@dataclass(frozen=True)
class Rendered:
    """A block as placed in the document: [start, end) positions, its article (-1: none)."""

    start: int
    end: int
    article: int
    block: Block


class ArticleView(QTextBrowser):
    lines_selected = Signal(list)  # raw line indexes under the selected text
    lines_dropped = Signal(str, list, int, int)  # page key, line indexes, article, piece position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articlesView")
        self.setOpenLinks(False)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._rendered: list[Rendered] = []
        self._starts: list[int] = []
        self._text: PageText | None = None
        self._article_ranges: list[tuple[int, int]] = []
        self._quiet = False
        self.selectionChanged.connect(self._on_selection)

    # -- rendering ----------------------------------------------------------------------------

    def show_page(self, text: PageText) -> None:
        """Render every article, then the page's loose text (content in no article)."""
        self._text = text
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)  # edits are undone on the page, not in this view
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(12)
        cursor = QTextCursor(doc)
        self._rendered = []
        self._article_ranges = []
        for a, article in enumerate(text.articles):
            self._article_ranges.append(self._put_article(cursor, a, article, first=a == 0))
        if text.loose:
            self._label(cursor, self.tr("Text in no article"), not text.articles)
            for block in text.loose:
                self._put(cursor, block, -1, _char(self.font(), colour="#c92a2a"), _para("body"))
        self._index()
        self._quiet = True
        self.setDocument(doc)
        self._quiet = False

    def update_page(self, text: PageText, articles: Iterable[int]) -> None:
        """Re-render only the articles an edit changed; the whole page when articles came or
        went or the loose text changed."""
        old = self._text
        if old is None or len(old.articles) != len(text.articles) or old.loose != text.loose:
            self.show_page(text)
            return
        changed = sorted(
            a for a in set(articles) if 0 <= a < len(text.articles) and text.articles[a] != old.articles[a]
        )
        self._text = text
        if not changed:
            return
        cursor = QTextCursor(self.document())
        self._quiet = True
        cursor.beginEditBlock()
        for a in changed:
            start, end = self._article_ranges[a]
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            kept = [r for r in self._rendered if r.article != a]
            self._rendered = []
            new_range = self._put_article(cursor, a, text.articles[a], first=a == 0)
            delta = new_range[1] - end
            self._rendered += [r if r.start < start else replace(r, start=r.start + delta, end=r.end + delta)
                               for r in kept]
            self._article_ranges[a] = new_range
            for b in range(a + 1, len(self._article_ranges)):
                s, e = self._article_ranges[b]
                self._article_ranges[b] = (s + delta, e + delta)
        cursor.endEditBlock()
        self._quiet = False
        self._index()

    def _index(self) -> None:
        self._rendered.sort(key=lambda r: r.start)
        self._starts = [r.start for r in self._rendered]

    def _put_article(self, cursor: QTextCursor, a: int, article: Article, first: bool) -> tuple[int, int]:
        """An article's section at the cursor: label, headline block, paragraphs, credit."""
        base = QFont(self.font())
        start = cursor.position()
        label = self.tr("Article %1").replace("%1", str(a + 1))
        doubtful = article.confidence < DOUBT_BELOW
        if doubtful:  # the engine is unsure of this article's layout
            label += "  " + self.tr("(layout doubtful)")
        self._label(cursor, label, first, style.DOUBT_COLOUR.name() if doubtful else "#868e96")
        for role, block in (("kicker", article.kicker), ("title", article.title), ("subtitle", article.subtitle)):
            if block is not None:
                size = {"kicker": 1.0, "title": 1.45, "subtitle": 1.1}[role]
                self._put(cursor, block, a, _char(base, size, bold=role != "subtitle"), _para(role))
        for block in article.paragraphs:
            self._put(cursor, block, a, _char(base), _para("body"))
        if article.credit is not None:
            self._put(cursor, article.credit, a, _char(base, 0.9, colour="#5c5f66"), _para("credit"))
        return start, cursor.position()

    def _label(self, cursor: QTextCursor, text: str, first: bool, colour: str = "#868e96") -> None:
        fmt = _para("label")
        if first:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt)
        cursor.insertText(text, _char(self.font(), 0.8, colour=colour))

    def _put(self, cursor: QTextCursor, block: Block, article: int, char: QTextCharFormat,
             para: QTextBlockFormat) -> None:
        cursor.insertBlock(para)
        start = cursor.position()
        cursor.insertText(block.text, char)
        self._rendered.append(Rendered(start, cursor.position(), article, block))

    # -- provenance: text <-> lines -----------------------------------------------------------

    def rendered_at(self, pos: int) -> Rendered | None:
        k = bisect_right(self._starts, pos) - 1
        if k >= 0 and self._rendered[k].start <= pos <= self._rendered[k].end:
            return self._rendered[k]
        return None

    def article_at(self, pos: int) -> int:
        """The article whose section holds document position ``pos`` (-1 for none)."""
        for a, (start, end) in enumerate(self._article_ranges):
            if start <= pos <= end:
                return a
        return -1

    def lines_in(self, start: int, end: int) -> list[int]:
        """Raw lines whose characters lie in the document range [start, end)."""
        found: set[int] = set()
        for r in self._rendered:
            if r.end < start or r.start > end:
                continue
            for s in r.block.spans:
                if r.start + s.out_start < max(end, start + 1) and r.start + s.out_end > start:
                    found.add(s.line)
        return sorted(found)

    def highlight_lines(self, lines: set[int], scroll: bool = True) -> None:
        """Mark the blocks fed by these lines (lightly) and the exact characters (strongly)."""
        selections: list[QTextEdit.ExtraSelection] = []
        first: int | None = None
        articles: set[int] = set()
        for r in self._rendered:
            spans = [s for s in r.block.spans if s.line in lines]
            if not spans:
                continue
            selections.append(self._selection(r.start, r.end, QColor("#e7f5ff")))  # the paragraph
            for s in spans:
                selections.append(self._selection(r.start + s.out_start, r.start + s.out_end, QColor("#a5d8ff")))
            first = r.start if first is None else min(first, r.start)
            articles.add(r.article)
        for a in articles - {-1}:  # the article's label line marks the article
            label = self.document().findBlock(self._article_ranges[a][0] + (1 if a else 0))
            selections.append(self._selection(label.position(), label.position(), QColor("#d0ebff"), full_width=True))
        self.setExtraSelections(selections)
        if scroll and first is not None:
            self.scroll_to(first)

    def scroll_to(self, pos: int) -> None:
        """Bring a position into view, a quarter down the pane, unless it is visible already."""
        block = self.document().findBlock(pos)
        top = self.document().documentLayout().blockBoundingRect(block).top()
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        if not bar.value() <= top <= bar.value() + height - 40:
            bar.setValue(int(top - height / 4))

    def highlighted_text(self) -> list[str]:
        """The exact texts currently marked as fed by the selected lines (for tests and a11y)."""
        out = []
        for sel in self.extraSelections():
            if sel.cursor.hasSelection():
                out.append(sel.cursor.selectedText())
        return out

    def _selection(self, start: int, end: int, colour: QColor, full_width: bool = False) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        if end > start:
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        if full_width:
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        sel.format = fmt
        return sel

    def _on_selection(self) -> None:
        if self._quiet:
            return
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return
        lines = self.lines_in(cursor.selectionStart(), cursor.selectionEnd())
        if lines:
            self.lines_selected.emit(lines)

    def select_text(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def find_block(self, text: str) -> Rendered | None:
        return next((r for r in self._rendered if text in r.block.text), None)

    # -- dropping raw lines onto an article ---------------------------------------------------

    def drop_target(self, point: QPoint) -> tuple[int, int | None]:
        """(article, piece position) for a drop at a viewport point: after the piece that feeds
        the paragraph under the point; None lets the edit choose (headlines go to the front)."""
        pos = self.cursorForPosition(point).position()
        article = self.article_at(pos)
        r = self.rendered_at(pos)
        if article < 0 or self._text is None or r is None or r.article != article or not r.block.spans:
            return article, None
        last = r.block.spans[-1].line
        pieces = self._text.articles[article].pieces
        k = next((k for k, p in enumerate(pieces) if last in p), None)
        return article, None if k is None else k + 1

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_LINES):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_LINES):
            article, _ = self.drop_target(event.position().toPoint())
            if article >= 0:
                event.acceptProposedAction()
            else:
                event.ignore()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.drop_lines(event.mimeData(), event.position().toPoint()):
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    def drop_lines(self, mime: object, point: QPoint) -> bool:
        """Handle lines dropped at a viewport point; True when they went to an article."""
        got = lines_from_mime(mime)  # type: ignore[arg-type]
        if got is None:
            return False
        article, position = self.drop_target(point)
        if article < 0:
            return False
        self.lines_dropped.emit(got[0], got[1], article, -1 if position is None else position)
        return True

    def point_of(self, pos: int) -> QPoint:
        """The viewport point of a document position (for drops in tests and keyboard moves)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos)
        return self.cursorRect(cursor).center()

    def article_start(self, article: int) -> int:
        return self._article_ranges[article][0]

    def rendered(self) -> list[Rendered]:
        return list(self._rendered)


def _char(base: QFont, scale: float = 1.0, bold: bool = False, colour: str = "#111111") -> QTextCharFormat:
    fmt = QTextCharFormat()
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setForeground(QColor(colour))
    return fmt


def _para(kind: str) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    if kind == "label":
        fmt.setTopMargin(14)
        fmt.setBottomMargin(2)
    elif kind == "title":
        fmt.setBottomMargin(4)
    elif kind == "body":
        fmt.setTextIndent(28)
        fmt.setBottomMargin(6)
        fmt.setLineHeight(130, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    elif kind == "credit":
        fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
    else:
        fmt.setBottomMargin(3)
    return fmt

