"""report add / review / close / reports / history from the command line."""

from __future__ import annotations

import json

ECO = "市生态环境局沁水分局"


def test_report_review_history_loop(cli):
    assert cli("report", "add", "air-2022:2", "--unit", ECO, "--period", "2022-10",
               "--status", "推进中", "--text", "已提交备案材料")[0] == 0
    code, _, err = cli("review", "air-2022:2", "--unit", ECO, "--period", "2022-10", "--return", "请补充备案回执")
    assert code == 0, err
    _, out, _ = cli("reports", "--task", "air-2022:2", "--json")
    (report,) = json.loads(out)
    assert report["state"] == "returned" and report["review_comment"] == "请补充备案回执"
    cli("report", "add", "air-2022:2", "--unit", ECO, "--period", "2022-10", "--status", "done",
        "--text", "备案完成，回执已上传")
    cli("review", "air-2022:2", "--unit", ECO, "--period", "2022-10", "--approve")
    _, out, _ = cli("tasks", "--plan", "air-2022", "--as-of", "2022-11-15", "--alert", "overdue", "--json")
    assert "air-2022:2" not in [t["id"] for t in json.loads(out)]
    assert cli("close", "air-2022:2", "--reason", "验收合格")[0] == 0
    _, out, _ = cli("history", "air-2022:2", "--json")
    actions = [e["action"] for e in json.loads(out)]
    assert actions == ["report.save", "report.return", "report.save", "report.approve", "task.close"]
    versions = [e["new"]["version"] for e in json.loads(out) if e["action"] == "report.save"]
    assert versions == [1, 2]


def test_rejected_report_input_writes_nothing(cli):
    before = cli("history", "air-2022:2", "--json")[1]
    cases = [
        (["report", "add", "air-2022:999", "--unit", ECO, "--period", "2022-10", "--status", "done", "--text", "x"], "air-2022:999"),
        (["report", "add", "air-2022:2", "--unit", "县住建局", "--period", "2022-10", "--status", "done", "--text", "x"], "责任单位"),
        (["report", "add", "air-2022:2", "--unit", ECO, "--period", "2022-13", "--status", "done", "--text", "x"], "YYYY-MM"),
        (["report", "add", "air-2022:2", "--unit", ECO, "--period", "2022-10", "--status", "finished", "--text", "x"], "已完成"),
        (["review", "air-2022:2", "--unit", ECO, "--period", "2022-10", "--approve"], "没有"),
        (["close", "air-2022:2"], "已完成"),
    ]
    for args, hint in cases:
        code, out, err = cli(*args)
        assert code == 1, args
        assert hint in err and "Traceback" not in err, (args, err)
    assert cli("history", "air-2022:2", "--json")[1] == before
    assert json.loads(cli("reports", "--json")[1]) == []


def test_review_and_return_need_arguments(cli):
    code, _, err = cli("review", "air-2022:2", "--unit", ECO, "--period", "2022-10")
    assert code == 2


def test_quantity_with_wrong_unit_is_one_line_and_writes_nothing(cli):
    code, _, err = cli("report", "add", "water-projects-2022:7", "--unit", ECO, "--period", "2022-10",
                       "--status", "推进中", "--text", "建设中", "--quantity", "120吨")
    assert code == 1 and "不一致" in err and len(err.strip().splitlines()) == 1
    assert json.loads(cli("reports", "--json")[1]) == []
    code, _, err = cli("report", "add", "water-projects-2022:7", "--unit", ECO, "--period", "2022-10",
                       "--status", "推进中", "--text", "建设中", "--quantity", "120个")
    assert code == 0, err
    assert json.loads(cli("reports", "--json")[1])[0]["quantity"] == 120


def test_target_command(cli):
    assert cli("target", "air-2022:2", "--quantity", "1家", "--reason", "按备案企业数")[0] == 0
    task = next(t for t in json.loads(cli("tasks", "--plan", "air-2022", "--json")[1]) if t["id"] == "air-2022:2")
    assert task["target"] == {"quantity": 1, "unit": "家"}
    code, _, err = cli("target", "air-2022:2", "--quantity", "5", "--reason", "x")
    assert code == 1 and "单位" in err
