"""Interface languages: Chinese source strings, English from resources/i18n/qs_desktop_en.ts.

Rebuild after changing user-facing strings (keeps existing translations, marks new ones
unfinished in the .ts for a translator, then compiles the shipped .qm):

    python -m qs_desktop.ui.i18n

After a merge conflict in the .ts file, keep either side and fold in the other side's
translations (both sides' strings come back from the code itself):

    git show OTHER:resources/i18n/qs_desktop_en.ts > /tmp/other.ts
    git checkout --ours resources/i18n/qs_desktop_en.ts
    python -m qs_desktop.ui.i18n --merge /tmp/other.ts
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qs_desktop.core.message import Message
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


def _translations(ts: Path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                found[(name, message.findtext("source"))] = translation.text
    return found


def _fill(ts: Path, known: dict[tuple[str, str], str]) -> None:
    tree = ElementTree.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = known.get((name, message.findtext("source")))
            if text and translation is not None and translation.get("type") == "unfinished":
                translation.text = text
                del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


_ERRORS = {"QsError", "UsageError", "NotFound", "InvalidInput", "DatabaseError", "UnusableDatabase", "StorageFull",
           "BusyError", "FileRejected"}


def said_templates(package: Path) -> list[str]:
    """Every `said("…")` template below `package`, and the fixed messages the operations' errors
    carry (`InvalidInput("请填写进展情况。")`), sorted: what the UI may have to say in English."""
    found = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            name = getattr(node.func, "id", None)
            if name == "said" or (name in _ERRORS and path.parent.name == "ops"):
                found.add(node.args[0].value)
    return sorted(found)


def translate_said(message: Message) -> str:
    """A `core.message.Message` in the interface language (context "Outcome"), with the
    sentences among its parameters translated too."""
    params = tuple((k, translate_said(v) if isinstance(v, Message) else v) for k, v in message.params)
    return Message(message.template, params).render(QCoreApplication.translate("Outcome", message.template))


def build(merge: Path | None = None) -> None:
    ui_dir = Path(__file__).resolve().parent
    outcomes = Path(tempfile.mkdtemp()) / "outcomes.py"  # lupdate reads the ops' templates from here
    outcomes.write_text("".join(f"QT_TRANSLATE_NOOP({'Outcome'!r}, {t!r})\n" for t in said_templates(ui_dir.parent)),
                        encoding="utf-8")
    sources = sorted(str(p) for p in ui_dir.glob("*.py")) + [str(outcomes)]
    ts = I18N_DIR / "qs_desktop_en.ts"
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    bin_dir = Path(sys.executable).parent
    lupdate = shutil.which("pyside6-lupdate", path=str(bin_dir)) or "pyside6-lupdate"
    lrelease = shutil.which("pyside6-lrelease", path=str(bin_dir)) or "pyside6-lrelease"
    update = [lupdate, "-no-obsolete", "-locations", "none", "-source-language", "zh_CN", "-target-language", "en", *sources, "-ts", str(ts)]
    subprocess.run(update, check=True)
    if merge is not None:
        _fill(ts, _translations(merge))
        subprocess.run(update, check=True)  # back to lupdate's own layout
    subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m qs_desktop.ui.i18n", description=__doc__.splitlines()[0])
    parser.add_argument("--merge", type=Path, metavar="OTHER.ts", help="also take finished translations from this file")
    build(parser.parse_args().merge)
