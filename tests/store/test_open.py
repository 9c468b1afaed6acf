"""Opening the ledger file: create, reopen, refuse what must not be touched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from qs_desktop.core.errors import DatabaseError
from qs_desktop.ops.catalog import list_ledgers
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ops.setup import open_ledger
from qs_desktop.store.db import latest_version, wal_is_safe


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reopening_proves_the_write_was_committed(store, db_path):
    save_report(store, ReportInput("air-2022:6", "市生态环境局沁水分局", "2022-08", "in_progress", "已安装 40 套门禁"))
    store.close()
    again = open_ledger(db_path)
    try:
        rows = again.query("SELECT progress, version FROM reports")
    finally:
        again.close()
    assert rows == [{"progress": "已安装 40 套门禁", "version": 1}]


def test_pragmas_are_safe(store):
    conn = store.conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == ("wal" if wal_is_safe() else "delete")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()


@pytest.mark.parametrize(
    ("version", "safe"),
    [((3, 40, 1), False), ((3, 44, 5), False), ((3, 44, 6), True), ((3, 45, 0), False),
     ((3, 50, 6), False), ((3, 50, 7), True), ((3, 51, 2), False), ((3, 51, 3), True), ((3, 52, 0), True)],
)
def test_wal_reset_bug_versions(version, safe):
    assert wal_is_safe(version) is safe


def test_newer_version_is_refused_and_not_modified(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    before = _digest(db_path)
    with pytest.raises(DatabaseError, match="更新版本"):
        open_ledger(db_path)
    assert _digest(db_path) == before


def test_not_a_database_is_refused_and_not_modified(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("这不是数据库" * 100, encoding="utf-8")
    before = _digest(path)
    with pytest.raises(DatabaseError, match="不是台账数据库"):
        open_ledger(path)
    assert _digest(path) == before


def test_other_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseError, match="其他程序"):
        open_ledger(path)
    assert _digest(path) == before


def test_missing_file_is_created_with_builtin_plans(tmp_path):
    path = tmp_path / "deep" / "folder" / "ledger.sqlite"
    s = open_ledger(path)
    try:
        assert [lg.code for lg in list_ledgers(s)] == ["air-2022", "water-2022", "water-projects-2022", "soil-2022"]
    finally:
        s.close()
