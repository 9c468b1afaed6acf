"""数据包 on the 数据交换 page: make packages for one or all units (or, on a unit's installation,
its return), import many at once with the receipt (回执), resolve conflicts side by side, and see
each unit's last package and sequence number.

The functions at the top are what the database worker runs; they never touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.rules import status_label
from qs_desktop.exchange import packages as files
from qs_desktop.ops import Changes, conflicts, packages

from .context import AppContext
from .widgets import screen_date, screen_period


def make_package(store, unit: str | None, path: str) -> files.Exported:
    return files.export_package(store, path, unit)


def make_all_packages(store, folder: str, progress: Callable[[int, int], bool] | None = None) -> list:
    report = (lambda done, total, _unit: progress(done, total)) if progress else None
    return files.export_all(store, folder, progress=report)


def take_packages(store, paths: list[Path], progress: Callable[[int, int], bool] | None = None) -> list:
    report = (lambda done, total, _path: progress(done, total)) if progress else None
    return files.import_packages(store, paths, progress=report)


def _when(stamp: str | None) -> str:
    if not stamp:
        return ""
    local = datetime.fromisoformat(stamp).astimezone()
    return f"{screen_date(local.date())} {local:%H:%M}"


class PackagePanel(QGroupBox):
    """The 数据包 box: what this installation is, what it exchanged with whom, and the actions."""

    def __init__(self, ctx: AppContext, unit_of: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("数据包（与装有台账软件的单位交换）"), parent)
        self.ctx = ctx
        self.unit_of = unit_of  # the unit chosen on the page (the county makes packages for it)
        self.who = QLabel()
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.make_one = QPushButton()
        self.make_all = QPushButton(self.tr("全部单位数据包…"))
        self.take_files = QPushButton(self.tr("导入数据包…"))
        self.take_folder = QPushButton(self.tr("导入文件夹…"))
        self.conflicts = QPushButton()
        for key, button, slot in (("package_one", self.make_one, self.export_one),
                                  ("package_all", self.make_all, self.export_all),
                                  ("package_import", self.take_files, self.import_files),
                                  ("package_folder", self.take_folder, self.import_folder),
                                  ("package_conflicts", self.conflicts, self.open_conflicts)):
            button.setObjectName(key)
            button.clicked.connect(slot)
        self.peers = QTableWidget(0, 4)
        self.peers.setHorizontalHeaderLabels([self.tr("单位"), self.tr("状态"), self.tr("最近收到"),
                                              self.tr("最近发出")])
        self.peers.verticalHeader().hide()
        self.peers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.peers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.peers.setMaximumHeight(180)

        buttons = QHBoxLayout()
        for button in (self.make_one, self.make_all, self.take_files, self.take_folder, self.conflicts):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(buttons)
        layout.addWidget(self.peers)
        ctx.changed.connect(lambda _changes: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        me = self.ctx.read(packages.identity, self.ctx.store)
        if me is None:
            return
        county = me.role == "coordinator"
        role = self.tr("协调办公室") if county else self.tr("单位安装")
        self.who.setText(self.tr("本机：{unit}（{role}），密钥指纹 {fp}").format(
            unit=me.unit or self.tr("未设置本机单位"), role=role, fp=me.fingerprint))
        self.make_one.setText(self.tr("为所选单位制作数据包…") if county else self.tr("制作回报数据包…"))
        self.make_all.setVisible(county)
        self.conflicts.setVisible(county)  # conflicts are recorded, and chosen, on the county's side
        self.setTitle(self.tr("数据包（与装有台账软件的单位交换）") if county else self.tr("数据包（与县环委会办公室交换）"))
        open_conflicts = len(self.ctx.read(conflicts.list_conflicts, self.ctx.store) or [])
        self.conflicts.setText(self.tr("处理冲突（{n}）…").format(n=open_conflicts))
        self.conflicts.setEnabled(bool(open_conflicts))
        peers = self.ctx.read(packages.list_peers, self.ctx.store) or []
        self.peers.setRowCount(len(peers))
        for row, p in enumerate(peers):
            state = self.tr("已登记 {fp}").format(fp=p.fingerprint) if p.enrolled else self.tr("已发安装包，待首次回报")
            cells = (p.unit or self.tr("县环委会办公室"), state,
                     self.tr("第 {n} 号 {when}").format(n=p.seq_in, when=_when(p.last_in_at)) if p.seq_in else "—",
                     self.tr("第 {n} 号 {when}").format(n=p.seq_out, when=_when(p.last_out_at)) if p.seq_out else "—")
            for col, text in enumerate(cells):
                self.peers.setItem(row, col, QTableWidgetItem(text))

    # -- actions ----------------------------------------------------------------------------
    def export_one(self) -> None:
        me = self.ctx.read(packages.identity, self.ctx.store)
        unit = self.unit_of() if me and me.role == "coordinator" else None
        name = f"{unit or (me.unit if me else '')}-{self.tr('数据包')}{files.SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存数据包"), self.ctx.suggest(name),
                                              self.tr("台账数据包 (*.qspkg)"))
        if path:
            self.ctx.remember_folder(path)
            self.ctx.run(make_package, self.ctx.store, unit, path, label=self.tr("正在制作数据包…"),
                         on_done=self._made)

    def export_all(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择存放数据包的文件夹"), self.ctx.folder())
        if folder:
            self.ctx.remember_folder(folder)
            self.ctx.run(make_all_packages, self.ctx.store, folder, label=self.tr("正在为各单位制作数据包…"),
                         on_done=lambda made: self._made(*made))

    def _made(self, *made: files.Exported) -> None:
        self.refresh()
        lines = [self.tr("{unit}：{kind}第 {seq} 号，校验码 {code}").format(
            unit=m.unit, kind=_kind(m.kind), seq=m.seq, code=m.check_code) for m in made]
        self.last_dialog = TextDialog(self.tr("数据包已制作"), self.tr(
            "请把数据包交给对方；对方导入后会读出同样的校验码，可在电话中核对。"), "\n".join(lines), self)
        self.last_dialog.open()

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("导入数据包"), self.ctx.folder(),
                                                self.tr("台账数据包 (*.qspkg)"))
        if paths:
            self.ctx.remember_folder(paths[0])
            self.take([Path(p) for p in paths])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择数据包所在的文件夹"), self.ctx.folder())
        if folder:
            self.ctx.remember_folder(folder)
            self.take(files.package_files(folder))

    def take(self, paths: list[Path]) -> None:
        self.ctx.run(take_packages, self.ctx.store, paths, label=self.tr("正在导入数据包…"), on_done=self._taken)

    def _taken(self, results: list[files.PackageImport]) -> None:
        combined = Changes()
        for r in results:
            if r.taken is not None:
                combined = combined | r.taken.changes
        if not combined.empty:
            self.ctx.changed.emit(combined)
        self.refresh()
        self.last_dialog = ReceiptDialog(self.ctx, results, self)
        self.last_dialog.open()

    def open_conflicts(self) -> None:
        self.last_dialog = ConflictDialog(self.ctx, self)
        self.last_dialog.open()


def _kind(kind: str) -> str:
    return files.KIND_LABELS.get(kind, kind)


class TextDialog(QDialog):
    def __init__(self, title: str, lead: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 360)
        self.lead = QLabel(lead)
        self.lead.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)


class ReceiptDialog(TextDialog):
    """回执: every package with its check code and what it did; savable as PDF."""

    def __init__(self, ctx: AppContext, results: list[files.PackageImport], parent: QWidget | None = None) -> None:
        counts = {v: sum(r.verdict == v for r in results) for v in ("accepted", "unchanged", "refused", "skipped")}
        open_conflicts = sum(r.taken.count("conflict") for r in results if r.taken)
        lead = self.tr("已接收 {a} 个，已导入过 {u} 个，未导入 {r} 个，冲突 {c} 项。"
                       "校验码可在电话中与发件方核对。").format(a=counts["accepted"], u=counts["unchanged"],
                                                     r=counts["refused"], c=open_conflicts)
        if counts["skipped"]:
            lead += self.tr("本机制作的 {n} 个已跳过。").format(n=counts["skipped"])
        super().__init__(self.tr("数据包导入回执"), lead,
                         "\n".join(line for r in results for line in files.describe(r)), parent)
        self.ctx, self.results = ctx, results
        self.save = self.buttons.addButton(self.tr("另存为 PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save.clicked.connect(self.save_pdf)
        if open_conflicts:
            resolve = self.buttons.addButton(self.tr("处理冲突…"), QDialogButtonBox.ButtonRole.ActionRole)
            resolve.clicked.connect(self.resolve)

    def save_pdf(self) -> None:
        name = f"{self.tr('数据包回执')}_{datetime.now():%Y-%m-%d_%H%M}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存回执"), self.ctx.suggest(name),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.ctx.remember_folder(path)
            me = self.ctx.read(packages.identity, self.ctx.store)
            self.ctx.run(files.write_receipt_pdf, self.results, path, office=me.unit or self.tr("县环委会办公室"),
                         fingerprint=me.fingerprint, label=self.tr("正在保存回执…"))

    def resolve(self) -> None:
        self.last_dialog = ConflictDialog(self.ctx, self)
        self.last_dialog.open()


class ConflictDialog(QDialog):
    """Each report changed both here and by its unit: the two versions side by side, one to keep."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("处理数据包冲突"))
        self.resize(900, 520)
        self.list = QListWidget()
        self.list.setMaximumWidth(260)
        self.ours, self.theirs = QPlainTextEdit(), QPlainTextEdit()
        for box in (self.ours, self.theirs):
            box.setReadOnly(True)
        self.keep = QPushButton(self.tr("保留县里的版本"))
        self.take_theirs = QPushButton(self.tr("采用单位的版本"))
        self.keep.setObjectName("keep_ours")
        self.take_theirs.setObjectName("take_theirs")
        self.keep.clicked.connect(lambda: self.choose("ours"))
        self.take_theirs.clicked.connect(lambda: self.choose("theirs"))
        self.note = QLabel(self.tr("两个版本都保留在历史中；所选版本成为当前报送，单位在下次更新包中收到结果。"))
        self.note.setWordWrap(True)
        self.task = QLabel()
        self.task.setWordWrap(True)
        sides = QGridLayout()
        sides.addWidget(self.task, 0, 0, 1, 2)
        sides.addWidget(QLabel(self.tr("县里现有的版本")), 1, 0)
        sides.addWidget(QLabel(self.tr("单位发来的版本")), 1, 1)
        sides.addWidget(self.ours, 2, 0)
        sides.addWidget(self.theirs, 2, 1)
        sides.addWidget(self.keep, 3, 0)
        sides.addWidget(self.take_theirs, 3, 1)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(sides, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(self._show)
        self.load()

    def load(self) -> None:
        self.found = self.ctx.read(conflicts.list_conflicts, self.ctx.store) or []
        self.list.clear()
        for c in self.found:
            self.list.addItem(QListWidgetItem(f"{c.task_id}　{screen_period(c.period)}\n{c.unit}"))
        if self.found:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def _show(self, row: int) -> None:
        chosen = 0 <= row < len(self.found)
        self.keep.setEnabled(chosen)
        self.take_theirs.setEnabled(chosen)
        if not chosen:
            self.ours.setPlainText(self.tr("没有待处理的冲突。"))
            self.theirs.clear()
            self.task.clear()
            return
        c = self.found[row]
        self.task.setText(self.tr("{task}（{unit}，{period}）：{measure}").format(
            task=c.task_id, unit=c.unit, period=screen_period(c.period), measure=c.measure))
        self.ours.setPlainText(self._text(c.ours))
        self.theirs.setPlainText(self._text(c.theirs))

    def _text(self, content: dict) -> str:
        lines = [self.tr("完成状态：{s}").format(s=status_label(content["status"])),
                 self.tr("进展情况：{t}").format(t=content["progress"])]
        if content.get("quantity") is not None:
            lines.append(self.tr("完成数量：{q:g}").format(q=content["quantity"]))
        if content.get("problems"):
            lines.append(self.tr("存在问题：{t}").format(t=content["problems"]))
        if content.get("next_steps"):
            lines.append(self.tr("下一步计划：{t}").format(t=content["next_steps"]))
        return "\n\n".join(lines)

    def choose(self, choice: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.found):
            self.ctx.run(conflicts.resolve, self.ctx.store, self.found[row].id, choice, on_done=lambda _c: self.load())
