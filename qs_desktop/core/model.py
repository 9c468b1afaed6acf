"""Dataclasses passed between layers (store → ops → ui / cli / exchange)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

LABEL_TEXT = 18  # characters of task text in a task label
UNSET_ACTOR = "（未设置本机单位）"  # who signs changes made before 本机单位 was chosen


@dataclass(frozen=True)
class Schedule:
    """A task's schedule, read from its deadline phrase (see `core.schedule`).

    kind: "due" | "ongoing" | "recurring" | "window" | "start" | "unparsed".
    `due` is the date by which the task must be done (None for ongoing, recurring,
    window and unparsed); `start`/`end` bound a window (or the month of a start
    milestone); `every` names a recurring cycle ("month", "quarter", …).
    """

    kind: str
    text: str
    due: date | None = None
    start: date | None = None
    end: date | None = None
    every: str | None = None

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "due": self.due.isoformat() if self.due else None,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "every": self.every,
            "text": self.text,
        }


EXTRA = "extra"  # a column the app keeps and prints but does not interpret


@dataclass(frozen=True)
class LedgerColumn:
    heading: str  # as issued (spaces of a justified heading removed)
    field: str  # one of core.columns.FIELDS, or EXTRA

    @property
    def key(self) -> str:
        """Where a task keeps this column's text as issued: the field, or the heading of an extra."""
        return self.heading if self.field == EXTRA else self.field


@dataclass(frozen=True)
class Plan:
    code: str
    title: str
    year: int
    doc_no: str
    issued_on: date | None
    issuer: str


@dataclass(frozen=True)
class Ledger:
    """One official task table of a plan. `code` is what `--plan CODE` names."""

    code: str
    plan: Plan
    title: str
    kind: str  # "tasks" | "projects"
    annex: str  # label printed above the title, e.g. "附件" / "附件 2"
    task_count: int = 0
    columns: tuple[LedgerColumn, ...] = ()  # as issued; () = the default layout (core.columns)


@dataclass(frozen=True)
class Task:
    id: str
    ledger: str
    section: str | None
    seq: int | None
    title: str | None
    measure: str
    deadline: str
    lead_units: tuple[str, ...]
    cooperating_units: tuple[str, ...]
    remarks: str
    position: int
    due_override: date | None = None
    due_override_reason: str = ""
    closed_at: str | None = None
    closed_reason: str = ""
    target_quantity: float | None = None
    target_unit: str = ""
    units_note: str = ""
    note: str = ""
    issued: tuple[tuple[str, str], ...] = ()  # (column key, text as issued): unit cells, extra columns

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "plan": self.ledger,
            "section": self.section,
            "seq": self.seq,
            "title": self.title,
            "measure": self.measure,
            "deadline": self.deadline,
            "lead_units": list(self.lead_units),
            "cooperating_units": list(self.cooperating_units),
            "remarks": self.remarks,
            "units_note": self.units_note,
            "issued": dict(self.issued),
            "target": {"quantity": self.target_quantity, "unit": self.target_unit}
            if self.target_quantity is not None
            else None,
            "due_override": self.due_override.isoformat() if self.due_override else None,
            "closed": self.closed_at is not None,
        }


def short_title(title: str) -> str:
    """"沁水县空气质量改善 2022 年行动计划重点工作任务台账" -> "空气质量改善" (for columns, charts, labels)."""
    text = re.sub(r"^\S{1,4}?县|\s*\d{4}\s*年\s*|行动计划.*$", "", title).strip()
    return text or title


def task_label(ledger_title: str, seq: int | None, text: str) -> str:
    """"空气质量改善 10 推动建筑工地扬尘…": ledger short title, 序号 and the start of the task text."""
    text = " ".join(text.split())
    head = text[:LABEL_TEXT] + ("…" if len(text) > LABEL_TEXT else "")
    return " ".join(part for part in (short_title(ledger_title), "" if seq is None else str(seq), head) if part)


@dataclass(frozen=True)
class Unit:
    id: int
    name: str
    kind: str  # county_bureau | township | city_branch | enterprise | group | other
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # for groups: canonical names of member units
    note: str = ""


