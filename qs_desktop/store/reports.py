"""Reports (one per task × unit × period) and every earlier version of each."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable

import sqlite_utils

from ..core.model import Report
from ..core.obligations import Filed
from .db import now_iso, where

_VERSIONED = ("status", "progress", "quantity", "problems", "next_steps", "reporter", "state", "source")

_SELECT = """
SELECT r.*, u.name AS unit_name FROM reports r JOIN units u ON u.id = r.unit_id
"""
_IN_LEDGER_ORDER = """
JOIN tasks t ON t.id = r.task_id JOIN ledgers l ON l.code = t.ledger_code JOIN plans p ON p.code = l.plan_code
"""


def _report(r: dict) -> Report:
    return Report(
        task_id=r["task_id"],
        unit=r["unit_name"],
        period=r["period"],
        status=r["status"],
        progress=r["progress"],
        problems=r["problems"],
        next_steps=r["next_steps"],
        quantity=r["quantity"],
        reporter=r["reporter"],
        state=r["state"],
        review_comment=r["review_comment"],
        version=r["version"],
        created_at=r["created_at"],
        updated_at=r["updated_at"],
        source=r["source"],
    )


def find_row(db: sqlite_utils.Database, task_id: str, unit_id: int, period: str) -> dict | None:
    rows = list(
        db.query(
            "SELECT * FROM reports WHERE task_id = ? AND unit_id = ? AND period = ?", [task_id, unit_id, period]
        )
    )
    return rows[0] if rows else None


def save(db: sqlite_utils.Database, task_id: str, unit_id: int, period: str, fields: dict) -> tuple[dict | None, dict]:
    """Create or revise a report; the new content becomes a new version. Returns (old row, new row)."""
    old = find_row(db, task_id, unit_id, period)
    stamp = now_iso()
    if old is None:
        rid = db["reports"].insert(
            {"task_id": task_id, "unit_id": unit_id, "period": period, "version": 1,
             "created_at": stamp, "updated_at": stamp, **fields}
        ).last_pk
    else:
        rid = old["id"]
        db["reports"].update(
            rid, {**fields, "version": old["version"] + 1, "updated_at": stamp,
                  "review_comment": fields.get("review_comment", ""), "reviewed_by": "", "reviewed_at": None}
        )
    new = db["reports"].get(rid)
    db["report_versions"].insert(
        {"report_id": rid, "version": new["version"], "created_at": stamp, **{k: new[k] for k in _VERSIONED}}
    )
    return old, new


def review(db: sqlite_utils.Database, report_id: int, state: str, comment: str, reviewer: str) -> dict:
    db["reports"].update(
        report_id,
        {"state": state, "review_comment": comment, "reviewed_by": reviewer, "reviewed_at": now_iso(),
         "updated_at": now_iso()},
    )
    return db["reports"].get(report_id)


def restore(db: sqlite_utils.Database, row: dict) -> None:
    """Put a report row back exactly as it was (used by undo)."""
    db["reports"].update(row["id"], {k: v for k, v in row.items() if k != "id"})


def delete(db: sqlite_utils.Database, report_id: int) -> None:
    db.execute("DELETE FROM reports WHERE id = ?", [report_id])


def find(
    db: sqlite_utils.Database,
    *,
    task_id: str | None = None,
    unit_id: int | None = None,
    period: str | None = None,
    state: str | None = None,
    task_ids: list[str] | None = None,
) -> list[Report]:
    extra = []
    if task_ids is not None:
        extra.append((f"r.task_id IN ({','.join('?' * len(task_ids)) or 'NULL'})", list(task_ids)))
    clause, params = where(
        {"r.task_id": task_id, "r.unit_id": unit_id, "r.period": period, "r.state": state}, extra
    )
    sql = (_SELECT + _IN_LEDGER_ORDER + clause
           + " ORDER BY p.year, p.rowid, l.position, t.position, r.period, u.position")  # :9 before :10
    return [_report(r) for r in db.query(sql, params)]


def versions(db: sqlite_utils.Database, report_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM report_versions WHERE report_id = ? ORDER BY version", [report_id]))


def set_state(db: sqlite_utils.Database, report_id: int, state: str, comment: str) -> None:
    """Put a report's review state back (undo of a review); not a review, so no reviewer."""
    db["reports"].update(report_id, {"state": state, "review_comment": comment, "updated_at": now_iso()})


