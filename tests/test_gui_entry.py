"""``proofer gui``: opens the bundled sample without a path, refuses what is not there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from proofer.gui import main
from proofer.gui.window import MainWindow


def test_the_bundled_sample_is_found_beside_the_package() -> None:
    sample = main.resources_dir() / "sample" / "page.txt"
    assert sample.is_file()


def test_gui_refuses_a_missing_path(qapp, tmp_path: Path) -> None:
    assert main.run(tmp_path / "nothing.txt") == 2


def test_gui_without_a_path_opens_the_sample_and_writes_nothing_beside_it(qapp, tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    seen: list[str] = []

    def close_windows() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow):
                seen.append(w.current_page_key())
                w.close()

    QTimer.singleShot(200, close_windows)
    assert main.run(None) == 0
    assert seen == ["page.txt"]
    sample_dir = main.resources_dir() / "sample"
    assert sorted(p.name for p in sample_dir.iterdir()) == ["page.txt"]
