"""Find and replace over the open page or the whole issue, with every hit previewed first.

The panel only collects the query and shows ``app.find``'s answer; a replacement reaches the
page through the source's ``apply_line_corrections`` as one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..app.find import FindError, Query, find_in_pages, replace_plan
from ..app.proposals import Proposal, count_changes
from .proposal_list import ProposalList
from .sources import PageSource

PAGE, ISSUE = "page", "issue"


class FindPanel(QWidget):
    """Find field, replace field, options, the list of hits and the replace buttons.

    ``replaced(int)`` says how many lines a replacement changed.
    """

    replaced = Signal(int)

    def __init__(self, source: PageSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self._searched = False

        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Text or pattern to find"))
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("Replacement (\\1 for a group in regex mode)"))
        self.regex_box = QCheckBox(self.tr("Regular expression"), self)
        self.case_box = QCheckBox(self.tr("Match case"), self)
        self.scope_combo = QComboBox(self)
        self.scope_combo.addItem(self.tr("This page"), PAGE)
        self.scope_combo.addItem(self.tr("Whole issue"), ISSUE)
        self.find_button = QPushButton(self.tr("Find"), self)
        self.find_button.setDefault(True)
        self.replace_selected_button = QPushButton(self.tr("Replace selected"), self)
        self.replace_all_button = QPushButton(self.tr("Replace all"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.hits = ProposalList(self)

        form = QFormLayout()
        form.addRow(self.tr("Find:"), self.find_edit)
        form.addRow(self.tr("Replace:"), self.replace_edit)
        options = QHBoxLayout()
        options.addWidget(self.regex_box)
        options.addWidget(self.case_box)
        options.addStretch(1)
        options.addWidget(QLabel(self.tr("Search in:"), self))
        options.addWidget(self.scope_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addStretch(1)
        buttons.addWidget(self.replace_selected_button)
        buttons.addWidget(self.replace_all_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.hits, 1)

        self.find_edit.returnPressed.connect(self.search)
        self.find_button.clicked.connect(self.search)
        self.replace_edit.textChanged.connect(self._options_changed)
        self.replace_edit.returnPressed.connect(self.search)
        self.regex_box.toggled.connect(self._options_changed)
        self.case_box.toggled.connect(self._options_changed)
        self.scope_combo.currentIndexChanged.connect(self._options_changed)
        self.hits.proposal_activated.connect(self._go_to)
        self.replace_selected_button.clicked.connect(self.replace_selected)
        self.replace_all_button.clicked.connect(self.replace_all)
        self._update_buttons()

    @Slot()
    def focus_find(self, text: str = "") -> None:
        """Ready for a new search (the host's Ctrl+F): ``text`` (e.g. the selection) or the last
        query, selected so that typing replaces it."""
        if text:
            self.find_edit.setText(text)
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def query(self) -> Query:
        return Query(self.find_edit.text(), self.regex_box.isChecked(), self.case_box.isChecked())

    def _keys(self) -> list[str]:
        if self.scope_combo.currentData() == ISSUE:
            return self.source.page_keys()
        return [self.source.current_page_key()]

    @Slot()
    def search(self) -> None:
        """Find every hit in the chosen scope and preview its replacement."""
        self._searched = True
        try:
            pages = ((key, self.source.page_texts(key)) for key in self._keys())
            hits = find_in_pages(pages, self.query(), self.replace_edit.text())
        except FindError as exc:
            self.hits.set_proposals([])
            self._show_error(self._message(exc))
        else:
            self.hits.set_proposals(hits)
            self._show_count(hits)
        self._update_buttons()

    @Slot()
    def refresh(self) -> None:
        """Search again after the pages changed (the host calls this on its own edits too)."""
        if self._searched and self.find_edit.text():
            self.search()

    @Slot()
    def replace_selected(self) -> None:
        chosen = self.hits.selected_proposals()
        if not chosen:
            self._show_error(self.tr("Select the hits to replace first."))
            return
        self._replace(chosen)

    @Slot()
    def replace_all(self) -> None:
        self._replace(self.hits.proposals())

    def _replace(self, chosen: list[Proposal]) -> None:
        try:
            plan = replace_plan(chosen, self.source.page_texts)
        except FindError as exc:
            self.search()
            self._show_error(self._message(exc))
            return
        if plan:
            label = self.tr("Replace “%1” with “%2”").replace("%1", self.find_edit.text())
            self.source.apply_line_corrections(plan, label.replace("%2", self.replace_edit.text()))
        changed = count_changes(plan)
        self.search()
        self.status_label.setText(self.tr("Replaced %n hit(s).", "", len(chosen)))
        self.replaced.emit(changed)

    def _options_changed(self) -> None:
        if self._searched and self.find_edit.text():
            self.search()

    def _message(self, error: FindError) -> str:
        """The error in the interface's language (the regex module's details stay English)."""
        messages = {
            FindError.EMPTY: self.tr("Type what to find."),
            FindError.PATTERN: self.tr("Bad regular expression: %1"),
            FindError.REPLACEMENT: self.tr("Bad replacement: %1"),
            FindError.TIMEOUT: self.tr("The regular expression takes too long; simplify it."),
            FindError.STALE: self.tr("The text changed since the search; the list is up to date again."),
        }
        return messages.get(error.reason, str(error)).replace("%1", error.detail)

    def _go_to(self, hit: Proposal) -> None:
        self.source.go_to(hit.page_key, hit.line, hit.start, hit.end)

    def _show_error(self, message: str) -> None:
        self.status_label.setStyleSheet("color: #b00020")
        self.status_label.setText(message)

    def _show_count(self, hits: list[Proposal]) -> None:
        self.status_label.setStyleSheet("")
        pages = len({h.page_key for h in hits})
        if not hits:
            self.status_label.setText(self.tr("No hits."))
        elif self.scope_combo.currentData() == ISSUE:
            text = self.tr("%n hit(s) on %1 page(s).", "", len(hits))
            self.status_label.setText(text.replace("%1", str(pages)))
        else:
            self.status_label.setText(self.tr("%n hit(s).", "", len(hits)))

    def _update_buttons(self) -> None:
        has_hits = bool(self.hits.list_model.rowCount())
        self.replace_selected_button.setEnabled(has_hits)
        self.replace_all_button.setEnabled(has_hits)
