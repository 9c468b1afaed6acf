"""Adding and revising a unit's report on a task for a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..core import rules
from ..core.dates import parse_period
from ..core.errors import InvalidInput
from ..core.message import said
from ..core.model import Report, Task
from ..core.quantity import Quantity, check_against_target, normalize_unit
from ..store import audit, units
from ..store import reports as store_reports
from ..store.db import Store
from . import Changes, Revert
from .catalog import check_acting, get_task, resolve_unit_id, unit_scope
from .obligations import check_period
from .office import read_office
from .undo import revert_report


@dataclass
class ReportInput:
    task_id: str
    unit: str
    period: str
    status: str  # machine code or Chinese label
    progress: str = ""
    problems: str = ""
    next_steps: str = ""
    quantity: float | None = None  # toward the task's numeric target, in `quantity_unit`
    quantity_unit: str = ""  # "" = the target's unit
    submit: bool = True  # False keeps it as a draft
    source: str = ""
    today: date | None = None  # the current month ends the periods that can be reported (default: today)
    reporter: str = ""  # "" = this installation's office; a package names the unit's reporter


def save_report(store: Store, entry: ReportInput) -> Changes:
    """Create or revise the report for task × unit × period; every earlier version is kept."""
    task, fields = _prepare(store, entry)
    with store.write() as db:
        new = _write(db, store, task, entry, fields)
    if new is None:
        return Changes(outcome=said("报送内容没有变化。"))
    outcome = (said("已报送：{task} {period}（第 {version} 版）。", task=task.id, period=entry.period,
                    version=new["version"]) if entry.submit
               else said("已保存草稿：{task} {period}（第 {version} 版）。", task=task.id, period=entry.period,
                         version=new["version"]))
    before = new["version"] - 1 or None
    return Changes(tasks=frozenset({task.id}), reports=True, outcome=outcome,
                   revert=Revert(revert_report, (task.id, entry.unit, entry.period, before)))


# What a report says; a returned form or package carrying exactly this changes nothing.
CONTENT = ("status", "progress", "problems", "next_steps", "quantity")


def _prepare(store: Store, entry: ReportInput) -> tuple[Task, dict]:
    task = get_task(store, entry.task_id)
    fields = report_fields(task, entry, store.actor)
    check_period(store, task, entry.period, entry.today)
    return task, fields


def report_fields(task: Task, entry: ReportInput, actor: str) -> dict:
    """The stored fields of `entry` on `task`, or the Chinese refusal of the first rule it breaks."""
    status = rules.parse_status(entry.status)
    parse_period(entry.period)
    if task.closed_at:
        raise InvalidInput(said("任务 {task} 已销号，不能再填报。如需继续，请先撤销销号。", task=task.id))
    quantity = None
    if entry.quantity is not None:
        if entry.quantity < 0:
            raise InvalidInput("完成数量不能为负数。")
        given = Quantity(entry.quantity, normalize_unit(entry.quantity_unit))
        quantity = check_against_target(given, task.target_quantity, task.target_unit, task.id)
    if status != "not_started" and not entry.progress.strip():
        raise InvalidInput("请填写进展情况。")
    return {
        "status": status,
        "progress": entry.progress.strip(),
        "problems": entry.problems.strip(),
        "next_steps": entry.next_steps.strip(),
        "quantity": quantity,
        "reporter": entry.reporter or actor,
        "state": "submitted" if entry.submit else "draft",
        "source": entry.source,
    }


def _write(db, store: Store, task: Task, entry: ReportInput, fields: dict) -> dict | None:
    """Save inside the caller's transaction; None when nothing would change."""
    unit_id = _assigned_unit(db, task.id, entry.unit)
    return write_report(db, store.actor, task.id, unit_id, units.get(db, unit_id).name, entry, fields)


def write_report(db, actor: str, task_id: str, unit_id: int, unit_name: str, entry: ReportInput,
                 fields: dict) -> dict | None:
    """Save checked `fields` for a resolved unit inside the caller's transaction; None when nothing
    would change."""
    existing = store_reports.find_row(db, task_id, unit_id, entry.period)
    if existing and all(existing[k] == v for k, v in fields.items() if k not in ("reporter", "source")):
        return None
    old, new = store_reports.save(db, task_id, unit_id, entry.period, fields)
    audit.record(
        db,
        actor=actor,
        action="report.save" if entry.submit else "report.draft",
        entity="report",
        entity_id=f"{task_id}|{unit_name}|{entry.period}",
        task_id=task_id,
        old=_content(old),
        new=_content(new),
        note=_source_note(entry.source) + _on_behalf(db, unit_name, entry.source),
    )
    return new


def _on_behalf(db, unit: str, source: str) -> str:
    """The coordinator typing a unit's report in (代填) says so; a unit's returned form does not."""
    if source.startswith(("xlsx-form", "package")):
        return ""  # checked first: a returned file's rows need no settings read each
    office = read_office(db)
    if office.coordinator and office.unit and unit != office.unit:
        return f"（{office.unit}代填）"
    return ""


_SOURCES = {"cli": "命令行填报", "gui": "桌面填报"}


def _source_note(source: str) -> str:
    """The audit note says in words where a report came from; `source` keeps the code."""
    kind, _, form_id = source.partition(":")
    if kind == "xlsx-form":
        return f"填报表 {form_id}"
    if kind == "package":
        return f"数据包 {form_id}"
    return _SOURCES.get(source, source)


def list_reports(
    store: Store,
    *,
    task_id: str | None = None,
    unit: str | None = None,
    period: str | None = None,
    state: str | None = None,
) -> list[Report]:
    if period is not None:
        parse_period(period)
    if task_id is not None:
        get_task(store, task_id)
    with store.read() as db:
        unit_id = resolve_unit_id(db, unit) if unit is not None else None
        return store_reports.find(db, task_id=task_id, unit_id=unit_id, period=period, state=state)


def previous_report(store: Store, task_id: str, unit: str, period: str) -> Report | None:
    """The unit's latest report on the task before `period` (to prefill the next one)."""
    earlier = [r for r in list_reports(store, task_id=task_id, unit=unit) if r.period < period]
    return earlier[-1] if earlier else None


def _assigned_unit(db, task_id: str, unit_name: str) -> int:
    unit_id = resolve_unit_id(db, unit_name)
    unit = units.get(db, unit_id)
    check_acting(unit)
    office = read_office(db)
    if office.unit_only and unit.name != office.unit:
        raise InvalidInput(said("本机是“{office}”的单位安装，只能填报本单位的任务，不能替“{unit}”填报。", office=office.unit, unit=unit.name))
    assigned = units.assigned(db, task_id)
    if not set(unit_scope(db, unit_id)) & set(assigned):
        names = "、".join(units.get(db, u).name for u in assigned)
        raise InvalidInput(said("“{unit}”不是任务 {task} 的责任单位，不能填报。责任单位：{names}", unit=unit_name, task=task_id, names=names))
    return unit_id


def _content(row: dict | None) -> dict | None:
    if row is None:
        return None
    keys = ("version", "status", "progress", "quantity", "problems", "next_steps", "state", "review_comment")
    return {k: row[k] for k in keys}


