"""Exchange packages: this installation's key pair, the other ends (peers), what each side is
known to hold of a unit's reports, conflicts, attachments (佐证材料) and receipts (回执)."""

from __future__ import annotations

import json

import sqlite_utils

from . import units
from .db import now_iso

# -- identity -----------------------------------------------------------------------------------


def identity(db: sqlite_utils.Database) -> dict | None:
    rows = list(db.query("SELECT * FROM identity WHERE id = 1"))
    return rows[0] if rows else None


def put_identity(db: sqlite_utils.Database, private_key: bytes, public_key: bytes) -> None:
    db["identity"].insert({"id": 1, "private_key": private_key, "public_key": public_key,
                           "created_at": now_iso()}, replace=True)


# -- peers --------------------------------------------------------------------------------------

_PEER = "SELECT p.*, u.name AS unit_name FROM peers p LEFT JOIN units u ON u.id = p.unit_id"


def peers(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query(_PEER + " ORDER BY p.role, u.position"))


def peer(db: sqlite_utils.Database, **where) -> dict | None:
    """The one peer matching `unit_id`, `role`, `public_key` or `token_hash` (one keyword)."""
    ((column, value),) = where.items()
    rows = list(db.query(_PEER + f" WHERE p.{column} = ?", [value]))
    return rows[0] if rows else None


def save_peer(db: sqlite_utils.Database, fields: dict, peer_id: int | None = None) -> int:
    if peer_id is None:
        return db["peers"].insert(fields).last_pk
    db["peers"].update(peer_id, fields)
    return peer_id


# -- the catalog a unit's installation holds ---------------------------------------------------


def directory(db: sqlite_utils.Database) -> list[dict]:
    return [{"name": u.name, "kind": u.kind, "aliases": list(u.aliases), "members": list(u.members),
             "note": u.note} for u in units.all_units(db)]


def merge_directory(db: sqlite_utils.Database, entries: list[dict]) -> None:
    """Make the unit directory say what the county's says (by name; nothing is deleted)."""
    for e in entries:
        uid = units.find(db, e["name"])
        if uid is None:
            units.add_unit(db, e["name"], e["kind"], [], e.get("note", ""))
        else:
            units.update_unit(db, uid, kind=e["kind"], note=e.get("note", ""))
    for e in entries:
        uid = units.find(db, e["name"])
        taken = {a for a in e["aliases"] if units.find(db, a) in (None, uid)}
        units.set_aliases(db, uid, sorted(taken))
        if e["kind"] == "group":
            units.set_members(db, uid, [units.find(db, m) for m in e["members"]])


def plans_of(db: sqlite_utils.Database, task_ids: list[str]) -> list[dict]:
    """The plans, ledgers and sections the given tasks belong to."""
    marks = ",".join("?" * len(task_ids)) or "NULL"
    codes = [r["ledger_code"] for r in db.query(
        f"SELECT DISTINCT ledger_code FROM tasks WHERE id IN ({marks})", task_ids)]
    ledger_marks = ",".join("?" * len(codes)) or "NULL"
    ledgers = list(db.query(f"SELECT * FROM ledgers WHERE code IN ({ledger_marks}) ORDER BY position", codes))
    out = []
    for code in dict.fromkeys(lg["plan_code"] for lg in ledgers):
        plan = next(db.query("SELECT code, title, year, doc_no, issued_on, issuer, note, source, cooperating_report, "
                             "report_until FROM plans WHERE code = ?", [code]))
        plan["ledgers"] = [
            {k: lg[k] for k in ("code", "title", "kind", "annex", "position", "note")}
            | {"sections": list(db.query("SELECT position, heading FROM sections WHERE ledger_code = ? "
                                         "ORDER BY position", [lg["code"]]))}
            for lg in ledgers if lg["plan_code"] == code
        ]
        out.append(plan)
    return out


