"""Plans, ledgers, sections and tasks."""

from __future__ import annotations

import json
from datetime import date

import sqlite_utils

from ..core.model import Ledger, LedgerColumn, Plan, PlanSpec, Task
from ..core.obligations import Terms, plan_terms

_TASK_SQL = """
SELECT t.*, s.heading AS section_heading
FROM tasks t
JOIN ledgers l ON l.code = t.ledger_code
JOIN plans p ON p.code = l.plan_code
LEFT JOIN sections s ON s.id = t.section_id
{where}
ORDER BY p.year, p.rowid, l.position, t.position
"""


def task_id(ledger_code: str, seq: int | None, position: int) -> str:
    """Stable id: the same built-in task has the same id on every machine."""
    return f"{ledger_code}:{seq if seq is not None else f'r{position}'}"


def has_plans(db: sqlite_utils.Database) -> bool:
    return bool(list(db.query("SELECT 1 FROM plans LIMIT 1")))


def insert_monitoring_section(db: sqlite_utils.Database, plan_code: str, section: dict) -> None:
    fields = ("seq", "county", "name", "target_quality", "remarks")
    db["monitoring_sections"].insert({k: section.get(k, "") for k in fields} | {"plan_code": plan_code})


def plan_codes(db: sqlite_utils.Database) -> set[str]:
    return {r["code"] for r in db.query("SELECT code FROM plans")}


def plan_kinds(db: sqlite_utils.Database) -> dict[str, bool]:
    """plan code -> whether it is built-in data."""
    return {r["code"]: bool(r["builtin"]) for r in db.query("SELECT code, builtin FROM plans")}


def ledger_codes(db: sqlite_utils.Database) -> set[str]:
    return {r["code"] for r in db.query("SELECT code FROM ledgers")}


def insert_plan(db: sqlite_utils.Database, spec: PlanSpec, unit_ids: dict[str, int]) -> list[str]:
    """Insert a plan with its ledgers, sections, tasks and assignments; returns the new task ids.

    `unit_ids` maps every unit name used by the spec to a unit id (the caller resolves names).
    """
    db["plans"].insert(
        {
            "code": spec.code,
            "title": spec.title,
            "year": spec.year,
            "doc_no": spec.doc_no,
            "issued_on": spec.issued_on.isoformat() if spec.issued_on else None,
            "issuer": spec.issuer,
            "builtin": int(spec.builtin),
            "source": spec.source,
        }
    )
    new_ids: list[str] = []
    for lpos, ledger in enumerate(spec.ledgers):
        db["ledgers"].insert(
            {
                "code": ledger.code,
                "plan_code": spec.code,
                "title": ledger.title,
                "kind": ledger.kind,
                "annex": ledger.annex,
                "position": lpos,
                "note": ledger.note,
            }
        )
        db["ledger_columns"].insert_all(
            {"ledger_code": ledger.code, "position": i, "heading": c.heading, "field": c.field}
            for i, c in enumerate(ledger.columns)
        )
        sections: dict[str, int] = {}
        for pos, task in enumerate(ledger.tasks, start=1):
            if task.section not in sections:
                sections[task.section] = db["sections"].insert(
                    {"ledger_code": ledger.code, "position": len(sections), "heading": task.section}
                ).last_pk
            tid = task_id(ledger.code, task.seq, pos)
            db["tasks"].insert(
                {
                    "id": tid,
                    "ledger_code": ledger.code,
                    "section_id": sections[task.section],
                    "position": pos,
                    "seq": task.seq,
                    "title": task.title,
                    "measure": task.measure,
                    "deadline": task.deadline,
                    "remarks": task.remarks,
                    "units_note": task.units_note,
                    "note": task.note,
                    "target_quantity": task.target_quantity,
                    "target_unit": task.target_unit,
                    "issued": json.dumps(task.issued, ensure_ascii=False),
                }
            )
            rows = [(n, "lead") for n in task.lead_units] + [(n, "cooperating") for n in task.cooperating_units]
            seen: set[int] = set()
            for apos, (name, role) in enumerate(rows):
                uid = unit_ids[name]
                if uid in seen:
                    continue
                seen.add(uid)
                db["assignments"].insert({"task_id": tid, "unit_id": uid, "role": role, "position": apos})
            new_ids.append(tid)
    return new_ids


def delete_plan(db: sqlite_utils.Database, code: str) -> None:
    db.execute("DELETE FROM plans WHERE code = ?", [code])


def _plan(row: dict) -> Plan:
    return Plan(
        code=row["plan_code"],
        title=row["plan_title"],
        year=row["year"],
        doc_no=row["doc_no"],
        issued_on=date.fromisoformat(row["issued_on"]) if row["issued_on"] else None,
        issuer=row["issuer"],
    )


def ledger_titles(db: sqlite_utils.Database) -> dict[str, str]:
    """ledger code -> title, without counting tasks (cf. `ledgers`)."""
    return {r["code"]: r["title"] for r in db.query("SELECT code, title FROM ledgers")}


