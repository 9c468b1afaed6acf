"""qs-ledger export ledger|form and import form|plan."""

from __future__ import annotations

import json

import openpyxl


def test_export_ledger_of_a_plan_has_one_sheet_per_ledger(cli, tmp_path):
    out = tmp_path / "water.xlsx"
    code, stdout, _ = cli("export", "ledger", "--plan", "water-2022", "--format", "xlsx", "-o", str(out),
                          "--period", "2022-10")
    assert code == 0 and "2 个台账、38 项任务" in stdout
    wb = openpyxl.load_workbook(out)
    assert [ws["A2"].value for ws in wb.worksheets] == [
        "沁水县水环境质量巩固提升 2022 年行动计划重点任务", "沁水县 2022 年水生态环境保护重点工程"]
    assert wb.worksheets[1]["A1"].value == "附件 2"
    assert wb.worksheets[0]["E3"].value == "截至 2022年10月31日"


def test_export_ledger_with_progress_from_a_period(cli, tmp_path):
    cli("report", "add", "air-2022:7", "--unit", "县住建局", "--period", "2022-10", "--status", "推进中",
        "--text", "检查工地 12 个")
    out = tmp_path / "air.xlsx"
    assert cli("export", "ledger", "--plan", "air-2022", "-o", str(out), "--period", "2022-10")[0] == 0
    ws = openpyxl.load_workbook(out).active
    row = next(r for r in ws.iter_rows(min_row=5) if r[1].value == 7)
    assert row[5].value == "县住建局：检查工地 12 个（待审核）"


def test_unknown_plan_is_a_plain_error(cli, tmp_path):
    code, _, err = cli("export", "ledger", "--plan", "nope", "-o", str(tmp_path / "x.xlsx"))
    assert code == 1 and "没有代码为“nope”的计划或台账" in err
    assert not (tmp_path / "x.xlsx").exists()


def test_form_round_trip_through_the_command_line(cli, tmp_path):
    form = tmp_path / "住建.xlsx"
    code, stdout, _ = cli("export", "form", "--unit", "县住建局", "--period", "2022-10", "-o", str(form))
    assert code == 0 and "县住建局" in stdout
    wb = openpyxl.load_workbook(form)
    ws = wb["填报表"]
    ws["K6"], ws["L6"] = "已检查工地 20 个", "推进中"
    wb.save(form)

    code, stdout, _ = cli("import", "form", str(form), "--dry-run")
    assert code == 0 and "新增 1 项" in stdout and "未写入" in stdout
    assert json.loads(cli("reports", "--json")[1]) == []

    code, stdout, _ = cli("import", "form", str(tmp_path))
    assert code == 0 and "已报送 1 项" in stdout
    code, stdout, _ = cli("import", "form", str(form))
    assert code == 0 and "导入过，未再次导入" in stdout
    reports = json.loads(cli("reports", "--json")[1])
    assert [(r["task"], r["text"], r["version"]) for r in reports] == [("air-2022:7", "已检查工地 20 个", 1)]


def test_forms_for_all_units_then_a_folder_of_returns(cli, tmp_path):
    out = tmp_path / "forms"
    code, stdout, _ = cli("export", "form", "--all-units", "--period", "2022-10", "-o", str(out))
    names = sorted(p.name for p in out.iterdir())
    assert code == 0 and f"已导出 {len(names)} 份" in stdout
    assert "县住建局-2022-10-填报表.xlsx" in names and "龙港镇人民政府-2022-10-填报表.xlsx" in names
    assert not any(n.startswith(("县气象局", "各乡")) for n in names)  # no tasks / a group
    code, stdout, _ = cli("import", "form", str(out))
    assert code == 0 and stdout.count("无变化 0 项") == len(names)


def test_no_form_for_a_unit_without_tasks(cli, tmp_path):
    code, _, err = cli("export", "form", "--unit", "县气象局", "--period", "2022-10", "-o", str(tmp_path / "f.xlsx"))
    assert code == 1 and "没有需要填报的任务" in err
    assert not (tmp_path / "f.xlsx").exists()


def test_import_of_a_file_that_is_not_a_form_fails_cleanly(cli, tmp_path):
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    code, stdout, stderr = cli("import", "form", str(bad))
    assert code == 1 and "另存为" in stdout
    assert stderr == "1 个文件中有 1 个不能导入，原因见上。\n"
    assert json.loads(cli("reports", "--json")[1]) == []


def test_a_folder_without_forms_is_rejected_input(cli, tmp_path):
    (tmp_path / "returns").mkdir()
    (tmp_path / "returns" / "说明.docx").write_bytes(b"x")
    code, stdout, stderr = cli("import", "form", str(tmp_path / "returns"))
    assert (code, stdout) == (1, "")
    assert stderr == f"文件夹“{tmp_path / 'returns'}”中没有 .xlsx 文件。\n"


def _plan_sheet(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["附件"], ["沁水县空气质量改善 2023 年行动计划重点工作任务台账"],
              ["重点领域", "编号", "工作内容", "时间节点", "责任单位", "协办单位", "说明"],
              ["一、工业", 1, "推进焦化企业超低排放改造", "2023 年 10 月底前", "县工信局", "县能源局", None],
              [None, 2, "开展工业炉窑综合治理", "择机推进", "县工信局", None, "重点"],
              ["二、散煤", 3, "巩固清洁取暖成果", "秋冬季", "县住建局，县新设局", "各乡（镇）人民政府", None]]:
        ws.append(r)
    ws.merge_cells("A4:A5")
    wb.save(path)
    return path


