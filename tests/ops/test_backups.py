"""Backups: automatic and manual copies, thinning, restore, and upgrading an old file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from qs_desktop.core.errors import DatabaseError, QsError
from qs_desktop.ops import backups
from qs_desktop.ops.reports import ReportInput, list_reports, save_report
from qs_desktop.ops.setup import open_ledger
from qs_desktop.store.db import latest_version
from tests import reliability_kit as kit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LEAD = "市生态环境局沁水分局"


def _report(store, period: str, text: str) -> None:
    save_report(store, ReportInput("air-2022:6", LEAD, period, "in_progress", text))


def _periods(store) -> list[str]:
    return [r.period for r in list_reports(store, task_id="air-2022:6")]


def test_backup_change_restore_round_trips(store, tmp_path):
    _report(store, "2022-08", "八月进展")
    (tmp_path / "usb").mkdir()
    usb = backups.backup_to(store, tmp_path / "usb")
    assert usb.ok and usb.path.parent == tmp_path / "usb"
    _report(store, "2022-09", "九月进展")

    changes = backups.restore(store, usb.path)

    assert _periods(store) == ["2022-08"]
    assert changes.reports and changes.plans
    safety = [b for b in backups.list_backups(store.path) if b.reason == "restore"]
    assert len(safety) == 1 and str(safety[0].path) in changes.summary
    saved = open_ledger(safety[0].path, read_only=True)
    try:
        assert _periods(saved) == ["2022-08", "2022-09"]  # the state before restoring is not lost
    finally:
        saved.close()


def test_restore_survives_reopening(store, db_path, tmp_path):
    copy = backups.backup_to(store, tmp_path / "copy.sqlite")
    _report(store, "2022-08", "八月进展")
    backups.restore(store, copy.path)
    store.close()
    again = open_ledger(db_path)
    try:
        assert _periods(again) == []
    finally:
        again.close()


@pytest.mark.parametrize("damage", ["garbage", "newer", "foreign"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(store, tmp_path, damage):
    bad = tmp_path / "bad.sqlite"
    if damage == "garbage":
        bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    else:
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        if damage == "newer":
            conn.execute("PRAGMA application_id = 1364413511")
            conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
        conn.commit()
        conn.close()
    _report(store, "2022-08", "八月进展")
    before = kit.digest(store.path)
    with pytest.raises(DatabaseError, match="当前数据库未被修改"):
        backups.restore(store, bad)
    assert kit.digest(store.path) == before
    assert backups.list_backups(store.path) == []


def test_restore_rebuilds_a_file_that_cannot_be_opened(db_path, store, tmp_path):
    good = backups.backup_to(store, tmp_path / "good.sqlite")
    store.close()
    db_path.write_bytes(b"\x00" * 8192)
    damaged = kit.digest(db_path)

    backups.restore_file(db_path, good.path)

    again = open_ledger(db_path)
    again.close()
    kept = [b for b in backups.list_backups(db_path) if b.reason == "damaged"]
    assert len(kept) == 1 and not kept[0].ok
    assert kit.digest(kept[0].path) == damaged  # the damaged original is kept, byte for byte


def test_backup_before_import_and_listing(store):
    info = backups.backup_before(store, "import")
    listed = backups.list_backups(store.path)
    assert [b.path for b in listed] == [info.path]
    assert listed[0].ok and listed[0].reason == "import" and listed[0].label == "导入前"
    assert listed[0].path.parent == store.path.parent / "backups"
    assert listed[0].version == latest_version()


def test_backup_on_close_only_after_changes_and_not_too_often(store):
    assert backups.backup_on_close(store) is None  # nothing written in this session
    _report(store, "2022-08", "八月进展")
    first = backups.backup_on_close(store)
    assert first is not None and first.reason == "close"
    assert backups.backup_on_close(store) is None  # a copy was made moments ago
    later = backups.backup_on_close(store, now=datetime.now() + timedelta(minutes=11))
    assert later is not None and later.path != first.path


def test_manual_backup_cannot_overwrite_the_live_file(store):
    with pytest.raises(QsError, match="正在使用的台账数据库"):
        backups.backup_to(store, store.path)


def test_thinning_keeps_recent_daily_weekly_monthly(tmp_path):
    db = tmp_path / "ledger.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    last = datetime(2026, 11, 28, 12, 0)  # a Saturday
    for days in range(400):
        (folder / f"ledger-{last - timedelta(days=days):%Y%m%d-%H%M%S}-close.sqlite").write_bytes(b"x")
    (folder / "ledger-20250101-090000-manual.sqlite").write_bytes(b"x")
    (folder / "ledger-20250102-090000-upgrade-v1.sqlite").write_bytes(b"x")

    backups.thin(db)

    kept = sorted(p.name[7:15] for p in folder.iterdir() if p.name.endswith("-close.sqlite"))
    recent = [f"202611{d}" for d in range(19, 29)]
    weekly = ["20261101", "20261108", "20261115"]  # Sundays of the four weeks before (22nd is recent)
    monthly = ["20251231", "20260131", "20260228", "20260331", "20260430", "20260531", "20260630",
               "20260731", "20260831", "20260930", "20261031"]
    assert kept == sorted(recent + weekly + monthly)
    assert (folder / "ledger-20250101-090000-manual.sqlite").exists()
    assert (folder / "ledger-20250102-090000-upgrade-v1.sqlite").exists()


def test_backups_of_other_ledgers_in_the_folder_are_left_alone(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for days in range(40):
        (folder / f"other-{datetime(2026, 1, 1) + timedelta(days=days):%Y%m%d-%H%M%S}-close.sqlite").write_bytes(b"x")
    assert backups.list_backups(tmp_path / "ledger.sqlite") == []
    assert backups.thin(tmp_path / "ledger.sqlite") == []
    assert len(list(folder.iterdir())) == 40


def test_version_1_file_is_upgraded_with_data_kept_and_a_backup_left(tmp_path):
    path = tmp_path / "ledger.sqlite"
    shutil.copy(FIXTURES / "ledger-v1.sqlite", path)

    store = open_ledger(path)
    try:
        assert store.query("PRAGMA user_version")[0]["user_version"] == latest_version()
        assert store.query("SELECT count(*) AS n FROM tasks")[0]["n"] == 85
        assert store.query("SELECT DISTINCT source FROM plans") == [{"source": "builtin"}]
        (report,) = list_reports(store, task_id="air-2022:6")
        assert (report.progress, report.version, report.state) == ("已安装 52 套门禁，联网 30 套", 2, "approved")
    finally:
        store.close()
    (old,) = backups.list_backups(path)
    assert old.reason == "upgrade-v1" and old.ok and old.version == 1
    conn = sqlite3.connect(old.path)
    try:  # the copy is the file as version 1 left it, readable by the older app
        assert "source" not in {r[1] for r in conn.execute("PRAGMA table_info(plans)")}
    finally:
        conn.close()


def test_a_wal_ledger_backs_up_to_one_self_contained_file(tmp_path, monkeypatch):
    """On SQLite versions without the WAL-reset bug the live file uses WAL; its copies must not."""
    monkeypatch.setattr("qs_desktop.store.db.wal_is_safe", lambda *a: True)
    store = open_ledger(tmp_path / "ledger.sqlite")
    try:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        _report(store, "2022-08", "八月进展")
        copy = backups.backup_to(store, tmp_path / "usb.sqlite")
        assert not Path(f"{copy.path}-wal").exists()
        conn = sqlite3.connect(copy.path)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        conn.close()
        _report(store, "2022-09", "九月进展")
        backups.restore(store, copy.path)
        assert _periods(store) == ["2022-08"]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()


def test_backups_made_in_the_same_second_do_not_overwrite_each_other(store):
    first = backups.backup_before(store, "import")
    second = backups.backup_before(store, "import")
    assert first.path != second.path
    assert {b.path for b in backups.list_backups(store.path)} == {first.path, second.path}
    assert all(b.reason == "import" and b.ok for b in backups.list_backups(store.path))


def test_manual_backup_into_a_new_folder_named_with_a_trailing_slash(store, tmp_path):
    info = backups.backup_to(store, f"{tmp_path / 'U盘' / '台账备份'}/")
    assert info.path.parent == tmp_path / "U盘" / "台账备份"
    assert info.path.name.startswith("ledger-") and info.ok


def test_a_ledger_named_with_brackets_finds_its_backups(tmp_path):
    """Offices name files 台账[2022].sqlite; the name must not be read as a glob pattern."""
    store = open_ledger(tmp_path / "台账[2022].sqlite")
    try:
        made = backups.backup_to(store)
    finally:
        store.close()
    assert [b.path for b in backups.list_backups(tmp_path / "台账[2022].sqlite")] == [made.path]
