"""计划报送设置: per plan, whether cooperating units report too, until which month, and its issuing
details (文号, 印发日期, 印发单位) printed under the ledger's title — all audited."""

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

from qs_desktop.core.dates import parse_iso_date
from qs_desktop.core.errors import InvalidInput
from qs_desktop.core.model import Plan, short_title
from qs_desktop.ops.catalog import list_ledgers
from qs_desktop.ops.plans import (
    PlanReporting,
    list_plan_reporting,
    set_plan_issue,
    set_plan_reporting,
)

from .context import AppContext


class PlanReportingDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent or ctx.window)
        self.ctx = ctx
        self.setWindowTitle(self.tr("计划报送设置与印发信息"))
        self.plans: list[PlanReporting] = ctx.read(list_plan_reporting, ctx.store) or []
        self.issued: dict[str, Plan] = {lg.plan.code: lg.plan for lg in ctx.read(list_ledgers, ctx.store) or []}
        grid = QGridLayout()
        for col, text in enumerate((self.tr("计划"), self.tr("配合单位也需报送"), self.tr("报送至"), self.tr("文号"),
                                    self.tr("印发日期"), self.tr("印发单位"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        self.cooperating: dict[str, QCheckBox] = {}
        self.until: dict[str, QDateEdit] = {}
        self.issue_edits: dict[str, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
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
            issued = self.issued.get(plan.code)
            edits = (QLineEdit(issued.doc_no if issued else ""),
                     QLineEdit(issued.issued_on.isoformat() if issued and issued.issued_on else ""),
                     QLineEdit(issued.issuer if issued else ""))
            edits[1].setPlaceholderText("YYYY-MM-DD")
            em = self.fontMetrics().horizontalAdvance("中")
            for col, (edit, width) in enumerate(zip(edits, (12, 7, 12), strict=True), start=3):
                edit.setMinimumWidth(width * em)
                grid.addWidget(edit, row, col)
            self.issue_edits[plan.code] = edits
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

    def issue_changes(self) -> list[tuple[str, dict]]:
        """(plan code, issuing details) for every plan whose 文号 / 印发日期 / 印发单位 were edited.

        Raises InvalidInput for a date that is not YYYY-MM-DD.
        """
        out = []
        for code, (doc_no, issued_on, issuer) in self.issue_edits.items():
            old = self.issued.get(code)
            text = issued_on.text().strip()
            new = {"doc_no": doc_no.text().strip(), "issued_on": parse_iso_date(text) if text else None,
                   "issuer": issuer.text().strip()}
            if old is None or new != {"doc_no": old.doc_no, "issued_on": old.issued_on, "issuer": old.issuer}:
                out.append((code, new))
        return out

    def accept(self) -> None:
        try:
            issues = self.issue_changes()
        except InvalidInput as exc:
            self.ctx.report_error(exc)
            return
        for code, coop, until in self.changed():
            self.ctx.run(set_plan_reporting, self.ctx.store, code, cooperating_report=coop, report_until=until,
                         reason=self.reason.text())
        for code, issue in issues:
            self.ctx.run(set_plan_issue, self.ctx.store, code, reason=self.reason.text(), **issue)
        super().accept()
