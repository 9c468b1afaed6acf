"""qs-ledger export ledger / export alerts as PDF."""

from __future__ import annotations

import json
import re
import subprocess


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True)
    return re.sub(r"\s+", "", out.stdout)


def test_export_air_ledger_pdf_with_progress_of_a_period(tmp_path, cli):
    code, out, err = cli("report", "add", "air-2022:2", "--unit", "市生态环境局沁水分局", "--period", "2022-10",
                         "--status", "推进中", "--text", "已完成超低排放改造备案材料初审。")
    assert code == 0, err
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "air.pdf"
    code, out, err = cli("export", "ledger", "--plan", "air-2022", "--format", "pdf", "-o", str(target),
                         "--period", "2022-10", "--as-of", "2022-10-31")
    assert code == 0, err
    assert "已导出" in out and err == ""
    text = pdf_text(target)
    assert "沁水县空气质量改善2022年行动计划重点工作任务台账" in text
    assert "截至2022年10月31日" in text and "报送期：2022年10月" in text
    assert "已完成超低排放改造备案材料初审。" in text
    _, listing, _ = cli("tasks", "--plan", "air-2022", "--json")
    for task in json.loads(listing):
        assert re.sub(r"\s+", "", task["measure"]) in text


def test_export_alerts_pdf_groups_by_unit(tmp_path, cli):
    target = tmp_path / "alerts.pdf"
    code, _, err = cli("export", "alerts", "--as-of", "2022-10-31", "--format", "pdf", "-o", str(target))
    assert code == 0, err
    text = pdf_text(target)
    assert "重点任务预警清单" in text and "截至2022年10月31日" in text
    assert "●逾期" in text


def test_export_errors_are_one_chinese_line_and_write_nothing(tmp_path, cli):
    target = tmp_path / "x.pdf"
    code, _, err = cli("export", "ledger", "--plan", "nope", "-o", str(target))
    assert code == 1 and "nope" in err and "Traceback" not in err
    code, _, err = cli("export", "ledger", "--plan", "air-2022", "--period", "2022-13", "-o", str(target))
    assert code == 1 and "YYYY-MM" in err
    assert not target.exists()


def test_alert_list_reaches_cooperating_units_and_group_members(tmp_path, cli):
    """The printed list is the 预警 page's: every assigned unit, groups expanded to townships."""
    target = tmp_path / "alerts.pdf"
    assert cli("export", "alerts", "--as-of", "2022-11-15", "-o", str(target))[0] == 0
    text = pdf_text(target)
    assert "县检察院" in text  # cooperating only (water task 24)
    assert "柿庄镇人民政府" in text  # only through 各乡（镇）人民政府
    assert "各乡（镇）人民政府" not in text  # a group is not a unit that acts


def test_export_unit_report_pdf(tmp_path, cli):
    cli("report", "add", "water-projects-2022:7", "--unit", "市生态环境局沁水分局", "--period", "2022-10",
        "--status", "推进中", "--text", "已建成生态井场", "--quantity", "120个")
    target = tmp_path / "unit.pdf"
    code, out, err = cli("export", "report", "--unit", "晋城市生态局沁水分局", "--period", "2022-10", "-o", str(target))
    assert code == 0, err
    text = pdf_text(target)
    assert "市生态环境局沁水分局重点任务进展情况（2022年10月）" in text
    assert "已建成生态井场" in text and "完成120/300个" in text and "待审核" in text
    assert "填报单位（盖章）" in text
    code, _, err = cli("export", "report", "--unit", "县不存在局", "--period", "2022-10", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "县不存在局" in err and not (tmp_path / "x.pdf").exists()


def test_a_plan_code_prints_every_ledger_of_the_plan_as_its_workbook_does(tmp_path, cli):
    target = tmp_path / "water.pdf"
    code, out, err = cli("export", "ledger", "--plan", "water-2022", "-o", str(target), "--as-of", "2022-10-31")
    assert code == 0, err
    assert out.startswith("已导出 2 个台账、38 项任务，共 ")
    text = pdf_text(target)
    assert "沁水县水环境质量巩固提升2022年行动计划重点任务" in text
    assert "沁水县2022年水生态环境保护重点工程" in text and "沁城监狱生活污水处理站升级改造项目" in text
    pages = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    (projects_page,) = [i for i, page in enumerate(pages) if "水生态环境保护重点工程" in page]
    # a new page, with its own header: the annex's 工作任务 | 责任主体, not the task ledger's columns
    assert projects_page > 0 and "责任主体" in pages[projects_page] and "具体措施" not in pages[projects_page]


def test_export_alerts_refusals_are_one_line_and_leave_no_file(tmp_path, cli, digest):
    before = digest()
    code, out, err = cli("export", "alerts", "--as-of", "2022-13-01", "-o", str(tmp_path / "a.pdf"))
    assert (code, out) == (1, "") and err == "日期“2022-13-01”格式不对，应为 YYYY-MM-DD，例如 2022-10-31。\n"
    (tmp_path / "预警").mkdir()
    code, out, err = cli("export", "alerts", "--as-of", "2022-11-15", "-o", str(tmp_path / "预警"))
    assert (code, out) == (1, "") and "是一个文件夹，请给出要写入的文件名" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.sqlite", "预警"]
    assert not any((tmp_path / "预警").iterdir())
    assert digest() == before
