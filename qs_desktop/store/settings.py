"""Key/value settings kept in the database (shared by GUI and CLI)."""

from __future__ import annotations

import sqlite_utils

DEFAULTS = {
    "due_soon_days": "15",
    "report_day": "5",
    "actor": "",
}


def get(db: sqlite_utils.Database, key: str) -> str:
    rows = list(db.query("SELECT value FROM settings WHERE key = ?", [key]))
    return rows[0]["value"] if rows else DEFAULTS.get(key, "")


def put(db: sqlite_utils.Database, key: str, value: str) -> None:
    db["settings"].upsert({"key": key, "value": value}, pk="key")
