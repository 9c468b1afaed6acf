"""The coordinator's story with a plan that arrives as a Word notice: look first (--dry-run), fix a
column, import with the issuing details, print it; the issuer re-sends a corrected notice; a clerk
who only has the old .doc gets told what to do."""

from __future__ import annotations

import json
import subprocess

from tests.exchange.office_builders import Table, word_notice

HEADER = ["序 号", "工 作 任 务", "具体内容", "责任单位", "责任领导"]


def notice(path, rows):
    return word_notice(
        path, "沁水县人民政府办公室文件", "沁政办发〔2023〕9 号",
        "关于印发沁水县水环境质量巩固提升 2023 年行动计划的通知",
        "附件", "沁水县水环境质量巩固提升 2023 年重点工作任务分解表",
        Table([HEADER, *rows]),
    )


ROWS = [
    ["1", "污水处理", "2023 年 10 月底前完成县城污水处理厂提标改造", "县住建局", "王某"],
    ["2", "水源保护", "加强饮用水水源地日常巡查", "县水务局", "李某"],
    ["3", "河道治理", "明年汛期前完成县河清淤", "县水务局", ""],
]


def test_word_notice_dry_run_fix_a_column_import_with_issue_details_and_print(cli, tmp_path):
    path = notice(tmp_path / "通知.docx", ROWS)
    base = ("import", "plan", str(path), "--code", "water-2023", "--year", "2023")

    code, out, err = cli(*base, "--dry-run")
    assert code == 0, err
    assert "文档表 1" in out and "沁水县水环境质量巩固提升 2023 年重点工作任务分解表" in out
    assert "measure（具体措施）= 具体内容" in out and "title（任务名称）= 工 作 任 务" in out
    assert "未对应字段的列“责任领导”（2 行有内容）" in out
    assert "表格没有完成时限列：1 项任务的时限取自任务文字中的日期。" in out
    assert "第 4 行的文字提到日期，但未能读出完成时限" in out
    assert "water-2023" not in cli("plans")[1]

    # the heading typed with spaces is named without them
    code, out, err = cli(*base, "--dry-run", "--map", "section=工作任务", "--map", "title=")
    assert code == 0, err
    assert "section（任务类别）= 工 作 任 务" in out and "title（任务名称）= （无）" in out

    code, out, err = cli(*base, "--doc-no", "沁政办发〔2023〕9 号", "--issued-on", "2023-03-15",
                         "--issuer", "沁水县人民政府办公室")
    assert code == 0, err
    assert "印发信息：沁政办发〔2023〕9 号　沁水县人民政府办公室　2023年3月15日印发" in out
    plans = json.loads(cli("plans", "--json")[1])
    assert any(p["code"] == "water-2023" for p in plans)

    pdf = tmp_path / "台账.pdf"
    code, _, err = cli("export", "ledger", "--plan", "water-2023", "--format", "pdf", "-o", str(pdf),
                       "--as-of", "2023-06-30")
    assert code == 0, err
    text = "".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                                  capture_output=True, text=True).stdout.split())
    assert "沁水县人民政府办公室2023年3月15日印发" in text
    for heading in ("序号", "工作任务", "具体内容", "责任单位", "责任领导", "进展情况", "完成状态"):
        assert heading in text
    assert "王某" in text  # the extra column prints as issued

    # the issuer re-sends the notice with a fourth task: replacing keeps the same task ids
    resent = notice(tmp_path / "通知（修订）.docx", [*ROWS, ["4", "排污口", "入河排污口排查整治", "县水务局", ""]])
    code, out, err = cli("import", "plan", str(resent), "--code", "water-2023", "--year", "2023", "--replace")
    assert code == 0, err
    tasks = json.loads(cli("tasks", "--plan", "water-2023", "--json")[1])
    assert [t["id"] for t in tasks] == ["water-2023:1", "water-2023:2", "water-2023:3", "water-2023:4"]


def test_an_old_word_file_is_one_line_with_the_way_out(cli, tmp_path, digest):
    before = digest()
    path = tmp_path / "通知.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    code, out, err = cli("import", "plan", str(path), "--code", "w", "--year", "2023")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "请用 WPS 或 Word 另存为 .docx 后再导入" in err
    code, _, err = cli("import", "plan", str(tmp_path / "x.docx"), "--code", "w", "--year", "2023",
                       "--issued-on", "2023-02-30")
    assert code == 1 and "2023-02-30" in err
    assert digest() == before


def test_issuing_details_are_given_after_the_import(cli, tmp_path, digest):
    path = notice(tmp_path / "通知.docx", ROWS[:1])
    assert cli("import", "plan", str(path), "--code", "w-2023", "--year", "2023")[0] == 0
    code, out, err = cli("plan", "w-2023", "--issued-on", "2023-03-15", "--issuer", "沁水县人民政府办公室")
    assert code == 0, err
    # the 文号 was read from the notice; the date and issuer are added beside it
    assert "沁政办发〔2023〕9 号　沁水县人民政府办公室　2023年3月15日印发" in out
    before = digest()
    code, _, err = cli("plan", "w-2023", "--issued-on", "2023-13-01")
    assert code == 1 and "2023-13-01" in err and err.count("\n") == 1
    assert digest() == before
