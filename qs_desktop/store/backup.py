"""Copies of a live database through the SQLite backup API (never a raw file copy).

Backups kept beside the database live in `backups/` and are named
`<db stem>-<YYYYmmdd-HHMMSS>-<reason>.sqlite` (local time), so the folder sorts by age
and a person browsing it can tell what each copy is.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..fsutil import (
    BACKUP_DIR,
    as_user_error,
    check_target,
    ensure_folder,
    remove_stale_temps,
    temp_beside,
)
from .db import _HEADER, APPLICATION_ID, Store, latest_version, translate

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+?)(?:\.\d+)?\.sqlite$")
_REASON = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIR


def backup_path(db_path: Path, reason: str, when: datetime) -> Path:
    """A fresh name in `backups/` for a copy of `db_path` made at `when` for `reason` (a slug)."""
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must be a lowercase slug: {reason!r}")
    folder = backups_dir(db_path)
    base = f"{Path(db_path).stem}-{when.strftime(_STAMP)}-{reason}"
    candidate, n = folder / f"{base}.sqlite", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{base}.{n}.sqlite"
    return candidate


def parse_name(path: Path) -> tuple[str, datetime, str] | None:
    """(db stem, local creation time, reason) from a backup's file name, or None if not ours."""
    m = _NAME.match(Path(path).name)
    if not m:
        return None
    return m["stem"], datetime.strptime(m["stamp"], _STAMP), m["reason"]


def backup_file(store: Store, dest: Path) -> Path:
    """Write a consistent copy of `store` to `dest` (temp file in the same folder, then rename)."""

    def copy(target: sqlite3.Connection) -> None:
        with store.lock:
            store.conn.backup(target)

    dest = Path(dest)
    if dest.parent == backups_dir(store.path):
        ensure_folder(dest.parent)
    _write_copy(copy, dest, backup=True)
    return dest


@dataclass(frozen=True)
class FileCheck:
    """What a read-only look at a database file found. `problem` is a Chinese phrase when not ok."""

    ok: bool
    version: int | None = None
    problem: str = ""


def inspect(path: Path) -> FileCheck:
    """Check a file (a backup, or one offered for restore) without changing it."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            if fh.read(len(_HEADER)) != _HEADER:
                return FileCheck(False, problem="不是 SQLite 数据库文件")
    except OSError as exc:
        return FileCheck(False, problem=f"无法读取（{exc.strerror or exc}）")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return FileCheck(False, problem=f"无法打开（{exc}）")
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except (sqlite3.Error, UnicodeDecodeError):
        return FileCheck(False, problem="文件已损坏")
    finally:
        conn.close()
    if result != "ok":
        return FileCheck(False, version, "文件已损坏（完整性检查未通过）")
    if app_id != APPLICATION_ID:
        return FileCheck(False, version, "不是台账数据库")
    if version > latest_version():
        return FileCheck(False, version, f"来自更新版本的台账软件（数据版本 {version}）")
    return FileCheck(True, version)


def copy_into(store: Store, source: Path) -> None:
    """Replace the live database's content with `source`'s, in one write through the backup API."""
    src = _open_read_only(source)
    try:
        with store.lock:
            src.backup(store.conn)
    except sqlite3.Error as exc:
        raise translate(exc, store.path) from exc
    finally:
        src.close()


def create_from(source: Path, dest: Path) -> None:
    """Build a new database file at `dest` from `source` through the backup API."""
    src = _open_read_only(source)
    try:
        _write_copy(src.backup, Path(dest))
    finally:
        src.close()


def _open_read_only(source: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise translate(exc, source) from exc


def _write_copy(copy: Callable[[sqlite3.Connection], None], dest: Path, *, backup: bool = False) -> None:
    """Run `copy` into a temp file beside `dest`, then fsync and rename it into place.

    The copy uses a rollback journal whatever the live file uses, so it is one
    self-contained file that can be carried on a USB stick. Leftovers of an earlier
    copy that was killed half-way (a USB stick fills up with them) are removed first.
    """
    dest = check_target(dest, backup=backup)
    remove_stale_temps(dest.parent)
    try:
        fd, tmp = temp_beside(dest)
        os.close(fd)
    except OSError as exc:
        raise as_user_error(exc, dest) from exc
    try:
        target = sqlite3.connect(tmp)
        try:
            copy(target)
            target.execute("PRAGMA journal_mode = DELETE")
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


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)
