"""Only `init` creates a ledger. A mistyped --db is a plain “not found” with the way to create one;
an empty file is not a ledger. Nothing is created by a refused command, not even a folder."""

from __future__ import annotations

import pytest

COMMANDS = [
    ["check"],
    ["plans", "--json"],
    ["tasks", "--json"],
    ["reports", "--json"],
    ["history", "air-2022:2", "--json"],
    ["backup"],
    ["restore", "whatever.sqlite"],
    ["report", "add", "air-2022:2", "--unit", "县住建局", "--period", "2022-10", "--status", "推进中", "--text", "x"],
    ["export", "alerts", "-o", "alerts.pdf"],
    ["close", "air-2022:2"],
    ["import", "plan", "x.xlsx", "--code", "c", "--year", "2022"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0] + ("-" + a[1] if len(a) > 1 else ""))
def test_a_command_on_a_missing_ledger_says_not_found_and_creates_nothing(cli, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    typo = tmp_path / "typo" / "x.sqlite"
    code, out, err = cli(*args, db=typo)
    assert code == 1, err
    assert err.startswith("找不到数据库文件") and f'qs-ledger --db "{typo}" init' in err
    assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no folder "typo", no file


def test_init_creates_the_ledger_then_the_other_commands_work(cli, tmp_path):
    new = tmp_path / "新台账.sqlite"
    code, out, err = cli("init", db=new)
    assert code == 0 and "已载入内置计划" in out, err
    code, out, err = cli("check", db=new)
    assert code == 0, err


def test_an_empty_file_is_not_a_ledger_except_for_init(cli, tmp_path):
    empty = tmp_path / "空.sqlite"
    empty.write_bytes(b"")
    for args in (["check"], ["tasks", "--json"], ["backup"]):
        code, _, err = cli(*args, db=empty)
        assert code == 1 and "不是台账数据库文件" in err, args
    assert empty.stat().st_size == 0 and not (tmp_path / "backups").exists()
    code, out, err = cli("init", db=empty)
    assert code == 0 and "已载入内置计划" in out, err


def test_the_default_place_names_the_plain_init(cli, tmp_path, monkeypatch, capsysbinary):
    from qs_desktop.cli.main import main

    monkeypatch.setenv("QS_LEDGER_DB", str(tmp_path / "nowhere" / "ledger.sqlite"))
    assert main(["check"]) == 1
    err = capsysbinary.readouterr().err.decode()
    assert "找不到数据库文件" in err and "qs-ledger init" in err
    assert not (tmp_path / "nowhere").exists()
