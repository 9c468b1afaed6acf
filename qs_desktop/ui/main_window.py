"""The main window: navigation side bar, one stacked page per area, status bar.

A page is a QWidget constructed as `Page(ctx: AppContext, parent=None)`; it listens to
`ctx.changed` / `ctx.asOfChanged` itself and may define `save_settings()` (called on close).
Add a page by adding one `PageSpec` to `PAGES`; Ctrl+1…Ctrl+9 follow the side bar's order, which
`page_order` picks for the coordinator's or a unit's installation.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from qs_desktop.core.message import said
from qs_desktop.ops import catalog, office, sample
from qs_desktop.ops.office import Office
from qs_desktop.paths import portable_dir

from .context import AppContext
from .database_menu import DatabaseMenu
from .i18n import install_language, translate_said
from .welcome import OfficeDialog
from .widgets import screen_date, screen_period


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Chinese source string, translated in context "Nav"
    target: str  # "module:Class"; the class is constructed as Class(ctx, parent)


PAGES: list[PageSpec] = [
    PageSpec("ledger", QT_TRANSLATE_NOOP("Nav", "台账"), "qs_desktop.ui.ledger:LedgerPage"),
    PageSpec("report", QT_TRANSLATE_NOOP("Nav", "填报"), "qs_desktop.ui.report:ReportPage"),
    PageSpec("review", QT_TRANSLATE_NOOP("Nav", "审核"), "qs_desktop.ui.review:ReviewPage"),
    PageSpec("alerts", QT_TRANSLATE_NOOP("Nav", "预警"), "qs_desktop.ui.alerts_page:AlertsPage"),
    PageSpec("dashboard", QT_TRANSLATE_NOOP("Nav", "统计"), "qs_desktop.ui.dashboard_page:DashboardPage"),
    PageSpec("exchange", QT_TRANSLATE_NOOP("Nav", "数据交换"), "qs_desktop.ui.exchange_page:ExchangePage"),
    PageSpec("units", QT_TRANSLATE_NOOP("Nav", "单位"), "qs_desktop.ui.units_page:UnitsPage"),
    PageSpec("log", QT_TRANSLATE_NOOP("Nav", "日志"), "qs_desktop.ui.log_page:LogPage"),
    PageSpec("todo", QT_TRANSLATE_NOOP("Nav", "本单位待办"), "qs_desktop.ui.todo_page:TodoPage"),
]
UNIT_PAGES = ("todo", "report", "ledger", "alerts", "dashboard", "exchange", "units", "log")


def page_order(office: Office) -> list[PageSpec]:
    """The coordinator's side bar, or a unit installation's: its to-do list first, no 审核."""
    if not office.unit_only:
        return PAGES
    by_key = {spec.key: spec for spec in PAGES}
    return [by_key[key] for key in UNIT_PAGES]


def _load(target: str) -> type[QWidget]:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


class _Pages(dict):
    """key -> page; a page is built (its module imported, its data read) when first asked for,
    so start-up costs the first page only."""

    def __init__(self, ctx: AppContext, stack: QStackedWidget, specs: list[PageSpec]) -> None:
        super().__init__()
        self.ctx, self.stack, self.specs = ctx, stack, specs

    def __missing__(self, key: str) -> QWidget:
        index = [spec.key for spec in self.specs].index(key)
        page = _load(self.specs[index].target)(self.ctx, self.stack)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        self[key] = page
        return page


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.window = self
        title = self.tr("沁水生态环境重点任务台账")
        if ctx.read(sample.sample_scale, ctx.store):
            title += self.tr(" — 示例数据")
        self.setWindowTitle(title + (self.tr("（只读）") if ctx.store.read_only else ""))
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setFixedWidth(112)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.specs = page_order(ctx.office)
        self.pages = _Pages(ctx, self.stack, self.specs)
        ctx.reportRequested.connect(self._report_requested)
        for index, spec in enumerate(self.specs):
            self.stack.addWidget(QWidget())  # the page itself is built when first shown
            title = QCoreApplication.translate("Nav", spec.title)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{title}  (Ctrl+{index + 1})")
            item.setSizeHint(QSize(100, 40))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._switch)
        self.nav.setCurrentRow(0)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._add_edit_actions()
        self._add_menus()
        self._status_where = QLabel()
        self._status_when = QLabel()
        self.statusBar().addWidget(self._status_where, 1)
        self._add_portable_badge()
        self.statusBar().addPermanentWidget(self._status_when)
        self._update_status()
        ctx.asOfChanged.connect(self._update_status)
        ctx.changed.connect(self._show_summary)
        ctx.navigateRequested.connect(self._navigate)
        self._restore_state()
        self.stack.currentWidget().setFocus()  # start in the table, not the side bar

    def _show_summary(self, changes) -> None:
        self._update_status()
        text = translate_said(changes.outcome or said(changes.summary))
        self.statusBar().showMessage(text, 8000)

    def _add_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("编辑(&E)"))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        go = self.menuBar().addMenu(self.tr("转到(&G)"))
        for index, spec in enumerate(self.specs):
            action = go.addAction(QCoreApplication.translate("Nav", spec.title))
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
        self.database_menu = DatabaseMenu(self, self.ctx)
        settings = self.menuBar().addMenu(self.tr("设置(&S)"))
        settings.addAction(self.tr("本机单位…"), self.ask_office)
        languages = self.menuBar().addMenu(self.tr("语言(&L)"))
        for lang, label in (("zh", "简体中文"), ("en", "English")):
            action = languages.addAction(label)
            action.triggered.connect(lambda _=False, lang=lang: self.switch_language(lang))

    def ask_office(self) -> OfficeDialog | None:
        """Which office this PC works for; a unit installation made from a setup package cannot change."""
        current = self.ctx.office
        if current.fixed:
            QMessageBox.information(self, self.tr("本机单位"), self.tr(
                "本机是“{unit}”的单位安装，本机单位不能更改。如需更换，请向县环委会办公室索取新的安装包。").format(
                unit=current.unit))
            return None
        units = self.ctx.read(catalog.list_units, self.ctx.store) or []
        dialog = OfficeDialog(units, current, self)
        dialog.accepted.connect(lambda: self.ctx.run(
            office.set_office, self.ctx.store, dialog.unit(), coordinator=dialog.coordinator.isChecked(),
            on_done=lambda _changes: self._office_set()))
        dialog.open()
        return dialog

    def _office_set(self) -> None:
        if self.ctx.office.unit_only:
            self.show_page("todo")

    def switch_language(self, lang: str) -> MainWindow:
        """Install `lang`, remember it, and rebuild the window around the same context."""
        install_language(QCoreApplication.instance(), lang)
        self.ctx.settings.setValue("language", lang)
        key = self.current_key()
        self.save_settings()
        window = MainWindow(self.ctx)
        window.setGeometry(self.geometry())
        window.show_page(key)
        window.show()
        self.close()
        self.deleteLater()
        return window

    def _add_edit_actions(self) -> None:
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("重做"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.undo_action, self.redo_action = undo, redo

    def show_page(self, key: str) -> QWidget:
        keys = [spec.key for spec in self.specs]
        if key not in keys:
            raise ValueError(key)
        self.nav.setCurrentRow(keys.index(key))
        return self.pages[key]

    def has_page(self, key: str) -> bool:
        """Whether the side bar offers `key` (a unit installation has no 审核), built yet or not."""
        return any(spec.key == key for spec in self.specs)

    def _navigate(self, key: str) -> None:
        if self.has_page(key):
            self.show_page(key)

    def _report_requested(self, *request: str) -> None:
        if "report" not in self.pages:  # built now, so its own connection missed this request
            self.pages["report"].open_for(*request)

    def _switch(self, row: int) -> None:
        self.pages[self.specs[row].key]  # noqa: B018 — build it on first visit
        self.stack.setCurrentIndex(row)
        if not self.nav.hasFocus():  # keyboard shortcut: land in the page's main widget
            self.stack.currentWidget().setFocus()

    def current_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key

    def come_forward(self) -> None:
        """A second copy of the app was started on this database: show this window instead."""
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()

    def show_storage_warning(self, warning: str | None) -> None:
        """Database on a network share or USB stick: say so for as long as the window is open.

        Not for the portable ledger: being on the stick is its point, and running a local copy
        would leave the stick's file behind at the next start; its badge says what to mind."""
        if not warning or (self.ctx.db_path and self.ctx.db_path.parent == portable_dir()):
            return
        label = QLabel("⚠ " + self.tr("数据库位置有风险") + ' · <a href="move">' + self.tr("复制到本机…") + "</a>")
        label.setToolTip(warning)
        label.setStyleSheet("color: #8a5a00; background: #fff1cc; padding: 0 6px;")
        label.linkActivated.connect(lambda _link: self.database_menu.move_to_local())
        self.statusBar().addPermanentWidget(label)
        self.database_menu.move_action.setEnabled(True)
        self.storage_warning = label

    def _add_portable_badge(self) -> None:
        """Portable mode (a `data` folder beside the programs) is said once, on the right."""
        folder = portable_dir()
        if folder is None:
            return
        badge = QLabel(self.tr("便携模式"))
        badge.setToolTip(self.tr("台账、备份、设置和导出文件都保存在程序旁的 data 文件夹：{path}").format(path=folder)
                         + "\n" + self.tr("在 U 盘上使用时，先关闭本程序再拔出 U 盘，以免丢失最近的修改。"))
        badge.setStyleSheet("color: #1f4f8a; background: #e3edf9; padding: 0 6px;")
        self.statusBar().addPermanentWidget(badge)
        self.portable_badge = badge

    def _update_status(self, *_: object) -> None:
        ctx = self.ctx
        office = ctx.office
        who = (self.tr("{unit}（协调办公室）") if office.coordinator else self.tr("{unit}（责任单位）")).format(
            unit=office.unit) if office.unit else self.tr("未设置（设置 → 本机单位）")
        self._status_where.setText(self.tr("数据库：{path}    本机单位：{who}").format(path=ctx.db_path or "—", who=who))
        self._status_when.setText(
            self.tr("截至 {date}  ·  报送期 {period}").format(
                date=screen_date(ctx.as_of), period=screen_period(ctx.period)
            )
        )

    def _restore_state(self) -> None:
        geometry = self.ctx.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.ctx.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.ctx.window is self:
            self.save_settings()
        super().closeEvent(event)

    def save_settings(self) -> None:
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/state", self.saveState())
        for page in self.pages.values():
            save = getattr(page, "save_settings", None)
            if save is not None:
                save()
