"""Copies of a live database through the SQLite backup API (never a raw file copy)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from ..fsutil import as_user_error
from .db import Store, translate


def backup_file(store: Store, dest: Path) -> Path:
    """Write a consistent copy of `store` to `dest` (temp file in the same folder, then rename)."""
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
        os.close(fd)
    except OSError as exc:
        raise as_user_error(exc, dest) from exc
    try:
        target = sqlite3.connect(tmp)
        try:
            with store.lock:
                store.conn.backup(target)
        finally:
            target.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        _discard(tmp)
        raise translate(exc, dest) from exc
    except OSError as exc:
        _discard(tmp)
        raise as_user_error(exc, dest) from exc
    return dest


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)
