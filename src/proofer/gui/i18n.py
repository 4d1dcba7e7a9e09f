"""The UI's language: Simplified Chinese by default, English when the settings or the system
locale ask for it.

Translations live as Qt Linguist sources (``resources/i18n/*_zh_CN.ts``) and are compiled to
``.qm`` at run time with PySide6's ``lrelease`` into a per-user cache, again whenever a ``.ts``
is newer than its ``.qm``. Anything that goes wrong falls back to English with a warning.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QStandardPaths, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parents[3] / "resources" / "i18n"  # src/proofer/gui -> repo
LANGUAGES = ("zh_CN", "en")
SETTINGS_KEY = "ui/language"
_MARK = "proofer-translator"  # objectName of the translators installed here, to replace them


class TranslationError(Exception):
    pass


def settings() -> QSettings:
    return QSettings("proofer", "proofer")


def set_language(language: str) -> None:
    """Remember the UI language ("zh_CN" or "en"); it takes effect on the next start."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    settings().setValue(SETTINGS_KEY, language)


def system_language() -> str:
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh_CN"


def chosen_language(language: str | None = None) -> str:
    """The language asked for: the argument, else the setting, else the system's."""
    if language in LANGUAGES:
        return language
    stored = settings().value(SETTINGS_KEY)
    if stored in LANGUAGES:
        return str(stored)
    return system_language()


def install_translator(app: QApplication, language: str | None = None, i18n_dir: Path = I18N_DIR) -> str:
    """Install the translators of ``language`` (default: the chosen one); returns the language
    in use, "en" when the Chinese translations could not be loaded."""
    for old in app.findChildren(QTranslator, _MARK):
        app.removeTranslator(old)
        old.deleteLater()
    wanted = chosen_language(language)
    if wanted == "en":
        return "en"
    try:
        translators = [_load(app, qm) for qm in _compiled(sorted(i18n_dir.glob(f"*_{wanted}.ts")), i18n_dir)]
    except TranslationError as exc:
        log.warning("proofer: %s; the interface stays in English", exc)
        return "en"
    qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{wanted}.qm"
    if qt_own.is_file():  # Qt's standard buttons and dialogs; missing is harmless
        try:
            translators.append(_load(app, qt_own))
        except TranslationError as exc:
            log.warning("proofer: %s", exc)
    for translator in translators:
        app.installTranslator(translator)
    return wanted


def _load(app: QApplication, qm: Path) -> QTranslator:
    translator = QTranslator(app)
    translator.setObjectName(_MARK)
    if not translator.load(str(qm)):
        translator.deleteLater()
        raise TranslationError(f"cannot load {qm.name}")
    return translator


def _compiled(sources: list[Path], folder: Path) -> list[Path]:
    if not sources:
        raise TranslationError(f"no translations in {folder}")
    cache = _cache_dir()
    out = []
    for ts in sources:
        # The path's hash keeps two checkouts from sharing (and wrongly reusing) one .qm.
        qm = cache / f"{ts.stem}-{hashlib.sha1(str(ts.resolve()).encode()).hexdigest()[:10]}.qm"
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            _lrelease(ts, qm)
        out.append(qm)
    return out


def _cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    folder = Path(base) / "i18n" if base else Path(tempfile.gettempdir()) / "proofer-i18n"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path(tempfile.mkdtemp(prefix="proofer-i18n-"))
    return folder


def lrelease_command() -> list[str] | None:
    """PySide6's lrelease: the bundled binary, else the pyside6-lrelease wrapper, else Qt's."""
    import PySide6

    package = Path(PySide6.__file__).parent
    exe = ".exe" if sys.platform == "win32" else ""
    for candidate in (package / f"lrelease{exe}", package / "Qt" / "libexec" / f"lrelease{exe}"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    wrapper = Path(sys.executable).parent / f"pyside6-lrelease{exe}"
    found = str(wrapper) if wrapper.is_file() else shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def _lrelease(ts: Path, qm: Path) -> None:
    command = lrelease_command()
    if command is None:
        raise TranslationError("lrelease not found (it comes with PySide6)")
    tmp = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
    try:
        done = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(tmp)], capture_output=True, text=True, timeout=60
        )
        if done.returncode != 0 or not tmp.is_file() or tmp.stat().st_size == 0:
            reason = (done.stderr or done.stdout).strip().splitlines()
            raise TranslationError(f"cannot compile {ts.name}: {reason[0] if reason else 'lrelease failed'}")
        os.replace(tmp, qm)
    except (OSError, subprocess.SubprocessError) as exc:
        raise TranslationError(f"cannot compile {ts.name}: {exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
