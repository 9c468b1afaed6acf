"""Leftovers of a killed export or backup (ours only, and only once their writer is gone) are
removed at the next start or the next backup to that place: a USB stick does not fill up."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from qs_desktop.ops import backups
from qs_desktop.ops.setup import open_ledger

DEAD_PID = 2**22 + 12345  # above Linux's pid_max default range: no such process


def _leftover(folder, name, pid, *, journal=False, age=0.0):
    path = folder / f".{name}.{pid}.k3j_9x2a.tmp"
    path.write_bytes(b"x" * 1000)
    made = [path]
    if journal:
        made.append(folder / f"{path.name}-journal")
        made[-1].write_bytes(b"j")
    for p in made:
        os.utime(p, (time.time() - age, time.time() - age))
    return made


@pytest.fixture
def live_pid():
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield proc.pid
    proc.kill()
    proc.wait()


def test_opening_the_ledger_removes_its_dead_writers_temp_files(db_path, tmp_path, live_pid):
    folder = db_path.parent
    (folder / "backups").mkdir()
    dead = _leftover(folder, "台账.xlsx", DEAD_PID) + _leftover(folder / "backups", db_path.name, DEAD_PID, journal=True)
    running = _leftover(folder, "alerts.pdf", live_pid)
    ancient = _leftover(folder, "old.pdf", live_pid, age=3 * 24 * 3600)  # a day old: debris even if the PID was reused
    others = [folder / ".config.tmp", folder / "报表.tmp", folder / ".台账.xlsx.abc.tmp"]
    for p in others:
        p.write_bytes(b"not ours")
    open_ledger(db_path).close()
    assert not any(p.exists() for p in dead + ancient)
    assert all(p.exists() for p in running + others)


def test_a_backup_to_a_usb_stick_first_clears_a_killed_backups_leftovers(store, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    stale = _leftover(usb, "ledger-20221031-manual.sqlite", DEAD_PID, journal=True)
    info = backups.backup_to(store, str(usb) + os.sep)
    assert info.ok
    assert sorted(p.name for p in usb.iterdir()) == [info.path.name]
    assert not any(p.exists() for p in stale)


def test_temp_files_are_named_after_their_process(tmp_path):
    from qs_desktop.fsutil import temp_beside

    fd, tmp = temp_beside(tmp_path / "台账.xlsx")
    os.close(fd)
    assert os.path.basename(tmp).startswith(f".台账.xlsx.{os.getpid()}.")
