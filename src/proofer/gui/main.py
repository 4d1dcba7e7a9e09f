"""Entry point of the editor window: ``proofer`` / ``proofer gui [PATH]``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..app.issue import Issue
from .window import SETTINGS_ORG, MainWindow


def resources_dir() -> Path:
    """``resources/`` at the project root, above ``src/`` (the project is installed editable)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "resources").is_dir():
            return parent / "resources"
    return here.parents[3] / "resources"


def install_translator(app: QApplication) -> None:
    """Chinese by default, once the i18n module (built in parallel) is merged."""
    try:
        i18n = importlib.import_module("proofer.gui.i18n")
    except ImportError:
        return
    i18n.install_translator(app)


def run(path: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(SETTINGS_ORG)
    app.setApplicationName("proofer")
    install_translator(app)  # type: ignore[arg-type]
    target = Path(path) if path is not None else resources_dir() / "sample" / "page.txt"
    if not target.exists():
        print(f"proofer: {target}: no such file or folder", file=sys.stderr)
        return 2
    issue = Issue.open(target)
    if not issue.keys():
        print(f"proofer: {target}: no pages (*.txt) in this folder", file=sys.stderr)
        return 2
    window = MainWindow(issue)
    if not window.current_page_key():
        print(f"proofer: {target}: cannot open {issue.keys()[0]}", file=sys.stderr)
        return 2
    window.show()
    return int(app.exec())