def test_import_plan_with_dry_run_unknown_units_and_replace(cli, tmp_path):
    sheet = _plan_sheet(tmp_path / "plan.xlsx")
    args = ("import", "plan", str(sheet), "--code", "air-2023", "--year", "2023")

    code, stdout, _ = cli(*args, "--dry-run")
    assert code == 0
    assert "measure（具体措施）= 工作内容" in stdout and "识别出 3 项任务" in stdout
    assert "“择机推进”无法自动识别" in stdout and "单位目录中没有：县新设局" in stdout

    code, _, err = cli(*args)
    assert code == 1 and "县新设局" in err
    assert "air-2023" not in cli("plans")[1]

    assert cli(*args, "--add-units")[0] == 0
    tasks = json.loads(cli("tasks", "--plan", "air-2023", "--json")[1])
    assert [(t["id"], t["section"], t["lead_units"]) for t in tasks] == [
        ("air-2023:1", "一、工业", ["县工信局"]), ("air-2023:2", "一、工业", ["县工信局"]),
        ("air-2023:3", "二、散煤", ["县住建局", "县新设局"])]
    assert tasks[1]["remarks"] == "重点"

    code, _, err = cli(*args, "--add-units")
    assert code == 1 and "已存在" in err
    code, stdout, _ = cli(*args, "--replace", "--map", "remarks=", "--map", "title=说明")
    assert code == 0 and "已替换" in stdout
    tasks = json.loads(cli("tasks", "--plan", "air-2023", "--json")[1])
    assert (tasks[1]["remarks"], tasks[1]["title"]) == ("", "重点")


def test_bad_map_option_is_a_usage_error(cli, tmp_path):
    sheet = _plan_sheet(tmp_path / "plan.xlsx")
    code, _, err = cli("import", "plan", str(sheet), "--code", "x", "--year", "2023", "--map", "measure")
    assert code == 2 and "字段=表头" in err


def test_rejected_plan_imports_say_why_in_one_line_and_write_nothing(cli, tmp_path, digest):
    sheet = str(_plan_sheet(tmp_path / "plan.xlsx"))
    not_a_workbook = tmp_path / "plan.csv"
    not_a_workbook.write_text("序号,具体措施\n1,推进\n", encoding="utf-8")
    base = ("--code", "air-2023", "--year", "2023", "--add-units")
    cases = [
        (["import", "plan", sheet, *base, "--map", "owner=责任单位"], "不认识的字段“owner”"),
        (["import", "plan", sheet, *base, "--map", "measure=工作任务"], "表头中没有“工作任务”列"),
        (["import", "plan", sheet, *base, "--sheet", "封面"], "工作簿中没有名为“封面”的工作表"),
        (["import", "plan", sheet, "--code", "air 2023", "--year", "2023"], "计划代码“air 2023”不能用"),
        (["import", "plan", sheet, "--code", "air-2022", "--year", "2023", "--add-units"], "计划代码“air-2022”已存在"),
        (["import", "plan", sheet, "--code", "air-2023", "--year", "2023"], "单位目录中没有这些单位：县新设局"),
        (["import", "plan", str(tmp_path / "missing.xlsx"), *base], "找不到文件"),
        (["import", "plan", str(not_a_workbook), *base], "plan.csv"),
    ]
    before = digest()
    for args, said in cases:
        code, out, err = cli(*args)
        assert (code, out) == (1, ""), (args, out)
        assert said in err and len(err.strip().splitlines()) == 1, (args, err)
        assert digest() == before, args


def test_dry_run_warns_that_an_existing_code_needs_replacing(cli, tmp_path, digest):
    sheet = str(_plan_sheet(tmp_path / "plan.xlsx"))
    before = digest()
    code, out, _ = cli("import", "plan", sheet, "--code", "air-2022", "--year", "2023", "--dry-run")
    assert code == 0 and "计划代码“air-2022”已存在：只有选择替换才能导入" in out
    assert digest() == before


def test_refused_form_exports_say_why_and_record_nothing(cli, tmp_path, digest):
    (tmp_path / "occupied").write_text("a file, not a folder")
    target = str(tmp_path / "f.xlsx")
    cases = [
        (["export", "form", "--unit", "县不存在局", "--period", "2022-10", "-o", target], "单位目录中没有“县不存在局”"),
        (["export", "form", "--unit", "龙港镇", "--period", "2022-10月", "-o", target], "报送期“2022-10月”格式不对"),
        (["export", "form", "--unit", "各乡（镇）人民政府", "--period", "2022-10", "-o", target], "是单位组"),
        (["export", "form", "--all-units", "--period", "2022-10", "-o", str(tmp_path / "occupied")], "不是文件夹"),
    ]
    before = digest()
    for args, said in cases:
        code, out, err = cli(*args)
        assert (code, out) == (1, ""), args
        assert said in err and len(err.strip().splitlines()) == 1, (args, err)
        assert digest() == before, args
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.sqlite", "occupied"]
