"""Adding a plan that arrived from outside (an imported spreadsheet)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..core.dates import cn_date, cn_period, parse_period
from ..core.errors import InvalidInput, NotFound
from ..core.message import said
from ..core.model import PlanSpec
from ..core.units import normalize
from ..store import audit, catalog, units
from ..store.db import Store
from . import Changes

_CODE = re.compile(r"[\w.-]+")  # task ids are "<code>:<序号>"; audit entity ids join parts with "|"


def check_code(code: str) -> None:
    if not _CODE.fullmatch(code):
        raise InvalidInput(said("计划代码“{code}”不能用：只能由字母、数字、汉字和 - _ . 组成，不含空格，例如 air-2023。", code=code))


def code_taken(store: Store, code: str) -> bool:
    with store.read() as db:
        return code in catalog.plan_codes(db)


def unknown_units(store: Store, names: set[str]) -> list[str]:
    with store.read() as db:
        return sorted(n for n in names if units.find(db, n) is None)


def known_unit(store: Store) -> Callable[[str], bool]:
    """Whether a name (or alias) is in the directory, as of now."""
    with store.read() as db:
        index = units.name_index(db)
    return lambda name: normalize(name) in index


def spec_units(spec: PlanSpec) -> set[str]:
    return {n for lg in spec.ledgers for t in lg.tasks for n in (*t.lead_units, *t.cooperating_units)}


def add_plan(store: Store, spec: PlanSpec, *, replace: bool = False, add_units: bool = False) -> Changes:
    """Insert the plan in one transaction. An existing code is replaced only when asked (its reports go too)."""
    check_code(spec.code)
    with store.write() as db:
        existing = spec.code in catalog.plan_codes(db)
        if existing and not replace:
            raise InvalidInput(said("计划代码“{code}”已存在。如要用新表格替换它（其报送记录将一并删除），请选择“替换”。",
                                     code=spec.code))
        if existing:
            catalog.delete_plan(db, spec.code)
        taken = catalog.ledger_codes(db) & {lg.code for lg in spec.ledgers}
        if taken:
            raise InvalidInput(said("台账代码“{codes}”已被其他计划使用，请换一个计划代码。", codes="、".join(sorted(taken))))
        missing = sorted(n for n in spec_units(spec) if units.find(db, n) is None)
        if missing and not add_units:
            raise InvalidInput(said("单位目录中没有这些单位：{names}。请先在单位目录中添加（或设为别名），或选择自动添加。",
                                     names="、".join(missing)))
        for name in missing:
            units.add_unit(db, name, "other", note=f"导入计划 {spec.code} 时添加")
        ids = catalog.insert_plan(db, spec, {n: units.find(db, n) for n in spec_units(spec)})
        audit.record(db, actor=store.actor, action="plan.replace" if existing else "plan.add", entity="plan",
                     entity_id=spec.code, new={"title": spec.title, "tasks": len(ids)}, note=spec.source)
    said_as = {"plan": spec.title, "n": len(ids), "added": len(missing)}
    if existing:
        outcome = (said("已替换计划“{plan}”，共 {n} 项任务，新增单位 {added} 个。", **said_as) if missing
                   else said("已替换计划“{plan}”，共 {n} 项任务。", **said_as))
    else:
        outcome = (said("已导入计划“{plan}”，共 {n} 项任务，新增单位 {added} 个。", **said_as) if missing
                   else said("已导入计划“{plan}”，共 {n} 项任务。", **said_as))
    return Changes(tasks=frozenset(ids), plans=True, units=bool(missing), reports=existing, outcome=outcome)


@dataclass(frozen=True)
class PlanReporting:
    code: str
    title: str
    year: int
    cooperating_report: bool  # 配合单位也需报送
    report_until: str  # last period owed, "YYYY-MM" (December of the plan year unless extended)

    def to_json(self) -> dict:
        return {"plan": self.code, "title": self.title, "year": self.year,
                "cooperating_report": self.cooperating_report, "report_until": self.report_until}


def plan_code_of(store: Store, code: str) -> str:
    """The plan a plan or ledger code names."""
    with store.read() as db:
        if code in catalog.plan_codes(db):
            return code
        for ledger in catalog.ledgers(db):
            if ledger.code == code:
                return ledger.plan.code
        known = "、".join(sorted(catalog.plan_codes(db)))
    raise NotFound(said("没有代码为“{code}”的计划或台账。现有计划：{known}", code=code, known=known))


def plan_reporting(store: Store, code: str) -> PlanReporting:
    plan = plan_code_of(store, code)
    return next(p for p in list_plan_reporting(store) if p.code == plan)


def list_plan_reporting(store: Store) -> list[PlanReporting]:
    """Every plan's reporting terms, in plan order."""
    with store.read() as db:
        rows = catalog.plan_reporting(db)
    return [PlanReporting(r["code"], r["title"], r["year"], bool(r["cooperating_report"]),
                          r["report_until"] or f"{r['year']:04d}-12") for r in rows]


