"""Accountability figures per plan or per unit: who owed a report for a period, who sent it, who is late.

One computation for `qs-ledger stats`, the 统计 page, its chart and its PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..core.dates import parse_period
from ..core.errors import InvalidInput
from ..core.obligations import finished, owes, reported
from ..store import catalog
from ..store import units as store_units
from ..store.db import Store
from .obligations import load
from .status import task_statuses

BY = ("plan", "ledger", "unit")


@dataclass
class StatsRow:
    """Counts for one plan (`key` = plan code), ledger (ledger code) or unit (unit name).

    The report counts are over obligations — one per owing unit and task — for `period`:
    owed (the unit owes that period), submitted (awaiting review), approved, returned (sent back and
    not yet resent), unreported (owed, neither submitted nor approved: no report, a draft or a
    returned one). report_rate = (owed - unreported) / owed, None when nothing is owed.
    tasks / done / overdue count tasks: for a plan or ledger, by the task's aggregate status (done
    includes closed); for a unit, by that unit's own status on each task it owes (a closed task is
    done for a unit only when its own reports say 已完成 — a task cancelled from above is not).
    """

    key: str
    label: str
    period: str
    tasks: int = 0
    done: int = 0
    overdue: int = 0
    owed: int = 0
    submitted: int = 0
    approved: int = 0
    returned: int = 0
    unreported: int = 0

    @property
    def reported(self) -> int:
        return self.owed - self.unreported

    @property
    def report_rate(self) -> float | None:
        return self.reported / self.owed if self.owed else None

    @property
    def on_schedule(self) -> int:
        return self.tasks - self.done - self.overdue

    def to_json(self) -> dict:
        names = ("key", "label", "period", "tasks", "done", "overdue", "owed", "submitted", "approved",
                 "returned", "unreported")
        return {n: getattr(self, n) for n in names} | {
            "reported": self.reported,
            "report_rate": None if self.report_rate is None else round(self.report_rate, 4),
        }


def stats(store: Store, as_of: date, period: str | None = None, by: str = "plan") -> list[StatsRow]:
    """Rows per plan or ledger (ledger order) or per unit (directory order); rows without tasks left out.

    `period` defaults to each plan's owed period as of `as_of` (应报期, never past the plan's
    last reporting period — a 2022 plan opened in 2026 is counted for 2022-12).
    """
    if by not in BY:
        raise InvalidInput(f"统计方式“{by}”无法识别，应为 plan（按计划）、ledger（按台账）或 unit（按单位）。")
    if period is not None:
        parse_period(period)
    world = load(store)
    with store.read() as db:
        tasks = catalog.tasks(db)
        ledgers = catalog.ledgers(db)
        directory = store_units.all_units(db)
    group_of = {lg.code: (lg.plan.code, lg.plan.title) if by == "plan" else (lg.code, lg.title) for lg in ledgers}
    rows: dict[str, StatsRow] = {}
    if by != "unit":
        for key, label in group_of.values():
            rows.setdefault(key, StatsRow(key, label, ""))
    else:
        for u in directory:
            if u.kind != "group":
                rows[u.name] = StatsRow(u.name, u.name, "")
    for st in task_statuses(store, tasks, as_of, world):
        task, found = st.task, st.assessment
        terms = world.terms[task.ledger]
        asked = period or found.period
        if by != "unit":
            row = rows[group_of[task.ledger][0]]
            row.period = asked
            row.tasks += 1
            row.done += st.status in ("done", "closed")
            row.overdue += st.status == "overdue"
        for unit in found.units:
            own = world.own(task, unit.unit)
            if by == "unit":
                row = rows.setdefault(unit.unit, StatsRow(unit.unit, unit.unit, ""))
                row.period = max(row.period, asked)
                row.tasks += 1
                row.done += unit.status == "done" or (unit.status == "closed" and finished(own.values()))
                row.overdue += unit.status == "overdue"
            if not owes(st.schedule, terms, asked, own, world.closed_after(task)):
                continue
            filed = own.get(asked)
            state = filed.state if filed else None
            row.owed += 1
            row.submitted += state == "submitted"
            row.approved += state == "approved"
            row.returned += state == "returned"
            row.unreported += not reported(filed)
    return [row for row in rows.values() if row.tasks]


def total(rows: list[StatsRow], label: str = "合计") -> StatsRow:
    out = StatsRow("", label, max((r.period for r in rows), default=""))
    for name in ("tasks", "done", "overdue", "owed", "submitted", "approved", "returned", "unreported"):
        setattr(out, name, sum(getattr(r, name) for r in rows))
    return out


def ranking(rows: list[StatsRow]) -> list[StatsRow]:
    """Units as leaders rank them: report rate (highest first), then fewest overdue, then fewest returned.

    Units that owed nothing for the period come last.
    """
    return sorted(rows, key=lambda r: (r.report_rate is None, -(r.report_rate or 0), r.overdue, r.returned))
