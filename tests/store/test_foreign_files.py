"""Plain, true messages: another program's SQLite file is “not a ledger” whatever its
user_version, and is left exactly as it was; a read-only place is called read-only."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
import tempfile

import pytest

from qs_desktop.core.errors import QsError, UnusableDatabase
from qs_desktop.ops import backups
from qs_desktop.ops.setup import open_ledger


def _foreign(path, user_version: int, table: bool = True):
    conn = sqlite3.connect(path)
    if table:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('张三', '123')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("user_version", "table"), [(0, True), (1, True), (2, True), (3, True), (99, True),
                                                     (1, False), (2, False), (3, False)])
def test_another_programs_database_is_not_a_ledger_and_stays_untouched(tmp_path, user_version, table):
    path = tmp_path / "通讯录.db"
    before = _foreign(path, user_version, table)
    with pytest.raises(UnusableDatabase) as refused:
        open_ledger(path)
    assert "不是台账数据库文件" in refused.value.message
    assert "更新版本" not in refused.value.message and "no such table" not in refused.value.message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["通讯录.db"]  # no upgrade backup


def test_an_empty_sqlite_file_is_only_made_a_ledger_by_init(cli, tmp_path):
    path = tmp_path / "空.sqlite"
    _foreign(path, 0, table=False)
    code, _, err = cli("check", db=path)
    assert code == 1 and "不是台账数据库文件" in err
    code, _, err = cli("init", db=path)
    assert code == 0, err


@pytest.mark.parametrize("failure", [OSError(errno.EROFS, "Read-only file system"),
                                     PermissionError(errno.EACCES, "Permission denied")],
                         ids=["read-only file system", "folder without write permission"])
def test_a_read_only_place_is_called_read_only_not_an_open_workbook(store, tmp_path, monkeypatch, failure):
    def refuse(*args, **kwargs):
        raise failure

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(QsError) as refused:
        backups.backup_to(store, tmp_path / "copy.sqlite")
    assert "所在位置只读" in refused.value.message and "WPS" not in refused.value.message
