"""Who owes which report, and where each unit stands — every unit answers for itself.

Owing units (`duties`): a task's lead units, a group (各乡（镇）人民政府) standing for each of its
members; its cooperating units too when the plan says 配合单位也需报送 (`Terms.cooperating`).
A unit named both ways owes as lead. One unit's report never discharges another's duty.

Periods owed (`owes`, `periods_owed`): every month from the plan's first period (the month it was
issued; January of its year without an issue date) to its last (December of its year, unless
the coordinator extended it), up to the owed period (应报期, `rules.due_period`); a window
schedule (2022 年 5-9 月份) only for the months it covers. Closing a task (销号) ends obligations
after its closing period (`closing_period`: the owed period on the day it was closed); the months
before stay owed and reported exactly as they were, so closing a task later never rewrites what a
month's statistics said. A unit whose own latest approved report (latest by period) says 已完成
owes nothing after that report's period; months it skipped before stay owed.

Reported (`reported`): the unit has a submitted or approved report for the period. A draft or
a returned report is not reported.

Each unit's status is `rules.derive` on its own latest approved report. The task's status
aggregates its owing units (`assess`): closed (as of its closing day or later) → closed; every
owing unit done → done; otherwise overdue when any unfinished unit is overdue, else the furthest status among the
unfinished units (ongoing, then in progress, then not started) — at least in progress once
some units are done. Its alerts are the union of the unfinished units' alerts. A task nobody
owes (no lead unit) keeps the status of its latest approved report from any unit and never goes
unreported.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from . import rules
from .dates import cn_date, cn_period, parse_period, period_of
from .errors import InvalidInput
from .model import Schedule, Task
from .units import short_name

ROLES = {"lead": "牵头", "cooperating": "配合"}
REPORTED_STATES = ("submitted", "approved")
_FURTHEST = ("ongoing", "in_progress", "not_started")  # unfinished statuses, furthest first


@dataclass(frozen=True)
class Terms:
    """A plan's reporting terms: first and last period owed, and whether cooperating units owe."""

    year: int
    first: str
    last: str
    cooperating: bool = False


def plan_terms(year: int, issued_on: date | None, report_until: str | None = None, cooperating: bool = False) -> Terms:
    first = max(period_of(issued_on), f"{year:04d}-01") if issued_on else f"{year:04d}-01"
    return Terms(year, first, report_until or f"{year:04d}-12", cooperating)


@dataclass(frozen=True)
class Duty:
    unit: str
    role: str  # "lead" | "cooperating"

    @property
    def role_label(self) -> str:
        return ROLES[self.role]


@dataclass(frozen=True)
class Filed:
    """A unit's report for one period, as far as the rules care."""

    period: str
    state: str  # rules.REVIEW_STATES
    status: str  # rules.STATUSES
    review_comment: str = ""


def duties(task: Task, members: Mapping[str, Sequence[str]], cooperating: bool) -> tuple[Duty, ...]:
    """The units that owe reports on `task`, in assignment order, groups expanded."""
    out: dict[str, str] = {}
    named = [(n, "lead") for n in task.lead_units]
    if cooperating:
        named += [(n, "cooperating") for n in task.cooperating_units]
    for name, role in named:
        for unit in members.get(name) or (name,):
            out.setdefault(unit, role)
    return tuple(Duty(unit, role) for unit, role in out.items())


def months(first: str, last: str) -> list[str]:
    """Every period from `first` to `last`, both included."""
    y, m = parse_period(first)
    end = parse_period(last)
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def closing_period(closed_at: str | None, report_day: int, terms: Terms) -> str | None:
    """The last period owed on a closed task: its owed period (应报期) on the day it was closed.

    Every month whose reports were already due when the coordinator closed the task stays owed;
    the month under way was not yet due, and reports on a closed task are refused, so owing it
    would be a 未报送 nobody could clear. None while the task is open.
    """
    if closed_at is None:
        return None
    return owed_period(date.fromisoformat(closed_at[:10]), report_day, terms)


