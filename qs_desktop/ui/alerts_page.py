"""预警: overdue / due soon / unreported tasks as of the shared date, grouped by unit."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.model import short_title
from qs_desktop.core.rules import ALERTS, MARK_SYMBOLS
from qs_desktop.exchange.pdf_reports import alert_entries, write_alerts_pdf
from qs_desktop.ops import sample
from qs_desktop.ops.alerts import AlertItem, UnitAlerts, alerts_by_unit
from qs_desktop.ops.catalog import list_ledgers

from .context import AppContext
from .exported import show_exported
from .widgets import MARKS, AsOfPicker, LazyPage, MarkStyle, join_labels, screen_date

ALERT_STYLES: dict[str, MarkStyle] = {
    "overdue": MARKS["overdue"],
    "due_soon": MARKS["due_soon"],
    "unreported": MarkStyle(QT_TRANSLATE_NOOP("Marks", "未报送"), MARK_SYMBOLS["unreported"], "#3d4f7a", "#e8edf7"),
}
ROLES = {"lead": QT_TRANSLATE_NOOP("AlertTreeModel", "牵头"),
         "cooperating": QT_TRANSLATE_NOOP("AlertTreeModel", "配合")}
TASK_ROLE = Qt.ItemDataRole.UserRole
_ROOT = QModelIndex()


def alert_text(alert: str) -> str:
    style = ALERT_STYLES[alert]
    return f"{style.symbol} {QCoreApplication.translate('Marks', style.label)}"


def _alerts_and_ledgers(store, as_of) -> tuple[list[UnitAlerts], list]:
    """One worker job: every task's alerts as of the date, and the ledger titles for the column."""
    return alerts_by_unit(store, as_of), list_ledgers(store)


@dataclass
class TaskRow:
    task_id: str
    items: list[AlertItem]  # this task's alerts, most urgent first (rules.ALERTS order)
    cells: list[str] = field(default_factory=list)


@dataclass
class UnitRow:
    unit: str
    tasks: list[TaskRow]
    summary: str = ""

    def count(self, alert: str) -> int:
        return sum(1 for t in self.tasks for i in t.items if i.alert == alert)


def _urgency(items: list[AlertItem]) -> int:
    """0 for overdue, 1 for due soon, 2 for unreported: the most urgent of a task's alerts."""
    return min(ALERTS.index(item.alert) for item in items)