def set_plan_reporting(store: Store, code: str, *, cooperating_report: bool | None = None,
                       report_until: str | None = None, reason: str = "") -> Changes:
    """Change who reports on a plan (配合单位也需报送) or how long (延长报送期), with an audit entry.

    `report_until` is the last period owed; December of the plan year (or "") goes back to the default.
    It may not end before the plan's year.
    """
    old = plan_reporting(store, code)
    new_until = old.report_until if report_until is None else (report_until or f"{old.year:04d}-12")
    if report_until:
        parse_period(report_until)
        if report_until < f"{old.year:04d}-12":
            raise InvalidInput(said("报送期只能延长：{year} 年的计划至少报送到 {year}年12月。", year=old.year))
    new_coop = old.cooperating_report if cooperating_report is None else cooperating_report
    if (new_coop, new_until) == (old.cooperating_report, old.report_until):
        return Changes(outcome=said("计划的报送设置没有变化。"))
    default_until = new_until == f"{old.year:04d}-12"
    with store.write() as db:
        catalog.set_plan_reporting(db, old.code, cooperating_report=int(new_coop),
                                   report_until=None if default_until else new_until)
        audit.record(db, actor=store.actor, action="plan.reporting", entity="plan", entity_id=old.code,
                     old={"cooperating_report": old.cooperating_report, "report_until": old.report_until},
                     new={"cooperating_report": new_coop, "report_until": new_until}, note=reason.strip())
    said_as = {"plan": old.title, "period": cn_period(new_until), "month": new_until}
    return Changes(plans=True, outcome=said("“{plan}”由牵头单位和配合单位报送，报送至 {period}。", **said_as) if new_coop
                   else said("“{plan}”由牵头单位报送，报送至 {period}。", **said_as))


_UNSET = object()


def set_plan_issue(store: Store, code: str, *, doc_no: str | None = None, issued_on=_UNSET,
                   issuer: str | None = None, reason: str = "") -> Changes:
    """Give or correct a plan's issuing details (文号, 印发日期, 印发单位), printed on its ledgers.

    Only the details passed change; `issued_on=None` clears the date.
    """
    plan = plan_code_of(store, code)
    with store.read() as db:
        old = next(lg.plan for lg in catalog.ledgers(db) if lg.plan.code == plan)
    new = {"doc_no": old.doc_no if doc_no is None else doc_no.strip(),
           "issued_on": old.issued_on if issued_on is _UNSET else issued_on,
           "issuer": old.issuer if issuer is None else issuer.strip()}
    before = {"doc_no": old.doc_no, "issued_on": old.issued_on, "issuer": old.issuer}
    if new == before:
        return Changes(outcome=said("计划的印发信息没有变化。"))
    with store.write() as db:
        catalog.set_plan_issue(db, plan, **new)
        audit.record(db, actor=store.actor, action="plan.issue", entity="plan", entity_id=plan,
                     old=_issue_json(before), new=_issue_json(new), note=reason.strip())
    shown = "　".join(t for t in (new["doc_no"], new["issuer"],
                                 f"{cn_date(new['issued_on'])}印发" if new["issued_on"] else "") if t)
    return Changes(plans=True, outcome=said("“{plan}”的印发信息：{shown}。", plan=old.title, shown=shown) if shown
                   else said("“{plan}”的印发信息：（无）。", plan=old.title))


def _issue_json(issue: dict) -> dict:
    return issue | {"issued_on": issue["issued_on"].isoformat() if issue["issued_on"] else None}