@dataclass(frozen=True)
class LedgerLine:
    """One printed row of the official ledger (what xlsx and pdf exports draw)."""

    task_id: str
    section: str
    seq: str
    measure: str
    deadline: str
    lead_units: str
    progress: str = ""
    status: str = ""  # Chinese label of the derived status, "" when nothing reported
    remarks: str = ""
    mark: str | None = None  # "overdue" | "due_soon" | "done" | None — drives colour/symbol
    cells: tuple[str, ...] = ()  # the document's columns (issued + progress + status), in order


@dataclass(frozen=True)
class LedgerDocument:
    """Everything needed to print or export one ledger as of a date."""

    code: str
    title: str
    doc_no: str
    annex: str
    lines: list[LedgerLine] = field(default_factory=list)
    as_of: date | None = None
    period: str | None = None  # "YYYY-MM" the progress columns come from
    columns: tuple[LedgerColumn, ...] = ()  # printed columns; () = the default layout
    issuer: str = ""
    issued_on: date | None = None
    sample: bool = False  # the ledger holds sample data (示例数据): every printed page says so


@dataclass
class TaskSpec:
    """A task as it arrives (built-in data, an imported plan sheet) before it has an id."""

    measure: str
    seq: int | None = None
    title: str | None = None
    section: str = ""
    deadline: str = ""
    lead_units: list[str] = field(default_factory=list)
    cooperating_units: list[str] = field(default_factory=list)
    remarks: str = ""
    units_note: str = ""
    note: str = ""
    target_quantity: float | None = None
    target_unit: str = ""
    issued: dict[str, str] = field(default_factory=dict)  # column key -> text as issued


@dataclass
class LedgerSpec:
    code: str
    title: str
    tasks: list[TaskSpec]
    kind: str = "tasks"
    annex: str = ""
    note: str = ""
    columns: list[LedgerColumn] = field(default_factory=list)


@dataclass
class PlanSpec:
    code: str
    title: str
    year: int
    ledgers: list[LedgerSpec]
    doc_no: str = ""
    issued_on: date | None = None
    issuer: str = ""
    source: str = ""
    builtin: bool = False


@dataclass(frozen=True)
class Report:
    task_id: str
    unit: str
    period: str
    status: str
    progress: str
    problems: str
    next_steps: str
    quantity: float | None
    reporter: str
    state: str  # draft | submitted | approved | returned
    review_comment: str
    version: int
    created_at: str
    updated_at: str
    source: str = ""

    @property
    def on_behalf(self) -> bool:
        """Typed in by another office (代填, e.g. the coordinator taking a report by phone), not sent
        by the unit itself — its own form, package or installation. Forms imported before the
        reporter was the unit carry the coordinator's name, so their source decides."""
        return (self.reporter not in ("", self.unit, UNSET_ACTOR)
                and not self.source.startswith("xlsx-form"))

    def to_json(self) -> dict:
        return {
            "task": self.task_id,
            "unit": self.unit,
            "period": self.period,
            "status": self.status,
            "text": self.progress,
            "problems": self.problems,
            "next_steps": self.next_steps,
            "quantity": self.quantity,
            "reporter": self.reporter,
            "on_behalf": self.on_behalf,
            "state": self.state,
            "review_comment": self.review_comment,
            "version": self.version,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


# What each audit action is called in Chinese (the CLI's plain-text history; the GUI
# keeps its own copy marked for Qt translation).
AUDIT_ACTIONS = {
    "report.save": "报送",
    "report.draft": "保存草稿",
    "report.approve": "审核通过",
    "report.return": "退回",
    "report.save_undo": "撤销报送",
    "report.review_undo": "撤销审核",
    "task.close": "销号",
    "task.reopen": "撤销销号",
    "task.due": "调整完成时限",
    "task.target": "设置目标数量",
    "unit.add": "新增单位",
    "unit.rename": "单位更名",
    "unit.aliases": "修改别名",
    "unit.kind": "修改单位类别",
    "unit.members": "修改单位组成员",
    "plan.add": "导入计划",
    "plan.replace": "替换计划",
    "plan.issue": "修改印发信息",
    "plan.reporting": "修改报送设置",
    "settings.actor": "设置本机单位",
    "settings.office": "设置本机单位",
    "report.conflict": "处理数据包冲突",
}


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    task_id: str | None
    old: dict | None
    new: dict | None
    note: str

    @property
    def label(self) -> str:
        return AUDIT_ACTIONS.get(self.action, self.action)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "task": self.task_id,
            "old": self.old,
            "new": self.new,
            "note": self.note,
        }
