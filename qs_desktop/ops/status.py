"""Schedules, derived statuses and alerts as of a date; the printable ledger document."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..core import columns as ledger_columns
from ..core import rules, sample
from ..core.dates import parse_period
from ..core.model import LedgerDocument, LedgerLine, Schedule, Task
from ..core.obligations import (
    Assessment,
    Filed,
    UnitState,
    finished,
    owes,
    reported,
    unreported_in,
    unreported_note,
)
from ..core.quantity import progress_note
from ..store import catalog, settings
from ..store import reports as store_reports
from ..store import units as store_units
from ..store.db import Store
from .catalog import get_ledger, resolve_unit_id, unit_scope
from .obligations import Ledgerwide, load


@dataclass(frozen=True)
class TaskStatus:
    task: Task
    schedule: Schedule
    status: str  # derived status code (see core.rules, core.obligations)
    alerts: tuple[str, ...]
    assessment: Assessment  # each owing unit's role, status and alerts

    def to_json(self) -> dict:
        return self.task.to_json() | {
            "schedule": self.schedule.to_json(),
            "status": self.status,
            "alerts": list(self.alerts),
            "owed_period": self.assessment.period,
            "owing_units": [{"unit": u.unit, "role": u.role} for u in self.assessment.units],
            "unreported_units": self.assessment.unreported_units,
            "unit_status": {u.unit: u.status for u in self.assessment.units},
        }


def task_statuses(store: Store, tasks: list[Task], as_of: date, world: Ledgerwide | None = None) -> list[TaskStatus]:
    """Each task's status and alerts, aggregated from its owing units (one batched read)."""
    world = world or load(store, tasks)
    out = []
    for task in tasks:
        schedule, found = world.assess(task, as_of)
        out.append(TaskStatus(task, schedule, found.status, found.alerts, found))
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
        is_sample = bool(settings.get(db, sample.SETTING))
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
    world = load(store, tasks)
    statuses = task_statuses(store, tasks, as_of, world)
    issued = ledger_columns.issued_columns(ledger.columns, tasks)
    printed = ledger_columns.printed_columns(issued)

    def missing(task: Task) -> str:
        """Below the progress of `period`: the owing units that have not reported it."""
        if not period:
            return ""
        owing = world.duties(task)
        names = unreported_in(world.schedule(task), world.terms[task.ledger], period, owing,
                              world.filed.get(task.id, {}), world.closed_after(task))
        return unreported_note(period, names, len(owing))

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
            progress="\n".join([*progress.get(t.id, []), *filter(None, [st.assessment.progress_note(), missing(t)])]),
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
        sample=is_sample,
    )
    return doc, statuses


def unit_lines(store: Store, unit: str, period: str, as_of: date) -> list[LedgerLine]:
    """The tasks a unit owes reports on (and any other it reported on), with its own report for `period`.

    A task of a plan whose reporting does not cover `period` (before it was issued, after its last
    period) is left out unless the unit reported on it: a 2022 plan is no part of a 2025 report.

    The section cell names the ledger, the status cell the unit's reported status — 未报送 when it
    owes the period and has neither submitted nor had approved a report (a draft or a returned one
    is still 未报送) — and the remarks cell the review state, so a printed unit report says where
    each report stands. The mark is the unit's own (overdue, due soon, done).
    """
    parse_period(period)
    with store.read() as db:
        unit_id = resolve_unit_id(db, unit)
        name = store_units.get(db, unit_id).name
        tasks = catalog.tasks(db, unit_ids=unit_scope(db, unit_id))
        own = {r.task_id: r for r in store_reports.find(db, unit_id=unit_id, period=period)}
        titles = {lg.code: lg.title for lg in catalog.ledgers(db)}
    world = load(store, tasks)
    lines = []
    for st in task_statuses(store, tasks, as_of, world):
        t, report = st.task, own.get(st.task.id)
        mine = next((u for u in st.assessment.units if u.unit == name), None)
        if report is None and (mine is None or not world.terms[t.ledger].first <= period <= world.terms[t.ledger].last):
            continue  # cooperating where cooperating units do not report, or the plan's reporting is over
        closed_after = world.closed_after(t)
        owed = owes(st.schedule, world.terms[t.ledger], period, world.own(t, name), closed_after)
        if report is not None and (reported(world.own(t, name).get(period)) or not owed):
            status = rules.status_label(report.status)
        elif closed_after is not None and period > closed_after:
            status = rules.status_label("closed")
        else:
            status = rules.alert_label("unreported") if owed else "无需报送"
        lines.append(
            LedgerLine(
                task_id=t.id,
                section=titles[t.ledger],
                seq=str(t.seq) if t.seq is not None else "",
                measure=f"{t.title}\n{t.measure}" if t.title else t.measure,
                deadline=t.deadline or st.schedule.text,
                lead_units="、".join(t.lead_units),
                progress=_report_cell(report, t) if report else "",
                status=status,
                remarks=_review_cell(report) if report else "",
                mark=_unit_mark(mine, world.own(t, name)) if mine else None,
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
    return _mark_of(st.status, st.alerts)


def _unit_mark(unit: UnitState, own: dict[str, Filed]) -> str | None:
    """The unit's own mark: no ✓ on a closed task the unit itself never finished (cancelled from above)."""
    if unit.status == "closed" and not finished(own.values()):
        return None
    return _mark_of(unit.status, unit.alerts)


def _mark_of(status: str, alerts: tuple[str, ...]) -> str | None:
    if status in ("done", "closed"):
        return "done"
    if "overdue" in alerts:
        return "overdue"
    if "due_soon" in alerts:
        return "due_soon"
    return None