def merge_plans(db: sqlite_utils.Database, plans: list[dict]) -> None:
    for plan in plans:
        db["plans"].upsert({k: v for k, v in plan.items() if k != "ledgers"}, pk="code")
        for lg in plan["ledgers"]:
            db["ledgers"].upsert({k: v for k, v in lg.items() if k != "sections"} | {"plan_code": plan["code"]},
                                 pk="code")
            for s in lg["sections"]:
                db.execute("INSERT INTO sections (ledger_code, position, heading) VALUES (?, ?, ?) "
                           "ON CONFLICT (ledger_code, position) DO UPDATE SET heading = excluded.heading",
                           [lg["code"], s["position"], s["heading"]])


TASK_FIELDS = ("id", "ledger_code", "position", "seq", "title", "measure", "deadline", "remarks", "units_note",
               "note", "target_quantity", "target_unit", "due_override", "due_override_reason", "closed_at",
               "closed_reason")


def task_rows(db: sqlite_utils.Database, task_ids: list[str]) -> list[dict]:
    """Tasks as stored, with their section's position and their assignments by unit name."""
    marks = ",".join("?" * len(task_ids)) or "NULL"
    sql = (f"SELECT t.*, s.position AS section_position FROM tasks t LEFT JOIN sections s ON s.id = t.section_id "
           f"WHERE t.id IN ({marks}) ORDER BY t.ledger_code, t.position")
    out = []
    for r in db.query(sql, task_ids):
        row = {k: r[k] for k in TASK_FIELDS} | {"section_position": r["section_position"]}
        row["assignments"] = list(db.query(
            "SELECT u.name AS unit, a.role, a.position FROM assignments a JOIN units u ON u.id = a.unit_id "
            "WHERE a.task_id = ? ORDER BY a.position", [r["id"]]))
        out.append(row)
    return out


def merge_tasks(db: sqlite_utils.Database, tasks: list[dict], scope: list[int]) -> None:
    """Tasks and their assignments as the county holds them; tasks no longer given to the
    units in `scope` lose those assignments (their reports stay)."""
    for t in tasks:
        section = None
        if t["section_position"] is not None:
            section = next(db.query("SELECT id FROM sections WHERE ledger_code = ? AND position = ?",
                                    [t["ledger_code"], t["section_position"]]))["id"]
        db["tasks"].upsert({k: t[k] for k in TASK_FIELDS} | {"section_id": section}, pk="id")
        db.execute("DELETE FROM assignments WHERE task_id = ?", [t["id"]])
        for a in t["assignments"]:
            db["assignments"].insert({"task_id": t["id"], "unit_id": units.find(db, a["unit"]), "role": a["role"],
                                      "position": a["position"]})
    kept = [t["id"] for t in tasks]
    marks, scope_marks = ",".join("?" * len(kept)) or "NULL", ",".join("?" * len(scope)) or "NULL"
    db.execute(f"DELETE FROM assignments WHERE task_id NOT IN ({marks}) AND unit_id IN ({scope_marks})",
               [*kept, *scope])


# -- a unit's reports on both sides -------------------------------------------------------------


