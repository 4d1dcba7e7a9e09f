"""The editor window: page list, raw lines, articles; every correction one undoable action.

The window holds no text logic. It turns a person's gesture into an undo command (which calls a
pure edit), shows the resulting page state, and repaints what the edit reports as changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QItemSelectionModel, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QWidget,
)

from ..app import edits
from ..app.document import PageDocument, PageState
from ..app.edits import Boundary, PageChange
from ..app.issue import Issue
from ..core.formats.rawpage import PageError
from ..core.formats.sidecar import SidecarError, Status
from ..core.model import Page, Role
from . import commands, style
from .articles import ArticleView
from .lines import LineDelegate, LineModel, LinesView
from .tools import Tools, language_menu_actions

AUTOSAVE_MS = 2000  # idle time after an edit before the sidecar is written
SETTINGS_ORG = "proofer"


class MainWindow(QMainWindow):
    def __init__(self, issue: Issue, autosave_ms: int = AUTOSAVE_MS, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issue = issue
        self.settings = settings if settings is not None else QSettings(SETTINGS_ORG, "proofer")
        self.undo_stack = QUndoStack(self)
        self._key = ""
        self._doc: PageDocument | None = None
        self.setWindowTitle(self.tr("proofer"))

        self.page_list = QListWidget()
        self.page_list.setObjectName("pageList")
        self.line_model = LineModel(self)
        self.lines = LinesView()
        self.lines.setModel(self.line_model)
        self.delegate = LineDelegate(self.lines)
        self.lines.setItemDelegate(self.delegate)
        self.articles = ArticleView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for w in (self.page_list, self.lines, self.articles):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(autosave_ms)
        self.autosave.timeout.connect(self.save_all)

        self._build_actions()
        self._build_menus()
        self.tools = Tools(self, self.act_find, self.act_mixed, self.act_export)
        self._connect()
        self._fill_page_list()
        self._restore_settings()
        if issue.keys():
            self.show_page(issue.keys()[0])

    # -- the lead's wiring points (find & replace, mixed-script check, export) ---------------

    def page_keys(self) -> list[str]:
        return self.issue.keys()

    def current_page_key(self) -> str:
        return self._key

    def page_texts(self, key: str) -> list[str]:
        return self.issue.document(key).page.texts

    def page(self, key: str) -> Page:
        return self.issue.document(key).page

    def apply_line_corrections(self, plan: dict[str, dict[int, str]], label: str) -> None:
        """Corrected text for many lines of one or many pages, as one undo step."""
        plan = {k: v for k, v in plan.items() if v}
        if plan:
            docs = {k: self.issue.document(k) for k in plan}
            self.undo_stack.push(commands.CorrectLinesOnPages(self._apply, docs, plan, label))

    def go_to(self, page_key: str, line: int, start: int = 0, end: int = 0) -> None:
        """Show a page and select a line; with columns, open it for correction with them selected."""
        if page_key != self._key:
            self.show_page(page_key)
        index = self.line_model.index(line)
        if not index.isValid():
            return
        self.lines.setCurrentIndex(index)
        self.lines.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if end > start:
            self.lines.edit(index)
            editor = self.lines.findChild(QLineEdit, "lineEditor")
            if editor is not None:
                editor.setSelection(start, end - start)

    # -- pages --------------------------------------------------------------------------------

    @property
    def doc(self) -> PageDocument:
        assert self._doc is not None, "no page open"
        return self._doc

    def show_page(self, key: str) -> bool:
        if key == self._key:
            return True
        try:
            doc = self.issue.document(key)
        except (PageError, SidecarError) as exc:
            self.statusBar().showMessage(str(exc), 10000)
            return False
        if self._doc is not None:
            self._save(self._doc)
        self._key, self._doc = key, doc
        self.line_model.set_page(key, doc.page)
        self.articles.show_page(doc.text())
        row = self.issue.keys().index(key)
        if self.page_list.currentRow() != row:
            self.page_list.setCurrentRow(row)
        if self.line_model.rowCount():
            self.lines.setCurrentIndex(self.line_model.index(0))
        self._update_status()
        if hasattr(self, "tools"):
            self.tools.page_changed()
        return True

    def step_page(self, delta: int) -> None:
        keys = self.issue.keys()
        k = keys.index(self._key) + delta if self._key in keys else 0
        if 0 <= k < len(keys):
            self.show_page(keys[k])

    def _fill_page_list(self) -> None:
        self.page_list.clear()
        self.page_list.setVisible(len(self.issue.keys()) > 1)  # a single page needs no list
        for key in self.issue.keys():
            item = QListWidgetItem()
            self.page_list.addItem(item)
            self._label_page(item, key)

    def _label_page(self, item: QListWidgetItem, key: str) -> None:
        status = self.issue.status(key)
        item.setText(f"{style.STATUS_MARK[status]} {key}")
        item.setToolTip(style.status_name(status))

    # -- applying edits -----------------------------------------------------------------------

    def _apply(self, doc: PageDocument, state: PageState, change: PageChange) -> None:
        """Called by undo commands: put a page in a state and repaint what changed."""
        doc.set_state(state)
        if doc.key != self._key:
            self.show_page(doc.key)
        else:
            self.line_model.update(doc.page, change)
            if change.relayout:
                self.articles.show_page(doc.text())
            elif not change.is_empty:
                self.articles.update_page(doc.text(), change.articles)
            if not change.is_empty:
                self._highlight_from_lines()
        row = self.issue.keys().index(doc.key)
        item = self.page_list.item(row)
        if item is not None:
            self._label_page(item, doc.key)
        self._update_status()
        self.tools.page_changed()
        self.autosave.start()

    def push(self, command: commands.PageEdit | commands.SetStatus) -> None:
        if isinstance(command, commands.PageEdit) and not command.changed:
            return  # nothing to undo
        self.undo_stack.push(command)

    def save_all(self) -> None:
        self.autosave.stop()
        for doc in self.issue.loaded():
            self._save(doc)

    def _save(self, doc: PageDocument) -> None:
        try:
            if doc.save():
                self.statusBar().showMessage(self.tr("Saved %1").replace("%1", doc.key), 3000)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("Cannot save %1: %2").replace("%1", doc.key).replace("%2", str(exc.strerror or exc)), 10000
            )

    # -- the line under the cursor ------------------------------------------------------------

    def current_line(self) -> int:
        return self.lines.current_row()

    def current_article(self) -> int | None:
        row = self.current_line()
        return None if row < 0 else edits.article_of(self.doc.page.decisions, row)

    def set_boundary(self, kind: Boundary) -> None:
        row = self.current_line()
        if row >= 0:
            self.push(commands.SetBoundary(self._apply, self.doc, row, kind))

    def set_role(self, role: Role) -> None:
        rows = self.lines.selected_rows()
        if rows:
            self.push(commands.SetRole(self._apply, self.doc, rows, role))

    def move_selection_to_article(self, article: int, position: int | None = None) -> None:
        rows = self.lines.selected_rows()
        if rows:
            self.push(commands.MoveLinesToArticle(self._apply, self.doc, rows, article, position))

    def move_piece(self, delta: int) -> None:
        row = self.current_line()
        at = edits.piece_at(self.doc.page.decisions, row) if row >= 0 else None
        if at is not None:
            self.push(commands.MovePiece(self._apply, self.doc, at[0], at[1], delta))

    def split_article_here(self) -> None:
        row = self.current_line()
        if row >= 0:
            self.push(commands.SplitArticle(self._apply, self.doc, row))

    def merge_with_next_article(self) -> None:
        a = self.current_article()
        if a is not None:
            self.push(commands.MergeArticles(self._apply, self.doc, a, a + 1))

    def move_article(self, delta: int) -> None:
        a = self.current_article()
        if a is not None:
            self.push(commands.MoveArticle(self._apply, self.doc, a, delta))

    def correct_line(self, row: int, text: str | None) -> None:
        self.push(commands.CorrectLine(self._apply, self.doc, row, text))

    def restore_raw_text(self) -> None:
        row = self.current_line()
        if row >= 0 and self.doc.page.lines[row].corrected is not None:
            self.correct_line(row, None)

    def split_line(self, row: int, column: int) -> None:
        line = self.doc.page.lines[row]
        if 0 < column < len(line.raw):
            self.push(commands.SplitLine(self._apply, self.doc, row, column))

    def set_status(self, status: Status) -> None:
        if self._doc is not None and self.doc.status is not status:
            self.undo_stack.push(commands.SetStatus(self._apply, self.doc, status))

    # -- doubtful decisions -------------------------------------------------------------------

    def next_doubt(self, forward: bool = True) -> None:
        found = edits.doubts(self.doc.page)
        row = self.current_line()
        lines = sorted({d.line for d in found})
        if forward:
            target = next((x for x in lines if x > row), None)
        else:
            target = next((x for x in reversed(lines) if x < row), None)
        if target is not None:
            self.select_line(target)
        else:
            self.statusBar().showMessage(self.tr("No more doubtful decisions"), 3000)

    def accept_current(self) -> None:
        row = self.current_line()
        here = [d for d in edits.doubts(self.doc.page) if d.line == row]
        if here:
            self.push(commands.AcceptDecision(self._apply, self.doc, here))

    def accept_all(self) -> None:
        self.push(commands.AcceptAllOnPage(self._apply, self.doc))

    def select_line(self, row: int) -> None:
        index = self.line_model.index(row)
        self.lines.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.lines.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- linking the panes --------------------------------------------------------------------

    def _highlight_from_lines(self) -> None:
        if self._doc is None:
            return
        rows = set(self.lines.selected_rows())
        self.articles.highlight_lines(rows)
        a = self.current_article()
        if a is not None:
            self.status_label.setText(self._status_text(a))

    def _lines_from_articles(self, rows: list[int]) -> None:
        self.line_model.set_linked(set(rows))
        if rows:
            self.lines.scrollTo(self.line_model.index(rows[0]))

    def _dropped(self, key: str, rows: list[int], article: int, position: int) -> None:
        if key == self._key:
            self.push(commands.MoveLinesToArticle(self._apply, self.doc, rows, article,
                                                  None if position < 0 else position))

    # -- window furniture ---------------------------------------------------------------------

    def _status_text(self, article: int | None = None) -> str:
        if self._doc is None:
            return ""
        parts = [self._key, style.status_name(self.doc.status),
                 self.tr("%1 doubtful").replace("%1", str(len(edits.doubts(self.doc.page))))]
        if article is not None:
            parts.insert(1, self.tr("Article %1").replace("%1", str(article + 1)))
        return "  ·  ".join(parts)

    def _update_status(self) -> None:
        self.status_label.setText(self._status_text(self.current_article() if self._doc else None))
        self.setWindowTitle(self.tr("%1 — proofer").replace("%1", self._key))

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | QKeySequence | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if name:
            action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_save = a(self.tr("&Save"), self.save_all, QKeySequence.StandardKey.Save, "save")
        self.act_open = a(self.tr("&Open Page…"), self._open_dialog, QKeySequence.StandardKey.Open, "open")
        self.act_open_issue = a(self.tr("Open &Issue Folder…"), self._open_folder_dialog, None, "openIssue")
        self.act_quit = a(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.act_undo, self.act_redo])
        # connected to their panels by gui/tools.py
        self.act_find = a(self.tr("Find and Replace…"), lambda: None, "Ctrl+F", "findReplace")
        self.act_mixed = a(self.tr("Check Mixed Script…"), lambda: None, None, "mixedScript")
        self.act_export = a(self.tr("Export…"), lambda: None, "Ctrl+E", "export")
        self.act_correct = a(self.tr("Correct Line Text"), self._edit_current, "F2", "correctLine")
        self.act_restore = a(self.tr("Restore Raw Text"), self.restore_raw_text, "Ctrl+Shift+R", "restoreRaw")
        self.act_split_line = a(self.tr("Split Line at Cursor (while correcting: Ctrl+Return)"),
                                self._edit_current, None, "splitLine")
        self.boundary_actions = {
            kind: a(style.boundary_name(kind), lambda k=kind: self.set_boundary(k), style.BOUNDARY_KEYS[kind],
                    f"boundary_{kind.value}")
            for kind in Boundary
        }
        self.role_actions = {
            role: a(style.role_name(role), lambda r=role: self.set_role(r), style.ROLE_KEYS[role], f"role_{role.value}")
            for role in Role
        }
        self.act_piece_up = a(self.tr("Move Piece Earlier in Article"), lambda: self.move_piece(-1), "Alt+Up",
                              "pieceUp")
        self.act_piece_down = a(self.tr("Move Piece Later in Article"), lambda: self.move_piece(1), "Alt+Down",
                                "pieceDown")
        self.act_split_article = a(self.tr("Split Article at This Line"), self.split_article_here, "Ctrl+Shift+S",
                                   "splitArticle")
        self.act_merge = a(self.tr("Merge with Next Article"), self.merge_with_next_article, "Ctrl+M", "merge")
        self.act_article_up = a(self.tr("Move Article Up"), lambda: self.move_article(-1), "Ctrl+Shift+Up",
                                "articleUp")
        self.act_article_down = a(self.tr("Move Article Down"), lambda: self.move_article(1), "Ctrl+Shift+Down",
                                  "articleDown")
        self.act_next_doubt = a(self.tr("Next Doubtful Decision"), lambda: self.next_doubt(True), "F8", "nextDoubt")
        self.act_prev_doubt = a(self.tr("Previous Doubtful Decision"), lambda: self.next_doubt(False), "Shift+F8",
                                "prevDoubt")
        self.act_accept = a(self.tr("Accept Decision"), self.accept_current, "F9", "accept")
        self.act_accept_all = a(self.tr("Accept All on This Page"), self.accept_all, "Ctrl+F9", "acceptAll")
        self.status_actions = {
            s: a(style.status_name(s), lambda st=s: self.set_status(st), None, f"status_{s.value}") for s in Status
        }
        self.status_actions[Status.REVIEWED].setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.act_next_page = a(self.tr("Next Page"), lambda: self.step_page(1), "Ctrl+PgDown", "nextPage")
        self.act_prev_page = a(self.tr("Previous Page"), lambda: self.step_page(-1), "Ctrl+PgUp", "prevPage")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addActions([self.act_open, self.act_open_issue, self.act_save])
        file.addSeparator()
        file.addAction(self.act_export)
        file.addSeparator()
        file.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions([self.act_correct, self.act_restore, self.act_split_line])
        edit.addSeparator()
        edit.addAction(self.act_find)
        line = bar.addMenu(self.tr("&Line"))
        line.addActions(list(self.boundary_actions.values()))
        line.addSeparator()
        roles = line.addMenu(self.tr("Role"))
        roles.addActions(list(self.role_actions.values()))
        self.move_menu = line.addMenu(self.tr("Move to Article"))
        self.move_menu.aboutToShow.connect(lambda: self._fill_move_menu(self.move_menu))
        line.addActions([self.act_piece_up, self.act_piece_down])
        article = bar.addMenu(self.tr("&Article"))
        article.addActions([self.act_split_article, self.act_merge, self.act_article_up, self.act_article_down])
        review = bar.addMenu(self.tr("&Review"))
        review.addActions([self.act_next_doubt, self.act_prev_doubt, self.act_accept, self.act_accept_all])
        review.addSeparator()
        status = review.addMenu(self.tr("Page Status"))
        status.addActions(list(self.status_actions.values()))
        review.addSeparator()
        review.addAction(self.act_mixed)
        go = bar.addMenu(self.tr("&Go"))
        go.addActions([self.act_next_page, self.act_prev_page])
        settings = bar.addMenu(self.tr("&Settings"))
        language = settings.addMenu(self.tr("Interface Language"))
        language.addActions(language_menu_actions(self))

    def _fill_move_menu(self, menu: QMenu) -> None:
        menu.clear()
        if self._doc is None:
            return
        for k, article in enumerate(self.doc.text().articles):
            label = self.tr("Article %1: %2").replace("%1", str(k + 1)).replace("%2", article.label[:24])
            act = menu.addAction(label)
            act.setObjectName(f"moveTo_{k}")
            act.triggered.connect(lambda _c=False, k=k: self.move_selection_to_article(k))

    def line_context_menu(self) -> QMenu:
        """The menu a right click on a line opens (built anew: the article list changes)."""
        menu = QMenu(self)
        menu.addActions(list(self.boundary_actions.values()))
        menu.addSeparator()
        roles = menu.addMenu(self.tr("Role"))
        roles.addActions(list(self.role_actions.values()))
        move = menu.addMenu(self.tr("Move to Article"))
        self._fill_move_menu(move)
        menu.addActions([self.act_piece_up, self.act_piece_down])
        menu.addSeparator()
        menu.addActions([self.act_split_article, self.act_merge, self.act_article_up, self.act_article_down])
        menu.addSeparator()
        menu.addActions([self.act_correct, self.act_restore, self.act_accept])
        return menu

    def article_context_menu(self, pos: int) -> QMenu:
        """The menu on the articles pane, acting on the article under the pointer."""
        menu = QMenu(self)
        article = self.articles.article_at(pos)
        if article < 0:
            return menu
        up = menu.addAction(self.tr("Move Article Up"))
        up.triggered.connect(lambda: self.push(commands.MoveArticle(self._apply, self.doc, article, -1)))
        down = menu.addAction(self.tr("Move Article Down"))
        down.triggered.connect(lambda: self.push(commands.MoveArticle(self._apply, self.doc, article, 1)))
        merge = menu.addAction(self.tr("Merge with Next Article"))
        merge.triggered.connect(
            lambda: self.push(commands.MergeArticles(self._apply, self.doc, article, article + 1))
        )
        return menu

    def _connect(self) -> None:
        self.page_list.currentRowChanged.connect(
            lambda row: self.show_page(self.issue.keys()[row]) if 0 <= row < len(self.issue.keys()) else None
        )
        self.lines.selectionModel().selectionChanged.connect(lambda *_: self._highlight_from_lines())
        self.lines.selectionModel().currentChanged.connect(lambda *_: self._highlight_from_lines())
        self.lines.customContextMenuRequested.connect(
            lambda p: self.line_context_menu().exec(self.lines.viewport().mapToGlobal(p))
        )
        self.articles.customContextMenuRequested.connect(self._article_menu_at)
        self.articles.lines_selected.connect(self._lines_from_articles)
        self.articles.lines_dropped.connect(self._dropped)
        self.line_model.correction_requested.connect(self.correct_line)
        self.delegate.split_requested.connect(self.split_line)

    def _article_menu_at(self, point: QPoint) -> None:
        pos = self.articles.cursorForPosition(point).position()
        self.article_context_menu(pos).exec(self.articles.viewport().mapToGlobal(point))

    def _edit_current(self) -> None:
        if self.lines.currentIndex().isValid():
            self.lines.edit(self.lines.currentIndex())

    def _open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Page"), "", self.tr("Pages (*.txt)"))
        if path:
            self.open_issue(Issue.open(path, self.issue.engine))

    def _open_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open Issue Folder"))
        if path:
            self.open_issue(Issue.open(path, self.issue.engine))

    def open_issue(self, issue: Issue) -> None:
        self.save_all()
        self.undo_stack.clear()
        self.issue, self._key, self._doc = issue, "", None
        self.page_list.blockSignals(True)
        self._fill_page_list()
        self.page_list.blockSignals(False)
        if issue.keys():
            self.show_page(issue.keys()[0])

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        sizes = self.settings.value("window/splitter")
        if isinstance(sizes, QByteArray):
            self.splitter.restoreState(sizes)
        else:
            self.splitter.setSizes([170, 520, 710])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_all()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
