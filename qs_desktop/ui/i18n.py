"""Interface languages: Chinese source strings, English from resources/i18n/qs_desktop_en.ts.

Rebuild after changing user-facing strings (keeps existing translations, marks new ones
unfinished in the .ts for a translator, then compiles the shipped .qm):

    python -m qs_desktop.ui.i18n
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qs_desktop.paths import I18N_DIR

LANGUAGES = ("zh", "en")
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, lang: str) -> None:
    """Swap the installed translators: ours (.qm from resources/i18n) and Qt's own dialogs."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    english = lang == "en"
    QLocale.setDefault(QLocale("en_US" if english else "zh_CN"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qs_desktop_en", str(I18N_DIR))] if english else [("qtbase_zh_CN", qt_dir)]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def build() -> None:
    ui_dir = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in ui_dir.glob("*.py"))
    ts = I18N_DIR / "qs_desktop_en.ts"
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    bin_dir = Path(sys.executable).parent
    lupdate = shutil.which("pyside6-lupdate", path=str(bin_dir)) or "pyside6-lupdate"
    lrelease = shutil.which("pyside6-lrelease", path=str(bin_dir)) or "pyside6-lrelease"
    subprocess.run([lupdate, "-no-obsolete", "-source-language", "zh_CN", "-target-language", "en",
                    *sources, "-ts", str(ts)], check=True)
    subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    build()
