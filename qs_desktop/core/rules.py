"""Task statuses and alerts as of a date — the ledger's rules, in one place.

Reported status (what a unit writes in a report): not_started 未开始, in_progress 推进中,
done 已完成, ongoing 常态推进. Review states: draft 草稿, submitted 待审核, approved 已通过,
returned 已退回. Only the latest *approved* report moves a task's status.

Derived status of a task as of a date (first rule that applies):
1. closed 已销号 — the coordinator closed the task (销号). No alerts at all.
2. done 已完成 — the latest approved report says done. No alerts: a finished task is
   neither late nor owes further reports.
3. overdue 逾期 — the effective due date has passed. The due day itself is not overdue.
4. ongoing 常态推进 — the latest approved report says ongoing, or says in_progress for a
   task whose schedule is ongoing or recurring (such work is never "finished").
5. in_progress 推进中 — the latest approved report says in_progress.
6. not_started 未开始 — no approved report yet, or it says not_started.

Effective due date: the coordinator's override when set, else the schedule's due date.
Only "due" and "start" schedules have one; windows, ongoing, recurring and unparsed
phrases never become overdue by date — unless the coordinator gives them an override.
A "start" milestone (…开工) is met once work has started: it is overdue only when its
due date has passed and there is no approved report, or the latest says not_started.

Alerts (a task can carry several, in this order):
* overdue 逾期 — as status 3 above.
* due_soon 临期 — not done, not closed, milestone not yet met, and the effective due date
  is 0 to `due_soon_days` (default 15) days away, both ends included. Due today is due
  soon, not overdue.
* unreported 未报送 — reports for month M are due by `report_day` (default 5) of M+1, so
  on day d of month M the period that should be in is M-1 when d > report_day, else M-2
  (`due_period`). Whether a unit owes that period and has not sent it is decided by
  `core.obligations`; this module only attaches the alert to a status that is neither
  closed nor done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dates import period_of
from .errors import InvalidInput
from .model import Schedule

STATUSES = ("not_started", "in_progress", "done", "ongoing")
REVIEW_STATES = ("draft", "submitted", "approved", "returned")
ALERTS = ("overdue", "due_soon", "unreported")
DERIVED_STATUSES = ("closed", "done", "overdue", "in_progress", "ongoing", "not_started")

# Printed and shown beside the label, so a mark reads without colour (black-and-white print).
MARK_SYMBOLS = {"overdue": "●", "due_soon": "▲", "unreported": "○", "done": "✓"}

_LABELS = {  # code -> (Chinese, English)
    "not_started": ("未开始", "Not started"),
    "in_progress": ("推进中", "In progress"),
    "done": ("已完成", "Done"),
    "ongoing": ("常态推进", "Ongoing"),
    "closed": ("已销号", "Closed"),
    "overdue": ("逾期", "Overdue"),
    "due_soon": ("临期", "Due soon"),
    "unreported": ("未报送", "Unreported"),
    "draft": ("草稿", "Draft"),
    "submitted": ("待审核", "Submitted"),
    "approved": ("已通过", "Approved"),
    "returned": ("已退回", "Returned"),
}
_UNENDING = ("ongoing", "recurring")


@dataclass(frozen=True)
class RuleSettings:
    due_soon_days: int = 15
    report_day: int = 5

    def __post_init__(self) -> None:
        if not 0 <= self.due_soon_days <= 366:
            raise InvalidInput(f"临期天数“{self.due_soon_days}”不合理，应在 0 到 366 之间。")
        if not 1 <= self.report_day <= 28:
            raise InvalidInput(f"报送截止日“{self.report_day}”不合理，应为每月 1 到 28 日。")


@dataclass(frozen=True)
class TaskState:
    status: str  # one of DERIVED_STATUSES
    alerts: tuple[str, ...]  # in ALERTS order


def _label(code: str, lang: str) -> str:
    zh, en = _LABELS[code]
    return en if lang == "en" else zh


def status_label(code: str, lang: str = "zh") -> str:
    """Label of a reported or derived status code."""
    return _label(code, lang)


def alert_label(code: str, lang: str = "zh") -> str:
    return _label(code, lang)


def review_label(code: str, lang: str = "zh") -> str:
    return _label(code, lang)


# Other words clerks write for a status (typed over a form's drop-down, or on the command line).
STATUS_WORDS = {
    "进行中": "in_progress", "正在进行": "in_progress", "正在推进": "in_progress", "推进": "in_progress",
    "实施中": "in_progress", "正在实施": "in_progress", "施工中": "in_progress", "在建": "in_progress",
    "完成": "done", "已完工": "done", "完工": "done", "已办结": "done", "办结": "done",
    "未启动": "not_started", "尚未启动": "not_started", "尚未开始": "not_started", "未开工": "not_started",
    "常态": "ongoing", "常态化": "ongoing", "常态化推进": "ongoing", "长期坚持": "ongoing", "持续推进": "ongoing",
}


def parse_status(text: str) -> str:
    """A reported status from its code, its Chinese label or a common word for it."""
    key = "".join(text.split())
    for code in STATUSES:
        if key.lower() == code or key == _LABELS[code][0]:
            return code
    if key in STATUS_WORDS:
        return STATUS_WORDS[key]
    allowed = "、".join(_LABELS[code][0] for code in STATUSES)
    raise InvalidInput(f"完成状态“{text.strip()}”无法识别，应为：{allowed}。")


def effective_due(schedule: Schedule, due_override: date | None) -> date | None:
    return due_override or schedule.due


def due_period(as_of: date, report_day: int) -> str:
    """The "YYYY-MM" period whose reports should be in as of `as_of`."""
    back = 1 if as_of.day > report_day else 2
    months = as_of.year * 12 + as_of.month - 1 - back
    return period_of(date(months // 12, months % 12 + 1, 1))


def derive(
    schedule: Schedule,
    due_override: date | None,
    latest_approved_status: str | None,
    closed: bool,
    as_of: date,
    unreported: bool,
    settings: RuleSettings,
) -> TaskState:
    if closed:
        return TaskState("closed", ())
    if latest_approved_status == "done":
        return TaskState("done", ())
    alerts = []
    due = effective_due(schedule, due_override)
    started = latest_approved_status not in (None, "not_started")
    if due and not (schedule.kind == "start" and started):
        days_left = (due - as_of).days
        if days_left < 0:
            alerts.append("overdue")
        elif days_left <= settings.due_soon_days:
            alerts.append("due_soon")
    if unreported:
        alerts.append("unreported")
    if "overdue" in alerts:
        status = "overdue"
    elif latest_approved_status == "ongoing" or (
        latest_approved_status == "in_progress" and schedule.kind in _UNENDING
    ):
        status = "ongoing"
    else:
        status = latest_approved_status or "not_started"
    return TaskState(status, tuple(alerts))
