"""The export dialog: collects scope, format, OpenCC conversion and folder, then lets
``app.export_files`` write one file per page and shows what was written."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..app import export as app_export
from ..app.export_files import ExportError, ExportReport, export_pages
from .sources import PageSource

PAGE, ISSUE = "page", "issue"
FOLDER_KEY = "export/folder"


class ExportDialog(QDialog):
    """``exported(list[str])``: the paths written by the last export."""

    exported = Signal(list)

    def __init__(self, source: PageSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("Export"))
        self.scope_combo = QComboBox(self)
        self.scope_combo.addItem(self.tr("Current page"), PAGE)
        self.scope_combo.addItem(self.tr("Whole issue (one file per page)"), ISSUE)
        self.format_combo = QComboBox(self)
        names = {
            "txt": self.tr("Plain text (.txt)"),
            "md": self.tr("Markdown (.md)"),
            "json": self.tr("Article JSON (.json)"),
            "docx": self.tr("Word document (.docx)"),
            "tei": self.tr("TEI XML (.xml)"),
        }
        for fmt in _formats():
            self.format_combo.addItem(names.get(fmt, fmt), fmt)
        self.conversion_combo = QComboBox(self)
        for label, config in (
            (self.tr("No conversion"), None),
            (self.tr("Simplified to Traditional (s2t)"), "s2t"),
            (self.tr("Simplified to Traditional, Taiwan (s2tw)"), "s2tw"),
            (self.tr("Simplified to Traditional, Hong Kong (s2hk)"), "s2hk"),
            (self.tr("Traditional to Simplified (t2s)"), "t2s"),
        ):
            self.conversion_combo.addItem(label, config)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setText(str(QSettings("proofer", "proofer").value(FOLDER_KEY, "") or ""))
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.report_view = QPlainTextEdit(self)
        self.report_view.setReadOnly(True)
        self.report_view.setPlaceholderText(self.tr("The files written will be listed here."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.export_button.setDefault(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Pages:"), self.scope_combo)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Conversion:"), self.conversion_combo)
        form.addRow(self.tr("Folder:"), folder_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self.browse)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 360)

    @Slot()
    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    @Slot()
    def export(self) -> ExportReport | None:
        """Write the files; the report (or the reason nothing was written) is shown in the dialog."""
        keys = self.source.page_keys() if self.scope_combo.currentData() == ISSUE else [self.source.current_page_key()]
        pages = [(key, self.source.page(key)) for key in keys]
        folder = self.folder_edit.text().strip()
        try:
            report = export_pages(pages, folder, self.format_combo.currentData(), self.conversion_combo.currentData())
        except ExportError as exc:
            self.report_view.setPlainText(self.tr("Nothing was written: %1").replace("%1", str(exc)))
            return None
        QSettings("proofer", "proofer").setValue(FOLDER_KEY, folder)
        lines = [self.tr("Wrote %n file(s):", "", len(report.written))]
        lines += [f"  {path}" for path in report.written]
        if report.failed:
            lines.append(self.tr("%n page(s) failed:", "", len(report.failed)))
            lines += [f"  {key}: {reason}" for key, reason in report.failed]
        self.report_view.setPlainText("\n".join(lines))
        self.exported.emit([str(p) for p in report.written])
        return report


def _formats() -> tuple[str, ...]:
    """The formats ``app.export`` offers (a later one, e.g. docx, appears without a change here)."""
    found: list[str] = []
    for name in ("TEXT_FORMATS", "BINARY_FORMATS", "FORMATS"):
        for fmt in getattr(app_export, name, ()):
            if fmt not in found:
                found.append(fmt)
    order = {fmt: i for i, fmt in enumerate(("txt", "md", "json", "docx", "tei"))}
    return tuple(sorted(found, key=lambda f: order.get(f, len(order))))
