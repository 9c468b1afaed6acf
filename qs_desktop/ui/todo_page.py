"""本单位待办: what this office still owes, period by period — the start page of a unit installation.

Each row is one (task, period) the unit owes up to the owed period and that is not approved yet:
未报 / 草稿 / 已退回 (with the coordinator's reason) / 待审核. Enter opens 填报 on that row.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.ops.todo import TodoItem, todo

from .context import AppContext
from .widgets import MARKS, LazyPage, screen_date, screen_period

STATES = {  # state -> (label, colour); the order is the summary's
    "returned": (QT_TRANSLATE_NOOP("TodoPage", "已退回"), MARKS["overdue"].foreground),
    "unreported": (QT_TRANSLATE_NOOP("TodoPage", "未报"), "#8a5a00"),
    "draft": (QT_TRANSLATE_NOOP("TodoPage", "草稿"), "#2f6db5"),
    "submitted": (QT_TRANSLATE_NOOP("TodoPage", "待审核"), "#4b525c"),
}
ROLES = {"lead": QT_TRANSLATE_NOOP("TodoPage", "牵头"), "cooperating": QT_TRANSLATE_NOOP("TodoPage", "配合")}


def state_label(state: str) -> str:
    return QCoreApplication.translate("TodoPage", STATES[state][0]) if state in STATES else state


class TodoPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[TodoItem] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.choose_button = QPushButton(self.tr("选择本机单位…"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("报送期"), self.tr("任务"), self.tr("职责"), self.tr("状态"), self.tr("审核意见")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((90, 0, 60, 70, 0)):
            if width:
                self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.open_button = QPushButton(self.tr("填报所选 (Enter)"))
        self.setFocusProxy(self.table)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.choose_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.open_selected, context=Qt.ShortcutContext.WidgetShortcut)
        self.table.doubleClicked.connect(self.open_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.choose_button.clicked.connect(self._choose_office)
        ctx.asOfChanged.connect(self._invalidate)
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes) -> None:
        if changes.reports or changes.tasks or changes.settings or changes.plans or changes.units:
            self._invalidate()

    def refresh(self) -> None:
        office = self.ctx.office
        self.choose_button.setVisible(not office.unit)
        if not office.unit:
            self._dirty = False
            self.heading.setText(self.tr("还没有选择本机单位：选择后，这里列出本单位应报而未完成的报送。"))
            self._show([])
            return
        self.heading.setText(self.tr("<b>{unit}</b> 截至 {date} 的待办报送（应报期及以前，尚未审核通过的）").format(
            unit=office.unit, date=screen_date(self.ctx.as_of)))
        self.fetch(todo, self.ctx.store, office.unit, self.ctx.as_of, then=self._show)

    def _show(self, items: list[TodoItem]) -> None:
        current = self.current_item()
        self.items = sorted(items, key=lambda item: item.period)  # oldest first; ledger order within a period
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            label, colour = STATES.get(item.state, (item.state, "#1f2328"))
            values = (screen_period(item.period), item.label, QCoreApplication.translate("TodoPage", ROLES.get(
                item.role, item.role)), state_label(item.state), item.review_comment)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 3:
                    cell.setForeground(QBrush(QColor(colour)))
                if column == 1:
                    cell.setToolTip(item.task)
                self.table.setItem(row, column, cell)
        counts = Counter(item.state for item in self.items)
        parts = [f"{state_label(state)} {counts[state]}" for state in STATES if counts[state]]
        self.summary.setText(self.tr("共 {n} 项：{parts}").format(n=len(self.items), parts="　".join(parts))
                             if self.items else self.tr("没有待办：应报的报送都已审核通过。"))
        keep = next((r for r, item in enumerate(self.items) if current and (item.task, item.period) == current), 0)
        if self.items:
            self.table.selectRow(keep)
        self.open_button.setEnabled(bool(self.items))

    def current_item(self) -> tuple[str, str] | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            return self.items[row].task, self.items[row].period
        return None

    def open_selected(self, *_: object) -> None:
        chosen = self.current_item()
        if chosen is not None:
            task, period = chosen
            self.ctx.reportRequested.emit(task, self.ctx.office.unit, period)

    def _choose_office(self) -> None:
        window = self.window()
        if hasattr(window, "ask_office"):
            window.ask_office()
