"""A killed import, a full disk: the ledger file is left whole, with the import all there or not at all."""

from __future__ import annotations

import sys

import pytest

from tests import reliability_kit as kit

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL / RLIMIT_FSIZE are POSIX")


@pytest.mark.parametrize("stop_at", ["backup", "1", "1500", "2999", "commit"])
def test_killed_before_commit_leaves_no_trace_of_the_import(db_path, stop_at):
    outcome = kit.crash_import(db_path, stop_at)
    assert outcome == kit.CrashOutcome(rows=0, check_ok=True)


def test_killed_after_commit_keeps_the_whole_import(db_path):
    outcome = kit.crash_import(db_path, "done")
    assert outcome == kit.CrashOutcome(rows=kit.BIG_TASKS, check_ok=True)


@pytest.mark.parametrize("delay", [0.0, 0.03, 0.08, 0.15, 0.25, 0.4])
def test_killed_at_any_moment_is_all_or_nothing(db_path, delay):
    outcome = kit.crash_import(db_path, "free", delay)
    assert outcome.check_ok
    assert outcome.all_or_nothing, outcome


def test_the_builtin_plans_survive_a_killed_import(db_path):
    kit.crash_import(db_path, "1500")
    from qs_desktop.ops.catalog import list_tasks
    from qs_desktop.ops.setup import open_ledger

    store = open_ledger(db_path)
    try:
        assert len(list_tasks(store)) == 28 + 27 + 11 + 19
    finally:
        store.close()


def test_disk_full_gives_a_clear_error_and_an_intact_file(db_path):
    before = kit.digest(db_path)
    code, err = kit.disk_full_import(db_path)
    assert code == 1
    assert "本次修改未保存" in err and "Traceback" not in err
    assert kit.digest(db_path) == before
    assert kit.plan_rows(db_path) == 0
    assert kit.check_ok(db_path)
