"""Reports that come from outside (returned fill-in forms, exchange packages), taken in so that
stale data never wins.

Each incoming entry names the version and review state of the stored report it was made from
(`base_version` 0: there was none). Against what the ledger holds now, each entry gets one verdict:

* new / changed — saved as a new version (待审核, or 草稿 for a draft);
* unchanged — this content is already stored, whatever its review state: nothing is written, so
  taking in the same file twice changes nothing and a returned text is not resubmitted by itself;
* stale — the stored report moved on since the entry's base (a newer version, or a review) and
  says something else: not saved, listed with the version and state that stands;
* refused — breaks a rule (unknown task, not the unit's task, closed task, bad status or quantity).

One exception to "stale": when the stored version came from the very same source (the same form
id) and nobody has reviewed it yet, the entry is that source's own earlier answer being corrected
(a clerk fixes a typo and sends the form again), so it is applied.

The checks are batched: a file of n rows costs a fixed number of queries plus a few per row,
whatever the size of the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..core import rules
from ..core.errors import InvalidInput, NotFound, QsError
from ..core.message import Message, joined, said
from ..core.model import Report, Task
from ..core.obligations import check_period
from ..store import catalog, units
from ..store import reports as store_reports
from ..store.db import Store
from . import Changes
from .catalog import check_acting, resolve_unit_id, unit_scope
from .forms import ImportedFile, remember_import
from .reports import CONTENT, ReportInput, report_fields, write_report


@dataclass(frozen=True)
class Incoming:
    row: int  # where the entry sits in its file (the Excel row, the package's item number)
    report: ReportInput
    base_version: int = 0  # version of the stored report the entry was made from; 0 = none yet
    base_state: str = ""  # that version's review state; "" = compare versions only


APPLIED = ("new", "changed")

# Message key -> Chinese template (parameters by name); the UI may translate by key.
MESSAGES = {
    "intake.new": "新增",
    "intake.changed": "修改（现为第 {version} 版，{state}）",
    "intake.unchanged": "与已保存的第 {version} 版（{state}）相同，无需导入",
    "intake.stale_version": "此任务在{origin}下发后已有第 {version} 版（{state}），本行未导入",
    "intake.stale_review": "此任务在{origin}下发后第 {version} 版已审核（{state}），本行未导入",
    "intake.duplicate": "同一任务在本文件中出现了两次，本行未导入",
    "intake.refused": "{reason}",
}


@dataclass(frozen=True)
class Verdict:
    row: int
    kind: str  # "new" | "changed" | "unchanged" | "stale" | "refused"
    key: str  # in MESSAGES
    params: dict
    entry: ReportInput
    old: Report | None = None  # the stored report it was compared with

    @property
    def applies(self) -> bool:
        return self.kind in APPLIED

    @property
    def text(self) -> str:
        return MESSAGES[self.key].format(**self.params)

    @property
    def message(self) -> str:
        return f"第 {self.row} 行：{self.text}"


@dataclass(frozen=True)
class Batch:
    """The entries of one file, and the record that remembers the file once they are applied."""

    entries: list[Incoming]
    record: ImportedFile | None = None


@dataclass
class Intake:
    verdicts: list[list[Verdict]]  # per batch, in entry order
    changes: Changes = field(default_factory=Changes)

    def of(self, kind: str) -> list[Verdict]:
        return [v for batch in self.verdicts for v in batch if v.kind == kind]


def judge(store: Store, entries: list[Incoming], *, origin: str = "填报表") -> list[Verdict]:
    """What taking in `entries` would do now, without writing (the import preview)."""
    with store.read() as db:
        return [v for v, _how in judge_within(db, store.actor, entries, origin)]


def take_in(store: Store, batches: list[Batch], *, origin: str = "填报表") -> Intake:
    """Judge and apply every batch in ONE transaction: all applicable entries of all files are
    saved, with the records of their files, or nothing is. Later batches are judged after the
    earlier ones were written, so two files about the same report cannot both win."""
    verdicts: list[list[Verdict]] = []
    changed: list[str] = []
    with store.write() as db:
        for batch in batches:
            judged = judge_within(db, store.actor, batch.entries, origin)
            verdicts.append([v for v, _f in judged])
            for verdict, how in judged:
                if verdict.applies:
                    unit_id, fields = how
                    write_report(db, store.actor, verdict.entry.task_id, unit_id, verdict.params["unit"],
                                 verdict.entry, fields)
                    changed.append(verdict.entry.task_id)
            if batch.record is not None:
                remember_import(db, batch.record)
    result = Intake(verdicts)
    every = [v for batch in verdicts for v in batch]
    result.changes = Changes(tasks=frozenset(changed), reports=bool(changed), outcome=summary(every))
    return result


def summary(verdicts: list[Verdict]) -> Message:
    """“已报送 3 项，1 项没有变化，1 项已过时未导入。”"""
    count = {k: sum(v.kind == k for v in verdicts) for k in ("unchanged", "stale", "refused")}
    parts = [said("已报送 {n} 项", n=sum(v.applies for v in verdicts))]
    if count["unchanged"]:
        parts.append(said("{n} 项没有变化", n=count["unchanged"]))
    if count["stale"]:
        parts.append(said("{n} 项已过时未导入", n=count["stale"]))
    if count["refused"]:
        parts.append(said("{n} 项有问题未导入", n=count["refused"]))
    return said("{sentence}。", sentence=joined(parts))


def judge_within(db, actor: str, entries: list[Incoming], origin: str) -> list[tuple[Verdict, tuple]]:
    """Each entry's verdict, with (unit id, checked fields) for writing it, inside the caller's
    transaction (exchange packages decide what a stale entry means on top of this)."""
    tasks = {t.id: t for t in catalog.tasks(db, ids=sorted({e.report.task_id for e in entries}))}
    terms = catalog.reporting_terms(db)
    assigned = units.assignments(db, list(tasks))
    who: dict[str, tuple[int, str, set[int]] | QsError] = {}
    stored: dict[tuple[int, str], dict[str, Report]] = {}
    seen: set[tuple[str, int, str]] = set()
    out = []
    for item in entries:
        entry = item.report
        try:
            unit_id, unit_name, scope = _unit(db, who, entry.unit)
            task = _task(tasks, assigned, entry.task_id, unit_id, unit_name, scope)
            fields = report_fields(task, entry, actor)
            check_period(entry.period, terms[task.ledger].year, entry.today or date.today())
        except QsError as exc:
            out.append((Verdict(item.row, "refused", "intake.refused", {"reason": exc.message}, entry), ()))
            continue
        key = (task.id, unit_id, entry.period)
        if key in seen:
            out.append((Verdict(item.row, "refused", "intake.duplicate", {}, entry), ()))
            continue
        seen.add(key)
        if (unit_id, entry.period) not in stored:
            wanted = sorted({e.report.task_id for e in entries if e.report.period == entry.period})
            stored[(unit_id, entry.period)] = {
                r.task_id: r for r in store_reports.find(db, unit_id=unit_id, period=entry.period,
                                                         task_ids=wanted)}
        old = stored[(unit_id, entry.period)].get(task.id)
        out.append((_verdict(item, old, fields, unit_name, origin), (unit_id, fields)))
    return out


def _verdict(item: Incoming, old: Report | None, fields: dict, unit: str, origin: str) -> Verdict:
    if old is None:
        return Verdict(item.row, "new", "intake.new", {"unit": unit}, item.report)
    params = {"unit": unit, "version": old.version, "state": rules.status_label(old.state), "origin": origin}
    submits_draft = old.state == "draft" and fields["state"] == "submitted"
    if all(getattr(old, k) == fields[k] for k in CONTENT) and not submits_draft:
        return Verdict(item.row, "unchanged", "intake.unchanged", params, item.report, old)
    own_fix = old.source == item.report.source != "" and old.state in ("draft", "submitted")
    if not own_fix:
        if old.version != item.base_version:
            return Verdict(item.row, "stale", "intake.stale_version", params, item.report, old)
        if item.base_state and old.state != item.base_state:
            return Verdict(item.row, "stale", "intake.stale_review", params, item.report, old)
    return Verdict(item.row, "changed", "intake.changed", params, item.report, old)


def _unit(db, cache: dict, name: str) -> tuple[int, str, set[int]]:
    if name not in cache:
        try:
            unit_id = resolve_unit_id(db, name)
            unit = units.get(db, unit_id)
            check_acting(unit)
            cache[name] = (unit_id, unit.name, set(unit_scope(db, unit_id)))
        except QsError as exc:
            cache[name] = exc
    found = cache[name]
    if isinstance(found, QsError):
        raise found
    return found


def _task(tasks: dict[str, Task], assigned: dict[str, dict[int, str]], task_id: str, unit_id: int,
          unit_name: str, scope: set[int]) -> Task:
    task = tasks.get(task_id)
    if task is None:
        raise NotFound(f"找不到任务“{task_id}”。")
    if not scope & set(assigned.get(task_id, {})):
        names = "、".join((*task.lead_units, *task.cooperating_units))
        raise InvalidInput(f"“{unit_name}”不是任务 {task_id} 的责任单位，不能填报。责任单位：{names}")
    return task
