"""qs-ledger init / plans / tasks / deadline, including error paths."""

from __future__ import annotations

import json
import subprocess
import sys


def test_init_creates_database_and_is_harmless_twice(tmp_path, cli):
    db = tmp_path / "sub" / "new.sqlite"
    code, out, _ = cli("init", db=db)
    assert code == 0 and "85" in out
    code, out, _ = cli("init", db=db)
    assert code == 0 and "已就绪" in out
    code, out, _ = cli("plans", "--json", db=db)
    assert sum(p["task_count"] for p in json.loads(out)) == 85


def test_plans_json_lists_the_four_ledgers(cli):
    code, out, _ = cli("plans", "--json")
    assert code == 0
    plans = {p["code"]: p for p in json.loads(out)}
    assert {c: p["task_count"] for c, p in plans.items()} == {
        "air-2022": 28,
        "water-2022": 27,
        "water-projects-2022": 11,
        "soil-2022": 19,
    }
    air = plans["air-2022"]
    assert air["year"] == 2022
    assert air["doc_no"] == "沁政办发〔2022〕27 号"
    assert air["title"] == "沁水县空气质量改善 2022 年行动计划重点工作任务台账"


def test_tasks_of_air_ledger_verbatim(cli):
    code, out, _ = cli("tasks", "--plan", "air-2022", "--json")
    tasks = json.loads(out)
    assert code == 0 and len(tasks) == 28
    row2 = tasks[1]
    assert row2["id"] == "air-2022:2" and row2["seq"] == 2
    assert row2["section"] == "一、强化工业企业深度治理和精准管控"
    assert row2["measure"].startswith("山西明源集团沁泽焦化有限公司全面完成清洁运输")
    assert row2["deadline"] == "2022 年 10 月底前"
    assert row2["lead_units"] == ["市生态环境局沁水分局"]
    assert tasks[27]["deadline"] == "秋冬季"
    assert tasks[3]["lead_units"][-1] == "市生态环境局沁水分局"  # "按职责分工负责" is not a unit


def test_tasks_of_water_projects_and_soil(cli):
    _, out, _ = cli("tasks", "--plan", "water-projects-2022", "--json")
    projects = json.loads(out)
    assert len(projects) == 11
    assert projects[2]["deadline"] == "2022 年 12 月开工"
    assert projects[2]["lead_units"] == ["端氏镇人民政府"]
    assert projects[2]["remarks"] == "市重点"
    _, out, _ = cli("tasks", "--plan", "soil-2022", "--json")
    soil = json.loads(out)
    assert len(soil) == 19
    assert soil[0]["cooperating_units"] == ["各乡（镇）人民政府", "开发区管委会"]


def test_unit_lookup_by_alias_and_group(cli):
    _, out, _ = cli("tasks", "--unit", "晋城市生态局沁水分局", "--plan", "water-projects-2022", "--json")
    assert [t["seq"] for t in json.loads(out)] == [4, 5, 7, 9]
    # 龙港镇 is reached directly (air row 9) and through 各乡（镇）人民政府 (air row 10).
    _, out, _ = cli("tasks", "--unit", "龙港镇", "--plan", "air-2022", "--json")
    seqs = [t["seq"] for t in json.loads(out)]
    assert 9 in seqs and 10 in seqs and 2 not in seqs


def test_unknown_plan_and_unit_are_one_line_errors(cli):
    code, out, err = cli("tasks", "--plan", "nope")
    assert code == 1 and out == "" and "nope" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli("tasks", "--unit", "县不存在局")
    assert code == 1 and "县不存在局" in err


def test_wrong_usage_exits_2_without_traceback(cli):
    code, _, err = cli("bogus")
    assert code == 2 and "Traceback" not in err and "用法" in err
    code, _, err = cli("tasks", "--as-of", "2022/11/15")
    assert code == 1 and "YYYY-MM-DD" in err


def test_deadline_command_json(cli):
    code, out, _ = cli("deadline", "2022 年 10 月底前", "--year", "2022", "--json")
    assert code == 0
    got = json.loads(out)
    assert (got["kind"], got["due"], got["start"], got["text"]) == ("due", "2022-10-31", None, "2022 年 10 月底前")
    _, out, _ = cli("deadline", "2022 年 5-9 月份", "--year", "2022", "--json")
    assert json.loads(out)["start"] == "2022-05-01" and json.loads(out)["end"] == "2022-09-30"


def test_console_script_runs_as_a_process(db_path):
    proc = subprocess.run(
        [sys.executable, "-m", "qs_desktop", "--db", str(db_path), "tasks", "--plan", "nope"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "没有代码为" in proc.stderr


def test_usage_errors_are_said_in_chinese(cli):
    cases = [
        (["tasks", "--alert", "late"], "参数 --alert 的值 'late' 无效"),
        (["deadline", "年底前", "--year", "二〇二二"], "参数 --year：年份“二〇二二”不合理"),
        (["deadline", "年底前", "--year", "0"], "应为 1900 到 2100 之间的四位年份"),
        (["import", "plan", "plan.xlsx", "--code", "air-2023", "--year", "20233"], "年份“20233”不合理"),
        (["review", "air-2022:2", "--unit", "龙港镇", "--period", "2022-10"], "需要以下参数之一：--approve --return"),
        (["review", "air-2022:2", "--unit", "龙港镇", "--period", "2022-10", "--approve", "--return", "x"], "不能与"),
        (["report", "add", "air-2022:2"], "缺少参数 --unit, --status"),  # --period defaults to 应报期
        (["tasks", "--plan"], "参数 --plan 后面缺少取值"),
        (["plans", "--colour"], "无法识别的参数 --colour"),
    ]
    for args, said in cases:
        code, out, err = cli(*args)
        assert code == 2 and out == "", args
        assert said in err and len(err.strip().splitlines()) == 1, (args, err)
        for english in ("argument", "invalid", "required", "expected", "unrecognized"):
            assert english not in err, (args, err)


def test_init_on_a_file_that_is_not_a_ledger_leaves_it_alone(cli, tmp_path):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("会议记录：十月份台账汇总", encoding="utf-8")
    code, out, err = cli("init", db=notes)
    assert (code, out) == (1, "")
    assert err.startswith("“notes.sqlite”不是台账数据库文件") and len(err.strip().splitlines()) == 1
    assert notes.read_text(encoding="utf-8") == "会议记录：十月份台账汇总"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.sqlite", "notes.sqlite"]


def test_help_headings_are_chinese():
    for args in (["--help"], ["report", "add", "--help"]):
        proc = subprocess.run([sys.executable, "-m", "qs_desktop", *args], capture_output=True, text=True,
                              encoding="utf-8")
        assert proc.returncode == 0 and proc.stdout.startswith("用法：qs-ledger")
        assert "显示帮助并退出" in proc.stdout
        for english in ("usage:", "options:", "positional arguments", "show this help"):
            assert english not in proc.stdout, (args, english)


def test_plain_tasks_show_status_and_alerts_in_chinese(cli):
    code, out, _ = cli("tasks", "--plan", "air-2022", "--as-of", "2022-11-15", "--alert", "overdue")
    lines = out.splitlines()
    assert code == 0 and [line.split()[0] for line in lines] == [f"air-2022:{n}" for n in (2, 6, 20, 21, 27)]
    assert lines[0].startswith("air-2022:2  逾期（未报送）  2022 年 10 月底前  市生态环境局沁水分局  ")