def owes(schedule: Schedule, terms: Terms, period: str, own: Mapping[str, Filed], closed_after: str | None) -> bool:
    """Whether a unit owes `period` on a task, given its own reports on it (`own`: period -> Filed).

    Never after a closed task's closing period (`closed_after`, None while open), outside the plan's
    first..last periods, or outside a window's months; not after the period of the unit's latest
    approved report when that report says done (that period itself was owed, and so are months
    skipped before it).
    """
    if closed_after is not None and period > closed_after:
        return False
    if not terms.first <= period <= terms.last:
        return False
    if schedule.kind == "window" and schedule.start and schedule.end and not (
        period_of(schedule.start) <= period <= period_of(schedule.end)
    ):
        return False
    latest = latest_approved(own.values())
    return latest is None or latest.status != "done" or period <= latest.period


def periods_owed(schedule: Schedule, terms: Terms, up_to: str, own: Mapping[str, Filed],
                 closed_after: str | None) -> list[str]:
    """Every period up to `up_to` the unit owes on the task (see `owes`), oldest first."""
    return [p for p in months(terms.first, min(up_to, terms.last)) if owes(schedule, terms, p, own, closed_after)]


def owed_period(as_of: date, report_day: int, terms: Terms) -> str:
    """The period a plan's units must have reported as of `as_of`: 应报期, not past the plan's last."""
    return min(rules.due_period(as_of, report_day), terms.last)


def check_period(period: str, first_year: int, today: date) -> None:
    """Refuse a period before the plan's year (`first_year`) or after the current month (`today`)."""
    parse_period(period)
    if period < f"{first_year:04d}-01":
        raise InvalidInput(f"报送期 {cn_period(period)} 早于计划年度（{first_year} 年），不能填报、审核或下发填报表。")
    if period > period_of(today):
        raise InvalidInput(f"报送期 {cn_period(period)} 还没有到（今天是 {cn_date(today)}），不能提前填报、审核或下发填报表。")


def latest_approved(filed: Iterable[Filed]) -> Filed | None:
    approved = [f for f in filed if f.state == "approved"]
    return max(approved, key=lambda f: f.period) if approved else None


def finished(own: Iterable[Filed]) -> bool:
    """The unit's own latest approved report says 已完成 (whether or not the task was closed)."""
    latest = latest_approved(own)
    return latest is not None and latest.status == "done"


def reported(filed: Filed | None) -> bool:
    return filed is not None and filed.state in REPORTED_STATES


@dataclass(frozen=True)
class UnitState:
    unit: str
    role: str
    status: str  # derived status (rules.DERIVED_STATUSES) from the unit's own approved reports
    alerts: tuple[str, ...]
    filed: Filed | None  # its report for the owed period, in whatever state

    @property
    def unreported(self) -> bool:
        return "unreported" in self.alerts

    @property
    def done(self) -> bool:
        return self.status in ("done", "closed")


@dataclass(frozen=True)
class Assessment:
    """A task as of a date: its aggregate status and alerts, and each owing unit's."""

    status: str
    alerts: tuple[str, ...]
    units: tuple[UnitState, ...]
    period: str  # the owed period the unreported alerts refer to

    @property
    def unreported_units(self) -> list[str]:
        return [u.unit for u in self.units if u.unreported]

    @property
    def done_count(self) -> int:
        return sum(u.done for u in self.units)

    def progress_note(self) -> str:
        """“已完成 7/12” while some but not all owing units are done; else ""."""
        done, owing = self.done_count, len(self.units)
        return f"已完成 {done}/{owing}" if 0 < done < owing else ""  # closed: every unit is closed

    def unreported_note(self, limit: int = 3) -> str:
        return unreported_note(self.period, self.unreported_units, len(self.units), limit)


