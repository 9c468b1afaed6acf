"""Portable mode: a township clerk runs the bundle from a USB stick with a `data` folder beside
the programs; the ledger and its backups live on the stick, whichever PC and drive letter.

The frozen layout is simulated: `sys.frozen` set and `sys.executable` pointing into a folder
shaped like `dist/qs-ledger/` (the bundle smoke test, packaging/check, runs the real thing).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from qs_desktop import errorlog, paths
from qs_desktop.cli.main import main

ECO = "市生态环境局沁水分局"
LOG_DIR = paths.log_dir  # tests/conftest.py points the log into each test's folder; not here


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """The PC's user profile: where the ledger goes when there is no portable folder."""
    profile = tmp_path / "profile"
    monkeypatch.setenv("XDG_DATA_HOME", str(profile))
    monkeypatch.setenv("HOME", str(profile))
    monkeypatch.delenv(paths.ENV_DB, raising=False)
    return profile


def run_from(bundle: Path, monkeypatch, capsysbinary, *args: str) -> tuple[int, str, str]:
    """`qs-ledger ARGS…` as the bundled program in `bundle` would run it (no --db)."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "qs-ledger"))
    code = main(list(args))
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


def make_bundle(where: Path, *, portable: bool) -> Path:
    bundle = where / "qs-ledger"
    bundle.mkdir(parents=True)
    (bundle / "qs-ledger").touch()
    if portable:
        (bundle / "data").mkdir()
    return bundle


def test_a_stick_with_data_keeps_the_ledger_and_backups_on_the_stick(tmp_path, home, monkeypatch, capsysbinary):
    stick = make_bundle(tmp_path / "E", portable=True)
    code, out, err = run_from(stick, monkeypatch, capsysbinary, "init")
    assert code == 0, err
    assert (stick / "data" / "ledger.sqlite").is_file()
    assert str(stick / "data" / "ledger.sqlite") in out
    code, _, err = run_from(stick, monkeypatch, capsysbinary, "backup")
    assert code == 0, err
    assert list((stick / "data" / "backups").iterdir())
    assert not home.exists()  # nothing left behind on the office PC


def test_the_stick_under_another_drive_letter_opens_the_same_ledger(tmp_path, home, monkeypatch, capsysbinary, _built_once):
    monday = make_bundle(tmp_path / "E", portable=True)
    shutil.copy(_built_once, monday / "data" / "ledger.sqlite")
    code, _, err = run_from(monday, monkeypatch, capsysbinary, "report", "add", "air-2022:2", "--unit", ECO,
                            "--period", "2022-10", "--status", "推进中", "--text", "完成清洁运输改造方案")
    assert code == 0, err
    # Wednesday, another PC: the same stick is drive F: (here: the folder moved elsewhere).
    wednesday = tmp_path / "F" / "qs-ledger"
    wednesday.parent.mkdir()
    shutil.move(monday, wednesday)
    code, out, err = run_from(wednesday, monkeypatch, capsysbinary, "reports", "--task", "air-2022:2", "--json")
    assert code == 0, err
    assert [r["text"] for r in json.loads(out)] == ["完成清洁运输改造方案"]


def test_an_internal_error_on_the_stick_is_logged_on_the_stick(tmp_path, home, monkeypatch):
    """The message names the log file for the clerk to send: it must be on the stick she carries."""
    stick = make_bundle(tmp_path / "E", portable=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(stick / "qs-ledger"))
    monkeypatch.setattr(paths, "log_dir", LOG_DIR)
    log = errorlog.record(RuntimeError("磁盘出错"))
    assert log == stick / "data" / "logs" / "errors.log"
    assert "磁盘出错" in log.read_text(encoding="utf-8")
    assert str(log) in errorlog.where(log)


def test_without_a_data_folder_the_ledger_lives_in_the_user_profile(tmp_path, home, monkeypatch, capsysbinary):
    installed = make_bundle(tmp_path / "Program", portable=False)
    code, out, err = run_from(installed, monkeypatch, capsysbinary, "init")
    assert code == 0, err
    assert (home / "qs-ledger" / "ledger.sqlite").is_file()
    assert not (installed / "data").exists()


def test_qs_ledger_db_still_wins_over_the_stick(tmp_path, home, monkeypatch, capsysbinary, _built_once):
    stick = make_bundle(tmp_path / "E", portable=True)
    chosen = tmp_path / "county" / "ledger.sqlite"
    chosen.parent.mkdir()
    shutil.copy(_built_once, chosen)
    monkeypatch.setenv(paths.ENV_DB, str(chosen))
    code, out, err = run_from(stick, monkeypatch, capsysbinary, "plans")
    assert code == 0, err
    assert paths.default_db_path() == chosen
    assert not (stick / "data" / "ledger.sqlite").exists()


def test_a_data_folder_beside_a_python_interpreter_is_not_portable_mode(tmp_path, home, monkeypatch):
    venv_bin = tmp_path / "venv" / "bin"
    (venv_bin / "data").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    monkeypatch.setattr(sys, "executable", str(venv_bin / "python"))
    assert paths.portable_dir() is None
    assert paths.default_db_path() == home / "qs-ledger" / "ledger.sqlite"
