"""Where exports and backups may be written: never over the open ledger, its journal or its
backups, never onto a device, pipe or socket — whatever the path looks like."""

from __future__ import annotations

import os
import socket
import stat
import sys

import pytest

from qs_desktop.core.errors import QsError
from qs_desktop.fsutil import atomic_write, check_target
from qs_desktop.ops import backups


def _export(cli, target, fmt="xlsx"):
    return cli("export", "ledger", "--plan", "air-2022", "--format", fmt, "-o", str(target))


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_exporting_onto_the_open_ledger_is_refused_and_the_ledger_survives(cli, db_path, digest, fmt):
    before = digest()
    code, _, err = _export(cli, db_path, fmt)
    assert code == 1 and "正在使用的台账数据库" in err and len(err.strip().splitlines()) == 1
    assert digest() == before


def test_every_export_kind_refuses_the_ledger(cli, db_path, digest):
    before = digest()
    for args in (["export", "alerts", "-o", str(db_path)],
                 ["export", "form", "--unit", "县住建局", "--period", "2022-10", "-o", str(db_path)],
                 ["export", "report", "--unit", "县住建局", "--period", "2022-10", "-o", str(db_path)],
                 ["backup", "-o", str(db_path)]):
        code, _, err = cli(*args)
        assert code == 1 and "正在使用的台账数据库" in err, args
    assert digest() == before


def test_the_ledger_reached_by_another_spelling_is_still_refused(cli, db_path, tmp_path, digest):
    (tmp_path / "x").mkdir()
    os.link(db_path, tmp_path / "hard.sqlite")
    os.symlink(db_path, tmp_path / "soft.xlsx")
    before = digest()
    for target in (f"{tmp_path}/x/../{db_path.name}", tmp_path / "hard.sqlite", tmp_path / "soft.xlsx"):
        code, _, err = _export(cli, target)
        assert code == 1 and "正在使用的台账数据库" in err, target
    assert digest() == before and (tmp_path / "soft.xlsx").is_symlink()


def test_journal_and_wal_names_are_refused(cli, db_path):
    for side in ("-journal", "-wal", "-shm"):
        code, _, err = _export(cli, f"{db_path}{side}")
        assert code == 1 and "日志文件" in err, side


def test_the_backups_folder_is_no_place_for_an_export(cli, db_path, tmp_path):
    code, _, _ = cli("backup")
    assert code == 0
    (kept,) = (tmp_path / "backups").iterdir()
    before = kept.read_bytes()
    code, _, err = _export(cli, kept)
    assert code == 1 and "备份文件夹" in err
    code, _, err = _export(cli, tmp_path / "backups" / "新台账.xlsx")
    assert code == 1 and "备份文件夹" in err
    assert kept.read_bytes() == before and len(list((tmp_path / "backups").iterdir())) == 1


def test_a_manual_backup_may_go_into_the_backups_folder_under_a_new_name(store, tmp_path):
    info = backups.backup_to(store, tmp_path / "backups" / "交接前.sqlite")
    assert info.ok
    with pytest.raises(QsError, match="备份文件夹"):
        backups.backup_to(store, tmp_path / "backups" / "交接前.sqlite")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")
def test_a_pipe_and_a_socket_stay_what_they_are(store, tmp_path):
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    sock_path = tmp_path / "s.pdf"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    try:
        for target, kind in ((fifo, stat.S_ISFIFO), (sock_path, stat.S_ISSOCK)):
            with pytest.raises(QsError, match="不是普通文件"), atomic_write(target) as fh:
                fh.write(b"x")
            with pytest.raises(QsError, match="不是普通文件"):
                backups.backup_to(store, target)
            assert kind(os.stat(target).st_mode)
    finally:
        server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices")
@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_devices_are_refused_before_anything_is_written(device):
    """Checked only through check_target: a regression here must not replace the machine's device."""
    with pytest.raises(QsError, match="不是普通文件"):
        check_target(device)
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_new_name_needs_an_existing_folder(tmp_path):
    with pytest.raises(QsError, match="不存在"), atomic_write(tmp_path / "typo" / "台账.xlsx") as fh:
        fh.write(b"x")
    assert list(tmp_path.iterdir()) == []


def test_an_ordinary_file_is_still_replaced_whole(tmp_path):
    target = tmp_path / "台账.xlsx"
    target.write_bytes(b"old")
    with atomic_write(target) as fh:
        fh.write(b"new")
    assert target.read_bytes() == b"new"
