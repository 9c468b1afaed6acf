"""日志: the audit log, filterable by action, actor, task / text and date range."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core import rules
from qs_desktop.core.model import AuditEvent
from qs_desktop.ops.catalog import list_tasks
from qs_desktop.ops.history import audit_log

from .context import AppContext
from .widgets import LazyPage, action_label, choice, join_labels, kind_label, label_of

FIELDS = {
    "status": QT_TRANSLATE_NOOP("Log", "完成状态"),
    "progress": QT_TRANSLATE_NOOP("Log", "进展情况"),
    "problems": QT_TRANSLATE_NOOP("Log", "存在问题"),
    "next_steps": QT_TRANSLATE_NOOP("Log", "下一步计划"),
    "quantity": QT_TRANSLATE_NOOP("Log", "完成数量"),
    "state": QT_TRANSLATE_NOOP("Log", "审核状态"),
    "review_comment": QT_TRANSLATE_NOOP("Log", "审核意见"),
    "version": QT_TRANSLATE_NOOP("Log", "版本"),
    "closed_at": QT_TRANSLATE_NOOP("Log", "销号时间"),
    "closed_reason": QT_TRANSLATE_NOOP("Log", "销号原因"),
    "due_override": QT_TRANSLATE_NOOP("Log", "调整后时限"),
    "reason": QT_TRANSLATE_NOOP("Log", "原因"),
    "name": QT_TRANSLATE_NOOP("Log", "名称"),
    "aliases": QT_TRANSLATE_NOOP("Log", "别名"),
    "kind": QT_TRANSLATE_NOOP("Log", "类别"),
    "members": QT_TRANSLATE_NOOP("Log", "成员"),
    "title": QT_TRANSLATE_NOOP("Log", "标题"),
    "tasks": QT_TRANSLATE_NOOP("Log", "任务数"),
    "actor": QT_TRANSLATE_NOOP("Log", "本机单位"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("Log", "时间"),
    QT_TRANSLATE_NOOP("Log", "操作人"),
    QT_TRANSLATE_NOOP("Log", "操作"),
    QT_TRANSLATE_NOOP("Log", "对象"),
    QT_TRANSLATE_NOOP("Log", "变更内容"),
    QT_TRANSLATE_NOOP("Log", "备注"),
)
_NEW_VALUE = QT_TRANSLATE_NOOP("Log", "{field}：{new}")
_CHANGED_VALUE = QT_TRANSLATE_NOOP("Log", "{field}：{old} → {new}")
_CODES = set(rules.STATUSES) | set(rules.REVIEW_STATES) | {"closed"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Log", text)


def local_time(at: str) -> datetime:
    """Audit times are stored in UTC; people read them in the machine's local time."""
    return datetime.fromisoformat(at).astimezone()


def _value(key: str, value: object, unit: str = "") -> str:
    if value is None or value == "" or value == []:
        return _tr(QT_TRANSLATE_NOOP("Log", "（空）"))
    if key in ("quantity", "target_quantity") and isinstance(value, int | float):
        return f"{value:g} {unit}".rstrip()  # as written: 186 个, not 186.0
    if isinstance(value, list):
        return join_labels(str(v) for v in value)
    if key == "kind":
        return kind_label(str(value))
    if isinstance(value, str) and value in _CODES:
        return label_of(value)
    if key == "closed_at" and isinstance(value, str):
        return local_time(value).strftime("%Y-%m-%d %H:%M")
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:59] + "…"


def describe_change(event: AuditEvent, unit: str = "") -> str:
    """One "字段：旧 → 新" line per field that changed (a new record lists its filled-in values).

    `unit` is the task's target unit: reported quantities are stored in it."""
    old, new = event.old or {}, event.new or {}
    lines = []
    for key in dict.fromkeys([*old, *new]):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        label = _tr(FIELDS[key]) if key in FIELDS else key
        if key not in old:
            if after in (None, "", []):
                continue  # a new record: its empty fields say nothing
            lines.append(_tr(_NEW_VALUE).format(field=label, new=_value(key, after, _unit(key, new, unit))))
        else:
            lines.append(_tr(_CHANGED_VALUE).format(field=label, old=_value(key, before, _unit(key, old, unit)),
                                                    new=_value(key, after, _unit(key, new, unit))))
    return "\n".join(lines)


def _unit(key: str, values: dict, task_unit: str) -> str:
    """A target change carries its own unit; a report's quantity is in the task's target unit."""
    return (values.get("target_unit") or "") if key == "target_quantity" else task_unit


def events_and_units(store) -> tuple[list[AuditEvent], dict[str, str]]:
    """One worker job: the audit log, and each task's target unit (to show 186 个, not 186.0)."""
    units = {t.id: t.target_unit for t in list_tasks(store) if t.target_unit}
    return audit_log(store), units


class LogModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.events: list[AuditEvent] = []
        self._changes: list[str] = []

    def set_events(self, events: list[AuditEvent], units: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.events = list(reversed(events))  # newest first
        self._changes = [describe_change(e, (units or {}).get(e.task_id or "", "")) for e in self.events]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def text(self, row: int, col: int) -> str:
        e = self.events[row]
        if col == 0:
            return local_time(e.at).strftime("%Y-%m-%d %H:%M:%S")
        if col == 1:
            return e.actor
        if col == 2:
            return action_label(e.action)
        if col == 3:
            return e.entity_id.replace("|", " · ")
        if col == 4:
            return self._changes[row]
        return e.note

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, 4, 5):
            return self.text(index.row(), index.column()) or None
        if role == Qt.ItemDataRole.UserRole:
            return self.events[index.row()]
        return None


class LogFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.action: str | None = None
        self.actor: str | None = None
        self.text = ""
        self.start: date | None = None
        self.end: date | None = None

    def set(self, **criteria) -> None:
        self.beginFilterChange()
        for key, value in criteria.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        model: LogModel = self.sourceModel()
        e = model.events[row]
        if self.action and e.action != self.action:
            return False
        if self.actor and e.actor != self.actor:
            return False
        day = local_time(e.at).date()
        if (self.start and day < self.start) or (self.end and day > self.end):
            return False
        if self.text:
            haystack = " ".join([e.task_id or "", e.entity_id, e.note, model.text(row, 4)])
            if self.text.lower() not in haystack.lower():
                return False
        return True


class LogPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = LogModel(self)
        self.proxy = LogFilter(self)
        self.proxy.setSourceModel(self.model)

        self.action_box = QComboBox()
        self.actor_box = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("任务编号或内容，如 air-2022:2"))
        self.search.setClearButtonEnabled(True)
        self.start = QDateEdit(calendarPopup=True)
        self.end = QDateEdit(calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setSpecialValueText(self.tr("不限"))
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setDate(edit.minimumDate())
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.count = QLabel()

        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("操作(&O)："), self.action_box),
            (self.tr("操作人："), self.actor_box),
            (self.tr("查找(&F)："), self.search),
            (self.tr("从："), self.start),
            (self.tr("到："), self.end),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget, 1 if widget is self.search else 0)
        bar.addWidget(self.clear_button)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.setFocusProxy(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for col, mode in enumerate((
            QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Interactive,
            QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Interactive,
        )):
            header.setSectionResizeMode(col, mode)
        self.table.setColumnWidth(3, 260)
        self.table.setColumnWidth(5, 160)
        self.table.doubleClicked.connect(self._open_task)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.action_box.currentIndexChanged.connect(self._filter)
        self.actor_box.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.start.dateChanged.connect(self._filter)
        self.end.dateChanged.connect(self._filter)
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.verticalScrollBar().valueChanged.connect(self._fit_rows)
        ctx.changed.connect(self._invalidate)

    def refresh(self) -> None:
        self.fetch(events_and_units, self.ctx.store, then=self._arrived)

    def _arrived(self, result: tuple[list[AuditEvent], dict[str, str]]) -> None:
        events, units = result
        self.model.set_events(events, units)
        self._fill_choices(self.action_box, sorted({e.action for e in events}), action_label)
        self._fill_choices(self.actor_box, sorted({e.actor for e in events}), lambda a: a or self.tr("（未记录）"))
        self._filter()

    def _fill_choices(self, box: QComboBox, values: list[str], label) -> None:
        current = choice(box) or ""
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("全部"), "")  # str data: see widgets.choice
        for value in values:
            box.addItem(label(value), value)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def _date(self, edit: QDateEdit) -> date | None:
        return None if edit.date() == edit.minimumDate() else edit.date().toPython()

    def _filter(self, *_: object) -> None:
        self.proxy.set(
            action=choice(self.action_box),
            actor=choice(self.actor_box),
            text=self.search.text().strip(),
            start=self._date(self.start),
            end=self._date(self.end),
        )
        self._fit_rows()
        self.count.setText(
            self.tr("显示 {shown} 条，共 {total} 条。双击有任务编号的记录可在台账中打开该任务。").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def _fit_rows(self, *_: object) -> None:
        """Fit the height of the rows on screen (and a few beyond) to their text; measuring
        every row of a long log took most of a second on the UI thread."""
        rows = self.proxy.rowCount()
        first = max(self.table.rowAt(0), 0)
        last = self.table.rowAt(self.table.viewport().height())
        for row in range(first, min((rows if last < 0 else last) + 40, rows)):
            self.table.resizeRowToContents(row)

    def clear_filters(self) -> None:
        for box in (self.action_box, self.actor_box):
            box.setCurrentIndex(0)
        self.search.clear()
        for edit in (self.start, self.end):
            edit.setDate(edit.minimumDate())

    def _open_task(self, index) -> None:
        event = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        if event is not None and event.task_id:
            self.ctx.taskRequested.emit(event.task_id)
