"""The 数据库 menu — check, back up, restore, move off a risky drive — and the recovery
screen shown when the ledger file cannot be opened at all."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.errors import QsError
from qs_desktop.drive import storage_warning
from qs_desktop.ops import backups, check
from qs_desktop.paths import desktop_command
from qs_desktop.store.backup import backups_dir

from .context import AppContext
from .errors import show_error
from .i18n import translate_said
from .widgets import screen_date


class BackupPicker(QWidget):
    """The backups of a database, newest first, with whether each one is usable."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.infos = backups.list_backups(db_path)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([QCoreApplication.translate("database", "时间"), QCoreApplication.translate("database", "类型"), QCoreApplication.translate("database", "大小"), QCoreApplication.translate("database", "状态")])
        for info in self.infos:
            when = f"{screen_date(info.created_at.date())} {info.created_at:%H:%M:%S}"
            state = QCoreApplication.translate("database", "完好") if info.ok else QCoreApplication.translate("database", "不可用：") + info.problem
            row = [QStandardItem(t) for t in (when, info.label, f"{info.size / 1024:,.0f} KB", state)]
            for item in row:
                item.setEditable(False)
                item.setEnabled(info.ok)
            self.model.appendRow(row)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setColumnWidth(0, 190)
        self.view.setColumnWidth(1, 150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        good = next((i for i, info in enumerate(self.infos) if info.ok), None)
        if good is not None:
            self.view.setCurrentIndex(self.model.index(good, 0))

    def chosen(self) -> Path | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.infos[index.row()].ok:
            return None
        return self.infos[index.row()].path


class _RestoreDialog(QDialog):
    """Pick a backup (or any file) to restore from; `source` is set when accepted."""

    def __init__(self, db_path: Path, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("database", "从备份恢复"))
        self.resize(640, 380)
        self.source: Path | None = None
        self.picker = BackupPicker(db_path)
        text = QLabel(intro)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(QCoreApplication.translate("database", "从所选备份恢复"), QDialogButtonBox.ButtonRole.AcceptRole)
        other = buttons.addButton(QCoreApplication.translate("database", "选择其他备份文件…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.setEnabled(self.picker.chosen() is not None)
        self.picker.view.selectionModel().currentChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.picker.chosen() is not None)
        )
        buttons.accepted.connect(self._take_chosen)
        buttons.rejected.connect(self.reject)
        other.clicked.connect(self._take_file)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        if not self.picker.infos:
            layout.addWidget(QLabel(QCoreApplication.translate("database", "备份文件夹中还没有备份：") + str(backups_dir(db_path))))
        layout.addWidget(self.picker)
        layout.addWidget(buttons)

    def _take_chosen(self) -> None:
        self.source = self.picker.chosen()
        if self.source is not None:
            self.accept()

    def _take_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("database", "选择备份文件"), "", QCoreApplication.translate("database", "台账数据库 (*.sqlite *.db);;所有文件 (*)"))
        if name:
            self.source = Path(name)
            self.accept()


def recover(db_path: Path, message: str, parent: QWidget | None = None) -> bool:
    """The screen for a file that cannot be opened: say why, offer the backups.

    Returns True when a backup was restored (the caller then opens the file again).
    The damaged file is never changed here: `restore_file` moves it into `backups/`.
    """
    intro = message + "\n\n" + QCoreApplication.translate("database", "可以从下面的备份恢复；当前文件会先移到备份文件夹，不会被删除。")
    while True:
        dialog = _RestoreDialog(db_path, intro, parent)
        dialog.setWindowTitle(QCoreApplication.translate("database", "无法打开台账"))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.source is None:
            return False
        try:
            changes = backups.restore_file(db_path, dialog.source)
        except QsError as exc:
            show_error(exc, parent).exec()
            continue
        QMessageBox.information(parent, QCoreApplication.translate("database", "已恢复"), translate_said(changes.outcome))
        return True