def report_rows(db: sqlite_utils.Database, unit_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM reports WHERE unit_id = ? ORDER BY task_id, period", [unit_id]))


def versions(db: sqlite_utils.Database, report_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM report_versions WHERE report_id = ? ORDER BY version", [report_id]))


def base(db: sqlite_utils.Database, report_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM report_bases WHERE report_id = ?", [report_id]))
    return rows[0] if rows else None


def put_base(db: sqlite_utils.Database, report_id: int, base_version: int, base_hash: str,
             local_version: int) -> None:
    db["report_bases"].insert({"report_id": report_id, "base_version": base_version, "base_hash": base_hash,
                               "local_version": local_version}, replace=True)


def set_review(db: sqlite_utils.Database, report_id: int, fields: dict) -> None:
    """Take the county's review state for a report whose content both sides agree on."""
    db["reports"].update(report_id, fields | {"updated_at": now_iso()})


# -- conflicts ----------------------------------------------------------------------------------

_CONFLICT = """
SELECT c.*, r.task_id, r.period, u.name AS unit_name FROM report_conflicts c
JOIN reports r ON r.id = c.report_id JOIN units u ON u.id = r.unit_id
"""


def add_conflict(db: sqlite_utils.Database, report_id: int, base_version: int, content: dict, content_hash: str,
                 package: str) -> None:
    db["report_conflicts"].insert({"report_id": report_id, "base_version": base_version,
                                   "content": json.dumps(content, ensure_ascii=False), "content_hash": content_hash,
                                   "package": package, "found_at": now_iso()})


def conflicts(db: sqlite_utils.Database, *, open_only: bool = True, conflict_id: int | None = None) -> list[dict]:
    clauses = (["c.resolved_at IS NULL"] if open_only else []) + (["c.id = ?"] if conflict_id is not None else [])
    sql = _CONFLICT + (" WHERE " + " AND ".join(clauses) if clauses else "") + " ORDER BY c.id"
    rows = list(db.query(sql, [conflict_id] if conflict_id is not None else []))
    for r in rows:
        r["content"] = json.loads(r["content"])
    return rows


def conflict_hashes(db: sqlite_utils.Database, report_id: int, *, declined_only: bool = False) -> set[str]:
    sql = "SELECT content_hash FROM report_conflicts WHERE report_id = ?" + (
        " AND choice = 'ours'" if declined_only else "")
    return {r["content_hash"] for r in db.query(sql, [report_id])}


def resolve_conflict(db: sqlite_utils.Database, conflict_id: int, choice: str, by: str) -> None:
    db["report_conflicts"].update(conflict_id, {"choice": choice, "resolved_at": now_iso(), "resolved_by": by})


# -- attachments (佐证材料) ----------------------------------------------------------------------


def add_attachment(db: sqlite_utils.Database, report_id: int, name: str, sha256: str, data: bytes,
                   acked: bool = False) -> bool:
    """False when the report already has this file."""
    if list(db.query("SELECT 1 FROM attachments WHERE report_id = ? AND sha256 = ?", [report_id, sha256])):
        return False
    db["attachments"].insert({"report_id": report_id, "name": name, "sha256": sha256, "size": len(data),
                              "data": data, "added_at": now_iso(), "acked": int(acked)})
    return True


def attachments(db: sqlite_utils.Database, report_id: int | None = None, *, unacked: bool = False,
                unit_id: int | None = None) -> list[dict]:
    sql = ("SELECT a.*, r.task_id, r.period FROM attachments a JOIN reports r ON r.id = a.report_id WHERE 1"
           + (" AND a.report_id = ?" if report_id is not None else "")
           + (" AND r.unit_id = ?" if unit_id is not None else "")
           + (" AND a.acked = 0" if unacked else "") + " ORDER BY a.id")
    return list(db.query(sql, [v for v in (report_id, unit_id) if v is not None]))


def ack_attachments(db: sqlite_utils.Database, shas: list[str]) -> None:
    marks = ",".join("?" * len(shas)) or "NULL"
    db.execute(f"UPDATE attachments SET acked = 1 WHERE acked = 0 AND sha256 IN ({marks})", shas)


# -- receipts (回执) -----------------------------------------------------------------------------


def add_receipt(db: sqlite_utils.Database, receipt: dict) -> None:
    db["receipts"].insert({**receipt, "lines": json.dumps(receipt["lines"], ensure_ascii=False), "at": now_iso()})


def receipts(db: sqlite_utils.Database, limit: int = 200) -> list[dict]:
    rows = list(db.query("SELECT * FROM receipts ORDER BY id DESC LIMIT ?", [limit]))
    for r in rows:
        r["lines"] = json.loads(r["lines"])
    return rows
