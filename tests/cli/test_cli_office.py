"""`qs-ledger office`: show or set 本机单位, and the unit installation's limits on the command line."""

from __future__ import annotations

import json


def test_office_is_unset_on_a_fresh_ledger_and_says_how_to_set_it(cli):
    code, out, _ = cli("office")
    assert code == 0 and "未设置" in out and "qs-ledger office" in out
    code, out, _ = cli("office", "--json")
    assert json.loads(out) == {"unit": None, "role": "coordinator", "fixed": False}


def test_setting_a_township_makes_a_unit_installation(cli):
    code, out, _ = cli("office", "龙港镇")
    assert code == 0 and "龙港镇人民政府" in out
    _, out, _ = cli("office", "--json")
    assert json.loads(out) == {"unit": "龙港镇人民政府", "role": "unit", "fixed": False}


def test_coordinator_flag(cli):
    cli("office", "县住建局", "--coordinator")
    assert json.loads(cli("office", "--json")[1])["role"] == "coordinator"


def test_unknown_unit_is_one_line_and_exit_1(cli):
    code, out, err = cli("office", "县外星局")
    assert code == 1 and "单位目录中没有" in err and err.count("\n") == 1


def test_a_unit_installation_refuses_a_report_for_another_unit(cli, digest):
    cli("office", "嘉峰镇")
    before = digest()
    code, _, err = cli("report", "add", "air-2022:10", "--unit", "龙港镇", "--period", "2022-09",
                       "--status", "推进中", "--text", "代别人填")
    assert code == 1 and "只能填报本单位" in err
    assert digest() == before
    code, _, _ = cli("report", "add", "air-2022:10", "--unit", "嘉峰镇", "--period", "2022-09",
                     "--status", "推进中", "--text", "本镇已排查")
    assert code == 0
