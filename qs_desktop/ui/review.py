"""Review queue (审核): every submitted report of any period, oldest first; approve (several at once as
one operation), return with a reason, close (销号) where allowed."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.model import Report
from qs_desktop.ops import Changes, catalog, reports, review

from .commands import perform
from .context import AppContext
from .task_detail import close_task
from .widgets import choice, label_of, screen_period

Key = tuple[str, str, str]  # task id, unit, period


class ReviewPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Report] = []
        self.scope = QComboBox()
        self.scope.addItem(self.tr("待审核"), "submitted")
        self.scope.addItem(self.tr("已退回"), "returned")
        self.scope.addItem(self.tr("已通过"), "approved")
        self.scope.addItem(self.tr("全部"), "")
        scope_label = QLabel(self.tr("显示(&W)："))
        scope_label.setBuddy(self.scope)
        self.period_box = QComboBox()  # created before the table: Tab goes scope → period → table → buttons
        period_label = QLabel(self.tr("报送期(&P)："))
        period_label.setBuddy(self.period_box)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("报送期"), self.tr("任务"), self.tr("单位"), self.tr("完成状态"), self.tr("进展情况"),
            self.tr("审核状态")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((80, 330, 150, 80, 0, 80)):
            if width:
                self.table.setColumnWidth(column, width)
        self.detail = QTextBrowser()
        self.approve_button = QPushButton(self.tr("通过(&A)"))
        self.return_button = QPushButton(self.tr("退回(&T)…"))
        self.close_button = QPushButton(self.tr("销号(&X)…"))
        self.task_button = QPushButton(self.tr("查看任务"))
        self.count = QLabel()
        self.setFocusProxy(self.table)
        self.approve_button.setToolTip(self.tr("Ctrl+Enter；选中多行可批量通过"))

        top = QHBoxLayout()
        top.addWidget(scope_label)
        top.addWidget(self.scope)
        top.addSpacing(16)
        top.addWidget(period_label)
        top.addWidget(self.period_box)
        top.addStretch(1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.return_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.task_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self.table, self.approve_selected,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.scope.currentIndexChanged.connect(self._fill)
        self.period_box.currentIndexChanged.connect(self._fill)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.return_button.clicked.connect(self._ask_return)
        self.close_button.clicked.connect(self._ask_close)
        self.task_button.clicked.connect(self._show_task)
        self.table.doubleClicked.connect(self._show_task)
        ctx.changed.connect(self._on_changed)
        self.all: list[Report] = []
        self.reload()

    def reload(self, *_: object) -> None:
        """Read every report again (any period); the scope and period boxes filter what is shown."""
        found = self.ctx.read(reports.list_reports, self.ctx.store) or []
        self.all = sorted((r for r in found if r.state != "draft"), key=lambda r: r.period)  # oldest first
        self.tasks = {t.id: t for t in self.ctx.read(catalog.list_tasks, self.ctx.store) or []}
        self.labels = self.ctx.read(catalog.task_labels, self.ctx.store) or {}
        self.closable = {r.task_id for r in self.all if r.state == "approved" and r.status == "done"}
        chosen = choice(self.period_box)
        self.period_box.blockSignals(True)
        self.period_box.clear()
        self.period_box.addItem(self.tr("全部"), "")
        for period in sorted({r.period for r in self.all}):
            self.period_box.addItem(screen_period(period), period)
        self.period_box.setCurrentIndex(max(self.period_box.findData(chosen), 0))
        self.period_box.blockSignals(False)
        self._fill()

    def _fill(self, *_: object) -> None:
        selected = set(self.selected_keys())
        state, period = choice(self.scope), choice(self.period_box)
        self.rows = [r for r in self.all if (not state or r.state == state) and (not period or r.period == period)]
        self.table.setRowCount(len(self.rows))
        for row, report in enumerate(self.rows):
            values = (screen_period(report.period), self.labels.get(report.task_id, report.task_id), report.unit,
                      label_of(report.status), report.progress.replace("\n", " "), label_of(report.state))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (1, 4):
                    item.setToolTip(report.progress if column == 4 else getattr(
                        self.tasks.get(report.task_id), "measure", ""))
                self.table.setItem(row, column, item)
        self.count.setText(self.tr("共 {n} 份").format(n=len(self.rows)))
        keep = [row for row, report in enumerate(self.rows) if _key(report) in selected]
        self.select_rows(keep or [0][: len(self.rows)])

    def select_rows(self, rows: list[int]) -> None:
        """Select exactly `rows` (selectRow() would toggle while Ctrl is held)."""
        model, selection = self.table.model(), QItemSelection()
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            self.table.setCurrentIndex(model.index(rows[0], 0))
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_selected()

    def _on_changed(self, changes: Changes) -> None:
        if changes.reports or changes.tasks:
            self.reload()

    def selected_reports(self) -> list[Report]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r] for r in rows if r < len(self.rows)]

    def selected_keys(self) -> list[Key]:
        return [_key(r) for r in self.selected_reports()]

    def _show_selected(self) -> None:
        chosen = self.selected_reports()
        pending = [r for r in chosen if r.state in ("submitted", "returned")]
        self.approve_button.setEnabled(bool(pending))
        self.approve_button.setText(
            self.tr("批量通过 {n} 份(&A)").format(n=len(pending)) if len(pending) > 1 else self.tr("通过(&A)"))
        self.return_button.setEnabled(len(chosen) == 1 and chosen[0].state != "returned")
        self.close_button.setEnabled(len(chosen) == 1 and self._closable(chosen[0].task_id))
        self.close_button.setToolTip(
            "" if self.close_button.isEnabled() or len(chosen) != 1 else
            self.tr("已销号，或还没有审核通过的“已完成”报送：不能销号。"))
        self.task_button.setEnabled(len(chosen) == 1)
        if len(chosen) != 1:
            self.detail.setPlainText(self.tr("选中一份报送查看全文。") if not chosen else "")
            return
        r = chosen[0]
        task = self.tasks.get(r.task_id)
        previous = self.ctx.read(reports.previous_report, self.ctx.store, r.task_id, r.unit, r.period)
        parts = [
            self.tr("{task} · {unit} · {period} · 第 {v} 版 · {state}").format(
                task=self.labels.get(r.task_id, r.task_id), unit=r.unit, period=screen_period(r.period), v=r.version, state=label_of(r.state)),
            self.tr("任务内容：{t}").format(t=getattr(task, "measure", "")),
            self.tr("完成状态：{s}").format(s=label_of(r.status)),
            self.tr("进展情况：{t}").format(t=r.progress or "—"),
            self.tr("存在问题：{t}").format(t=r.problems or "—"),
            self.tr("下一步计划：{t}").format(t=r.next_steps or "—"),
        ]
        if r.review_comment:
            parts.append(self.tr("审核意见：{t}").format(t=r.review_comment))
        if previous is not None:
            same = previous.progress.strip() == r.progress.strip()
            parts.append(self.tr("上期（{p}）进展：{t}").format(p=screen_period(previous.period), t=previous.progress)
                         + (self.tr("  ⚠ 与本期完全相同") if same else ""))
        self.detail.setPlainText("\n\n".join(parts))

    def _closable(self, task_id: str) -> bool:
        task = self.tasks.get(task_id)
        return task is not None and not task.closed_at and task_id in self.closable

    # -- actions ---------------------------------------------------------------------------
    def approve_selected(self) -> None:
        chosen = [r for r in self.selected_reports() if r.state in ("submitted", "returned")]
        if not chosen:
            return
        keys = [_key(r) for r in chosen]
        text = (self.tr("通过 {task} 的报送").format(task=self.labels.get(keys[0][0], keys[0][0])) if len(keys) == 1
                else self.tr("批量通过 {n} 份报送").format(n=len(keys)))
        perform(self.ctx, text, (review.approve_reports, (self.ctx.store, keys)))

    def return_selected(self, reason: str) -> None:
        chosen = self.selected_reports()
        if len(chosen) != 1:
            return
        r, store = chosen[0], self.ctx.store
        perform(self.ctx, self.tr("退回 {task} 的报送").format(task=self.labels.get(r.task_id, r.task_id)),
                (review.return_report, (store, *_key(r), reason)))

    def _ask_return(self) -> None:
        dialog = ReturnDialog(self.ctx.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.return_selected(dialog.reason())

    def _ask_close(self) -> None:
        chosen = self.selected_reports()
        if len(chosen) != 1:
            return
        reason, ok = QInputDialog.getText(self, self.tr("销号"), self.tr("销号说明（可不填）："))
        if ok:
            close_task(self.ctx, chosen[0].task_id, reason, parent=self)

    def _show_task(self, *_: object) -> None:
        chosen = self.selected_reports()
        if len(chosen) == 1:
            self.ctx.taskRequested.emit(chosen[0].task_id)


def _key(report: Report) -> Key:
    return (report.task_id, report.unit, report.period)


DEFAULT_REASONS = (
    QT_TRANSLATE_NOOP("ReturnDialog", "进展情况与上期相同，请写明本期的新进展。"),
    QT_TRANSLATE_NOOP("ReturnDialog", "请补充佐证材料（照片、检查记录、文件）。"),
    QT_TRANSLATE_NOOP("ReturnDialog", "完成状态与进展情况不符，请核实。"),
    QT_TRANSLATE_NOOP("ReturnDialog", "请写明存在问题和下一步计划。"),
    QT_TRANSLATE_NOOP("ReturnDialog", "完成数量与目标不一致，请核实。"),
)


class ReturnDialog(QDialog):
    """退回: a reason is required; common reasons are offered, and the list is the reviewer's own
    (a new reason is remembered, a chosen one can be removed)."""

    def __init__(self, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("退回"))
        self.reasons = QListWidget()
        self.reasons.addItems(self.common())
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("退回原因（必填，填报单位会看到）"))
        self.text.setTabChangesFocus(True)
        remove = QPushButton(self.tr("从常用原因中删除"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("退回"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("常用原因（双击填入，可再修改）：")))
        layout.addWidget(self.reasons)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("退回原因(&R)：")))
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.reasons.itemActivated.connect(lambda item: self.text.setPlainText(item.text()))
        self.reasons.itemDoubleClicked.connect(lambda item: self.text.setPlainText(item.text()))
        remove.clicked.connect(self._remove)
        self.text.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(460, 380)
        self._update()
        self.text.setFocus()

    def common(self) -> list[str]:
        stored = self.settings.value("review/return_reasons")
        if stored is None:
            return [QCoreApplication.translate("ReturnDialog", r) for r in DEFAULT_REASONS]
        return [str(r) for r in (stored if isinstance(stored, list) else [stored]) if str(r)]

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason()))

    def _remove(self) -> None:
        row = self.reasons.currentRow()
        if row >= 0:
            self.reasons.takeItem(row)
            self._store([self.reasons.item(i).text() for i in range(self.reasons.count())])

    def _store(self, reasons: list[str]) -> None:
        self.settings.setValue("review/return_reasons", reasons)

    def accept(self) -> None:
        if not self.reason():
            return
        common = self.common()
        if self.reason() not in common:  # remembered for next time, newest first
            self._store([self.reason(), *common][:12])
        super().accept()
