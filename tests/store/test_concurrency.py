"""Two writers, a busy file, one app per database."""

from __future__ import annotations

import os
import sys
import time

import pytest

from qs_desktop.core.errors import BusyError
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.store import db as store_db
from qs_desktop.store.lock import acquire_instance_lock, lock_owner, lock_path
from tests import reliability_kit as kit

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def test_two_processes_writing_at_once_lose_nothing(db_path):
    assert kit.two_writers(db_path, 60) == 120
    assert kit.check_ok(db_path)


@posix_only
def test_a_write_waits_for_the_busy_timeout_then_fails_plainly(store, monkeypatch):
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 400)
    store.conn.execute("PRAGMA busy_timeout = 400")
    holder = kit.spawn("child_hold_write_lock", store.path)
    try:
        kit.wait_for(holder, "locked")
        started = time.monotonic()
        with pytest.raises(BusyError, match="另一个程序"):
            save_report(store, ReportInput("air-2022:6", "市生态环境局沁水分局", "2022-08", "in_progress", "进展"))
        assert time.monotonic() - started >= 0.35
    finally:
        kit.kill(holder)
    save_report(store, ReportInput("air-2022:6", "市生态环境局沁水分局", "2022-08", "in_progress", "进展"))


def test_second_instance_lock_is_refused_until_released(db_path):
    first = acquire_instance_lock(db_path)
    assert first is not None and first.held
    assert lock_path(db_path) == db_path.with_name("ledger.sqlite.lock")
    assert acquire_instance_lock(db_path) is None
    assert lock_owner(db_path) == os.getpid()
    first.release()
    with acquire_instance_lock(db_path) as again:
        assert again is not None and again.held
    assert not again.held


@posix_only
def test_instance_lock_is_per_process_and_dies_with_a_crash(db_path):
    child = kit.spawn("child_hold_instance_lock", db_path)
    try:
        kit.wait_for(child, "held")
        assert acquire_instance_lock(db_path) is None
        assert lock_owner(db_path) == child.pid
    finally:
        kit.kill(child)
    lock = acquire_instance_lock(db_path)
    assert lock is not None
    lock.release()


def test_instance_key_names_the_file_not_the_spelling(tmp_path, monkeypatch):
    from qs_desktop.store.lock import instance_key

    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    key = instance_key(tmp_path / "ledger.sqlite")
    assert instance_key("ledger.sqlite") == key
    assert instance_key(tmp_path / "sub" / ".." / "ledger.sqlite") == key
    assert instance_key(tmp_path / "other.sqlite") != key
    assert key.isascii() and len(key) < 40