def ledgers(db: sqlite_utils.Database) -> list[Ledger]:
    sql = """
    SELECT l.*, p.title AS plan_title, p.year, p.doc_no, p.issued_on, p.issuer,
           (SELECT count(*) FROM tasks t WHERE t.ledger_code = l.code) AS task_count
    FROM ledgers l JOIN plans p ON p.code = l.plan_code
    ORDER BY p.year, p.rowid, l.position
    """
    columns = ledger_columns(db)
    return [
        Ledger(
            code=r["code"],
            plan=_plan(r),
            title=r["title"],
            kind=r["kind"],
            annex=r["annex"],
            task_count=r["task_count"],
            columns=columns.get(r["code"], ()),
        )
        for r in db.query(sql)
    ]


def ledger_columns(db: sqlite_utils.Database) -> dict[str, tuple[LedgerColumn, ...]]:
    """ledger code -> its columns as issued (ledgers that declare none are absent)."""
    out: dict[str, list[LedgerColumn]] = {}
    for r in db.query("SELECT * FROM ledger_columns ORDER BY ledger_code, position"):
        out.setdefault(r["ledger_code"], []).append(LedgerColumn(r["heading"], r["field"]))
    return {code: tuple(cols) for code, cols in out.items()}


def set_plan_issue(db: sqlite_utils.Database, code: str, *, doc_no: str, issued_on: date | None,
                   issuer: str) -> None:
    db["plans"].update(code, {"doc_no": doc_no, "issued_on": issued_on.isoformat() if issued_on else None,
                              "issuer": issuer})


def tasks(
    db: sqlite_utils.Database,
    *,
    ledger: str | None = None,
    unit_ids: list[int] | None = None,
    ids: list[str] | None = None,
) -> list[Task]:
    where, params = [], []
    if ledger is not None:
        where.append("t.ledger_code = ?")
        params.append(ledger)
    if unit_ids is not None:
        marks = ",".join("?" * len(unit_ids)) or "NULL"
        where.append(f"t.id IN (SELECT task_id FROM assignments WHERE unit_id IN ({marks}))")
        params.extend(unit_ids)
    if ids is not None:
        where.append("t.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(ids)))
    sql = _TASK_SQL.format(where=("WHERE " + " AND ".join(where)) if where else "")
    rows = list(db.query(sql, params))
    units = _assigned_units(db, [r["id"] for r in rows])
    return [_task(r, units.get(r["id"], {})) for r in rows]


def _assigned_units(db: sqlite_utils.Database, task_ids: list[str]) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    if not task_ids:
        return out
    sql = """
    SELECT a.task_id, a.role, u.name FROM assignments a JOIN units u ON u.id = a.unit_id
    WHERE a.task_id IN (SELECT value FROM json_each(?))
    ORDER BY a.task_id, a.position
    """
    for r in db.query(sql, [json.dumps(task_ids)]):  # one parameter, however many tasks
        out.setdefault(r["task_id"], {}).setdefault(r["role"], []).append(r["name"])
    return out


def _task(r: dict, units: dict[str, list[str]]) -> Task:
    return Task(
        id=r["id"],
        ledger=r["ledger_code"],
        section=r["section_heading"] or None,
        seq=r["seq"],
        title=r["title"],
        measure=r["measure"],
        deadline=r["deadline"],
        lead_units=tuple(units.get("lead", ())),
        cooperating_units=tuple(units.get("cooperating", ())),
        remarks=r["remarks"],
        position=r["position"],
        due_override=date.fromisoformat(r["due_override"]) if r["due_override"] else None,
        due_override_reason=r["due_override_reason"],
        closed_at=r["closed_at"],
        closed_reason=r["closed_reason"],
        target_quantity=r["target_quantity"],
        target_unit=r["target_unit"],
        units_note=r["units_note"],
        note=r["note"],
        issued=tuple(json.loads(r["issued"]).items()),
    )


def update_task(db: sqlite_utils.Database, task_id_: str, **fields) -> None:
    db["tasks"].update(task_id_, fields)


def reporting_terms(db: sqlite_utils.Database) -> dict[str, Terms]:
    """ledger code -> the reporting terms of its plan."""
    sql = """SELECT l.code, p.year, p.issued_on, p.report_until, p.cooperating_report
             FROM ledgers l JOIN plans p ON p.code = l.plan_code"""
    return {
        r["code"]: plan_terms(r["year"], date.fromisoformat(r["issued_on"]) if r["issued_on"] else None,
                              r["report_until"], bool(r["cooperating_report"]))
        for r in db.query(sql)
    }


def plan_reporting(db: sqlite_utils.Database) -> list[dict]:
    """Every plan's year and settable reporting terms, in plan order."""
    return list(db.query("SELECT code, title, year, report_until, cooperating_report FROM plans ORDER BY year, rowid"))


def set_plan_reporting(db: sqlite_utils.Database, plan_code: str, **fields) -> None:
    db["plans"].update(plan_code, fields)
