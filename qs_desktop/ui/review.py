"""Review queue (审核): submitted reports waiting for the coordinator; approve, return, close, batch approve."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.model import Report
from qs_desktop.ops import Changes, catalog, reports, review, undo

from .commands import perform
from .context import AppContext
from .task_detail import close_task
from .widgets import AsOfPicker, choice, label_of, screen_period

Key = tuple[str, str, str]  # task id, unit, period


def approve_many(store, keys: list[Key], progress: Callable[[int, int], bool] | None = None) -> Changes:
    changes = Changes()
    for n, key in enumerate(keys):
        if progress is not None and not progress(n, len(keys)):
            break
        changes |= review.approve(store, *key)
    return changes


def revert_many(store, keys: list[Key], states: list[tuple[str, str]]) -> Changes:
    changes = Changes()
    for key, (state, comment) in zip(keys, states, strict=True):
        changes |= undo.revert_review(store, *key, state, comment)
    return changes


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
        picker = AsOfPicker(ctx)  # created before the table: Tab goes scope → dates → table → buttons
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("任务"), self.tr("单位"), self.tr("报送期"), self.tr("完成状态"), self.tr("进展情况"),
            self.tr("审核状态")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((110, 150, 80, 90, 0, 80)):
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
        top.addWidget(picker)
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
        self.scope.currentIndexChanged.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.return_button.clicked.connect(self._ask_return)
        self.close_button.clicked.connect(self._ask_close)
        self.task_button.clicked.connect(self._show_task)
        self.table.doubleClicked.connect(self._show_task)
        ctx.changed.connect(self._on_changed)
        ctx.asOfChanged.connect(self.reload)
        self.reload()

    def reload(self, *_: object) -> None:
        selected = set(self.selected_keys())
        found = self.ctx.read(reports.list_reports, self.ctx.store, period=self.ctx.period,
                              state=choice(self.scope)) or []
        self.rows = [r for r in found if r.state != "draft"]
        self.table.setRowCount(len(self.rows))
        for row, report in enumerate(self.rows):
            values = (report.task_id, report.unit, report.period, label_of(report.status),
                      report.progress.replace("\n", " "), label_of(report.state))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4:
                    item.setToolTip(report.progress)
                self.table.setItem(row, column, item)
        self.count.setText(self.tr("{period}：{n} 份").format(period=screen_period(self.ctx.period), n=len(self.rows)))
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
        self.close_button.setEnabled(len(chosen) == 1)
        self.task_button.setEnabled(len(chosen) == 1)
        if len(chosen) != 1:
            self.detail.setPlainText(self.tr("选中一份报送查看全文。") if not chosen else "")
            return
        r = chosen[0]
        task = self.ctx.read(catalog.get_task, self.ctx.store, r.task_id)
        previous = self.ctx.read(reports.previous_report, self.ctx.store, r.task_id, r.unit, r.period)
        parts = [
            self.tr("{task} · {unit} · {period} · 第 {v} 版 · {state}").format(
                task=r.task_id, unit=r.unit, period=screen_period(r.period), v=r.version, state=label_of(r.state)),
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

    # -- actions ---------------------------------------------------------------------------
    def approve_selected(self) -> None:
        chosen = [r for r in self.selected_reports() if r.state in ("submitted", "returned")]
        if not chosen:
            return
        keys = [_key(r) for r in chosen]
        states = [(r.state, r.review_comment) for r in chosen]
        store = self.ctx.store
        if len(keys) == 1:
            perform(self.ctx, self.tr("通过 {id} 的报送").format(id=keys[0][0]),
                    (review.approve, (store, *keys[0])), (undo.revert_review, (store, *keys[0], *states[0])))
        else:
            perform(self.ctx, self.tr("批量通过 {n} 份报送").format(n=len(keys)),
                    (approve_many, (store, keys)), (revert_many, (store, keys, states)))

    def return_selected(self, reason: str) -> None:
        chosen = self.selected_reports()
        if len(chosen) != 1:
            return
        r, store = chosen[0], self.ctx.store
        perform(self.ctx, self.tr("退回 {id} 的报送").format(id=r.task_id),
                (review.return_report, (store, *_key(r), reason)),
                (undo.revert_review, (store, *_key(r), r.state, r.review_comment)))

    def _ask_return(self) -> None:
        reason, ok = QInputDialog.getMultiLineText(self, self.tr("退回"), self.tr("退回原因（必填，填报单位会看到）："))
        if ok:
            self.return_selected(reason)

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
