"""The unit's fill-in form: what the unit sees, and what comes back after WPS/Excel/LibreOffice."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from qs_desktop.core.errors import ImportRejected
from qs_desktop.core.quantity import Quantity
from qs_desktop.exchange.xlsx_form import (
    FormDocument,
    FormLine,
    form_mac,
    locked_rows,
    read_form,
    write_form,
)

LINES = [
    FormLine("air-01", "空气台账", "一、强化工业企业深度治理", "1", "推进焦化企业超低排放改造",
             "2022 年 10 月底前", "牵头", prev_progress="已完成 2 家", prev_status="推进中"),
    FormLine("air-07", "空气台账", "二、深入推进散煤污染治理", "7", "=完成清洁取暖改造",
             "秋冬季", "配合", target_quantity=1200, target_unit="户"),
    FormLine("water-03", "水环境台账", "三、水污染防治", "3", "建设乡镇污水处理设施",
             "2022 年 12 月开工", "牵头", target_quantity=2.5, target_unit="万吨/日"),
]
R1, R2, R3 = 6, 7, 9  # task rows: row 5 and row 8 head the two ledgers
COL = {name: i for i, name in enumerate(
    ["任务编号", "任务类别", "序号", "具体措施", "完成时限", "责任", "目标数量", "上期进展", "本期状态",
     "审核意见", "进展情况", "完成状态", "存在问题", "下一步计划", "完成数量"], start=1)}
KEY = b"k" * 32


@pytest.fixture
def form(tmp_path):
    path = tmp_path / "县住建局-2022-10.xlsx"
    doc = FormDocument("县住建局", "2022-10", "F-0001", LINES, datetime(2022, 10, 25, 9, 30))
    write_form(FormDocument(**{**doc.__dict__, "mac": form_mac(KEY, "F-0001", "县住建局", "2022-10",
                                                               locked_rows(doc))}), path)
    return path


def fill(path, values, out=None):
    """values: {(row, header): value}, as a unit would type them."""
    wb = openpyxl.load_workbook(path)
    ws = wb["填报表"]
    for (row, header), value in values.items():
        ws.cell(row, COL[header]).value = value
    wb.save(out or path)
    return out or path


def test_form_shows_only_the_units_tasks_with_plan_columns_locked_and_grey(form):
    wb = openpyxl.load_workbook(form)
    ws = wb["填报表"]
    assert "县住建局" in ws["A1"].value and "2022年10月" in ws["A1"].value
    assert "F-0001" in ws["A2"].value
    assert "灰色列" in ws["A3"].value and "下拉" in ws["A3"].value
    assert [c.value for c in ws[4]] == list(COL)
    assert [ws.cell(r, 1).value for r in range(5, 11)] == [
        "空气台账", "air-01", "air-07", "水环境台账", "water-03", None]
    assert {"A5:O5", "A8:O8"} <= {str(r) for r in ws.merged_cells.ranges}
    assert ws.cell(R1, COL["上期进展"]).value == "（推进中）已完成 2 家"
    assert ws.cell(R1, COL["本期状态"]).value == "未报"
    assert ws.cell(R2, COL["目标数量"]).value == "1200 户"
    assert ws.cell(R3, COL["目标数量"]).value == "2.5 万吨/日"

    assert ws.protection.sheet
    assert not ws.protection.formatRows  # units may make rows taller
    for row in (R1, R2, R3):
        for name in ("任务编号", "具体措施", "完成时限", "上期进展", "本期状态", "审核意见"):
            cell = ws.cell(row, COL[name])
            assert cell.protection.locked and cell.fill.fgColor.rgb[-6:] == "E7E6E6"
        for name in ("进展情况", "完成状态", "存在问题", "下一步计划"):
            cell = ws.cell(row, COL[name])
            assert not cell.protection.locked and cell.fill.fill_type is None
    # Quantity is editable only where the task has a numeric target.
    assert ws.cell(R1, COL["完成数量"]).protection.locked
    assert not ws.cell(R2, COL["完成数量"]).protection.locked


def test_headings_say_which_columns_to_fill_in_and_which_ledger_follows(form):
    """The header marks the unit's columns yellow and the plan's grey; each ledger's name heads its
    rows in bold black type on grey, as printed forms of the office do."""
    ws = openpyxl.load_workbook(form)["填报表"]
    for name, col in COL.items():
        cell = ws.cell(4, col)
        fill = "FFF2CC" if name in ("进展情况", "完成状态", "存在问题", "下一步计划", "完成数量") else "E7E6E6"
        assert (cell.font.name, cell.fill.fgColor.rgb[-6:], cell.border.bottom.style) == ("黑体", fill, "thin"), name
    for row in (5, 8):
        cell = ws.cell(row, 1)
        assert (cell.font.name, cell.font.sz, cell.fill.fgColor.rgb[-6:]) == ("黑体", 12, "E7E6E6")


def test_status_drop_down_and_quantity_cells_that_keep_what_is_typed(form):
    ws = openpyxl.load_workbook(form)["填报表"]
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and dv.formula1 == '"未开始,推进中,已完成,常态推进"'
    assert set(str(dv.sqref).split()) == {f"L{R1}", f"L{R2}", f"L{R3}"}
    # “40%” typed into a number cell would become 0.4; a text cell keeps it for the one quantity parser
    assert ws.cell(R2, COL["完成数量"]).number_format == "@"


def test_identity_sheet_is_hidden_and_carries_the_issuers_mac(form):
    wb = openpyxl.load_workbook(form)
    ident = wb["_form"]
    assert ident.sheet_state in ("hidden", "veryHidden")
    meta = {ident.cell(r, 1).value: ident.cell(r, 2).value for r in range(1, 10)}
    assert meta["unit"] == "县住建局" and meta["period"] == "2022-10" and meta["form_id"] == "F-0001"
    back = read_form(form)
    assert meta["mac"] == back.mac == form_mac(KEY, "F-0001", "县住建局", "2022-10", back.locked)
    assert form_mac(b"x" * 32, "F-0001", "县住建局", "2022-10", back.locked) != back.mac  # another ledger's key
    assert form_mac(KEY, "F-0001", "县能源局", "2022-10", back.locked) != back.mac  # unit rewritten
    assert wb.active.title == "填报表"


def test_a_returned_row_shows_its_review_and_its_text_ready_to_edit(tmp_path):
    line = FormLine(*LINES[0].__dict__.values())
    returned = FormLine(**{**line.__dict__, "state": "returned", "version": 1, "review_comment": "请列明企业名单",
                           "status": "推进中", "progress": "已完成 4 家"})
    path = tmp_path / "f.xlsx"
    write_form(FormDocument("县住建局", "2022-10", "F-2", [returned], datetime(2022, 11, 1)), path)
    ws = openpyxl.load_workbook(path)["填报表"]
    assert ws.cell(R1, COL["本期状态"]).value == "已退回"
    assert ws.cell(R1, COL["审核意见"]).value == "请列明企业名单"
    assert ws.cell(R1, COL["本期状态"]).fill.fgColor.rgb[-6:] == "F8D7DA"  # not grey: it asks for action
    assert (ws.cell(R1, COL["进展情况"]).value, ws.cell(R1, COL["完成状态"]).value) == ("已完成 4 家", "推进中")
    assert "已退回" in ws["A3"].value and "审核意见" in ws["A3"].value


def test_filled_form_reads_back(form):
    fill(form, {
        (R1, "进展情况"): "已完成 4 家企业改造", (R1, "完成状态"): "推进中",
        (R1, "存在问题"): "资金缺口", (R1, "下一步计划"): "督促剩余企业",
        (R3, "完成状态"): "已完成", (R3, "完成数量"): 3,
    })
    back = read_form(form)
    assert (back.unit, back.period, back.form_id) == ("县住建局", "2022-10", "F-0001")
    assert back.problems == []
    assert [(e.row, e.task_id, e.status, e.progress, e.problems, e.next_steps, e.quantity)
            for e in back.entries] == [
        (R1, "air-01", "in_progress", "已完成 4 家企业改造", "资金缺口", "督促剩余企业", None),
        (R3, "water-03", "done", "", "", "", Quantity(3.0)),
    ]


def test_an_untouched_form_has_nothing_to_import(form):
    back = read_form(form)
    assert back.entries == [] and back.problems == [] and back.notes == []


def test_common_status_words_and_quantities_with_units_are_read(form):
    fill(form, {
        (R1, "进展情况"): "正在改造", (R1, "完成状态"): "进行中",
        (R2, "进展情况"): "改造完毕", (R2, "完成状态"): "完成", (R2, "完成数量"): "1200户",
        (R3, "完成状态"): "未启动", (R3, "完成数量"): "４０％",
    })
    back = read_form(form)
    assert back.problems == []
    assert [(e.status, e.quantity) for e in back.entries] == [
        ("in_progress", None), ("done", Quantity(1200, "户")), ("not_started", Quantity(40, "%"))]


def test_bad_values_are_listed_by_row_and_column(form):
    fill(form, {
        (R1, "完成状态"): "差不多了",
        (R2, "进展情况"): "已改造 300 户", (R2, "完成状态"): "推进中", (R2, "完成数量"): "三百",
        (R3, "存在问题"): "无",
    })
    back = read_form(form)
    assert back.entries == []
    assert [(p.row, p.column) for p in back.problems] == [
        (R1, "完成状态"), (R2, "完成数量"), (R3, "完成状态")]
    assert "未开始、推进中、已完成、常态推进" in back.problems[0].message
    assert str(back.problems[0]).startswith(f"第 {R1} 行，“完成状态”列：")
    # the same words the command line uses for `--quantity 三百`
    assert back.problems[1].message.startswith("完成数量“三百”无法识别")


def test_formula_errors_typed_by_a_unit_are_problems(form, tmp_path, soffice):
    fill(form, {(R1, "进展情况"): "=1/0", (R1, "完成状态"): "推进中"})
    resaved = soffice(form, "xlsx", tmp_path / "lo")  # LibreOffice stores the cached #DIV/0!
    back = read_form(resaved)
    assert back.entries == []
    assert [(p.row, p.column) for p in back.problems] == [(R1, "进展情况")]
    assert "#DIV/0!" in back.problems[0].message


def test_tampered_locked_cells_are_reported_where_they_were_changed(form):
    fill(form, {
        (R1, "具体措施"): "推进焦化企业改造（已删减）", (R1, "进展情况"): "完成", (R1, "完成状态"): "已完成",
        (R3, "完成时限"): "2023 年底前", (R3, "进展情况"): "开工", (R3, "完成状态"): "推进中",
        (R2, "进展情况"): "已改造 300 户", (R2, "完成状态"): "推进中",
    })
    back = read_form(form)
    assert [(p.row, p.column) for p in back.problems] == [(R1, "具体措施"), (R3, "完成时限")]
    assert [e.task_id for e in back.entries] == ["air-07"]


def test_a_row_typed_below_the_table_after_a_blank_line_is_named_not_ignored(form):
    fill(form, {(R3 + 2, "进展情况"): "自己加的一行", (R3 + 2, "完成状态"): "推进中"})
    back = read_form(form)
    assert [(p.row, p.column) for p in back.problems] == [(R3 + 2, None)]
    assert "不是下发的任务行" in back.problems[0].message


def test_an_inserted_row_is_named_once_and_the_rows_below_still_read(form):
    wb = openpyxl.load_workbook(form)
    ws = wb["填报表"]
    ws.insert_rows(R1 + 1)  # a clerk inserts a line under the first task and writes in it
    ws.cell(R1 + 1, COL["进展情况"]).value = "补充说明"
    ws.cell(R2 + 1, COL["进展情况"]).value = "已改造 300 户"
    ws.cell(R2 + 1, COL["完成状态"]).value = "推进中"
    ws.cell(R3 + 1, COL["进展情况"]).value = "已开工"
    ws.cell(R3 + 1, COL["完成状态"]).value = "推进中"
    wb.save(form)
    back = read_form(form)
    assert [(p.row, p.column) for p in back.problems] == [(R1 + 1, None)]
    assert [(e.row, e.task_id) for e in back.entries] == [(R2 + 1, "air-07"), (R3 + 1, "water-03")]


def test_a_deleted_or_repeated_row_is_said_once(form):
    wb = openpyxl.load_workbook(form)
    ws = wb["填报表"]
    for col in range(1, len(COL) + 1):  # air-07's row copied over water-03's
        ws.cell(R3, col).value = ws.cell(R2, col).value
    ws.cell(R3, COL["进展情况"]).value = "重复"
    ws.cell(R3, COL["完成状态"]).value = "推进中"
    wb.save(form)
    back = read_form(form)
    assert [(p.row, p.column) for p in back.problems] == [(R3, "任务编号")]
    assert len(back.notes) == 1 and "water-03" in back.notes[0].message


def test_a_renamed_sheet_is_still_the_form(form):
    wb = openpyxl.load_workbook(form)
    wb["填报表"].title = "龙港镇10月"
    wb["龙港镇10月"].cell(R1, COL["进展情况"]).value = "已完成 4 家"
    wb["龙港镇10月"].cell(R1, COL["完成状态"]).value = "推进中"
    wb.save(form)
    back = read_form(form)
    assert back.problems == [] and [e.task_id for e in back.entries] == ["air-01"]


def test_a_workbook_without_identity_is_rejected(form, tmp_path):
    wb = openpyxl.load_workbook(form)
    del wb["_form"]
    wb.save(tmp_path / "copy.xlsx")
    with pytest.raises(ImportRejected, match="不是本程序下发的填报表"):
        read_form(tmp_path / "copy.xlsx")


def test_moved_columns_are_rejected(form):
    wb = openpyxl.load_workbook(form)
    wb["填报表"].insert_cols(3)
    wb.save(form)
    with pytest.raises(ImportRejected, match="列被改动"):
        read_form(form)


def test_form_resaved_by_libreoffice_reads_the_same(form, tmp_path, soffice):
    filled = fill(form, {
        (R1, "进展情况"): "第一行\n第二行：=不是公式", (R1, "完成状态"): "常态推进",
        (R2, "进展情况"): "-已改造 300 户", (R2, "完成状态"): "推进中", (R2, "完成数量"): 300.5,
        (R3, "完成状态"): "未开始", (R3, "下一步计划"): "12 月开工",
    }, out=tmp_path / "filled.xlsx")
    original = read_form(filled)
    assert len(original.entries) == 3 and original.problems == []

    resaved = soffice(filled, "xlsx", tmp_path / "lo")
    again = read_form(resaved)
    assert again == original
    wb = openpyxl.load_workbook(resaved)
    assert wb["_form"].sheet_state != "visible"
    assert wb["填报表"].protection.sheet
    assert wb["填报表"].cell(R2, COL["具体措施"]).value == "=完成清洁取暖改造"