def rewind(db: sqlite_utils.Database, report_id: int, version: int) -> dict | None:
    """Make `version` the current content again and drop the versions after it (undo of a save).

    Returns the restored content, or None when that version does not exist.
    """
    earlier = [v for v in versions(db, report_id) if v["version"] == version]
    if not earlier:
        return None
    content = {k: earlier[0][k] for k in _VERSIONED}
    db["reports"].update(report_id, {**content, "version": version, "updated_at": now_iso()})
    db.execute("DELETE FROM report_versions WHERE report_id = ? AND version > ?", [report_id, version])
    return content


def count(db: sqlite_utils.Database, *, source: str | None = None) -> int:
    """How many reports there are (from `source` only, when given)."""
    clause, params = where({"source": source})
    return next(db.query(f"SELECT count(*) AS n FROM reports{clause}", params))["n"]


def insert_many(db: sqlite_utils.Database, reports: Iterable[tuple[dict, list[dict]]]) -> int:
    """Insert whole reports, each with its versions oldest first, in bulk (sample data);
    a report's `version` is its last version's number. Returns how many were inserted."""
    start = next(db.query("SELECT coalesce(max(id), 0) + 1 AS n FROM reports"))["n"]
    columns = ("id", "task_id", "unit_id", "period", "version", "status", "progress", "quantity", "problems",
               "next_steps", "reporter", "state", "review_comment", "reviewed_by", "reviewed_at", "source",
               "created_at", "updated_at")
    defaults = {"quantity": None, "problems": "", "next_steps": "", "reporter": "", "review_comment": "",
                "reviewed_by": "", "reviewed_at": None, "source": ""}

    version_columns = ("report_id", "version", *_VERSIONED, "created_at")
    insert_report = f"INSERT INTO reports ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})"
    insert_version = (f"INSERT INTO report_versions ({','.join(version_columns)}) "
                      f"VALUES ({','.join('?' * len(version_columns))})")
    next_id, reports = start, iter(reports)
    while chunk := list(itertools.islice(reports, 5000)):
        report_rows, version_rows = [], []
        for row, history in chunk:
            full = defaults | row | {"id": next_id, "version": len(history)}
            report_rows.append(tuple(full[c] for c in columns))
            version_rows.extend((next_id, number, *(v[k] for k in version_columns[2:]))
                                for number, v in enumerate(history, start=1))
            next_id += 1
        db.conn.executemany(insert_report, report_rows)
        db.conn.executemany(insert_version, version_rows)
    return next_id - start


def up_to(db: sqlite_utils.Database, unit_id: int, task_ids: list[str], period: str) -> list[Report]:
    """A unit's reports on many tasks for `period` and every period before it, by task then period."""
    sql = _SELECT + """
    WHERE r.unit_id = ? AND r.period <= ? AND r.task_id IN (SELECT value FROM json_each(?))
    ORDER BY r.task_id, r.period
    """
    return [_report(r) for r in db.query(sql, [unit_id, period, json.dumps(task_ids)])]


def filed(db: sqlite_utils.Database, task_ids: list[str] | None = None) -> dict[str, dict[str, dict[str, Filed]]]:
    """task id -> unit name -> period -> what the rules need of every report (of `task_ids` only,
    when given: a ledger's page need not read a city's history), in one query."""
    sql = """SELECT r.task_id, u.name, r.period, r.state, r.status, r.review_comment
             FROM reports r JOIN units u ON u.id = r.unit_id"""
    params = []
    if task_ids is not None:
        sql += " WHERE r.task_id IN (SELECT value FROM json_each(?))"  # one parameter, however many
        params.append(json.dumps(task_ids))
    out: dict[str, dict[str, dict[str, Filed]]] = {}
    for task_id, unit, period, state, status, comment in db.execute(sql, params).fetchall():
        out.setdefault(task_id, {}).setdefault(unit, {})[period] = Filed(period, state, status, comment)
    return out
