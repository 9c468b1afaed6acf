"""First start (and 设置 → 本机单位): which office this PC works for, chosen from the unit directory."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.model import Unit
from qs_desktop.core.units import KIND_LABELS
from qs_desktop.ops.office import COORDINATOR_OFFICE, COORDINATOR_UNITS, Office

from .ledger_model import pinyin_keys


class OfficeDialog(QDialog):
    """Explains what the choice means, offers the directory (filterable, pinyin initials too)."""

    def __init__(self, units: list[Unit], office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("欢迎使用 · 本机单位"))
        intro = QLabel(self.tr(
            "<b>这台电脑为哪个单位工作？</b><br>"
            "· <b>县环委会办公室（市生态环境局沁水分局）</b>：协调办公室，查看、审核全部单位的报送，销号，导出正式台账。<br>"
            "· <b>其他单位</b>（县直部门、乡镇）：只看本单位的任务，填报本单位的进展；打开软件即是“本单位待办”。<br>"
            "本机单位会记入每一条修改记录，以后可在“设置 → 本机单位”中更改。"))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("输入单位名称或拼音首字母筛选，如 lgz → 龙港镇"))
        self.list = QListWidget()
        names = [COORDINATOR_OFFICE] + [u.name for u in units if u.kind != "group"]
        kinds = {u.name: u.kind for u in units}
        for name in names:
            kind = self.tr("协调办公室") if name == COORDINATOR_OFFICE else KIND_LABELS.get(kinds.get(name, ""), "")
            item = QListWidgetItem(f"{name}　（{kind}）" if kind else name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        self.coordinator = QCheckBox(self.tr("本机是协调办公室的电脑（查看和审核全部单位）"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("以后再说"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.coordinator)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._chosen)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        current = [i for i in range(self.list.count()) if self.list.item(i).data(Qt.ItemDataRole.UserRole) == office.unit]
        self.list.setCurrentRow(current[0] if current else -1)
        self.coordinator.setChecked(office.coordinator if office.unit else False)
        self._chosen()
        self.resize(560, 560)
        self.filter.setFocus()

    def unit(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else ""

    def _chosen(self, *_: object) -> None:
        unit = self.unit()
        if unit:
            self.coordinator.setChecked(unit in COORDINATOR_UNITS)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(unit))

    def _filter(self, text: str) -> None:
        first = -1
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(text.strip()) and not _matches(text.strip().lower(), item.data(Qt.ItemDataRole.UserRole))
            item.setHidden(hidden)
            if not hidden and first < 0:
                first = row
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentRow(first)
        self._chosen()


def _matches(text: str, name: str) -> bool:
    return text in name.lower() or text in pinyin_keys(name)
