"""Entry point of the editor window: ``proofer`` / ``proofer gui [PATH]``."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ..app.issue import Issue
from .i18n import install_translator
from .window import SETTINGS_ORG, MainWindow


def resources_dir() -> Path:
    """``resources/`` at the project root, above ``src/`` (the project is installed editable)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "resources").is_dir():
            return parent / "resources"
    return here.parents[3] / "resources"



def run(path: Path | None, review: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(SETTINGS_ORG)
    app.setApplicationName("proofer")
    install_translator(app)  # Chinese by default, English by locale or setting
    target = Path(path) if path is not None else resources_dir() / "sample" / "page.txt"
    if not target.exists():
        print(f"proofer: {target}: no such file or folder", file=sys.stderr)
        return 2
    if review is not None:
        try:
            issue = Issue.review_queue(review, path)
        except ValueError as exc:
            print(f"proofer: {exc}", file=sys.stderr)
            return 2
        if not issue.keys():
            print(f"proofer: {review}: no page waits for review", file=sys.stderr)
            return 0
        target = review
    else:
        issue = Issue.open(target)
    if not issue.keys():
        print(f"proofer: {target}: no pages (*.txt) in this folder", file=sys.stderr)
        return 2
    window = MainWindow(issue)
    if not window.current_page_key():
        print(f"proofer: {target}: cannot open {issue.keys()[0]}", file=sys.stderr)
        return 2
    window.show()
    # a terminal's Ctrl+C or a session's SIGTERM closes the window the normal way (saving);
    # the idle timer lets Python run its signal handlers while Qt's loop waits
    previous = {sig: signal.signal(sig, lambda *_: window.close()) for sig in (signal.SIGINT, signal.SIGTERM)}
    pulse = QTimer()
    pulse.timeout.connect(lambda: None)
    pulse.start(300)
    try:
        return int(app.exec())
    finally:
        pulse.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
