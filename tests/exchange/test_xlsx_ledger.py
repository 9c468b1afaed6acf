"""The official ledger workbook, read back as an office would see and print it."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest

from qs_desktop.core.model import LedgerDocument, LedgerLine
from qs_desktop.exchange.xlsx_ledger import write_ledger_workbook

SECTION_1 = "一、强化工业企业深度治理和精准管控"
SECTION_2 = "二、深入推进散煤污染治理"
LONG = "督促焦化企业完成超低排放改造，" * 12


def air_doc(**overrides):
    lines = [
        LedgerLine("a1", SECTION_1, "1", LONG, "2022 年 10 月底前", "县工信局",
                   progress="已完成 3 家企业改造", status="推进中", mark="overdue"),
        LedgerLine("a2", SECTION_1, "2", "开展工业炉窑综合治理", "长期坚持", "县工信局",
                   status="已完成", mark="done"),
        LedgerLine("a3", SECTION_1, "3", "短", "每月一次", "县能源局", mark="due_soon"),
        LedgerLine("a4", SECTION_2, "4", "巩固清洁取暖成果", "秋冬季", "县住建局、县能源局"),
    ]
    fields = dict(code="air-2022", title="沁水县空气质量改善 2022 年行动计划重点工作任务台账",
                  doc_no="沁政办发〔2022〕27 号", annex="附件", lines=lines,
                  as_of=date(2022, 10, 31), period="2022-10")
    fields.update(overrides)
    return LedgerDocument(**fields)


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "台账.xlsx"
    write_ledger_workbook([air_doc()], path)
    return openpyxl.load_workbook(path).active


def test_title_rows_header_and_text_as_in_the_annex(sheet):
    assert sheet["A1"].value == "附件"
    assert sheet["A2"].value == "沁水县空气质量改善 2022 年行动计划重点工作任务台账"
    assert sheet["A3"].value == "沁政办发〔2022〕27 号"
    assert sheet["E3"].value == "截至 2022年10月31日"
    assert [c.value for c in sheet[4]] == [
        "任务类别", "序号", "具体措施", "完成时限", "牵头单位", "进展情况", "完成状态", "备注"]
    assert [sheet.cell(r, 3).value for r in range(5, 9)] == [LONG, "开展工业炉窑综合治理", "短", "巩固清洁取暖成果"]
    assert sheet["B5"].value == 1
    assert sheet["F5"].value == "已完成 3 家企业改造"
    assert sheet["E8"].value == "县住建局、县能源局"
    assert sheet.freeze_panes == "A5"


def test_sections_are_merged_over_their_rows(sheet):
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert "A5:A7" in merged
    assert "A2:H2" in merged
    assert not any(r.startswith("A8") for r in merged)  # a one-row section stays a plain cell
    assert sheet["A5"].value == SECTION_1 and sheet["A8"].value == SECTION_2


def test_print_ready_a4_landscape_with_repeated_header_and_page_numbers(sheet):
    assert sheet.page_setup.paperSize == 9
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$4:$4"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert int(sheet.page_setup.fitToWidth) == 1 and int(sheet.page_setup.fitToHeight) == 0
    assert sheet.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert sheet.page_margins.left > sheet.page_margins.right  # binding edge


def test_fonts_borders_wrapping_widths_and_heights(sheet):
    assert sheet["A2"].font.name == "黑体"
    assert sheet["A3"].font.name == "仿宋"
    assert sheet["C5"].font.name == "宋体"
    assert sheet["C5"].alignment.wrap_text
    assert sheet["C5"].border.left.style == "thin" and sheet["H8"].border.bottom.style == "thin"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["B"].width
    # The long measure needs several lines; a short one does not.
    assert sheet.row_dimensions[5].height > 3 * sheet.row_dimensions[7].height


def test_status_marks_are_text_with_a_fill(sheet):
    assert sheet["G5"].value == "推进中（逾期）"
    assert sheet["G6"].value == "已完成"
    assert sheet["G7"].value == "临期"
    assert sheet["G8"].value is None
    fills = {sheet.cell(r, 7).fill.fgColor.rgb[-6:] for r in (5, 6, 7)}
    assert len(fills) == 3
    assert sheet["G8"].fill.fill_type is None


def test_one_sheet_per_ledger_and_no_as_of_line_when_there_is_nothing_to_say(tmp_path):
    path = tmp_path / "plan.xlsx"
    bare = air_doc(code="water", title="水环境重点工程", doc_no="", as_of=None, annex="附件 2")
    write_ledger_workbook([air_doc(), bare, air_doc(code="dup")], path)
    wb = openpyxl.load_workbook(path)
    assert len(wb.sheetnames) == 3 and len(set(wb.sheetnames)) == 3
    water = wb.worksheets[1]
    assert water["A1"].value == "附件 2"
    assert water["A3"].value == "任务类别"
    assert water.print_title_rows == "$3:$3"


FORMULA_LIKE = ["=1+1", "+86 139", "-3 家未完成", "@SUM(A1:A2)", '=HYPERLINK("http://x","点我")']


def test_formula_like_text_stays_text(tmp_path, soffice):
    lines = [LedgerLine(f"t{i}", "", str(i), text, "长期坚持", "县住建局", progress=text, remarks=text)
             for i, text in enumerate(FORMULA_LIKE, start=1)]
    path = tmp_path / "f.xlsx"
    write_ledger_workbook([air_doc(lines=lines)], path)

    ws = openpyxl.load_workbook(path).active
    for row, text in enumerate(FORMULA_LIKE, start=5):
        for col in (3, 6, 8):
            assert ws.cell(row, col).value == text
            assert ws.cell(row, col).data_type == "s"

    # LibreOffice recalculates formulas on load: a formula would show its result here.
    out = soffice(path, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path / "csv")
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert [r[2] for r in rows[4:9]] == FORMULA_LIKE
    assert [r[5] for r in rows[4:9]] == FORMULA_LIKE

