"""Table model and filter proxy behind the ledger view (台账), built for thousands of rows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from qs_desktop.core.columns import COOP_NOTE
from qs_desktop.core.model import LedgerDocument, LedgerLine, Task

from .widgets import MARKS, label_of, mark_label

COLUMNS = [
    QT_TRANSLATE_NOOP("Ledger", "任务类别"),
    QT_TRANSLATE_NOOP("Ledger", "序号"),
    QT_TRANSLATE_NOOP("Ledger", "具体措施"),
    QT_TRANSLATE_NOOP("Ledger", "完成时限"),
    QT_TRANSLATE_NOOP("Ledger", "牵头单位"),
    QT_TRANSLATE_NOOP("Ledger", "进展情况"),
    QT_TRANSLATE_NOOP("Ledger", "完成状态"),
    QT_TRANSLATE_NOOP("Ledger", "备注"),
    QT_TRANSLATE_NOOP("Ledger", "配合单位"),  # shown beside 牵头单位 (a moved section), where a plan has any
]
SECTION, SEQ, MEASURE, DEADLINE, LEAD, PROGRESS, STATUS, REMARKS, COOP = range(len(COLUMNS))
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()
_SEVERITY = {"overdue": 0, "due_soon": 1, None: 2, "done": 3}
_PENDING = QT_TRANSLATE_NOOP("Ledger", "（待审核）")  # how ops.status marks unapproved progress
_FIELD_COLUMNS = {"section": SECTION, "seq": SEQ, "measure": MEASURE, "deadline": DEADLINE, "lead_units": LEAD,
                  "remarks": REMARKS, "cooperating_units": COOP}


def issued_headings(doc: LedgerDocument) -> dict[int, str]:
    """column -> the plan's own heading where it differs from the default (工作任务, 责任主体 …)."""
    out: dict[int, str] = {}
    for c in doc.columns:
        column = _FIELD_COLUMNS.get(c.field)
        if column is not None and column not in out and c.heading != COLUMNS[column]:
            out[column] = c.heading
    return out


@lru_cache(maxsize=4096)
def pinyin_keys(name: str) -> str:
    """Initials and full pinyin of a unit name: 县住建局 → "xzjj xianzhujianju"."""
    from pypinyin import (  # its dictionaries take a second to load: not before the first paint
        Style,
        lazy_pinyin,
    )

    initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER))
    full = "".join(lazy_pinyin(name))
    return f"{initials} {full}".lower()


@dataclass(frozen=True)
class LedgerRow:
    line: LedgerLine
    position: int
    units: frozenset[str]  # canonical names of lead and cooperating units
    search: str  # lower-cased text, then (see `with_pinyin`) pinyin keys of the unit names
    alerts: tuple[str, ...] = ()  # overdue / due_soon / unreported as of the date
    lead: str = ""  # 牵头单位 as issued, without the cooperating units the printed cell adds
    coop: str = ""  # 配合单位

    @property
    def task_id(self) -> str:
        return self.line.task_id


def build_rows(doc: LedgerDocument, tasks: Iterable[Task], alerts: dict | None = None) -> list[LedgerRow]:
    """The rows, searchable by their text; `with_pinyin` adds the units' pinyin keys later."""
    by_id = {t.id: t for t in tasks}
    rows = []
    for position, line in enumerate(doc.lines):
        task = by_id.get(line.task_id)
        units = frozenset((task.lead_units + task.cooperating_units) if task else ())
        text = " ".join((line.section, line.seq, line.measure, line.deadline, line.lead_units,
                         line.progress, line.remarks, *units))
        coop = "、".join(task.cooperating_units) if task else ""
        # the cell as issued (端氏镇政府, 按职责分工负责), less the 配合 note shown in its own column
        lead = line.lead_units.split(COOP_NOTE)[0] if coop else line.lead_units
        rows.append(LedgerRow(line, position, units, text.lower(), (alerts or {}).get(line.task_id, ()),
                              lead, coop))
    return rows


def with_pinyin(rows: list[LedgerRow]) -> list[LedgerRow]:
    """The same rows, their search text extended by the pinyin keys of their unit names."""
    out = []
    for row in rows:
        # one name at a time: the cache then holds ~100 unit names, not every combination
        names = sorted(row.units.union(_NAME_SPLIT.split(row.line.lead_units)))
        keys = " ".join(pinyin_keys(u) for u in names if u)
        out.append(replace(row, search=f"{row.search} {keys}"))
    return out


_NAME_SPLIT = re.compile(r"[、，,；;\s]+")


def _seq_key(seq: str) -> tuple[int, str]:
    digits = "".join(ch for ch in seq if ch.isdigit())
    return (int(digits) if digits else 1 << 30, seq)


class LedgerTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[LedgerRow] = []
        self.headings: dict[int, str] = {}  # the plan's own headings, as issued (not translated)
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[LedgerRow], headings: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows, *self._order)
        self.headings = headings or {}
        self.endResetModel()

    def set_search_keys(self, keyed: list[LedgerRow]) -> None:
        """Take the rows' extended search text (nothing shown changes: no reset)."""
        by_position = {row.position: row.search for row in keyed}
        self.rows = [replace(row, search=by_position.get(row.position, row.search)) for row in self.rows]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows themselves: one Python sort instead of a Python lessThan() per comparison."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        new_rows = self._sorted(self.rows, column, order)
        moved = {id(row): n for n, row in enumerate(new_rows)}
        targets = [self.index(moved[id(self.rows[i.row()])], i.column()) for i in old]
        self.rows = new_rows
        self.changePersistentIndexList(old, targets)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[LedgerRow], column: int, order) -> list[LedgerRow]:
        if column < 0:
            return sorted(rows, key=lambda row: row.position)
        return sorted(rows, key=lambda row: self._sort_key(row, column),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headings.get(section) or QCoreApplication.translate("Ledger", COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        line, column = row.line, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (MEASURE, PROGRESS, REMARKS, LEAD, COOP, SECTION):
            text = self._display(row, column)
            return text if text else None
        if role == TASK_ID_ROLE:
            return line.task_id
        style = MARKS.get(line.mark or "")
        if style is not None and column == STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(style.foreground))
        if style is not None and role == Qt.ItemDataRole.BackgroundRole and column in (SEQ, STATUS):
            return QBrush(QColor(style.background))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SEQ:
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _sort_key(self, row: LedgerRow, column: int) -> tuple:
        if column == SEQ:
            return (*_seq_key(row.line.seq), row.position)
        if column == STATUS:
            return (_SEVERITY.get(row.line.mark, 2), row.position)
        if column == SECTION:
            return (row.position,)
        return (self._display(row, column), row.position)

    @staticmethod
    def _display(row: LedgerRow, column: int) -> str:
        line, alerts = row.line, row.alerts
        if column == LEAD:
            return row.lead
        if column == COOP:
            return row.coop
        if column == STATUS:
            label = mark_label(line.mark)
            style = MARKS.get(line.mark or "")
            parts = [f"{style.symbol} {label}"] if label else []
            status = label_of(line.status) if line.status else ""
            if status and status != label:
                parts.append(status)
            if "unreported" in alerts:
                parts.append(label_of("unreported"))
            return " · ".join(parts)
        if column == PROGRESS and _PENDING in line.progress:
            return line.progress.replace(_PENDING, QCoreApplication.translate("Ledger", _PENDING))
        return (line.section, line.seq, line.measure, line.deadline, line.lead_units,
                line.progress, line.status, line.remarks, row.coop)[column]


class LedgerProxy(QSortFilterProxyModel):
    """Search (text, unit names, pinyin initials) plus unit/status/mark/section filters.

    The section heading is shown only on the first visible row of each run of rows with
    the same section, like the printed annex.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.query = ""
        self.units: frozenset[str] | None = None  # a unit and the groups that include it
        self.status: str | None = None
        self.mark: str | None = None  # "overdue" | "due_soon" | "done" | "none"
        self.section: str | None = None

    def set_filter(self, **values) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.query = self.query.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        row: LedgerRow = self.sourceModel().rows[source_row]
        line = row.line
        if self.query and not all(word in row.search for word in self.query.split()):
            return False
        if self.units is not None and not (row.units & self.units or line.lead_units in self.units):
            return False
        if self.status is not None and line.status != self.status:
            return False
        if self.mark == "unreported":
            if "unreported" not in row.alerts:
                return False
        elif self.mark is not None and (line.mark or "none") != self.mark:
            return False
        return self.section is None or line.section == self.section

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (fast); this proxy only filters, keeping the source order."""
        self.sourceModel().sort(column, order)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Read the source model directly: PySide6's QSortFilterProxyModel.data() loses a
        # reference to None for empty cells, which eventually crashes the interpreter.
        if not index.isValid():
            return None
        model: LedgerTableModel = self.sourceModel()
        value = model.data(self.mapToSource(index), role)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == SECTION and index.row() > 0:
            above = self.mapToSource(self.index(index.row() - 1, SECTION))
            if model.data(above, role) == value:
                return ""
        return value

    def task_id(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        return self.data(self.index(index.row(), 0), TASK_ID_ROLE) if index.isValid() else None
