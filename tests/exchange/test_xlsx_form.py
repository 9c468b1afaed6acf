"""The unit's fill-in form: what the unit sees, and what comes back after WPS/Excel/LibreOffice."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from qs_desktop.core.errors import ImportRejected
from qs_desktop.exchange.xlsx_form import FormDocument, FormLine, read_form, write_form

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
    ["任务编号", "任务类别", "序号", "具体措施", "完成时限", "责任", "目标数量", "上期状态",
     "上期进展", "进展情况", "完成状态", "存在问题", "下一步计划", "完成数量"], start=1)}


@pytest.fixture
def form(tmp_path):
    path = tmp_path / "县住建局-2022-10.xlsx"
    write_form(FormDocument("县住建局", "2022-10", "F-0001", LINES, datetime(2022, 10, 25, 9, 30)), path)
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
    assert {"A5:N5", "A8:N8"} <= {str(r) for r in ws.merged_cells.ranges}
    assert ws.cell(R1, COL["上期进展"]).value == "已完成 2 家"
    assert ws.cell(R2, COL["目标数量"]).value == "1200 户"
    assert ws.cell(R3, COL["目标数量"]).value == "2.5 万吨/日"

    assert ws.protection.sheet
    assert not ws.protection.formatRows  # units may make rows taller
    for row in (R1, R2, R3):
        for name in ("任务编号", "具体措施", "完成时限", "上期进展"):
            cell = ws.cell(row, COL[name])
            assert cell.protection.locked and cell.fill.fgColor.rgb[-6:] == "E7E6E6"
        for name in ("进展情况", "完成状态", "存在问题", "下一步计划"):
            cell = ws.cell(row, COL[name])
            assert not cell.protection.locked and cell.fill.fill_type is None
    # Quantity is editable only where the task has a numeric target.
    assert ws.cell(R1, COL["完成数量"]).protection.locked
    assert not ws.cell(R2, COL["完成数量"]).protection.locked


def test_status_drop_down_and_quantity_validation(form):
    ws = openpyxl.load_workbook(form)["填报表"]
    by_type = {dv.type: dv for dv in ws.data_validations.dataValidation}
    assert by_type["list"].formula1 == '"未开始,推进中,已完成,常态推进"'
    assert set(str(by_type["list"].sqref).split()) == {f"K{R1}", f"K{R2}", f"K{R3}"}
    assert by_type["decimal"].operator == "greaterThanOrEqual" and by_type["decimal"].formula1 == "0"
    assert set(str(by_type["decimal"].sqref).split()) == {f"N{R2}", f"N{R3}"}


def test_identity_sheet_is_hidden_and_names_the_form(form):
    wb = openpyxl.load_workbook(form)
    ident = wb["_form"]
    assert ident.sheet_state in ("hidden", "veryHidden")
    meta = {ident.cell(r, 1).value: ident.cell(r, 2).value for r in range(1, 10)}
    assert meta["unit"] == "县住建局" and meta["period"] == "2022-10" and meta["form_id"] == "F-0001"
    assert len(meta["fingerprint"]) == 64
    assert wb.active.title == "填报表"


def test_filled_form_reads_back(form):
    fill(form, {
        (R1, "进展情况"): "已完成 4 家企业改造", (R1, "完成状态"): "推进中",
        (R1, "存在问题"): "资金缺口", (R1, "下一步计划"): "督促剩余企业",
        (R3, "完成状态"): "已完成", (R3, "完成数量"): 3,
    })
    back = read_form(form)
    assert (back.unit, back.period, back.form_id) == ("县住建局", "2022-10", "F-0001")
    assert back.problems == []
    assert [(e.row, e.task_id, e.status_label, e.progress, e.problems, e.next_steps, e.quantity)
            for e in back.entries] == [
        (R1, "air-01", "推进中", "已完成 4 家企业改造", "资金缺口", "督促剩余企业", None),
        (R3, "water-03", "已完成", "", "", "", 3.0),
    ]


def test_an_untouched_form_has_nothing_to_import(form):
    back = read_form(form)
    assert back.entries == [] and back.problems == []


def test_bad_values_are_listed_by_row_and_column(form):
    fill(form, {
        (R1, "完成状态"): "差不多了",
        (R2, "进展情况"): "已改造 300 户", (R2, "完成数量"): "三百",
        (R3, "存在问题"): "无",
    })
    back = read_form(form)
    assert back.entries == []
    assert [(p.row, p.column) for p in back.problems] == [
        (R1, "完成状态"), (R2, "完成数量"), (R3, "进展情况")]
    assert "未开始、推进中、已完成、常态推进" in back.problems[0].message
    assert str(back.problems[0]).startswith(f"第 {R1} 行，“完成状态”列：")


def test_formula_errors_typed_by_a_unit_are_problems(form, tmp_path, soffice):
    fill(form, {(R1, "进展情况"): "=1/0", (R1, "完成状态"): "推进中"})
    resaved = soffice(form, "xlsx", tmp_path / "lo")  # LibreOffice stores the cached #DIV/0!
    back = read_form(resaved)
    assert back.entries == []
    assert [(p.row, p.column) for p in back.problems] == [(R1, "进展情况")]
    assert "#DIV/0!" in back.problems[0].message


def test_tampered_locked_cells_are_reported_where_they_were_changed(form):
    fill(form, {
        (R1, "具体措施"): "推进焦化企业改造（已删减）", (R1, "进展情况"): "完成",
        (R3, "完成时限"): "2023 年底前", (R3, "进展情况"): "开工",
        (R2, "进展情况"): "已改造 300 户",
    })
    back = read_form(form)
    assert [(p.row, p.column) for p in back.problems] == [(R1, "具体措施"), (R3, "完成时限")]
    assert "推进焦化企业超低排放改造" in back.problems[0].message
    assert [e.task_id for e in back.entries] == ["air-07"]


def test_added_rows_are_reported(form):
    fill(form, {(R3 + 1, "任务编号"): "air-99", (R3 + 1, "进展情况"): "自己加的"})
    assert [(p.row, p.column) for p in read_form(form).problems] == [(R3 + 1, None)]


def test_a_workbook_without_identity_is_rejected(form, tmp_path):
    wb = openpyxl.load_workbook(form)
    del wb["_form"]
    wb.save(tmp_path / "copy.xlsx")
    with pytest.raises(ImportRejected, match="不是本程序下发的填报表"):
        read_form(tmp_path / "copy.xlsx")


def test_changed_identity_is_rejected(form):
    wb = openpyxl.load_workbook(form)
    wb["_form"]["A12"] = "air-02"  # someone edited the hidden copy of a task id
    wb.save(form)
    with pytest.raises(ImportRejected, match="表单标识被改动"):
        read_form(form)


def test_wrong_unit_or_period_is_rejected(form):
    with pytest.raises(ImportRejected, match="这是“县住建局”的填报表，不是“县能源局”的"):
        read_form(form, unit="县能源局")
    with pytest.raises(ImportRejected, match="2022年10月 的填报表，不是 2022年11月"):
        read_form(form, period="2022-11")
    assert read_form(form, unit="县住建局", period="2022-10").unit == "县住建局"


def test_moved_columns_are_rejected(form):
    wb = openpyxl.load_workbook(form)
    wb["填报表"].insert_cols(3)
    wb.save(form)
    with pytest.raises(ImportRejected, match="列被改动"):
        read_form(form)


def test_form_resaved_by_libreoffice_reads_the_same(form, tmp_path, soffice):
    filled = fill(form, {
        (R1, "进展情况"): "第一行\n第二行：=不是公式", (R1, "完成状态"): "常态推进",
        (R2, "进展情况"): "-已改造 300 户", (R2, "完成数量"): 300.5,
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
