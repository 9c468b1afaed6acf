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


def test_plain_history_names_each_change_in_chinese(cli):
    cli("report", "add", "air-2022:2", "--unit", ECO, "--period", "2022-10", "--status", "done", "--text", "完成")
    cli("review", "air-2022:2", "--unit", ECO, "--period", "2022-10", "--return", "缺少验收材料")
    cli("due", "air-2022:2", "--date", "2022-12-31", "--reason", "设备到货推迟")
    code, out, _ = cli("history", "air-2022:2")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3
    assert "  报送  " in lines[0] and lines[0].endswith("  命令行填报")
    assert "  退回  " in lines[1] and "缺少验收材料" in lines[1]
    assert "  调整完成时限  " in lines[2] and "设备到货推迟" in lines[2]
    assert "report." not in out and "task." not in out


def test_reports_follow_the_ledger_order_and_read_in_chinese(cli):
    for seq in (10, 9, 16):
        code, _, err = cli("report", "add", f"air-2022:{seq}", "--unit", "龙港镇", "--period", "2022-11",
                           "--status", "常态推进", "--text", f"第 {seq} 项进展")
        assert code == 0, err
    _, out, _ = cli("reports", "--unit", "龙港镇", "--json")
    assert [r["task"] for r in json.loads(out)] == ["air-2022:9", "air-2022:10", "air-2022:16"]
    _, out, _ = cli("reports", "--unit", "龙港镇")
    assert out.splitlines()[0] == "air-2022:9  龙港镇人民政府  2022-11  常态推进  待审核  第 9 项进展"


def test_tasks_of_all_plans_come_in_the_order_plans_lists_them(cli):
    ledgers = [p["code"] for p in json.loads(cli("plans", "--json")[1])]
    tasks = [t["id"].split(":")[0] for t in json.loads(cli("tasks", "--json")[1])]
    assert list(dict.fromkeys(tasks)) == ledgers


def test_reopen_due_history_and_reports_refusals_write_nothing(cli, digest):
    before = digest()
    cases = [
        (["reopen", "air-2022:2", "--reason", "复查"], "任务 air-2022:2 没有销号，无需撤销。"),
        (["reopen", "air-2022:99", "--reason", "复查"], "找不到任务“air-2022:99”"),
        (["due", "air-2022:2", "--date", "2022-12-31", "--reason", ""], "调整完成时限时请写明原因。"),
        (["due", "air-2022:2", "--date", "2022-02-30", "--reason", "延期"], "日期“2022-02-30”"),
        (["due", "soil-2022:99", "--date", "2022-12-31", "--reason", "延期"], "找不到任务“soil-2022:99”"),
        (["history", "air-2022:99"], "找不到任务“air-2022:99”"),
        (["reports", "--unit", "县不存在局"], "单位目录中没有“县不存在局”"),
        (["reports", "--period", "2022-1"], "报送期“2022-1”格式不对"),
        (["close", "air-2022:2", "--reason", "验收"], "1/1 个单位未完成"),
        (["close", "air-2022:2", "--force"], "强制销号时请写明原因"),
    ]
    for args, said in cases:
        code, out, err = cli(*args)
        assert (code, out) == (1, ""), args
        assert said in err and len(err.strip().splitlines()) == 1, (args, err)
    assert digest() == before


