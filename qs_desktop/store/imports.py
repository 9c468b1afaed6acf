"""Files imported into the ledger (returned forms), by a fingerprint of their bytes."""

from __future__ import annotations

import sqlite_utils

from .db import now_iso


def record(db: sqlite_utils.Database, kind: str, fingerprint: str, file_name: str, summary: str) -> None:
    """Remember an import; importing the same bytes again moves the time to the latest import."""
    db["imports"].insert({"kind": kind, "fingerprint": fingerprint, "file_name": file_name,
                          "imported_at": now_iso(), "summary": summary}, pk="id", replace=True)


def find(db: sqlite_utils.Database, kind: str, fingerprint: str) -> dict | None:
    rows = list(db.query("SELECT * FROM imports WHERE kind = ? AND fingerprint = ?", [kind, fingerprint]))
    return rows[0] if rows else None
