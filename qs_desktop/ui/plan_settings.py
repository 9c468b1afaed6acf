"""计划报送设置: per plan, whether cooperating units report too, and until which month (both audited)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.model import short_title
from qs_desktop.ops.plans import PlanReporting, list_plan_reporting, set_plan_reporting

from .context import AppContext


class PlanReportingDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent or ctx.window)
        self.ctx = ctx
        self.setWindowTitle(self.tr("计划报送设置"))
        self.plans: list[PlanReporting] = ctx.read(list_plan_reporting, ctx.store) or []
        grid = QGridLayout()
        for col, text in enumerate((self.tr("计划"), self.tr("配合单位也需报送"), self.tr("报送至"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        self.cooperating: dict[str, QCheckBox] = {}
        self.until: dict[str, QDateEdit] = {}
        for row, plan in enumerate(self.plans, start=1):
            grid.addWidget(QLabel(short_title(plan.title)), row, 0)
            box = QCheckBox()
            box.setChecked(plan.cooperating_report)
            box.setToolTip(self.tr("勾选后，配合单位与牵头单位一样按月报送，并计入未报送和统计"))
            until = QDateEdit(QDate(int(plan.report_until[:4]), int(plan.report_until[5:]), 1))
            until.setDisplayFormat("yyyy-MM")
            until.setMinimumDate(QDate(plan.year, 12, 1))
            until.setToolTip(self.tr("计划年度结束后是否继续报送；默认报送至计划年度 12 月"))
            grid.addWidget(box, row, 1)
            grid.addWidget(until, row, 2)
            self.cooperating[plan.code], self.until[plan.code] = box, until
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("修改原因（记入日志）"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    def changed(self) -> list[tuple[str, bool, str]]:
        """(plan code, cooperating, report until) for every plan whose settings were edited."""
        out = []
        for plan in self.plans:
            coop = self.cooperating[plan.code].isChecked()
            until = self.until[plan.code].date().toString("yyyy-MM")
            if (coop, until) != (plan.cooperating_report, plan.report_until):
                out.append((plan.code, coop, until))
        return out

    def accept(self) -> None:
        for code, coop, until in self.changed():
            self.ctx.run(set_plan_reporting, self.ctx.store, code, cooperating_report=coop, report_until=until,
                         reason=self.reason.text())
        super().accept()