def test_reopen_needs_a_closed_task_and_due_date_can_be_cleared(cli):
    cli("report", "add", "air-2022:2", "--unit", ECO, "--period", "2022-10", "--status", "done", "--text", "完成")
    cli("review", "air-2022:2", "--unit", ECO, "--period", "2022-10", "--approve")
    assert cli("close", "air-2022:2", "--reason", "验收")[0] == 0
    assert cli("reopen", "air-2022:2", "--reason", " ")[::2] == (1, "撤销销号时请写明原因。\n")
    code, out, _ = cli("reopen", "air-2022:2", "--reason", "复查发现反弹")
    assert code == 0 and "撤销" in out
    assert cli("due", "air-2022:6", "--date", "2022-12-31", "--reason", "设备到货推迟")[0] == 0
    (task,) = [t for t in json.loads(cli("tasks", "--plan", "air-2022", "--json", "--as-of", "2022-11-15")[1])
               if t["id"] == "air-2022:6"]
    assert task["due_override"] == "2022-12-31" and "overdue" not in task["alerts"]
    assert task["schedule"]["due"] == "2022-09-30"  # the phrase's own date stays visible
    assert cli("due", "air-2022:6", "--reason", "恢复原时限")[0] == 0
    (task,) = [t for t in json.loads(cli("tasks", "--plan", "air-2022", "--json", "--as-of", "2022-11-15")[1])
               if t["id"] == "air-2022:6"]
    assert task["due_override"] is None and "overdue" in task["alerts"]
    actions = [e["action"] for e in json.loads(cli("history", "air-2022:6", "--json")[1])]
    assert actions == ["task.due", "task.due"]


def test_quantity_with_wrong_unit_is_one_line_and_writes_nothing(cli):
    code, _, err = cli("report", "add", "water-projects-2022:7", "--unit", ECO, "--period", "2022-10",
                       "--status", "推进中", "--text", "建设中", "--quantity", "120吨")
    assert code == 1 and "不一致" in err and len(err.strip().splitlines()) == 1
    assert json.loads(cli("reports", "--json")[1]) == []
    code, _, err = cli("report", "add", "water-projects-2022:7", "--unit", ECO, "--period", "2022-10",
                       "--status", "推进中", "--text", "建设中", "--quantity", "120个")
    assert code == 0, err
    assert json.loads(cli("reports", "--json")[1])[0]["quantity"] == 120


def test_reports_show_a_quantity_with_its_unit(cli):
    code, _, err = cli("report", "add", "water-2022:8", "--unit", "县住建局", "--period", "2022-10",
                       "--status", "推进中", "--text", "收集率提升", "--quantity", "40%")  # target 70 %
    assert code == 0, err
    _, out, _ = cli("reports", "--task", "water-2022:8")
    assert out.rstrip().endswith("完成数量 40%")
    (entry,) = json.loads(cli("reports", "--task", "water-2022:8", "--json")[1])
    assert (entry["quantity"], entry["quantity_unit"]) == (40, "%")


def test_target_command(cli):
    assert cli("target", "air-2022:2", "--quantity", "1家", "--reason", "按备案企业数")[0] == 0
    task = next(t for t in json.loads(cli("tasks", "--plan", "air-2022", "--json")[1]) if t["id"] == "air-2022:2")
    assert task["target"] == {"quantity": 1, "unit": "家"}
    code, _, err = cli("target", "air-2022:2", "--quantity", "5", "--reason", "x")
    assert code == 1 and "单位" in err


def test_approve_all_prints_how_many_and_takes_filters(cli):
    for unit in ("龙港镇", "嘉峰镇"):
        cli("report", "add", "air-2022:10", "--unit", unit, "--period", "2022-09", "--status", "推进中",
            "--text", f"{unit}九月排查")
    cli("report", "add", "air-2022:10", "--unit", "龙港镇", "--period", "2022-10", "--status", "推进中",
        "--text", "十月排查")
    code, out, _ = cli("review", "--approve-all", "--period", "2022-09")
    assert code == 0 and out.strip() == "已通过 2 份报送。"
    code, out, _ = cli("review", "--approve-all", "--plan", "soil-2022")
    assert code == 0 and out.strip() == "没有需要通过的报送。"
    states = {(r["unit"], r["period"]): r["state"] for r in json.loads(cli("reports", "--json")[1])}
    assert states[("龙港镇人民政府", "2022-10")] == "submitted"


def test_approve_all_with_a_task_id_is_a_usage_error(cli):
    code, _, err = cli("review", "air-2022:10", "--approve-all")
    assert code == 2 and "--approve-all" in err