def unreported_note(period: str, names: Sequence[str], owing: int, limit: int = 3) -> str:
    """“2022年10月未报送 3/13：龙港镇、嘉峰镇、郑庄镇” (the first `limit` names, then 等); "" for none."""
    if not names:
        return ""
    return f"{cn_period(period)}未报送 {len(names)}/{owing}：{listed(names, limit)}"


def listed(names: Sequence[str], limit: int = 3) -> str:
    """“龙港镇、嘉峰镇、郑庄镇等”: the first `limit` short names, then 等 when there are more."""
    return "、".join(short_name(n) for n in names[:limit]) + ("等" if len(names) > limit else "")


def unreported_in(schedule: Schedule, terms: Terms, period: str, owing: Sequence[Duty],
                  filed: Mapping[str, Mapping[str, Filed]], closed_after: str | None) -> list[str]:
    """The owing units that owe `period` and have neither submitted nor had approved a report for it."""
    return [
        d.unit for d in owing
        if owes(schedule, terms, period, filed.get(d.unit, {}), closed_after)
        and not reported(filed.get(d.unit, {}).get(period))
    ]


def assess(
    task: Task,
    schedule: Schedule,
    owing: Sequence[Duty],
    filed: Mapping[str, Mapping[str, Filed]],
    terms: Terms,
    as_of: date,
    settings: rules.RuleSettings,
) -> Assessment:
    """`filed`: unit name -> period -> that unit's report on this task (any unit that filed).

    The task counts as closed from the day it was closed on, so an assessment as of an earlier
    date reads as it did then.
    """
    closed_after = closing_period(task.closed_at, settings.report_day, terms)
    closed = task.closed_at is not None and task.closed_at[:10] <= as_of.isoformat()
    period = owed_period(as_of, settings.report_day, terms)
    units = []
    for duty in owing:
        own = filed.get(duty.unit, {})
        latest = latest_approved(own.values())
        missing = bool(unreported_in(schedule, terms, period, (duty,), filed, closed_after))
        state = rules.derive(
            schedule, task.due_override, latest.status if latest else None, closed, as_of, missing, settings
        )
        units.append(UnitState(duty.unit, duty.role, state.status, state.alerts, own.get(period)))
    if not units:
        latest = latest_approved(f for own in filed.values() for f in own.values())
        state = rules.derive(schedule, task.due_override, latest.status if latest else None, closed, as_of,
                             False, settings)
        return Assessment(state.status, state.alerts, (), period)
    return Assessment(*_aggregate(units, closed), tuple(units), period)


def _aggregate(units: list[UnitState], closed: bool) -> tuple[str, tuple[str, ...]]:
    if closed:
        return "closed", ()
    open_units = [u for u in units if not u.done]
    if not open_units:
        return "done", ()
    alerts = tuple(a for a in rules.ALERTS if any(a in u.alerts for u in open_units))
    if "overdue" in alerts:
        return "overdue", alerts
    statuses = {u.status for u in open_units}
    if len(open_units) < len(units):  # some units are done: the task as a whole is under way
        statuses.add("in_progress")
    return next(s for s in _FURTHEST if s in statuses), alerts


@dataclass(frozen=True)
class Outstanding:
    """One period a unit owes on a task and has not had approved (a to-do item)."""

    period: str
    state: str  # "unreported" | "draft" | "submitted" | "returned"
    review_comment: str


def outstanding(schedule: Schedule, terms: Terms, up_to: str, own: Mapping[str, Filed],
                closed_after: str | None) -> list[Outstanding]:
    """Periods up to `up_to` the unit owes on the task and that are not approved, oldest first."""
    out = []
    for period in periods_owed(schedule, terms, up_to, own, closed_after):
        f = own.get(period)
        if f is None:
            out.append(Outstanding(period, "unreported", ""))
        elif f.state != "approved":
            out.append(Outstanding(period, f.state, f.review_comment))
    return out
