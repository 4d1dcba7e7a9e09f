"""The window's strings have finished Simplified Chinese translations that compile."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "window_zh_CN.ts"


def test_every_window_string_is_translated_and_finished() -> None:
    root = ET.parse(TS).getroot()
    messages = root.findall(".//message")
    assert len(messages) > 50
    for m in messages:
        t = m.find("translation")
        assert t is not None and t.get("type") is None and (t.text or "").strip(), m.findtext("source")
        # placeholders survive translation
        source = m.findtext("source") or ""
        for ph in ("%1", "%2"):
            assert (ph in source) == (ph in (t.text or "")), source


def test_the_translations_compile_and_load(qapp, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    qm = tmp_path / "window_zh_CN.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(qm)], check=True, capture_output=True)
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Next Doubtful Decision") == "下一处存疑"
