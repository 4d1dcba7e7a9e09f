"""Wiring of the standalone tools into the editor window: find & replace, mixed-script check,
export, and the interface language.

The panels only know the window's ``PageSource`` methods; they are built on first use so that
opening a window stays fast, and refreshed after every edit or page switch while visible.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QWidget

from .export_dialog import ExportDialog
from .find_panel import FindPanel
from .i18n import chosen_language, set_language
from .script_panel import ScriptCheckPanel
from .sources import PageSource


def tr(text: str) -> str:
    return QCoreApplication.translate("Tools", text)


class Tools:
    """The docks and dialog of the tools, attached to a window that is a ``PageSource``."""

    def __init__(self, window: QMainWindow, find: QAction, mixed: QAction, export: QAction) -> None:
        self.window = window
        self.source: PageSource = window  # type: ignore[assignment]
        self.find_panel: FindPanel | None = None
        self.script_panel: ScriptCheckPanel | None = None
        self._docks: dict[str, QDockWidget] = {}
        for action, slot in ((find, self.show_find), (mixed, self.show_script_check), (export, self.show_export)):
            action.setEnabled(True)
            action.triggered.connect(lambda _checked=False, s=slot: s())

    def _dock(self, name: str, title: str, make: Callable[[], QWidget]) -> QDockWidget:
        dock = self._docks.get(name)
        if dock is None:
            dock = QDockWidget(title, self.window)
            dock.setObjectName(name)
            dock.setWidget(make())
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            self._docks[name] = dock
        dock.show()
        dock.raise_()
        return dock

    def show_find(self) -> FindPanel:
        if self.find_panel is None:
            self.find_panel = FindPanel(self.source)
        self._dock("findDock", tr("Find and Replace"), lambda: self.find_panel)  # type: ignore[arg-type,return-value]
        self.find_panel.focus_find()
        return self.find_panel

    def show_script_check(self) -> ScriptCheckPanel:
        if self.script_panel is None:
            self.script_panel = ScriptCheckPanel(self.source)
        else:
            self.script_panel.refresh()
        self._dock("scriptDock", tr("Mixed Script"), lambda: self.script_panel)  # type: ignore[arg-type,return-value]
        return self.script_panel

    def show_export(self) -> ExportDialog:
        dialog = ExportDialog(self.source, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def page_changed(self) -> None:
        """After an edit, an undo or a page switch: visible result lists follow the text."""
        for name, panel in (("findDock", self.find_panel), ("scriptDock", self.script_panel)):
            dock = self._docks.get(name)
            if panel is not None and dock is not None and dock.isVisible():
                panel.refresh()


def language_menu_actions(parent: QWidget) -> list[QAction]:
    """中文 / English choices; the choice is stored and takes effect on the next start."""
    group = QActionGroup(parent)
    current = chosen_language()
    actions = []
    for code, label in (("zh_CN", "中文"), ("en", "English")):
        action = QAction(label, parent)
        action.setCheckable(True)
        action.setChecked(current == code)
        action.setObjectName(f"language_{code}")
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: _choose(parent, c))
        actions.append(action)
    return actions


def _choose(parent: QWidget, code: str) -> None:
    set_language(code)
    QMessageBox.information(parent, "proofer", tr("The interface language changes when proofer starts again."))
