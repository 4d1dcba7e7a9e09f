"""Save a screenshot of the editor window on the bundled sample page (for the README).

Run under a real X server (Xvfb) or offscreen: ``QT_QPA_PLATFORM=offscreen python scripts/screenshot.py OUT.png``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from proofer.app.issue import Issue
from proofer.gui.i18n import install_translator
from proofer.gui.main import resources_dir
from proofer.gui.window import MainWindow


def main(out: str) -> int:
    app = QApplication(sys.argv[:1])
    install_translator(app, "zh_CN")
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Issue.open(resources_dir() / "sample" / "page.txt"), settings=settings)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        window.go_to(window.current_page_key(), 200)  # the headline block of the first article
        app.processEvents()
        window.grab().save(out)
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png"))
