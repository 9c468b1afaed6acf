"""Schedules, derived statuses and alerts as of a date; the printable ledger document."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..core import columns as ledger_columns
from ..core import rules
from ..core.dates import parse_period
from ..core.model import LedgerDocument, LedgerLine, Schedule, Task
from ..core.quantity import progress_note
from ..core.schedule import schedule_for
from ..store import catalog, settings
from ..store import reports as store_reports
from ..store.db import Store
from .catalog import get_ledger, resolve_unit_id, unit_scope


@dataclass(frozen=True)
class TaskStatus:
    task: Task
    schedule: Schedule
    status: str  # derived status code (see core.rules)
    alerts: tuple[str, ...]

    def to_json(self) -> dict:
        return self.task.to_json() | {
            "schedule": self.schedule.to_json(),
            "status": self.status,
            "alerts": list(self.alerts),
        }


def schedule_of(task: Task, year: int) -> Schedule:
    return schedule_for(task.deadline, task.measure, year)


def rule_settings(store: Store) -> tuple[int, int]:
    with store.read() as db:
        return int(settings.get(db, "due_soon_days")), int(settings.get(db, "report_day"))


def task_statuses(store: Store, tasks: list[Task], as_of: date) -> list[TaskStatus]:
    due_soon_days, report_day = rule_settings(store)
    with store.read() as db:
        starts = catalog.plan_starts(db)
        approved = store_reports.approved_latest(db)
        periods = store_reports.reported_periods(db)
    out = []
    for task in tasks:
        year, issued = starts[task.ledger]
        schedule = schedule_of(task, year)
        latest = approved.get(task.id)
        state = rules.derive(
            schedule,
            task.due_override,
            latest[1] if latest else None,
            task.closed_at is not None,
            as_of,
            periods.get(task.id, set()),
            rules.RuleSettings(due_soon_days=due_soon_days, report_day=report_day, year_start=issued),
        )
        out.append(TaskStatus(task, schedule, state.status, tuple(state.alerts)))
    return out


def ledger_document(store: Store, code: str, as_of: date, period: str | None = None) -> LedgerDocument:
    """The official ledger as of a date; progress columns from `period`'s reports (approved first).

    Water and soil tasks have a short title and no deadline column: the title heads the
    measure cell, and the deadline cell shows the phrase the schedule was read from.
    """
    return ledger_view(store, code, as_of, period)[0]


def ledger_view(
    store: Store, code: str, as_of: date, period: str | None = None
) -> tuple[LedgerDocument, list[TaskStatus]]:
    """The ledger document and the statuses it was drawn from (the ledger page needs both)."""
    ledger = get_ledger(store, code)
    with store.read() as db:
        tasks = catalog.tasks(db, ledger=code)
        period_reports = store_reports.find(db, period=period, task_ids=[t.id for t in tasks]) if period else []
    by_id = {t.id: t for t in tasks}
    progress: dict[str, list[str]] = {}
    for report in period_reports:
        if report.state in ("approved", "submitted"):
            task = by_id[report.task_id]
            count = progress_note(report.quantity, task.target_quantity, task.target_unit)
            count = f"（{count}）" if count else ""
            mark = "" if report.state == "approved" else "（待审核）"
            progress.setdefault(report.task_id, []).append(f"{report.unit}：{report.progress}{count}{mark}")
    lines = []
    statuses = task_statuses(store, tasks, as_of)
    issued = ledger_columns.issued_columns(ledger.columns, tasks)
    printed = ledger_columns.printed_columns(issued)
    for st in statuses:
        t = st.task
        cells = {c.key: ledger_columns.cell_text(t, c, issued, st.schedule.text) for c in issued}
        line = LedgerLine(
            task_id=t.id,
            section=t.section or "",
            seq=str(t.seq) if t.seq is not None else "",
            measure=ledger_columns.cell_text(t, ledger_columns.DEFAULT_COLUMNS[2], issued, ""),
            deadline=t.deadline or st.schedule.text,
            lead_units=ledger_columns.cell_text(t, ledger_columns.DEFAULT_COLUMNS[4], issued, ""),
            progress="\n".join(progress.get(t.id, [])),
            status=rules.status_label(st.status),
            remarks=t.remarks,
            mark=_mark(st),
        )
        own = {ledger_columns.PROGRESS: line.progress, ledger_columns.STATUS: line.status}
        lines.append(replace(line, cells=tuple(own.get(c.field, cells.get(c.key, "")) for c in printed)))
    doc = LedgerDocument(
        code=ledger.code,
        title=ledger.title,
        doc_no=ledger.plan.doc_no,
        annex=ledger.annex,
        lines=lines,
        as_of=as_of,
        period=period,
        columns=printed,
        issuer=ledger.plan.issuer,
        issued_on=ledger.plan.issued_on,
    )
    return doc, statuses


def unit_lines(store: Store, unit: str, period: str, as_of: date) -> list[LedgerLine]:
    """One unit's tasks (direct or through a group) with its own report for `period`.

    The section cell names the ledger, the status cell the unit's reported status, and the
    remarks cell the review state, so a printed unit report says where each report stands.
    """
    parse_period(period)
    with store.read() as db:
        unit_id = resolve_unit_id(db, unit)
        tasks = catalog.tasks(db, unit_ids=unit_scope(db, unit_id))
        own = {r.task_id: r for r in store_reports.find(db, unit_id=unit_id, period=period)}
        titles = {lg.code: lg.title for lg in catalog.ledgers(db)}
    lines = []
    for st in task_statuses(store, tasks, as_of):
        t, report = st.task, own.get(st.task.id)
        lines.append(
            LedgerLine(
                task_id=t.id,
                section=titles[t.ledger],
                seq=str(t.seq) if t.seq is not None else "",
                measure=f"{t.title}\n{t.measure}" if t.title else t.measure,
                deadline=t.deadline or st.schedule.text,
                lead_units="、".join(t.lead_units),
                progress=_report_cell(report, t) if report else "",
                status=rules.status_label(report.status) if report else rules.alert_label("unreported"),
                remarks=_review_cell(report) if report else "",
                mark=_mark(st),
            )
        )
    return lines


def _report_cell(report, task: Task) -> str:
    parts = [report.progress]
    count = progress_note(report.quantity, task.target_quantity, task.target_unit)
    if count:
        parts.append(count)
    if report.problems:
        parts.append(f"存在问题：{report.problems}")
    if report.next_steps:
        parts.append(f"下一步：{report.next_steps}")
    return "\n".join(p for p in parts if p)


def _review_cell(report) -> str:
    label = rules.review_label(report.state)
    return f"{label}：{report.review_comment}" if report.review_comment else label


def _mark(st: TaskStatus) -> str | None:
    if st.status in ("done", "closed"):
        return "done"
    if "overdue" in st.alerts:
        return "overdue"
    if "due_soon" in st.alerts:
        return "due_soon"
    return None