class AlertTreeModel(QAbstractItemModel):
    """Two levels: units, then their tasks. A task index's internal id is its unit's row + 1.

    (A model rather than QTreeWidget items: rebuilding thousands of items is slow, and
    PySide 6.12 mishandles the ownership of items handed to an item widget.)
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.units: list[UnitRow] = []
        self.headers = [
            self.tr("单位 / 具体措施"), self.tr("预警"), self.tr("完成时限"), self.tr("台账"), self.tr("序号"),
            self.tr("职责"),
        ]

    def set_units(self, units: list[UnitRow]) -> None:
        self.beginResetModel()
        self.units = units
        self.endResetModel()

    def task_at(self, index: QModelIndex) -> TaskRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.units[index.internalId() - 1].tasks[index.row()]

    def index(self, row: int, column: int, parent: QModelIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, 0 if not parent.isValid() else parent.row() + 1)

    def parent(self, *args):  # also QObject.parent() when called without an index
        if not args:
            return super().parent()
        index = args[0]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self.units)
        return len(self.units[parent.row()].tasks) if parent.internalId() == 0 else 0

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        col = index.column()
        task = self.task_at(index)
        if task is None:
            unit = self.units[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return unit.unit if col == 0 else unit.summary if col == 1 else None
            if role == Qt.ItemDataRole.FontRole and col == 0:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and col == 1 and unit.count("overdue"):
                return QBrush(QColor(ALERT_STYLES["overdue"].foreground))
            return None
        style = ALERT_STYLES[task.items[0].alert]
        if role == Qt.ItemDataRole.DisplayRole:
            return task.cells[col]
        if role == TASK_ROLE:
            return task.task_id
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return f"{task.task_id}\n{task.items[0].measure}"
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QBrush(QColor(style.foreground))
        if role == Qt.ItemDataRole.BackgroundRole and col == 1:
            return QBrush(QColor(style.background))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class AlertsPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._groups: list[UnitAlerts] = []
        self._ledger_names: dict[str, str] = {}
        self._expanded: dict[str, bool] = {}  # the user's choice per unit, kept across refreshes
        self._filling = False

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
            chip.setToolTip(self.tr("点击只显示这一类预警；再点一次显示全部"))
            style = ALERT_STYLES[alert]
            chip.setStyleSheet(
                f"QToolButton {{ color: {style.foreground}; background: #ffffff;"
                f" border: 1px solid {style.foreground}; border-radius: 4px; padding: 3px 10px; }}"
                f"QToolButton:checked {{ background: {style.background}; font-weight: bold; }}"
            )
            chip.toggled.connect(self._fill)
            chip.clicked.connect(lambda _checked=False, alert=alert: self.show_only(alert))
            self.chips[alert] = chip
            strip.addWidget(chip)
        strip.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("筛选单位或任务…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(110)  # fits 1366×768 at 150% scale beside three counted chips
        self.search.setMaximumWidth(260)
        self.search.textChanged.connect(self._fill)
        strip.addWidget(self.search)
        self.pdf_button = QPushButton(self.tr("导出预警清单 PDF…"))
        self.pdf_button.setToolTip(self.tr("按单位列出当前显示的预警，可打印后下发"))
        self.pdf_button.clicked.connect(self.export_pdf)

        self.model = AlertTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.setFocusProxy(self.tree)  # Ctrl+4 lands in the list, ready for the arrow keys
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 215), (2, 120), (3, 150), (4, 46), (5, 52)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, width)
        self.tree.clicked.connect(self._open)
        self.tree.activated.connect(self._open)
        self.tree.expanded.connect(self._remember_expanded)
        self.tree.collapsed.connect(self._remember_collapsed)

        self.hint = QLabel(self.tr("单击任务（或选中后按 Enter）在台账中打开。每个应报单位只列出自己的预警：一个单位报送了，不算其他单位报送。"))
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(strip)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        footer = QHBoxLayout()  # the PDF button sits below: the top row fits 1366×768 at 150% scale
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.pdf_button)
        layout.addLayout(footer)

        ctx.asOfChanged.connect(self._invalidate)
        ctx.changed.connect(self._on_changed)

    # -- data -------------------------------------------------------------------------------
    def _on_changed(self, changes) -> None:
        if changes.tasks or changes.reports or changes.units or changes.plans:
            self._invalidate()

    def refresh(self) -> None:
        self.fetch(_alerts_and_ledgers, self.ctx.store, self.ctx.as_of, then=self._arrived)

    def _arrived(self, result: tuple[list[UnitAlerts], list]) -> None:
        groups, ledgers = result
        self._groups = groups
        self._ledger_names = {ledger.code: short_title(ledger.title) for ledger in ledgers}
        for alert, chip in self.chips.items():
            tasks = {item.task_id for group in groups for item in group.items if item.alert == alert}
            chip.setText(self.tr("{label} {n} 项").format(label=alert_text(alert), n=len(tasks)))
        self._fill()

    def show_only(self, alert: str) -> None:
        """A count was clicked: show only that kind; clicked again (already alone): show every kind."""
        # Qt has already toggled the clicked chip; what counts is what was shown before the click.
        before = self.shown_alerts() ^ {alert}
        alone = before == {alert}
        for kind, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(alone or kind == alert)
            chip.blockSignals(False)
        self._fill()

    def shown_alerts(self) -> set[str]:
        return {alert for alert, chip in self.chips.items() if chip.isChecked()}

    def _fill(self, *_: object) -> None:
        shown = self.shown_alerts()
        needle = self.search.text().strip()
        rows = []
        for group in self._groups:
            tasks: dict[str, list[AlertItem]] = {}
            for item in group.items:
                if item.alert in shown:
                    tasks.setdefault(item.task_id, []).append(item)
            if needle and needle not in group.unit:
                tasks = {k: v for k, v in tasks.items() if needle in v[0].measure or needle in k}
            if tasks:
                rows.append(self._unit_row(group.unit, tasks))
        rows.sort(key=lambda unit: _urgency(unit.tasks[0].items))  # units with overdue work first
        self._filling = True
        self.model.set_units(rows)
        for row, unit in enumerate(rows):
            urgent = bool(unit.count("overdue") or unit.count("due_soon"))
            self.tree.setExpanded(self.model.index(row, 0), self._expanded.get(unit.unit, urgent or bool(needle)))
        self._filling = False
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(self.tr("截至 {date}，没有符合条件的预警。").format(date=screen_date(self.ctx.as_of)))

    def _unit_row(self, unit: str, tasks: dict[str, list[AlertItem]]) -> UnitRow:
        task_rows = []
        for task_id, items in sorted(tasks.items(), key=lambda pair: _urgency(pair[1])):  # overdue first
            first = items[0]
            task_rows.append(TaskRow(task_id, items, [
                first.measure.replace("\n", " "),
                join_labels(alert_text(i.alert) for i in items),
                screen_date(first.due) if first.due else "—",
                self._ledger_names.get(first.ledger, first.ledger),
                str(first.seq) if first.seq is not None else "",
                QCoreApplication.translate("AlertTreeModel", ROLES.get(first.role, first.role)),
            ]))
        row = UnitRow(unit, task_rows)
        row.summary = "  ".join(f"{alert_text(a)} {n}" for a in ALERTS if (n := row.count(a)))
        return row

    def unit_names(self) -> list[str]:
        return [unit.unit for unit in self.model.units]

    def unit_row(self, name: str) -> UnitRow | None:
        return next((unit for unit in self.model.units if unit.unit == name), None)

    def unit_index(self, name: str) -> QModelIndex:
        names = self.unit_names()
        return self.model.index(names.index(name), 0) if name in names else QModelIndex()

    def _remember_expanded(self, index: QModelIndex) -> None:
        if not self._filling and index.internalId() == 0:
            self._expanded[self.model.units[index.row()].unit] = True

    def _remember_collapsed(self, index: QModelIndex) -> None:
        if not self._filling and index.internalId() == 0:
            self._expanded[self.model.units[index.row()].unit] = False

    # -- printing ---------------------------------------------------------------------------
    def shown_items(self) -> list[tuple[str, AlertItem]]:
        """(unit, alert) pairs as the tree shows them: filters applied, units in directory order."""
        return [(unit.unit, item) for unit in self.model.units for task in unit.tasks for item in task.items]

    def export_pdf(self) -> None:
        name = f"预警清单_{self.ctx.as_of.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出预警清单"), self.ctx.suggest(name),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.ctx.remember_folder(path)
            self.export_pdf_to(path)

    def export_pdf_to(self, path: str) -> None:
        entries = alert_entries(self.shown_items(), dict(self._ledger_names))
        self.ctx.run(write_alerts_pdf, entries, path, as_of=self.ctx.as_of,
                     sample=bool(self.ctx.read(sample.sample_scale, self.ctx.store)),
                     label=self.tr("正在导出预警清单…"), on_done=lambda _result: self._exported(path))

    def _exported(self, path: str) -> None:
        show_exported(self, path)

    # -- navigation -------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        task = self.model.task_at(index)
        if task is not None:
            self.ctx.taskRequested.emit(task.task_id)
