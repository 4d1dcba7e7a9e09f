import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from proofer.app import export as app_export
from proofer.gui.export_dialog import ExportDialog
from tools_support import MIXED_KEY, FakeSource, isolate_settings, type_text


@pytest.fixture(autouse=True)
def settings(tmp_path):
    isolate_settings(tmp_path)


@pytest.fixture
def source() -> FakeSource:
    return FakeSource()


@pytest.fixture
def dialog(qtbot, source) -> ExportDialog:
    widget = ExportDialog(source)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_formats_and_conversions_are_offered(dialog):
    formats = [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())]
    assert sorted(formats) == sorted(app_export.ALL_FORMATS)
    conversions = [dialog.conversion_combo.itemData(i) for i in range(dialog.conversion_combo.count())]
    assert conversions == [None, "s2t", "s2tw", "s2hk", "t2s"]


def test_a_format_added_to_app_export_appears_in_the_dialog(qtbot, source, monkeypatch):
    monkeypatch.setattr(app_export, "TEXT_FORMATS", (*app_export.TEXT_FORMATS, "docx"), raising=False)
    dialog = ExportDialog(source)
    qtbot.addWidget(dialog)
    index = dialog.format_combo.findData("docx")
    assert index >= 0 and "Word" in dialog.format_combo.itemText(index)


def test_exporting_the_current_page_writes_one_converted_file_and_reports_it(qtbot, dialog, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    choose(dialog.format_combo, "md")
    choose(dialog.conversion_combo, "s2t")
    type_text(qtbot, dialog.folder_edit, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = out / "seed.s2t.md"
    assert [p.name for p in out.iterdir()] == ["seed.s2t.md"]
    assert "本報訊" in written.read_text("utf-8")
    assert str(written) in dialog.report_view.toPlainText()


def test_exporting_the_issue_writes_one_file_per_page(qtbot, dialog, source, tmp_path):
    choose(dialog.scope_combo, "issue")
    choose(dialog.format_combo, "json")
    dialog.folder_edit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.exported) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    names = sorted(p.name for p in tmp_path.glob("*.json"))
    assert names == ["front.articles.json", "mixed.articles.json", "seed.articles.json"]
    assert len(signal.args[0]) == 3
    assert "3" in dialog.report_view.toPlainText()


def test_exported_text_carries_the_corrections_made_in_the_editor(qtbot, dialog, source, tmp_path):
    source.current = MIXED_KEY
    source.apply_line_corrections({MIXED_KEY: {10: "充分发挥工会组织送温暖示范带"}}, "fix")
    choose(dialog.format_combo, "txt")
    dialog.folder_edit.setText(str(tmp_path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = (tmp_path / "mixed.export.txt").read_text("utf-8")
    assert "工会组织送温暖" in text and "組織" not in text


def test_without_a_folder_nothing_is_written_and_the_reason_shown(qtbot, dialog):
    dialog.folder_edit.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Nothing was written" in dialog.report_view.toPlainText()
    assert "folder" in dialog.report_view.toPlainText()


def test_browse_fills_the_folder_and_the_folder_is_remembered(qtbot, dialog, source, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == str(tmp_path)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    again = ExportDialog(source)
    qtbot.addWidget(again)
    assert again.folder_edit.text() == str(tmp_path)


def test_close_rejects_the_dialog(qtbot, dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
