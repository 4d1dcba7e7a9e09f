"""The tools wired into the editor window: find & replace, mixed-script check, export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from proofer.core.reconstruct import reconstruct
from test_window import DATA, open_window
from tools_support import type_text


def _issue(tmp_path: Path, stray: bool = False) -> Path:
    folder = tmp_path / "issue"
    folder.mkdir()
    shutil.copy(DATA / "seed.txt", folder / "a.txt")
    text = (DATA / "seed.txt").read_text("utf-8")
    if stray:
        text = text.replace("密云区总工会新就业形态劳", "密云区总工会新就業形态劳", 1)
    (folder / "b.txt").write_text(text, encoding="utf-8")
    return folder


def _body(window) -> str:
    page = window.doc.page
    return "".join(p.text for a in reconstruct(page.lines, page.decisions).articles for p in a.paragraphs)


def test_ctrl_f_opens_find_and_replace_all_over_the_issue_is_one_undo_step(qtbot, tmp_path):
    window = open_window(qtbot, _issue(tmp_path))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.tools.find_panel
    assert panel is not None and panel.isVisible()
    type_text(qtbot, panel.find_edit, "密云区")
    type_text(qtbot, panel.replace_edit, "密雲區")
    panel.scope_combo.setCurrentIndex(panel.scope_combo.findData("issue"))
    qtbot.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    per_page = sum(line.count("密云区") for line in (DATA / "seed.txt").read_text("utf-8").splitlines())
    assert len(panel.hits.proposals()) == 2 * per_page  # every hit of both pages, before replacing
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    assert "密云区" not in "\n".join(window.page_texts("a.txt")) + "\n".join(window.page_texts("b.txt"))
    assert "密雲區总工会" in _body(window)
    assert window.page("a.txt").lines[2].raw.startswith("日， 密云区")  # raw kept beside the correction
    window.undo_stack.undo()
    assert "密云区" in "\n".join(window.page_texts("a.txt")) and "密云区" in "\n".join(window.page_texts("b.txt"))


def test_mixed_script_check_finds_the_stray_traditional_character_and_fixes_it(qtbot, tmp_path):
    window = open_window(qtbot, _issue(tmp_path, stray=True))
    window.show_page("b.txt")
    window.act_mixed.trigger()
    panel = window.tools.script_panel
    assert panel is not None
    assert [(p.text, p.suggestion) for p in panel.hits.proposals()] == [("業", "业")]
    qtbot.mouseClick(panel.fix_all_button, Qt.MouseButton.LeftButton)
    assert "就業" not in "\n".join(window.page_texts("b.txt"))
    assert panel.hits.proposals() == []  # the list follows the edit
    window.undo_stack.undo()
    assert "就業" in "\n".join(window.page_texts("b.txt"))


def test_export_action_writes_the_current_page_as_article_json(qtbot, tmp_path):
    window = open_window(qtbot, _issue(tmp_path))
    out = tmp_path / "out"
    out.mkdir()
    window.act_export.trigger()
    dialog = next(w for w in window.findChildren(type(window.tools.show_export())) if w.isVisible())
    dialog.folder_edit.setText(str(out))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    report = dialog.export()
    assert report is not None and not report.failed
    (written,) = out.iterdir()
    data = json.loads(written.read_text("utf-8"))
    assert data["format"] == "proofer-articles" and data["articles"]


def test_tool_docks_are_created_only_when_asked_for(qtbot, tmp_path):
    window = open_window(qtbot, _issue(tmp_path))
    assert window.findChildren(QDockWidget) == []
    window.act_find.trigger()
    assert [d.objectName() for d in window.findChildren(QDockWidget)] == ["findDock"]
