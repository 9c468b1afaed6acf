"""The figures a coordinator takes to a meeting: per ledger and per unit, as of a date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..core.dates import parse_period
from ..store import catalog
from ..store import reports as store_reports
from ..store import units as store_units
from ..store.db import Store
from .status import task_statuses
from .units import responsible_units


@dataclass
class FigureRow:
    """Counts for one ledger or unit.

    done: done or closed; overdue: past its due date and not done; on_schedule: the rest.
    reported: tasks with a submitted or approved report for the period (for a unit row: by
    that unit); reporting_rate = reported / tasks, None when there are no tasks.
    """

    label: str
    tasks: int = 0
    done: int = 0
    on_schedule: int = 0
    overdue: int = 0
    reported: int = 0

    @property
    def reporting_rate(self) -> float | None:
        return self.reported / self.tasks if self.tasks else None


@dataclass
class Dashboard:
    as_of: date
    period: str
    ledgers: list[FigureRow] = field(default_factory=list)
    units: list[FigureRow] = field(default_factory=list)

    @property
    def total(self) -> FigureRow:
        total = FigureRow("合计")
        for row in self.ledgers:
            for name in ("tasks", "done", "on_schedule", "overdue", "reported"):
                setattr(total, name, getattr(total, name) + getattr(row, name))
        return total


def figures(store: Store, as_of: date, period: str) -> Dashboard:
    parse_period(period)
    with store.read() as db:
        ledgers = catalog.ledgers(db)
        tasks = catalog.tasks(db)
        directory = store_units.all_units(db)
        reports = [r for r in store_reports.find(db, period=period) if r.state in ("submitted", "approved")]
    owners = responsible_units(tasks, directory)
    reported_by = {(r.task_id, r.unit) for r in reports}
    reported_tasks = {r.task_id for r in reports}
    by_ledger = {ledger.code: FigureRow(ledger.title) for ledger in ledgers}
    by_unit = {u.name: FigureRow(u.name) for u in directory}
    for st in task_statuses(store, tasks, as_of):
        outcome = "done" if st.status in ("done", "closed") else "overdue" if st.status == "overdue" else "on_schedule"
        _count(by_ledger[st.task.ledger], outcome, st.task.id in reported_tasks)
        for unit in owners[st.task.id]:
            _count(by_unit.setdefault(unit, FigureRow(unit)), outcome, (st.task.id, unit) in reported_by)
    return Dashboard(
        as_of=as_of,
        period=period,
        ledgers=[row for row in by_ledger.values() if row.tasks],
        units=[row for row in by_unit.values() if row.tasks],
    )


def _count(row: FigureRow, outcome: str, reported: bool) -> None:
    row.tasks += 1
    setattr(row, outcome, getattr(row, outcome) + 1)
    row.reported += reported
