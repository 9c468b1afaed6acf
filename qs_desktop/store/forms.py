"""Fill-in forms handed out (with the report version each row was issued on), and the ledger's
form key."""

from __future__ import annotations

import sqlite_utils


def key(db: sqlite_utils.Database, purpose: str = "form") -> bytes | None:
    rows = list(db.query("SELECT secret FROM ledger_keys WHERE purpose = ?", [purpose]))
    return bytes(rows[0]["secret"]) if rows else None


def record(db: sqlite_utils.Database, form_id: str, unit_id: int, period: str, mac: str, issued_at: str,
           rows: list[tuple[str, int, str]]) -> None:
    """rows: (task id, base version, base state) in form order."""
    db["forms"].insert({"form_id": form_id, "unit_id": unit_id, "period": period,
                        "fingerprint": mac, "issued_at": issued_at}, replace=True)
    db["form_rows"].insert_all(
        ({"form_id": form_id, "position": i, "task_id": t, "base_version": v, "base_state": s}
         for i, (t, v, s) in enumerate(rows)), replace=True)


def get(db: sqlite_utils.Database, form_id: str) -> dict | None:
    rows = list(db.query(
        "SELECT f.*, u.name AS unit_name FROM forms f JOIN units u ON u.id = f.unit_id WHERE f.form_id = ?",
        [form_id]))
    if not rows:
        return None
    found = rows[0]
    found["rows"] = list(db.query(
        "SELECT task_id, base_version, base_state FROM form_rows WHERE form_id = ? ORDER BY position",
        [form_id]))
    return found

