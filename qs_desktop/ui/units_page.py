"""单位: the unit directory — names, aliases, kind, group members — with the effect shown before saving."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.model import Unit
from qs_desktop.core.units import KINDS, normalize
from qs_desktop.ops import units as unit_ops
from qs_desktop.ops.catalog import list_units

from .commands import perform
from .context import AppContext
from .plan_settings import PlanReportingDialog
from .widgets import LazyPage, kind_label

_ROOT = QModelIndex()


class UnitTableModel(QAbstractTableModel):
    """The directory: name, kind, aliases (or a group's members), number of tasks assigned."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.units: list[Unit] = []
        self.counts: list[int] = []
        self.headers = [self.tr("单位名称"), self.tr("类别"), self.tr("别名 / 成员"), self.tr("分派任务")]

    def set_units(self, units: list[Unit], counts: list[int]) -> None:
        self.beginResetModel()
        self.units, self.counts = units, counts
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        unit, col = self.units[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return unit.name
            if col == 1:
                return kind_label(unit.kind)
            if col == 2:
                if unit.members:
                    return self.tr("成员：{names}").format(names="、".join(unit.members))
                return "、".join(unit.aliases)
            return str(self.counts[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CheckListModel(QAbstractListModel):
    """Names with a check box each (a group's members)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.checked: set[str] = set()

    def set_names(self, names: list[str], checked: set[str]) -> None:
        self.beginResetModel()
        self.names, self.checked = names, set(checked)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.names)

    def flags(self, index: QModelIndex):
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        name = self.names[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if name in self.checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        name = self.names[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(name)
        else:
            self.checked.discard(name)
        self.dataChanged.emit(index, index, [role])
        return True

    def set_checked(self, name: str, checked: bool) -> None:
        self.setData(self.index(self.names.index(name)),
                     Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)

    def checked_names(self) -> list[str]:
        return [n for n in self.names if n in self.checked]


class UnitsPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.units: list[Unit] = []
        self.current: Unit | None = None
        self._effect_count = 0

        # -- left: the directory ----------------------------------------------------------
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("筛选单位名称或别名…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.add_button = QPushButton(self.tr("新增单位…"))
        self.add_button.clicked.connect(self.add_unit)
        self.reporting_button = QPushButton(self.tr("报送设置…"))
        self.reporting_button.setToolTip(self.tr("各计划是否要求配合单位也报送，以及报送到哪个月"))
        self.reporting_button.clicked.connect(self.plan_reporting)
        self.model = UnitTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.setFocusProxy(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.reporting_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)

        # -- right: the form --------------------------------------------------------------
        self.name_edit = QLineEdit()
        self.kind_box = QComboBox()
        for kind in KINDS:
            self.kind_box.addItem(kind_label(kind), kind)
        self.alias_edit = QPlainTextEdit()
        self.alias_edit.setPlaceholderText(self.tr("每行一个别名"))
        self.alias_edit.setMaximumHeight(90)
        self.alias_edit.setTabChangesFocus(True)
        self.member_model = CheckListModel(self)
        self.members = QListView()
        self.members.setModel(self.member_model)
        self.members.setMinimumHeight(140)
        self.members_label = QLabel(self.tr("成员单位(&M)："))
        self.members_label.setBuddy(self.members)
        self.effect = QLabel()
        self.effect.setObjectName("effect")
        self.effect.setWordWrap(True)
        self.effect.setStyleSheet(
            "QLabel#effect { background: #fff1cc; color: #5c3d00; border: 1px solid #e0c068;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.save_button = QPushButton(self.tr("保存(&S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("还原"))
        self.revert_button.clicked.connect(self._load_form)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        form = QFormLayout()
        name_label = QLabel(self.tr("单位名称(&N)："))
        name_label.setBuddy(self.name_edit)
        kind_label_ = QLabel(self.tr("类别(&K)："))
        kind_label_.setBuddy(self.kind_box)
        alias_label = QLabel(self.tr("别名(&A)："))
        alias_label.setBuddy(self.alias_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(kind_label_, self.kind_box)
        form.addRow(alias_label, self.alias_edit)
        hint = QLabel(self.tr("导入的表格或报送中出现别名时，会识别为本单位。更名后原名称自动保留为别名。"))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow("", hint)
        form.addRow(self.members_label, self.members)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.form_box = QWidget()
        right_layout = QVBoxLayout(self.form_box)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.effect)
        right_layout.addStretch(1)
        right_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

        self.name_edit.textChanged.connect(self._update_effect)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.alias_edit.textChanged.connect(self._update_effect)
        self.member_model.dataChanged.connect(self._update_effect)
        ctx.changed.connect(self._on_changed)
        self._set_form_enabled(False)

    # -- data -------------------------------------------------------------------------------
    def _on_changed(self, changes) -> None:
        if changes.units:
            self._invalidate()

    def refresh(self, select: str | None = None) -> None:
        units = self.ctx.read(list_units, self.ctx.store)
        if units is None:
            return
        self._dirty = False
        if select is None and self.current is not None:  # the same unit, even if it was renamed
            select = next((u.name for u in units if u.id == self.current.id), None)
        self.units = units
        by_name = self.ctx.read(unit_ops.assignment_counts, self.ctx.store) or {}
        counts = [by_name.get(u.name, 0) for u in units]
        self.current = None
        self.model.set_units(units, counts)
        self._apply_filter()
        self.select_unit(select or (units[0].name if units else ""))
        if self.current is None:
            self._selected()

    def select_unit(self, name: str) -> None:
        for row, unit in enumerate(self.units):
            if unit.name == name:
                self.table.selectRow(row)  # selectionChanged loads the form
                self.table.scrollTo(self.model.index(row, 0))
                return

    def _apply_filter(self, *_: object) -> None:
        needle = normalize(self.filter.text())
        for row, unit in enumerate(self.units):
            texts = (unit.name, *unit.aliases)
            self.table.setRowHidden(row, bool(needle) and not any(needle in t for t in texts))

    def _selected(self, *_: object) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        self.current = self.units[rows.pop()] if rows else None
        self._load_form()

    # -- form -------------------------------------------------------------------------------
    def _set_form_enabled(self, enabled: bool) -> None:
        self.form_box.setEnabled(enabled)

    def _load_form(self) -> None:
        unit = self.current
        self._set_form_enabled(unit is not None)
        widgets = (self.name_edit, self.kind_box, self.alias_edit)
        for widget in widgets:
            widget.blockSignals(True)
        self.name_edit.setText(unit.name if unit else "")
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(unit.kind if unit else "other")))
        self.alias_edit.setPlainText("\n".join(unit.aliases) if unit else "")
        if unit is not None:
            others = [u.name for u in self.units if u.kind != "group" and u.name != unit.name]
            others.sort(key=lambda name: name not in unit.members)  # members first
            self.member_model.set_names(others, set(unit.members))
        else:
            self.member_model.set_names([], set())
        for widget in widgets:
            widget.blockSignals(False)
        if unit is not None:
            self._effect_count = len(self.ctx.read(unit_ops.assignment_effect, self.ctx.store, unit.name) or [])
        self._show_members()
        self._update_effect()

    def _kind_changed(self) -> None:
        self._show_members()
        self._update_effect()

    def _show_members(self) -> None:
        is_group = self.kind_box.currentData() == "group"
        self.members.setVisible(is_group)
        self.members_label.setVisible(is_group)

    def edits(self) -> dict:
        """The form's differences from the saved unit, as `ops.units.edit_unit` keyword arguments."""
        unit = self.current
        if unit is None:
            return {}
        out: dict = {}
        name = normalize(self.name_edit.text())
        if name != unit.name:
            out["new_name"] = name
        if self.kind_box.currentData() != unit.kind:
            out["kind"] = self.kind_box.currentData()
        aliases = [normalize(line) for line in self.alias_edit.toPlainText().splitlines() if normalize(line)]
        if aliases != list(unit.aliases):
            out["aliases"] = aliases
        if self.kind_box.currentData() == "group":
            members = self.member_model.checked_names()
            if set(members) != set(unit.members):
                out["members"] = members
        return out

    def effect_text(self) -> str:
        unit, edits = self.current, self.edits()
        if unit is None or not edits:
            return ""
        n = self._effect_count
        lines = []
        if "new_name" in edits:
            lines.append(self.tr(
                "更名将影响 {n} 项任务的分派：这些任务的责任单位将显示为“{new}”；"
                "原名称“{old}”保留为别名，旧文件仍能识别。"
            ).format(n=n, new=edits["new_name"], old=unit.name))
        if "members" in edits:
            added = [m for m in edits["members"] if m not in unit.members]
            removed = [m for m in unit.members if m not in edits["members"]]
            parts = []
            if added:
                parts.append(self.tr("新增 {names} 将承担这些任务").format(names="、".join(added)))
            if removed:
                parts.append(self.tr("移出的 {names} 将不再承担").format(names="、".join(removed)))
            lines.append(self.tr("成员变更将影响 {n} 项任务的分派：{parts}。").format(n=n, parts="；".join(parts)))
        if "kind" in edits:
            lines.append(self.tr("类别改为“{kind}”，不影响任务分派。").format(kind=kind_label(edits["kind"])))
        if "aliases" in edits:
            lines.append(self.tr("别名变更不影响现有分派，只影响导入文件时的单位识别。"))
        return "\n".join(lines)

    def _update_effect(self, *_: object) -> None:
        text = self.effect_text()
        self.effect.setText(text)
        self.effect.setVisible(bool(text))
        self.save_button.setEnabled(bool(text))
        self.revert_button.setEnabled(bool(text))

    # -- actions ----------------------------------------------------------------------------
    def save(self) -> None:
        """Save the form's edits as one undoable step (Ctrl+Z puts the unit back as it was)."""
        unit, edits = self.current, self.edits()
        if unit is None or not edits:
            return
        target = edits.get("new_name", unit.name)
        perform(
            self.ctx,
            self.tr("修改单位“{name}”").format(name=unit.name),
            (partial(unit_ops.edit_unit, **edits), (self.ctx.store, unit.name)),
            on_done=lambda _changes: self.refresh(select=target),
        )

    def add_unit(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("新增单位"), self.tr("单位名称（可在右侧修改类别和别名）："))
        if ok and name.strip():
            cleaned = normalize(name)
            self.ctx.run(unit_ops.add_unit, self.ctx.store, cleaned, "other",
                         on_done=lambda _changes: self.refresh(select=cleaned))

    def plan_reporting(self) -> None:
        PlanReportingDialog(self.ctx, self).open()
