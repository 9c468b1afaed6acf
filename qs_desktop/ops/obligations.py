"""Per-unit obligations over the whole ledger, read in a few batched queries (see core.obligations).

Every view, export and command that says who owes what (tasks, alerts, statistics, to-do lists,
unit reports, forms) goes through `load` and the helpers here, so they all agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..core import obligations as rules_ob
from ..core import rules
from ..core.dates import parse_period
from ..core.model import Schedule, Task
from ..core.obligations import Assessment, Duty, Filed, Terms
from ..core.schedule import schedule_for
from ..store import catalog, settings
from ..store import reports as store_reports
from ..store import units as store_units
from ..store.db import Store
from .catalog import check_acting, resolve_unit


def schedule_of(task: Task, year: int) -> Schedule:
    """The deadline column when there is one; else the latest date named in the task's text."""
    return schedule_for(task.deadline, task.measure, year)


@dataclass(frozen=True)
class Ledgerwide:
    """Everything the obligation rules need, read once: settings, plan terms, groups, reports."""

    settings: rules.RuleSettings
    terms: dict[str, Terms]  # ledger code -> its plan's terms
    members: dict[str, tuple[str, ...]]  # group name -> member unit names
    filed: dict[str, dict[str, dict[str, Filed]]]  # task -> unit -> period -> report

    def duties(self, task: Task) -> tuple[Duty, ...]:
        return rules_ob.duties(task, self.members, self.terms[task.ledger].cooperating)

    def duty_of(self, task: Task, unit: str) -> Duty | None:
        """The unit's duty on the task, None when it owes no reports on it."""
        return next((d for d in self.duties(task) if d.unit == unit), None)

    def schedule(self, task: Task) -> Schedule:
        return schedule_of(task, self.terms[task.ledger].year)

    def assess(self, task: Task, as_of: date) -> tuple[Schedule, Assessment]:
        schedule = self.schedule(task)
        terms = self.terms[task.ledger]
        found = rules_ob.assess(task, schedule, self.duties(task), self.filed.get(task.id, {}), terms, as_of,
                                self.settings)
        return schedule, found

    def closed_after(self, task: Task) -> str | None:
        """The last period owed on a closed task (see core.obligations.closing_period); None while open."""
        return rules_ob.closing_period(task.closed_at, self.settings.report_day, self.terms[task.ledger])

    def own(self, task: Task, unit: str) -> dict[str, Filed]:
        return self.filed.get(task.id, {}).get(unit, {})


def load(store: Store, tasks: list[Task] | None = None) -> Ledgerwide:
    """The rules' inputs; with `tasks`, reports of those tasks only (the rest read as unreported)."""
    with store.read() as db:
        return Ledgerwide(
            settings=rules.RuleSettings(due_soon_days=int(settings.get(db, "due_soon_days")),
                                        report_day=int(settings.get(db, "report_day"))),
            terms=catalog.reporting_terms(db),
            members={u.name: u.members for u in store_units.all_units(db) if u.kind == "group"},
            filed=store_reports.filed(db, None if tasks is None else [t.id for t in tasks]),
        )


def report_day(store: Store) -> int:
    with store.read() as db:
        return int(settings.get(db, "report_day"))


def owed_period(store: Store, as_of: date) -> str:
    """应报期 as of a date — the default period of every command, export and page that takes one.

    The month whose reports were due by `report_day`, but never past the last period any plan
    owes: a 2022 ledger opened years later defaults to 2022-12, where its reporting ended.
    """
    period = rules.due_period(as_of, report_day(store))
    with store.read() as db:
        terms = catalog.reporting_terms(db).values()
    return min(period, max(t.last for t in terms)) if terms else period


def check_period(store: Store, task: Task | None, period: str, today: date | None = None) -> None:
    """Refuse a report, review or form for a period before the plan's year or after the current month.

    Without a task (a form covers several plans) the earliest plan year is the bound.
    """
    parse_period(period)
    with store.read() as db:
        terms = catalog.reporting_terms(db)
    years = [terms[task.ledger].year] if task else [t.year for t in terms.values()]
    rules_ob.check_period(period, min(years, default=int(period[:4])), today or date.today())


@dataclass(frozen=True)
class UnitDuty:
    task: Task
    role: str  # "lead" | "cooperating"
    owed: bool  # the unit owes a report for the period asked about


def unit_duties(store: Store, unit: str, period: str) -> list[UnitDuty]:
    """The tasks `unit` owes reports on (lead, or cooperating where the plan says so), in ledger order,
    each saying whether the unit owes `period` itself (a window outside its months, a task it finished
    or a closed one: not owed)."""
    parse_period(period)
    who = resolve_unit(store, unit)
    check_acting(who)
    with store.read() as db:  # a unit owes only on tasks given to it or to a group it is in
        tasks = catalog.tasks(db, unit_ids=[who.id, *store_units.groups_of(db, who.id)])
    world = load(store, tasks)
    out = []
    for task in tasks:
        duty = world.duty_of(task, who.name)
        if duty is None:
            continue
        owed = rules_ob.owes(world.schedule(task), world.terms[task.ledger], period, world.own(task, who.name),
                             world.closed_after(task))
        out.append(UnitDuty(task, duty.role, owed))
    return out
