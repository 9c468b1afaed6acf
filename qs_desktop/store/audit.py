"""The audit log: every change with time, actor and old → new values."""

from __future__ import annotations

import json

import sqlite_utils

from ..core.model import AuditEvent
from .db import now_iso, where


def record(
    db: sqlite_utils.Database,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    task_id: str | None = None,
    old: dict | None = None,
    new: dict | None = None,
    note: str = "",
) -> None:
    db["audit_log"].insert(
        {
            "at": now_iso(),
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "task_id": task_id,
            "old": json.dumps(old, ensure_ascii=False) if old is not None else None,
            "new": json.dumps(new, ensure_ascii=False) if new is not None else None,
            "note": note,
        }
    )


def events(
    db: sqlite_utils.Database,
    *,
    task_id: str | None = None,
    action: str | None = None,
    actor: str | None = None,
    limit: int | None = None,
) -> list[AuditEvent]:
    clause, params = where({"task_id": task_id, "action": action, "actor": actor})
    sql = "SELECT * FROM audit_log" + clause + " ORDER BY id"
    if limit:
        sql = f"SELECT * FROM ({sql} DESC LIMIT {int(limit)}) ORDER BY id"
    return [
        AuditEvent(
            id=r["id"],
            at=r["at"],
            actor=r["actor"],
            action=r["action"],
            entity=r["entity"],
            entity_id=r["entity_id"],
            task_id=r["task_id"],
            old=json.loads(r["old"]) if r["old"] else None,
            new=json.loads(r["new"]) if r["new"] else None,
            note=r["note"],
        )
        for r in db.query(sql, params)
    ]
