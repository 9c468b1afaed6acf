"""预警: overdue / due soon / unreported tasks as of the shared date, grouped by unit."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.dates import cn_date
from qs_desktop.core.rules import ALERTS
from qs_desktop.ops.alerts import UnitAlerts, alerts_by_unit
from qs_desktop.ops.catalog import list_ledgers

from .context import AppContext
from .widgets import MARKS, AsOfPicker, MarkStyle

ALERT_STYLES: dict[str, MarkStyle] = {
    "overdue": MARKS["overdue"],
    "due_soon": MARKS["due_soon"],
    "unreported": MarkStyle(QT_TRANSLATE_NOOP("Marks", "未报送"), "○", "#3d4f7a", "#e8edf7"),
}
TASK_ROLE = Qt.ItemDataRole.UserRole


def short_title(title: str) -> str:
    """"沁水县空气质量改善 2022 年行动计划重点工作任务台账" -> "空气质量改善" (for columns and charts)."""
    text = re.sub(r"^\S{1,4}?县|\s*\d{4}\s*年\s*|行动计划.*$", "", title).strip()
    return text or title


def alert_text(alert: str) -> str:
    style = ALERT_STYLES[alert]
    return f"{style.symbol} {QCoreApplication.translate('Marks', style.label)}"


class AlertsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._groups: list[UnitAlerts] = []
        self._ledger_names: dict[str, str] = {}
        self._expanded: dict[str, bool] = {}  # the user's choice per unit, kept across refreshes
        self._dirty = True

        self.picker = AsOfPicker(ctx)
        self.chips: dict[str, QToolButton] = {}
        strip = QHBoxLayout()
        strip.addWidget(self.picker)
        strip.addSpacing(16)
        for alert in ALERTS:
            chip = QToolButton()
            chip.setObjectName(f"chip-{alert}")
            chip.setCheckable(True)
            chip.setChecked(True)
            chip.setToolTip(self.tr("点击显示或隐藏这一类预警"))
            style = ALERT_STYLES[alert]
            chip.setStyleSheet(
                f"QToolButton {{ color: {style.foreground}; background: #ffffff;"
                f" border: 1px solid {style.foreground}; border-radius: 4px; padding: 3px 10px; }}"
                f"QToolButton:checked {{ background: {style.background}; font-weight: bold; }}"
            )
            chip.toggled.connect(self._fill)
            self.chips[alert] = chip
            strip.addWidget(chip)
        strip.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("筛选单位或任务…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self.search.textChanged.connect(self._fill)
        strip.addWidget(self.search)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [self.tr("单位 / 具体措施"), self.tr("预警"), self.tr("完成时限"), self.tr("台账"), self.tr("序号")]
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 130), (3, 170), (4, 50)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        self.tree.itemClicked.connect(self._open)
        self.tree.itemActivated.connect(self._open)
        self.tree.itemExpanded.connect(lambda item: self._remember(item, True))
        self.tree.itemCollapsed.connect(lambda item: self._remember(item, False))

        self.hint = QLabel(self.tr("单击任务（或选中后按 Enter）在台账中打开。一项任务的预警会列在它的每个责任单位下。"))
        self.hint.setEnabled(False)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(strip)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.hint)

        ctx.asOfChanged.connect(self._invalidate)
        ctx.changed.connect(lambda changes: (changes.tasks or changes.reports or changes.units or changes.plans)
                            and self._invalidate())

    # -- data -------------------------------------------------------------------------------
    def _invalidate(self, *_: object) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        groups = self.ctx.read(alerts_by_unit, self.ctx.store, self.ctx.as_of)
        ledgers = self.ctx.read(list_ledgers, self.ctx.store)
        if groups is None or ledgers is None:
            return
        self._dirty = False
        self._groups = groups
        self._ledger_names = {ledger.code: short_title(ledger.title) for ledger in ledgers}
        for alert, chip in self.chips.items():
            tasks = {item.task_id for group in groups for item in group.items if item.alert == alert}
            chip.setText(self.tr("{label} {n} 项").format(label=alert_text(alert), n=len(tasks)))
        self._fill()

    def shown_alerts(self) -> set[str]:
        return {alert for alert, chip in self.chips.items() if chip.isChecked()}

    def _fill(self, *_: object) -> None:
        shown = self.shown_alerts()
        needle = self.search.text().strip()
        self.tree.setUpdatesEnabled(False)
        self.tree.blockSignals(True)
        self.tree.clear()
        for group in self._groups:
            tasks: dict[str, list] = {}
            for item in group.items:
                if item.alert in shown:
                    tasks.setdefault(item.task_id, []).append(item)
            if needle and needle not in group.unit:
                tasks = {k: v for k, v in tasks.items() if needle in v[0].measure or needle in k}
            if not tasks:
                continue
            node = self._unit_item(group.unit, tasks)
            self.tree.addTopLevelItem(node)
            urgent = any(i.alert != "unreported" for items in tasks.values() for i in items)
            node.setExpanded(self._expanded.get(group.unit, urgent or bool(needle)))
        self.tree.blockSignals(False)
        self.tree.setUpdatesEnabled(True)
        has_rows = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText(
            self.tr("截至 {date}，没有符合条件的预警。").format(date=cn_date(self.ctx.as_of))
        )

    def _unit_item(self, unit: str, tasks: dict[str, list]) -> QTreeWidgetItem:
        counts = {a: sum(1 for items in tasks.values() for i in items if i.alert == a) for a in ALERTS}
        summary = "  ".join(f"{alert_text(a)} {n}" for a, n in counts.items() if n)
        node = QTreeWidgetItem([unit, summary])
        font = node.font(0)
        font.setBold(True)
        node.setFont(0, font)
        for task_id, items in tasks.items():
            node.addChild(self._task_item(task_id, items))
        if counts["overdue"]:
            node.setForeground(1, QBrush(QColor(ALERT_STYLES["overdue"].foreground)))
        return node

    def _task_item(self, task_id: str, items: list) -> QTreeWidgetItem:
        first = items[0]  # items follow rules.ALERTS order: the most urgent comes first
        child = QTreeWidgetItem(
            [
                first.measure.replace("\n", " "),
                "、".join(alert_text(i.alert) for i in items),
                cn_date(first.due) if first.due else "—",
                self._ledger_names.get(first.ledger, first.ledger),
                str(first.seq) if first.seq is not None else "",
            ]
        )
        child.setData(0, TASK_ROLE, task_id)
        child.setToolTip(0, f"{task_id}\n{first.measure}")
        style = ALERT_STYLES[first.alert]
        child.setForeground(1, QBrush(QColor(style.foreground)))
        child.setBackground(1, QBrush(QColor(style.background)))
        child.setTextAlignment(4, Qt.AlignmentFlag.AlignCenter)
        return child

    def _remember(self, item: QTreeWidgetItem, expanded: bool) -> None:
        if item.parent() is None:
            self._expanded[item.text(0)] = expanded

    # -- navigation -------------------------------------------------------------------------
    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        task_id = item.data(0, TASK_ROLE)
        if task_id:
            self.ctx.taskRequested.emit(task_id)
