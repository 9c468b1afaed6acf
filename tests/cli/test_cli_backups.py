"""backup / backups / restore / check, and what the command line says about a bad or busy file."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys

import pytest

from qs_desktop.store import db as store_db
from qs_desktop.store.db import latest_version
from tests import reliability_kit as kit

ECO = "市生态环境局沁水分局"


def _add(cli, period: str) -> int:
    return cli("report", "add", "air-2022:2", "--unit", ECO, "--period", period, "--status", "推进中",
               "--text", f"{period} 进展")[0]


def _periods(cli) -> list[str]:
    return [r["period"] for r in json.loads(cli("reports", "--task", "air-2022:2", "--json")[1])]


def test_backup_change_restore_from_the_command_line(cli, tmp_path):
    assert _add(cli, "2022-08") == 0
    code, out, _ = cli("backup", "-o", str(tmp_path / "usb.sqlite"))
    assert code == 0 and str(tmp_path / "usb.sqlite") in out
    assert _add(cli, "2022-09") == 0
    code, out, err = cli("restore", str(tmp_path / "usb.sqlite"))
    assert code == 0, err
    assert "恢复前的数据已另存为" in out
    assert _periods(cli) == ["2022-08"]


def test_a_new_pc_restores_the_ledger_from_a_usb_backup(cli, tmp_path):
    assert _add(cli, "2022-08") == 0
    assert cli("backup", "-o", str(tmp_path / "usb.sqlite"))[0] == 0
    new_pc = tmp_path / "新电脑"
    new_pc.mkdir()
    code, out, err = cli("restore", str(tmp_path / "usb.sqlite"), db=new_pc / "ledger.sqlite")
    assert code == 0, err
    found = json.loads(cli("reports", "--task", "air-2022:2", "--json", db=new_pc / "ledger.sqlite")[1])
    assert [r["period"] for r in found] == ["2022-08"]


def test_restoring_into_a_mistyped_folder_creates_nothing(cli, tmp_path):
    assert cli("backup", "-o", str(tmp_path / "usb.sqlite"))[0] == 0
    code, _, err = cli("restore", str(tmp_path / "usb.sqlite"), db=tmp_path / "typo" / "ledger.sqlite")
    assert code == 1 and err.startswith("找不到数据库文件")
    assert not (tmp_path / "typo").exists()


def test_backups_json_lists_what_was_made(cli, db_path):
    assert cli("backup")[0] == 0
    code, out, _ = cli("backups", "--json")
    (entry,) = json.loads(out)
    assert code == 0
    assert entry["reason"] == "manual" and entry["ok"] is True and entry["version"] == latest_version()
    assert entry["path"].startswith(str(db_path.parent / "backups"))


def test_damaged_file_is_untouched_and_the_message_offers_the_newest_backup(cli, db_path):
    assert cli("backup")[0] == 0
    newest = json.loads(cli("backups", "--json")[1])[0]["path"]
    data = bytearray(db_path.read_bytes())
    data[kit.btree_pages(bytes(data))[3] * kit.PAGE] ^= 0xFF
    db_path.write_bytes(bytes(data))
    before = kit.digest(db_path)

    code, out, err = cli("plans")

    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "损坏" in err and newest in err and "qs-ledger backups" in err
    assert kit.digest(db_path) == before


def test_restore_replaces_a_damaged_file_and_keeps_it(cli, db_path, tmp_path):
    assert cli("backup", "-o", str(tmp_path / "good.sqlite"))[0] == 0
    db_path.write_bytes(b"\x00" * 10000)
    code, out, err = cli("restore", str(tmp_path / "good.sqlite"))
    assert code == 0, err
    assert "原文件已移到" in out
    assert cli("plans")[0] == 0
    kept = [b for b in json.loads(cli("backups", "--json")[1]) if b["reason"] == "damaged"]
    assert len(kept) == 1 and kept[0]["ok"] is False


def test_newer_file_is_refused_and_not_modified(cli, db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    before = kit.digest(db_path)
    code, _, err = cli("tasks")
    assert code == 1 and "更新版本" in err and "没有可用的备份" in err
    assert kit.digest(db_path) == before


def test_check_passes_on_a_sound_ledger_and_fails_on_an_inconsistent_one(cli, db_path):
    code, out, _ = cli("check")
    assert code == 0 and "全部" in out
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO unit_aliases (alias, unit_id) SELECT '县能源局', id FROM units WHERE name = '县住建局'")
    conn.commit()
    conn.close()
    code, out, _ = cli("check")
    assert code == 1
    assert "✗ 别名不与其他单位的正式名称重复" in out and "县能源局（县住建局 的别名）" in out
    code, out, _ = cli("check", "--json")
    assert code == 1 and json.loads(out)["ok"] is False


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_busy_file_waits_then_fails_with_a_clear_message(cli, db_path, monkeypatch):
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 400)
    holder = kit.spawn("child_hold_write_lock", db_path)
    try:
        kit.wait_for(holder, "locked")
        code, _, err = cli("report", "add", "air-2022:2", "--unit", ECO, "--period", "2022-08",
                           "--status", "推进中", "--text", "进展")
    finally:
        kit.kill(holder)
    assert code == 1
    assert "另一个程序" in err and "Traceback" not in err
    assert _periods(cli) == []


def test_network_share_warning_goes_to_stderr_and_the_command_still_works(cli, monkeypatch):
    monkeypatch.setattr("qs_desktop.drive.drive_kind", lambda path, mountinfo=None: "network")
    code, out, err = cli("plans")
    assert code == 0 and "air-2022" in out
    assert err.startswith("警告：") and "网络共享" in err


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_backup_to_a_full_disk_fails_plainly_and_leaves_no_file(db_path, tmp_path):
    import resource

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.RLIM_INFINITY))

    target = tmp_path / "usb"
    target.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "qs_desktop.cli.main", "--db", str(db_path), "backup", "-o", str(target / "copy.sqlite")],
        capture_output=True, text=True, encoding="utf-8", cwd=kit.ROOT, preexec_fn=small_disk,
        env={"PYTHONPATH": str(kit.ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1
    assert ("磁盘空间不足" in result.stderr or "I/O" in result.stderr) and "Traceback" not in result.stderr
    assert list(target.iterdir()) == []


def test_backup_to_a_new_folder_given_with_a_trailing_slash(cli, tmp_path):
    code, out, err = cli("backup", "-o", f"{tmp_path / 'U盘'}{os.sep}")
    assert code == 0, err
    (copy,) = (tmp_path / "U盘").iterdir()
    assert copy.name.startswith("ledger-") and copy.name.endswith("-manual.sqlite")
    assert str(copy) in out


def test_restore_refusals_are_one_line_and_leave_the_ledger_as_it_was(cli, db_path, tmp_path, digest):
    _add(cli, "2022-08")
    (tmp_path / "garbage.sqlite").write_bytes(b"not a database at all" * 100)
    newer = tmp_path / "newer.sqlite"
    shutil.copy(db_path, newer)
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.close()
    cases = [
        (tmp_path / "garbage.sqlite", "不能从“garbage.sqlite”恢复"),
        (tmp_path / "missing.sqlite", "找不到备份文件"),
        (newer, "newer.sqlite"),
        (db_path, "不能用正在使用的数据库恢复它自己"),
    ]
    before = digest()
    for source, said in cases:
        code, out, err = cli("restore", str(source))
        assert (code, out) == (1, ""), source
        assert said in err and len(err.strip().splitlines()) == 1, (source, err)
        assert digest() == before, source
