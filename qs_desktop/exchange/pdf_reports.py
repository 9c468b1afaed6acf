"""PDFs besides the ledger: a unit's report for a period, the alert list, dashboard figures."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from ..core.dates import cn_date, cn_period
from ..core.model import LedgerLine
from ..core.obligations import ROLES
from ..core.rules import MARK_SYMBOLS, alert_label
from ..core.sample import MARK as SAMPLE_MARK
from ..ops.alerts import AlertItem
from .pdf_ledger import status_text
from .pdf_table import SIGNATURE_HEIGHT, Column, PdfResult, Row, Sheet, render


@dataclass(frozen=True)
class UnitReport:
    """One unit's progress for one period. Each line's `section` holds the ledger it belongs to."""

    unit: str
    period: str  # YYYY-MM
    lines: list[LedgerLine] = field(default_factory=list)
    as_of: date | None = None
    sample: bool = False  # from a ledger of sample data: every page says 示例数据


@dataclass(frozen=True)
class AlertEntry:
    unit: str
    task_id: str
    ledger: str  # ledger title as printed
    seq: str
    measure: str
    alert: str  # "overdue" | "due_soon" | "unreported"
    due: date | None = None
    role: str = "lead"  # the unit's role on the task: "lead" 牵头 | "cooperating" 配合


def alert_entries(pairs: Iterable[tuple[str, AlertItem]], ledger_titles: dict[str, str]) -> list[AlertEntry]:
    """(unit, ops.alerts.AlertItem) pairs as printed rows."""
    return [
        AlertEntry(unit=unit, task_id=i.task_id, ledger=ledger_titles.get(i.ledger, i.ledger),
                   seq="" if i.seq is None else str(i.seq), measure=i.measure, alert=i.alert, due=i.due,
                   role=i.role)
        for unit, i in pairs
    ]


@dataclass(frozen=True)
class DashboardRow:
    label: str  # a unit, a ledger or a plan
    tasks: int
    done: int
    on_schedule: int
    overdue: int
    reporting_rate: float | None = None  # 0..1; None when no report was due
    unreported: int = 0  # owing units × tasks without a submitted or approved report for the period
    returned: int = 0


ALERTS = {code: (MARK_SYMBOLS[code], alert_label(code)) for code in ("overdue", "due_soon", "unreported")}

UNIT_COLUMNS = (
    Column("所属台账", 70, "center"),
    Column("序号", 28, "center"),
    Column("具体措施", 250),
    Column("完成时限", 62, "center"),
    Column("进展情况", 220),
    Column("完成状态", 56, "center"),
    Column("备注", 56),
)
ALERT_COLUMNS = (
    Column("责任单位", 80, "center"),
    Column("提醒", 56, "center"),
    Column("所属台账", 110),
    Column("序号", 30, "center"),
    Column("角色", 34, "center"),
    Column("具体措施", 326),
    Column("完成时限", 84, "center"),
)


def _as_of(d: date | None, sample: bool = False) -> str:
    """The heading's right-hand note, 示例数据 first on sample data (as the ledger's)."""
    return "　　".join(([SAMPLE_MARK] if sample else []) + ([f"截至 {cn_date(d)}"] if d else []))


def _stamp(sample: bool) -> str:
    return SAMPLE_MARK if sample else ""


def write_unit_report_pdf(report: UnitReport, path: str | os.PathLike[str], *, signature: bool = True) -> PdfResult:
    rows = [
        Row((ln.section, ln.seq, ln.measure, ln.deadline, ln.progress, status_text(ln), ln.remarks),
            frozenset({5}) if ln.mark in ("overdue", "due_soon") else frozenset())
        for ln in report.lines
    ]
    title = f"{report.unit}重点任务进展情况（{cn_period(report.period)}）"

    def draw(sheet: Sheet) -> None:
        sheet.heading(annex="", title=title, left=f"填报单位：{report.unit}", right=_as_of(report.as_of, report.sample))
        sheet.table(UNIT_COLUMNS, rows, merge_first=True,
                    keep_with_last=SIGNATURE_HEIGHT if signature else 0.0)
        if signature:
            sheet.signature()

    return render(path, title, draw, stamp=_stamp(report.sample))


def write_alerts_pdf(entries: Sequence[AlertEntry], path: str | os.PathLike[str], *, as_of: date,
                     title: str = "重点任务预警清单", sample: bool = False) -> PdfResult:
    """Alerts grouped by unit (units in the order given), worst first within a unit; `sample`: the
    ledger holds sample data (ops.sample.sample_scale), said on every page."""
    units = list(dict.fromkeys(e.unit for e in entries))
    order = list(ALERTS)
    ranked = sorted(entries, key=lambda e: (units.index(e.unit), order.index(e.alert), e.due or date.max))
    rows = [
        Row((e.unit, " ".join(ALERTS[e.alert]), e.ledger, e.seq, ROLES[e.role], e.measure,
             cn_date(e.due) if e.due else ""),
            frozenset({1}) if e.alert == "overdue" else frozenset())
        for e in ranked
    ]
    counts = "　".join(f"{label} {sum(e.alert == kind for e in entries)} 项" for kind, (_, label) in ALERTS.items())

    def draw(sheet: Sheet) -> None:
        sheet.heading(annex="", title=title, left=counts, right=_as_of(as_of, sample))
        sheet.table(ALERT_COLUMNS, rows, merge_first=True)

    return render(path, title, draw, stamp=_stamp(sample))


def write_dashboard_pdf(rows: Sequence[DashboardRow], path: str | os.PathLike[str], *, as_of: date,
                        title: str = "重点任务完成情况统计", label_title: str = "责任单位",
                        sample: bool = False) -> PdfResult:
    columns = (
        Column(label_title, 200),
        *(Column(t, 60, "right") for t in ("任务数", "已完成", "完成率", "按期推进", "逾期", "未报送", "退回", "报送率")),
    )
    table = [
        Row((r.label, str(r.tasks), str(r.done), _percent(r.done / r.tasks if r.tasks else None),
             str(r.on_schedule), str(r.overdue), str(r.unreported), str(r.returned), _percent(r.reporting_rate)),
            frozenset({5}) if r.overdue else frozenset())
        for r in rows
    ]

    def draw(sheet: Sheet) -> None:
        sheet.heading(annex="", title=title, right=_as_of(as_of, sample))
        sheet.table(columns, table)

    return render(path, title, draw, stamp=_stamp(sample))


def _percent(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.1f}%"