class CheckDialog(QDialog):
    def __init__(self, report: check.CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("database", "检查数据库"))
        self.resize(680, 460)
        verdict = QLabel(QCoreApplication.translate("database", "检查通过，数据库完好。") if report.ok else QCoreApplication.translate("database", "发现问题，详见下文。请先备份，再联系维护人员。"))
        verdict.setStyleSheet("font-weight: bold; color: %s" % ("#1e6b30" if report.ok else "#a61b1b"))
        self.text = QPlainTextEdit(report.to_text())
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(QCoreApplication.translate("database", "复制报告"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.text.toPlainText()))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(verdict)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class DatabaseMenu:
    """Builds the menu on `window` and carries out its actions through `ctx.run`."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        self.window, self.ctx = window, ctx
        menu = window.menuBar().addMenu(QCoreApplication.translate("database", "数据库(&D)"))
        self.check_action = menu.addAction(QCoreApplication.translate("database", "检查数据库…"), self.check_now)
        menu.addSeparator()
        self.backup_action = menu.addAction(QCoreApplication.translate("database", "备份到…"), self.backup_now)
        self.restore_action = menu.addAction(QCoreApplication.translate("database", "从备份恢复…"), self.restore_now)
        menu.addAction(QCoreApplication.translate("database", "打开备份文件夹"), self.open_folder)
        menu.addSeparator()
        self.move_action = menu.addAction(QCoreApplication.translate("database", "复制到本机磁盘并改用副本…"), self.move_to_local)
        db_path = ctx.db_path
        self.move_action.setEnabled(db_path is not None and storage_warning(db_path) is not None)
        if ctx.store.read_only:
            self.restore_action.setEnabled(False)

    def check_now(self) -> None:
        self.ctx.run(check.check_database, self.ctx.store, label=QCoreApplication.translate("database", "正在检查数据库…"),
                     on_done=self._checked)

    def _checked(self, report: check.CheckReport) -> None:
        self.dialog = CheckDialog(report, self.window)
        self.dialog.open()

    def backup_now(self) -> None:
        default = str(Path.home() / f"{self.ctx.store.path.stem}-备份.sqlite")
        name, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("database", "备份到（可选 U 盘）"), default,
                                              QCoreApplication.translate("database", "台账数据库 (*.sqlite)"))
        if name:
            self.backup_to(Path(name))

    def backup_to(self, dest: Path) -> None:
        self.ctx.run(backups.backup_to, self.ctx.store, dest, label=QCoreApplication.translate("database", "正在备份…"),
                     on_done=lambda info: self._say(translate_said(backups.backed_up(info))))

    def restore_now(self) -> None:
        intro = QCoreApplication.translate("database", "恢复前会先把当前数据另存一份备份。恢复后，撤销记录将清空。")
        dialog = _RestoreDialog(self.ctx.store.path, intro, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.source is not None:
            self.restore_from(dialog.source)

    def restore_from(self, source: Path) -> None:
        self.ctx.run(backups.restore, self.ctx.store, source, label=QCoreApplication.translate("database", "正在恢复…"), on_done=self._restored)

    def _restored(self, changes) -> None:
        self.ctx.undo_stack.clear()
        self._say(translate_said(changes.outcome))

    def open_folder(self) -> None:
        folder = backups_dir(self.ctx.store.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def move_to_local(self) -> None:
        from platformdirs import user_data_path

        default = user_data_path("qs-ledger", appauthor=False) / self.ctx.store.path.name
        with contextlib.suppress(OSError):  # the app's own folder; the write helper wants it to exist
            default.parent.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("database", "复制到本机磁盘"), str(default),
                                              QCoreApplication.translate("database", "台账数据库 (*.sqlite)"))
        if name:
            self.ctx.run(backups.backup_to, self.ctx.store, Path(name), label=QCoreApplication.translate("database", "正在复制…"),
                         on_done=self._offer_relaunch)

    def _offer_relaunch(self, info) -> None:
        answer = QMessageBox.question(
            self.window, QCoreApplication.translate("database", "已复制"),
            QCoreApplication.translate("database", "台账已复制到：") + f"\n{info.path}\n\n" + QCoreApplication.translate("database", "现在改用这个副本重新打开吗？（原文件保持不变）"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            program, *args = desktop_command("--db", str(info.path))
            QProcess.startDetached(program, args)
            self.window.close()

    def _say(self, text: str) -> None:
        self.dialog = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("database", "数据库"), text, parent=self.window)
        self.dialog.open()
