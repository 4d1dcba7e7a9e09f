"""The mixed-script check: characters of the other script (級 in a simplified page), each with
the character of the page's own script proposed in its place."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..app.proposals import Proposal, StaleProposal, count_changes, plan_for
from ..app.script_check import check_pages
from .proposal_list import ProposalList
from .sources import PageSource

PAGE, ISSUE = "page", "issue"


class ScriptCheckPanel(QWidget):
    """Lists the stray characters of the current page (or the issue); "Fix" and "Fix all"
    correct them through the source in one undoable step. ``fixed(int)``: lines changed."""

    fixed = Signal(int)

    def __init__(self, source: PageSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.scope_combo = QComboBox(self)
        self.scope_combo.addItem(self.tr("This page"), PAGE)
        self.scope_combo.addItem(self.tr("Whole issue"), ISSUE)
        self.script_combo = QComboBox(self)
        self.script_combo.addItem(self.tr("Page's main script"), None)
        self.script_combo.addItem(self.tr("Simplified"), "simplified")
        self.script_combo.addItem(self.tr("Traditional"), "traditional")
        self.check_button = QPushButton(self.tr("Check again"), self)
        self.fix_button = QPushButton(self.tr("Fix selected"), self)
        self.fix_all_button = QPushButton(self.tr("Fix all"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.hits = ProposalList(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Check:"), self))
        top.addWidget(self.scope_combo)
        top.addWidget(QLabel(self.tr("Expected script:"), self))
        top.addWidget(self.script_combo)
        top.addStretch(1)
        top.addWidget(self.check_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hits, 1)
        layout.addLayout(buttons)

        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.script_combo.currentIndexChanged.connect(self.refresh)
        self.check_button.clicked.connect(self.refresh)
        self.fix_button.clicked.connect(self.fix_selected)
        self.fix_all_button.clicked.connect(self.fix_all)
        self.hits.proposal_activated.connect(self._go_to)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Check again (the host calls this when the current page or its text changed)."""
        keys = self.source.page_keys() if self.scope_combo.currentData() == ISSUE else [self.source.current_page_key()]
        hits = check_pages(((key, self.source.page_texts(key)) for key in keys), self.script_combo.currentData())
        self.hits.set_proposals(hits)
        self.status_label.setStyleSheet("")
        if hits:
            self.status_label.setText(self.tr("%n character(s) of the other script.", "", len(hits)))
        else:
            self.status_label.setText(self.tr("No characters of the other script."))
        self.fix_button.setEnabled(bool(hits))
        self.fix_all_button.setEnabled(bool(hits))

    @Slot()
    def fix_selected(self) -> None:
        chosen = self.hits.selected_proposals()
        if not chosen:
            self._show_error(self.tr("Select the characters to fix first."))
            return
        self._fix(chosen, self.tr("Fix %n character(s) of the other script", "", len(chosen)))

    @Slot()
    def fix_all(self) -> None:
        chosen = self.hits.proposals()
        self._fix(chosen, self.tr("Fix all %n character(s) of the other script", "", len(chosen)))

    def _fix(self, chosen: list[Proposal], label: str) -> None:
        try:
            plan = plan_for(chosen, self.source.page_texts)
        except StaleProposal:
            self.refresh()
            self._show_error(self.tr("The text changed since the check; the list is up to date again."))
            return
        if plan:
            self.source.apply_line_corrections(plan, label)
        self.refresh()
        self.fixed.emit(count_changes(plan))

    def _go_to(self, hit: Proposal) -> None:
        self.source.go_to(hit.page_key, hit.line, hit.start, hit.end)

    def _show_error(self, message: str) -> None:
        self.status_label.setStyleSheet("color: #b00020")
        self.status_label.setText(message)
