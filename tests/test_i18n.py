import os
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from proofer.gui import i18n
from proofer.gui.export_dialog import ExportDialog
from proofer.gui.find_panel import FindPanel
from proofer.gui.script_panel import ScriptCheckPanel
from tools_support import FakeSource, isolate_settings

TS = i18n.I18N_DIR / "tools_zh_CN.ts"


@pytest.fixture(autouse=True)
def isolated(qapp, tmp_path, monkeypatch):
    isolate_settings(tmp_path)
    monkeypatch.setattr(i18n, "_cache_dir", lambda: tmp_path / "cache")
    (tmp_path / "cache").mkdir()
    yield
    i18n.install_translator(qapp, "en")  # leave the shared application in English


def panel_texts(qtbot) -> dict[str, str]:
    source = FakeSource()
    find, script, export = FindPanel(source), ScriptCheckPanel(source), ExportDialog(source)
    for widget in (find, script, export):
        qtbot.addWidget(widget)
    return {
        "replace_all": find.replace_all_button.text(),
        "fix_all": script.fix_all_button.text(),
        "export": export.export_button.text(),
        "close": export.buttons.button(QDialogButtonBox.StandardButton.Close).text(),
    }


def test_the_translations_directory_is_the_repositorys():
    assert TS.is_file()
    assert (i18n.I18N_DIR.parents[1] / "pyproject.toml").is_file()


def test_chinese_is_used_when_asked_for(qapp, qtbot):
    assert i18n.install_translator(qapp, "zh_CN") == "zh_CN"
    texts = panel_texts(qtbot)
    assert texts["replace_all"] == "全部替换"
    assert texts["fix_all"] == "全部修正"
    assert texts["export"] == "导出"
    assert texts["close"] == "关闭"  # Qt's own translation of the standard buttons


def test_english_is_used_when_asked_for(qapp, qtbot):
    i18n.install_translator(qapp, "zh_CN")
    assert i18n.install_translator(qapp, "en") == "en"
    texts = panel_texts(qtbot)
    assert texts["replace_all"] == "Replace all" and texts["close"] == "Close"


def test_the_saved_setting_decides_the_language(qapp, qtbot, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    i18n.set_language("en")
    assert i18n.install_translator(qapp) == "en"
    i18n.set_language("zh_CN")
    assert i18n.install_translator(qapp) == "zh_CN"
    assert panel_texts(qtbot)["fix_all"] == "全部修正"


def test_an_english_system_locale_gives_english_without_a_setting(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.install_translator(qapp) == "en"
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    assert i18n.install_translator(qapp) == "zh_CN"


def test_an_unknown_language_setting_is_refused():
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_a_broken_translation_falls_back_to_english_with_a_warning(qapp, qtbot, tmp_path, caplog):
    broken = tmp_path / "i18n"
    broken.mkdir()
    shutil.copy(TS, broken / TS.name)
    (broken / "window_zh_CN.ts").write_text('<?xml version="1.0"?><TS version="2.1"><context><name>X', "utf-8")
    assert i18n.install_translator(qapp, "zh_CN", broken) == "en"
    assert "window_zh_CN.ts" in caplog.text
    assert panel_texts(qtbot)["replace_all"] == "Replace all"


def test_a_missing_lrelease_falls_back_to_english(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    assert i18n.install_translator(qapp, "zh_CN") == "en"


def test_the_compiled_translation_is_reused_until_the_source_is_newer(qapp, tmp_path):
    own = tmp_path / "own"
    own.mkdir()
    ts = own / TS.name
    shutil.copy(TS, ts)
    i18n.install_translator(qapp, "zh_CN", own)
    (qm,) = (tmp_path / "cache").glob("tools_zh_CN-*.qm")
    first = qm.stat().st_mtime_ns
    i18n.install_translator(qapp, "zh_CN", own)
    assert qm.stat().st_mtime_ns == first
    ts.write_text(ts.read_text("utf-8").replace("全部替换", "统统替换"), "utf-8")
    later = time.time() + 5
    os.utime(ts, (later, later))
    i18n.install_translator(qapp, "zh_CN", own)
    assert qm.stat().st_mtime_ns != first
    assert QApplication.translate("FindPanel", "Replace all") == "统统替换"


def test_every_string_of_the_tools_is_translated():
    text = TS.read_text("utf-8")
    assert 'type="unfinished"' not in text and "<translation></translation>" not in text
    assert Path(i18n.lrelease_command()[0]).exists()  # type: ignore[index]


def test_a_folder_without_translations_falls_back_to_english(qapp, tmp_path):
    assert i18n.install_translator(qapp, "zh_CN", tmp_path) == "en"
