"""A window killed with SIGKILL loses no edit older than the autosave interval."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from proofer.app.document import PageDocument
from proofer.core.model import Role

DATA = Path(__file__).parent / "data"
AUTOSAVE_MS = 300

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from proofer.app.issue import Issue
from proofer.core.model import Role
from proofer.gui.window import MainWindow

page, autosave = Path(sys.argv[1]), int(sys.argv[2])
app = QApplication([])
settings = QSettings(str(page.parent / "settings.ini"), QSettings.Format.IniFormat)
window = MainWindow(Issue.open(page), autosave_ms=autosave, settings=settings)
window.show()
window.select_line(int(sys.argv[3]))
window.role_actions[Role.NOISE].trigger()
print("edited", flush=True)
app.exec()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_after_an_edit_keeps_the_edit_once_autosave_ran(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    shutil.copy(DATA / "seed.txt", page)
    row = next(i for i, t in enumerate(page.read_text("utf-8").split("\n")) if t.startswith("据了解， 为推动"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(page), str(AUTOSAVE_MS), str(row)],
        stdout=subprocess.PIPE, env=env, text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "edited"
        time.sleep(AUTOSAVE_MS / 1000 * 10)  # well past the autosave interval
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    reopened = PageDocument.open(page)
    assert reopened.page.decisions.role(row) is Role.NOISE
    assert reopened.page.decisions.roles[row].by_person
