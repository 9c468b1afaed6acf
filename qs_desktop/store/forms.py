"""Fill-in forms handed out, so a returned form can be matched to what was sent."""

from __future__ import annotations

import sqlite_utils


def record(db: sqlite_utils.Database, form_id: str, unit_id: int, period: str, fingerprint: str,
           issued_at: str) -> None:
    db["forms"].insert({"form_id": form_id, "unit_id": unit_id, "period": period,
                        "fingerprint": fingerprint, "issued_at": issued_at}, replace=True)


def get(db: sqlite_utils.Database, form_id: str) -> dict | None:
    rows = list(db.query(
        "SELECT f.*, u.name AS unit_name FROM forms f JOIN units u ON u.id = f.unit_id WHERE f.form_id = ?",
        [form_id]))
    return rows[0] if rows else None
