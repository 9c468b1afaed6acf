"""`qs-desktop`: start the desktop workspace (or render it to a PNG with --screenshot)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSettings,
    QTimer,
)
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from qs_desktop import errorlog
from qs_desktop.core.dates import parse_iso_date
from qs_desktop.core.errors import DatabaseError, QsError, UnusableDatabase
from qs_desktop.drive import storage_warning
from qs_desktop.fsutil import atomic_write
from qs_desktop.ops import setup
from qs_desktop.ops.office import get_office
from qs_desktop.paths import ENV_DB, FONTS_DIR, resolve_db_path
from qs_desktop.store.lock import lock_owner

from .context import AppContext, app_settings
from .errors import describe
from .i18n import LANGUAGES, install_language, translate_said
from .instance import SingleInstance, ask_first_window_forward

SHIPPED_FONTS = ("wqy-microhei.ttc", "uming.ttc")  # UI face first, print face second


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="qs-desktop", description="沁水生态环境重点任务台账")
    parser.add_argument("--db", help="数据库文件（默认：用户数据目录或 QS_LEDGER_DB）")
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="界面语言：zh 简体中文（默认）或 en English"
    )
    parser.add_argument("--as-of", dest="as_of", help="截至日期 YYYY-MM-DD（默认：今天）")
    parser.add_argument("--page", type=_page,
                        help=f"启动时显示的页面：{' / '.join(_page_keys())}（统计页的按单位表：dashboard/units）")
    parser.add_argument("--task", help="启动时选中的任务编号，如 air-2022:2")
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="把主窗口（1280×800）画成 PNG 后退出"
    )
    return parser.parse_args(argv)


def _page_keys() -> list[str]:
    from .main_window import PAGES

    return [spec.key for spec in PAGES]


def _page(key: str) -> str:
    if key.partition("/")[0] not in _page_keys():
        raise argparse.ArgumentTypeError(f"没有“{key}”页面，可用的页面：{' / '.join(_page_keys())}")
    return key


def register_fonts() -> list[str]:
    """Register the shipped CJK fonts; make the first the UI font if the system has no CJK face."""
    families: list[str] = []
    for name in SHIPPED_FONTS:
        path = FONTS_DIR / name
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    current = QApplication.font().family()
    has_cjk = QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(current)
    if families and not has_cjk:
        font = QApplication.font()
        font.setFamilies([current, families[0]])
        QApplication.setFont(font)
    return families


def apply_style(app: QApplication) -> None:
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#f4f5f7",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f7f8fa",
        QPalette.ColorRole.Button: "#f4f5f7",
        QPalette.ColorRole.Text: "#1f2328",
        QPalette.ColorRole.WindowText: "#1f2328",
        QPalette.ColorRole.ButtonText: "#1f2328",
        QPalette.ColorRole.Highlight: "#2f6db5",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#fffbe6",
        QPalette.ColorRole.ToolTipText: "#1f2328",
        QPalette.ColorRole.PlaceholderText: "#8a9099",
        QPalette.ColorRole.Mid: "#c9ced6",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a9099"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8a9099"))
    app.setPalette(palette)
    app.setStyleSheet(
        "QListWidget#nav { background: #e9ecf1; border: none; outline: 0; font-size: 15px;"
        " padding-top: 8px; }"
        "QListWidget#nav::item { padding-left: 18px; border-left: 3px solid transparent; }"
        "QListWidget#nav::item:selected { background: #ffffff; color: #1f2328;"
        " border-left: 3px solid #2f6db5; font-weight: bold; }"
        "QListWidget#nav::item:hover:!selected { background: #dfe3ea; }"
        "QStatusBar { color: #4b525c; }"
    )
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)


def open_store(db_path: Path, *, read_only: bool = False, recover: bool = False, create: bool = False):
    """Open the ledger; with `recover`, a file that cannot be used opens the recovery screen."""
    from qs_desktop.ops import backups

    from .database_menu import recover as recovery_screen

    while True:
        try:
            return setup.open_ledger(db_path, read_only=read_only, create=create, defer_check=True)
        except UnusableDatabase as exc:
            if recover and recovery_screen(db_path, translate_said(exc.said)):
                continue
            raise UnusableDatabase(backups.unusable(exc, db_path), details=exc.details) from exc


def may_create(db_path: Path, explicit: bool) -> bool:
    """Whether a missing ledger may be created: always at the default place on first start; a file
    named on the command line (or in QS_LEDGER_DB) only when the user says so — a shortcut to a USB
    stick that is not plugged in must not quietly open an empty ledger. Exits when the user declines."""
    if db_path.exists():
        return False
    if not explicit:
        return True
    title = QCoreApplication.translate("app", "找不到台账文件")
    if not db_path.parent.is_dir():
        QMessageBox.critical(None, title, QCoreApplication.translate(
            "app", "找不到台账文件“{path}”，它所在的文件夹也不存在（U 盘或网络盘是否已连接？）。").format(path=db_path))
        raise SystemExit(1)
    box = QMessageBox(QMessageBox.Icon.Question, title, QCoreApplication.translate(
        "app", "找不到台账文件“{path}”。\n要在这里新建一个台账吗？（将载入内置的行动计划）").format(path=db_path))
    create = box.addButton(QCoreApplication.translate("app", "新建台账"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("app", "退出"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not create:
        raise SystemExit(1)
    return True


def claim_database(db_path: Path) -> tuple[SingleInstance | None, bool]:
    """(our claim on the file, read_only). Exits quietly when another window takes over."""
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        instance = SingleInstance.claim(db_path)
    except (OSError, DatabaseError):  # a read-only folder cannot hold the lock file
        return None, True
    if instance is not None:
        return instance, False
    if ask_first_window_forward(db_path):
        raise SystemExit(0)
    owner = lock_owner(db_path)
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("app", "台账已被占用"),
        QCoreApplication.translate("app", "另一个程序（进程 {pid}）正在使用这个台账文件。\n以只读方式打开吗？").format(
            pid=owner or "?"
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        raise SystemExit(0)
    return None, True


def close_store(store) -> None:
    """Back up on the way out (rate-limited, only after writes), then release the file."""
    from qs_desktop.ops import backups

    try:
        backups.backup_on_close(store)
    except QsError as exc:  # the session's work is saved; only the extra copy failed
        QMessageBox.warning(None, QCoreApplication.translate("app", "自动备份失败"), translate_said(exc.said))
    finally:
        store.close()


def build_context(
    store, db_path: Path | None, settings: QSettings, as_of: date | None
) -> AppContext:
    ctx = AppContext(store, db_path=db_path, settings=settings)
    if as_of is not None:
        ctx.set_as_of(as_of)
    return ctx


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    errorlog.log_unraisable()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("QS Ledger")
    app.setApplicationName("qs-desktop")
    # A screenshot must not depend on (or change) the user's remembered window layout.
    scratch = tempfile.TemporaryDirectory() if args.screenshot else None
    settings = QSettings(str(Path(scratch.name) / "s.ini"), QSettings.Format.IniFormat) if scratch else app_settings()
    lang = args.lang or str(settings.value("language", "zh"))
    if lang not in LANGUAGES:
        lang = "zh"
    if args.lang:
        settings.setValue("language", args.lang)
    install_language(app, lang)
    # Qt adds the display name to window titles (and the task bar): in the chosen language.
    app.setApplicationDisplayName(QCoreApplication.translate("app", "沁水生态环境重点任务台账"))
    register_fonts()
    apply_style(app)
    db_path = resolve_db_path(args.db)
    create = may_create(db_path, explicit=bool(args.db or os.environ.get(ENV_DB)) and not args.screenshot)
    instance, read_only = (None, False) if args.screenshot else claim_database(db_path)
    try:
        as_of = parse_iso_date(args.as_of) if args.as_of else None
        store = open_store(db_path, read_only=read_only, recover=not args.screenshot, create=create)
    except QsError as exc:
        message, details = describe(exc)
        if args.screenshot:
            print(message, file=sys.stderr)
            return exc.exit_code
        box = QMessageBox(QMessageBox.Icon.Critical, app.translate("app", "无法打开台账"), message)
        if details:
            box.setDetailedText(details)
        box.exec()
        return exc.exit_code

    from .main_window import MainWindow

    ctx = build_context(store, db_path, settings, as_of)
    window = MainWindow(ctx)
    window.show_storage_warning(storage_warning(db_path))
    if instance is not None:
        instance.activated.connect(lambda: ctx.window.come_forward())
    if args.task:
        ctx.taskRequested.emit(args.task)
        ctx.reportRequested.emit(args.task, "", ctx.period)
    key, _, part = (args.page or "").partition("/")
    if window.has_page(key):
        page = window.show_page(key)
        if part and hasattr(page, "show_part"):
            page.show_part(part)
    if args.screenshot:
        code = screenshot(app, ctx, window, Path(args.screenshot))
        store.close()
        return code
    ctx.catch_uncaught()
    window.show()
    if store.unchecked:  # a big file: its integrity check runs now, before any write (same worker)
        ctx.run(setup.verify, store)
    if not store.read_only and not get_office(store).unit:
        QTimer.singleShot(0, window.ask_office)  # first run: which office is this PC?
    code = app.exec()
    ctx.shutdown()
    close_store(store)
    if instance is not None:
        instance.release()
    return code


def screenshot(app: QApplication, ctx: AppContext, window, target: Path) -> int:
    """Render the window at 1280×800 once every queued job has finished; write `target`."""
    window.resize(1280, 800)
    window.show()
    for _ in range(200):
        app.processEvents()
        if not ctx.busy:
            break
        ctx.thread().msleep(25)
    app.processEvents()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    window.grab().save(buffer, "PNG")
    ctx.shutdown()
    window.close()
    try:
        with atomic_write(target) as fh:
            fh.write(bytes(data))
    except QsError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
