"""Stories played through the command line as the people who use it, August … November 2022.

Each test is one thing a person saw that a real office would not expect (found by playing the
county coordinator, a WPS clerk and a clerk with the app through three months).
"""

from __future__ import annotations

import json

import openpyxl

from tests.forms_kit import clerk_fills


def test_a_township_s_own_form_is_not_shown_as_typed_in_by_the_county(cli, tmp_path):
    """嘉峰镇 sends its filled form; 端氏镇 phones its report in and the coordinator types it (代填).
    `reports` must tell the two apart: the form's report was made by 嘉峰镇 itself."""
    assert cli("office", "市生态环境局沁水分局")[0] == 0
    form = tmp_path / "嘉峰镇-2022-08.xlsx"
    assert cli("export", "form", "--unit", "嘉峰镇", "--period", "2022-08", "-o", str(form))[0] == 0
    clerk_fills(form, {"air-2022:10": ("已排查裸地12处", "进行中")})
    assert cli("import", "form", str(form))[0] == 0
    assert cli("report", "add", "air-2022:10", "--unit", "端氏镇", "--period", "2022-08", "--status", "推进中",
               "--text", "电话报：治理裸地3处")[0] == 0

    code, out, _ = cli("reports", "--task", "air-2022:10", "--json")
    by_unit = {r["unit"]: r for r in json.loads(out)}
    assert by_unit["嘉峰镇人民政府"]["reporter"] == "嘉峰镇人民政府"
    assert by_unit["嘉峰镇人民政府"]["on_behalf"] is False
    assert by_unit["端氏镇人民政府"]["reporter"] == "市生态环境局沁水分局"
    assert by_unit["端氏镇人民政府"]["on_behalf"] is True

    code, out, _ = cli("reports", "--task", "air-2022:10")
    lines = {line.split()[1]: line for line in out.splitlines()}
    assert "端氏镇人民政府（市生态环境局沁水分局代填）" in lines
    assert "嘉峰镇人民政府" in lines  # no 代填 mark on the township's own form


def test_approving_two_townships_on_one_task_says_whose_report(cli):
    """The coordinator approves 嘉峰镇 and 端氏镇 on the same group task: two identical lines
    (“air-2022:10 2022-08 的报送已通过。”) would not say which one went through."""
    for unit in ("嘉峰镇", "端氏镇"):
        assert cli("report", "add", "air-2022:10", "--unit", unit, "--period", "2022-08", "--status", "推进中",
                   "--text", f"{unit}治理裸地")[0] == 0
    said = [cli("review", "air-2022:10", "--unit", unit, "--period", "2022-08", "--approve")[1].strip()
            for unit in ("嘉峰镇", "端氏镇")]
    assert said == ["嘉峰镇人民政府 air-2022:10 2022年8月的报送已通过。",
                    "端氏镇人民政府 air-2022:10 2022年8月的报送已通过。"]
    code, out, _ = cli("review", "air-2022:10", "--unit", "嘉峰镇", "--period", "2022-08", "--return", "请补充面积")
    assert out.strip() == "嘉峰镇人民政府 air-2022:10 2022年8月的报送已退回。"


def test_a_township_clerk_asks_for_todo_on_the_township_s_own_installation(cli, tmp_path):
    """龙港镇's installation (made from its setup package) is fixed to 龙港镇: `todo` without
    --unit shows 龙港镇's list instead of a usage error; on the county's ledger --unit is needed."""
    setup = tmp_path / "龙港镇-安装包.qspkg"
    assert cli("package", "export", "--unit", "龙港镇", "-o", str(setup))[0] == 0
    township = tmp_path / "龙港镇.sqlite"
    assert cli("init", "--from", str(setup), db=township)[0] == 0

    code, out, err = cli("todo", "--as-of", "2022-09-06", db=township)
    assert code == 0, err
    assert out == cli("todo", "--unit", "龙港镇", "--as-of", "2022-09-06", db=township)[1]
    assert "2022-08  未报送  air-2022:10" in out  # a 各乡（镇）人民政府 task it owes as a member

    code, out, err = cli("todo", "--as-of", "2022-09-06")  # the county's ledger: whose list?
    assert code == 2 and "--unit" in err and out == ""


def test_a_township_s_task_list_shows_its_own_standing_and_the_extended_deadline(cli):
    """嘉峰镇 finished the kitchen-fume task (approved 已完成 for September) while 12 other units did
    not; `tasks --unit 嘉峰镇` said only “推进中（未报送）” — the others' 未报送 read as 嘉峰镇's own.
    A task where 嘉峰镇 only cooperates (water-2022:1, cooperating units not asked to report) said
    未报送 too. And after the coordinator extended 中村镇's deadline, the list still showed only
    “2022 年 8 月” next to a 临期 alert."""
    assert cli("report", "add", "air-2022:24", "--unit", "嘉峰镇", "--period", "2022-09", "--status", "已完成",
               "--text", "20家全部安装净化设施")[0] == 0
    assert cli("review", "air-2022:24", "--unit", "嘉峰镇", "--period", "2022-09", "--approve")[0] == 0
    assert cli("due", "water-projects-2022:6", "--date", "2022-11-20", "--reason", "设备到货延迟")[0] == 0

    code, out, _ = cli("tasks", "--unit", "嘉峰镇", "--as-of", "2022-11-07")
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert "【嘉峰镇：牵头，已完成】" in lines["air-2022:24"]
    assert "【嘉峰镇：无需报送】" in lines["water-2022:1"]
    assert "【嘉峰镇：牵头，未开始（未报送）】" in lines["air-2022:10"]

    code, out, _ = cli("tasks", "--unit", "中村镇", "--as-of", "2022-11-07")
    (line,) = [x for x in out.splitlines() if x.startswith("water-projects-2022:6 ")]
    assert "2022 年 8 月（延至 2022年11月20日）" in line and "临期" in line


def test_a_clerk_fixes_the_returned_row_in_the_file_already_sent_and_sends_it_again(cli, tmp_path):
    """嘉峰镇's clerk saves the form into a folder, sends it, hears by phone that one row was returned,
    fixes it in the same file and mails it again: that is the revision asked for, not a stale file.
    The form also shows when the task is due, though the water plan has no 完成时限 column."""
    code, out, err = cli("export", "form", "--unit", "嘉峰镇", "--period", "2022-08", "-o", f"{tmp_path / '8月'}/")
    assert code == 0, err
    (form,) = (tmp_path / "8月").iterdir()
    ws = openpyxl.load_workbook(form).worksheets[0]
    header = next(r for r in range(1, 20) if ws.cell(r, 1).value == "任务编号")
    cols = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    row = next(r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 1).value == "water-2022:10")
    assert ws.cell(row, cols["完成时限"]).value == "2022年10月31日（据任务内容）"
    clerk_fills(form, {"water-2022:10": ("提标改造设备已进场", "推进中")})
    assert cli("import", "form", str(form))[0] == 0
    assert cli("review", "water-2022:10", "--unit", "嘉峰镇", "--period", "2022-08",
               "--return", "请写明完成比例")[0] == 0
    clerk_fills(form, {"water-2022:10": ("提标改造设备已进场，完成 60%", "推进中")})
    code, out, err = cli("import", "form", str(form))
    assert code == 0, err
    assert "已过时" not in out
    (report,) = json.loads(cli("reports", "--task", "water-2022:10", "--json")[1])
    assert (report["version"], report["state"], report["text"]) == (2, "submitted", "提标改造设备已进场，完成 60%")
