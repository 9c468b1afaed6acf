"""Remembering the fill-in forms handed out, to recognise them when they come back."""

from __future__ import annotations

from dataclasses import dataclass

from ..core import obligations
from ..core.errors import DatabaseError
from ..core.message import said
from ..core.model import Report, Task, Unit
from ..core.schedule import deadline_shown
from ..store import catalog, forms, imports, units
from ..store import reports as store_reports
from ..store.db import Store
from . import Changes
from .catalog import check_acting, resolve_unit_id, unit_scope
from .obligations import check_period, schedule_of


@dataclass(frozen=True)
class FormTask:
    task: Task
    ledger_title: str
    role: str  # "lead" | "cooperating"
    reports: tuple[Report, ...]  # the unit's reports on the task up to the form's period, oldest first
    deadline: str = ""  # 完成时限 as the unit is shown it (core.schedule.deadline_shown)


def form_tasks(store: Store, unit: str, period: str) -> tuple[Unit, list[FormTask]]:
    """What a unit's form lists: the open tasks it owes a report on for `period` (core.obligations:
    lead units, groups expanded, cooperating units where the plan says so; not a window's other
    months, not after its own approved 已完成), plus any task it already has a report on for that
    period. Read for the unit's own tasks only, so the cost follows the form, not the ledger."""
    check_period(store, None, period)
    with store.read() as db:
        unit_id = resolve_unit_id(db, unit)
        every = units.all_units(db)
        who = next(u for u in every if u.id == unit_id)
        check_acting(who)
        tasks = catalog.tasks(db, unit_ids=unit_scope(db, who.id))
        terms, titles = catalog.reporting_terms(db), catalog.ledger_titles(db)
        members = {u.name: u.members for u in every if u.kind == "group"}
        mine = store_reports.up_to(db, who.id, [t.id for t in tasks], period)
    by_task: dict[str, list[Report]] = {}
    for r in mine:
        by_task.setdefault(r.task_id, []).append(r)
    out = []
    for task in tasks:
        if task.closed_at:
            continue
        own = by_task.get(task.id, [])
        term = terms[task.ledger]
        duty = next((d for d in obligations.duties(task, members, term.cooperating) if d.unit == who.name), None)
        filed = {r.period: obligations.Filed(r.period, r.state, r.status, r.review_comment) for r in own}
        owed = duty is not None and period in obligations.periods_owed(schedule_of(task, term.year), term, period,
                                                                        filed, None)
        if owed or period in filed:
            out.append(FormTask(task, titles[task.ledger], duty.role if duty else "cooperating", tuple(own),
                                deadline_shown(task.deadline, task.measure, term.year)))
    return who, out


@dataclass(frozen=True)
class FormRow:
    task_id: str
    base_version: int = 0  # the unit's report for the period when the form was issued; 0 = none
    base_state: str = ""


@dataclass(frozen=True)
class IssuedForm:
    form_id: str
    unit: str
    period: str
    mac: str  # HMAC-SHA256 with the ledger's form key, as printed on the form
    issued_at: str
    rows: tuple[FormRow, ...] = ()


def form_key(store: Store) -> bytes:
    """This ledger's secret for signing forms (made when the ledger was created or upgraded)."""
    with store.read() as db:
        secret = forms.key(db)
    if secret is None:  # only a ledger damaged by hand lacks it
        raise DatabaseError("台账缺少填报表密钥，无法下发或导入填报表。请运行“检查数据库”。")
    return secret


def record_form(store: Store, form: IssuedForm) -> Changes:
    with store.write() as db:
        forms.record(db, form.form_id, resolve_unit_id(db, form.unit), form.period, form.mac, form.issued_at,
                     [(r.task_id, r.base_version, r.base_state) for r in form.rows])
    return Changes(outcome=said("已记录下发的填报表 {form}。", form=form.form_id))


def issued_form(store: Store, form_id: str) -> IssuedForm | None:
    with store.read() as db:
        row = forms.get(db, form_id)
    if row is None:
        return None
    rows = tuple(FormRow(r["task_id"], r["base_version"], r["base_state"]) for r in row["rows"])
    return IssuedForm(row["form_id"], row["unit_name"], row["period"], row["fingerprint"], row["issued_at"], rows)


@dataclass(frozen=True)
class ImportedFile:
    """A returned form that was applied, known by a fingerprint (sha256) of its bytes."""

    fingerprint: str
    file_name: str
    summary: str = ""
    imported_at: str = ""
    kind: str = "form"  # "form" | "package" | …: the same bytes may be known under each kind


def imported_file(store: Store, fingerprint: str, kind: str = "form") -> ImportedFile | None:
    with store.read() as db:
        row = imports.find(db, kind, fingerprint)
    if row is None:
        return None
    return ImportedFile(row["fingerprint"], row["file_name"], row["summary"], row["imported_at"], kind)


def remember_import(db, file: ImportedFile) -> None:
    """Inside the caller's transaction, so the record and the reports are written together."""
    imports.record(db, file.kind, file.fingerprint, file.file_name, file.summary)
