"""The built-in dataset: the three 2022 Qinshui plans and the unit directory (resources/)."""

from __future__ import annotations

import json
from datetime import date

import sqlite_utils

from ..core.errors import DatabaseError
from ..core.model import LedgerColumn, LedgerSpec, PlanSpec, TaskSpec
from ..paths import PLANS_DIR, RESOURCES
from ..store import catalog, units


def load_units(db: sqlite_utils.Database) -> None:
    data = json.loads((RESOURCES / "units.json").read_text(encoding="utf-8"))
    for unit in data["units"]:
        units.add_unit(db, unit["name"], unit["kind"], unit.get("aliases", []), unit.get("note", ""))
    for group in data["groups"]:
        gid = units.add_unit(db, group["name"], "group", group.get("aliases", []), group.get("note", ""))
        units.set_members(db, gid, [units.find(db, m) for m in group["members"]])


def plan_specs() -> list[PlanSpec]:
    specs = []
    for path in sorted(PLANS_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        specs.extend(_plan(p) for p in data["plans"])
    return specs


def _plan(p: dict) -> PlanSpec:
    return PlanSpec(
        code=p["code"],
        title=p["title"],
        year=p["year"],
        doc_no=p.get("doc_no", ""),
        issued_on=date.fromisoformat(p["issued_on"]) if p.get("issued_on") else None,
        issuer=p.get("issuer", ""),
        source="builtin",
        builtin=True,
        ledgers=[
            LedgerSpec(
                code=ledger["code"],
                title=ledger["title"],
                kind=ledger.get("kind", "tasks"),
                annex=ledger.get("annex", ""),
                note=ledger.get("note", ""),
                columns=[LedgerColumn(c["heading"], c["field"]) for c in ledger.get("columns", [])],
                tasks=[
                    TaskSpec(
                        section=section.get("heading", ""),
                        seq=t.get("seq"),
                        title=t.get("title"),
                        measure=t["measure"],
                        deadline=t.get("deadline", ""),
                        lead_units=t.get("lead_units", []),
                        cooperating_units=t.get("cooperating_units", []),
                        remarks=t.get("remarks", ""),
                        units_note=t.get("units_note", ""),
                        note=t.get("note", ""),
                        target_quantity=(t.get("target") or {}).get("quantity"),
                        target_unit=(t.get("target") or {}).get("unit", ""),
                        issued=t.get("issued", {}),
                    )
                    for section in ledger["sections"]
                    for t in section["tasks"]
                ],
            )
            for ledger in p["ledgers"]
        ],
    )


def monitoring_sections() -> list[dict]:
    out = []
    for path in sorted(PLANS_DIR.glob("*.json")):
        out.extend(json.loads(path.read_text(encoding="utf-8")).get("monitoring_sections", []))
    return out


def load(db: sqlite_utils.Database) -> list[str]:
    """Load units and plans into an empty database; returns the new task ids."""
    if units.is_empty(db):
        load_units(db)
    new_ids: list[str] = []
    for spec in plan_specs():
        names = {n for ledger in spec.ledgers for t in ledger.tasks for n in t.lead_units + t.cooperating_units}
        missing = sorted(n for n in names if units.find(db, n) is None)
        if missing:
            raise DatabaseError("内置数据有误：单位目录中找不到 " + "、".join(missing))
        new_ids += catalog.insert_plan(db, spec, {n: units.find(db, n) for n in names})
    for m in monitoring_sections():
        catalog.insert_monitoring_section(db, m["plan"], m)
    return new_ids
