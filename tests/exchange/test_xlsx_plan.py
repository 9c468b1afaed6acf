"""Plan spreadsheets as different issuers lay them out, built here cell by cell."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import openpyxl
import pytest

from qs_desktop.core.errors import ImportRejected, InvalidInput
from qs_desktop.exchange.xlsx_plan import detect_mapping, read_plan_sheet


def build(path, rows, merges=(), *, title="Sheet1", extra_sheets=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for name in extra_sheets:
        wb.create_sheet(name, 0).append(["封面", "说明"])
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"  # text typed with a leading quote, as offices do
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def test_title_rows_and_merged_category_cells(tmp_path):
    path = build(tmp_path / "air.xlsx", [
        ["附件"],
        ["沁水县空气质量改善 2023 年行动计划重点工作任务台账"],
        ["任务类别", "序号", "具体措施", "完成时限", "牵头单位", "配合单位", "备注"],
        ["一、强化工业企业深度治理", 1, "推进焦化企业超低排放改造", "2023 年 10 月底前", "县工信局", "县生态环境分局、县能源局", None],
        [None, 2, "开展工业炉窑综合治理", "长期坚持", "县工信局", None, "重点"],
        ["二、推进散煤治理", 3, "巩固清洁取暖成果", "秋冬季", "县住建局，县能源局", "各乡（镇）人民政府", None],
    ], merges=["A2:G2", "A4:A5"])

    mapping = detect_mapping(path)
    assert mapping.header_row == 3
    assert {f: c for f, (c, _t) in mapping.columns.items()} == {
        "section": 1, "seq": 2, "measure": 3, "deadline": 4, "lead_units": 5,
        "cooperating_units": 6, "remarks": 7}

    sheet = read_plan_sheet(path)
    assert sheet.problems == []
    assert sheet.preamble == ["附件", "沁水县空气质量改善 2023 年行动计划重点工作任务台账"]
    assert [(r.row, r.section, r.seq) for r in sheet.rows] == [
        (4, "一、强化工业企业深度治理", "1"), (5, "一、强化工业企业深度治理", "2"), (6, "二、推进散煤治理", "3")]
    first, second, third = sheet.rows
    assert first.cooperating_units == ["县生态环境分局", "县能源局"]
    assert second.remarks == "重点" and second.deadline == "长期坚持"
    assert third.lead_units == ["县住建局", "县能源局"]
    assert third.cooperating_units == ["各乡（镇）人民政府"]


def test_a_title_typed_into_column_a_without_merging_is_not_a_header_group(tmp_path):
    """Offices often just type the title into A2: it must stay a title, not become the parent
    of 重点领域 / 编号 in a two-level header."""
    path = build(tmp_path / "air.xlsx", [
        ["附件"],
        ["沁水县空气质量改善 2023 年行动计划重点工作任务台账"],
        ["重点领域", "编号", "工作内容", "时间节点", "责任单位", "协办单位", "说明"],
        ["一、工业", 1, "推进焦化企业超低排放改造", "2023 年 10 月底前", "县工信局", "县能源局", None],
    ])
    mapping = detect_mapping(path)
    assert (mapping.header_row, mapping.first_data_row) == (3, 4)
    assert mapping.columns["section"] == (1, "重点领域")
    sheet = read_plan_sheet(path)
    assert sheet.preamble == ["附件", "沁水县空气质量改善 2023 年行动计划重点工作任务台账"]
    assert [(r.section, r.seq, r.measure) for r in sheet.rows] == [("一、工业", "1", "推进焦化企业超低排放改造")]

def test_a_lone_key_task_column_is_the_measure(tmp_path):
    """重点任务 names categories beside a 具体措施 column; alone it holds the tasks themselves."""
    path = build(tmp_path / "water.xlsx", [
        ["序号", "重点任务", "完成时间", "责任单位"],
        [1, "完成嘉峰污水处理厂提标改造", datetime(2023, 6, 30), "嘉峰镇 县住建局"],
    ])
    mapping = detect_mapping(path)
    assert mapping.columns["measure"] == (2, "重点任务") and "section" not in mapping.columns
    (row,) = read_plan_sheet(path).rows
    assert (row.measure, row.deadline, row.lead_units) == ("完成嘉峰污水处理厂提标改造", "2023年6月30日",
                                                           ["嘉峰镇", "县住建局"])

def test_two_level_header_with_lead_and_cooperating_under_one_group(tmp_path):
    path = build(tmp_path / "water.xlsx", [
        ["沁水县水环境质量巩固提升 2023 年行动计划重点任务"],
        ["序号", "工作任务", "时间节点", "责任单位", None, "备注"],
        [None, None, None, "牵头", "配合", None],
        [1, "完成入河排污口排查整治", datetime(2023, 6, 30), "市生态环境局沁水分局", "县水务局", None],
        [2, "推进城镇污水处理厂提标改造", "2023 年 12 月底前", "县住建局", None, "跨年度"],
        [3, "完成饮用水水源地规范化建设", datetime(2023, 9, 1), "县水务局", None, None],
    ], merges=["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"])
    wb = openpyxl.load_workbook(path)
    wb.active["C6"].number_format = 'yyyy"年"m"月"'  # a month typed as a date, shown as 2023年9月
    wb.save(path)

    mapping = detect_mapping(path)
    assert (mapping.header_row, mapping.first_data_row) == (2, 4)
    cols = {f: c for f, (c, _t) in mapping.columns.items()}
    assert cols["lead_units"] == 4 and cols["cooperating_units"] == 5
    assert cols["measure"] == 2 and cols["deadline"] == 3 and cols["seq"] == 1
    assert "section" not in cols

    rows = read_plan_sheet(path).rows
    assert [r.measure for r in rows][:2] == ["完成入河排污口排查整治", "推进城镇污水处理厂提标改造"]
    assert rows[0].deadline == "2023年6月30日"
    assert rows[2].deadline == "2023年9月"
    assert rows[0].lead_units == ["市生态环境局沁水分局"] and rows[0].cooperating_units == ["县水务局"]
    assert rows[1].cooperating_units == [] and rows[1].remarks == "跨年度"


def test_no_seq_and_categories_as_rows_of_their_own(tmp_path):
    path = build(tmp_path / "soil.xlsx", [
        ["土壤污染防治 2023 年工作方案任务分解表"],
        [],
        ["主要任务", "完成时间", "责任主体", "协办单位"],
        ["一、加强源头防控"],
        ["开展涉镉等重金属行业企业排查", "2023 年 9 月", "市生态环境局沁水分局", "县工信局"],
        ["加强工矿企业监管", "长期坚持", "县应急局", None],
        ["（二）农用地安全利用", None, None, None],
        ["推进受污染耕地安全利用", "年底前", "县农业农村局", "各乡（镇）人民政府"],
        ["注：各单位每月 25 日前报送进展。"],
    ], merges=["A1:D1", "A9:D9"])

    sheet = read_plan_sheet(path)
    assert sheet.mapping.header_row == 3
    assert [(r.section, r.measure, r.seq) for r in sheet.rows] == [
        ("一、加强源头防控", "开展涉镉等重金属行业企业排查", None),
        ("一、加强源头防控", "加强工矿企业监管", None),
        ("（二）农用地安全利用", "推进受污染耕地安全利用", None),
    ]
    assert sheet.rows[0].lead_units == ["市生态环境局沁水分局"]
    assert sheet.problems == []


def test_other_synonyms_with_units_split_by_line_breaks_and_commas(tmp_path):
    path = build(tmp_path / "other.xlsx", [
        ["No.", "Category", "工作措施", "Deadline", "责任部门", "配合部门", "Remarks"],
        [1, "扬尘管控", "=落实施工工地六个百分百", "2023 年 5-9 月份", "县住建局\n县交通局", "县城管局, 县公安局,县自然资源局", ""],
        [2, None, "加强渣土运输车辆管理", "每月一次", "县城管局 县交通局", "", "-"],
    ], title="任务清单", extra_sheets=["封面"])

    mapping = detect_mapping(path)
    assert mapping.sheet == "任务清单"
    sheet = read_plan_sheet(path)
    one, two = sheet.rows
    assert one.measure == "=落实施工工地六个百分百"
    assert one.lead_units == ["县住建局", "县交通局"]
    assert one.cooperating_units == ["县城管局", "县公安局", "县自然资源局"]
    assert two.lead_units == ["县城管局", "县交通局"]
    assert two.section == "扬尘管控"  # a category written once and left blank below carries on


def test_project_table_with_category_rows_merged_across(tmp_path):
    path = build(tmp_path / "projects.xlsx", [
        ["附件 2"],
        ["沁水县 2023 年水生态环境保护重点工程"],
        ["序号", "项目名称", "建设内容", "完成时限", "责任单位", "备注"],
        ["城镇污水处理"],
        [1, "端氏镇污水处理站", "新建污水处理站一座，处理规模 500 吨/日", "2023 年 12 月开工", "端氏镇人民政府", "市重点"],
        ["农村生活污水治理"],
        [2, "嘉峰镇农村污水治理", "完成 3 个村生活污水治理", "2023 年 10 月底前", "嘉峰镇人民政府、县住建局按职责分工负责", None],
    ], merges=["A1:F1", "A2:F2", "A4:F4", "A6:F6"])
    sheet = read_plan_sheet(path)
    assert sheet.preamble == ["附件 2", "沁水县 2023 年水生态环境保护重点工程"]
    assert [(r.section, r.seq, r.title, r.measure) for r in sheet.rows] == [
        ("城镇污水处理", "1", "端氏镇污水处理站", "新建污水处理站一座，处理规模 500 吨/日"),
        ("农村生活污水治理", "2", "嘉峰镇农村污水治理", "完成 3 个村生活污水治理"),
    ]
    assert sheet.rows[1].lead_units == ["嘉峰镇人民政府", "县住建局"]


def test_task_and_measure_columns_side_by_side(tmp_path):
    path = build(tmp_path / "tm.xlsx", [
        ["序号", "工作任务", "工作措施", "牵头县领导", "牵头单位", "配合单位", "完成时限"],
        [1, "扬尘治理", "落实施工工地六个百分百", "张县长", "县住建局", "县城管局", "长期坚持"],
    ])
    cols = {f: t for f, (_c, t) in detect_mapping(path).columns.items()}
    assert (cols["title"], cols["measure"], cols["lead_units"]) == ("工作任务", "工作措施", "牵头单位")
    alone = build(tmp_path / "alone.xlsx", [["序号", "工作任务", "责任单位"], [1, "落实六个百分百", "县住建局"]])
    assert detect_mapping(alone).columns["measure"] == (2, "工作任务")


def test_header_repeated_on_a_second_page_and_rows_without_measure(tmp_path):
    header = ["序号", "具体措施", "完成时限", "牵头单位"]
    path = build(tmp_path / "long.xlsx", [
        header,
        [1, "措施一", "长期坚持", "县住建局"],
        header,
        [2, None, "长期坚持", "县能源局"],
        [3, "措施三", None, None],
    ])
    sheet = read_plan_sheet(path)
    assert [r.measure for r in sheet.rows] == ["措施一", "措施三"]
    assert [(p.row, p.column) for p in sheet.problems] == [(4, "具体措施")]
    assert sheet.rows[1].lead_units == [] and sheet.rows[1].deadline == ""


def test_overrides_remap_a_column_or_drop_it(tmp_path):
    path = build(tmp_path / "p.xlsx", [
        ["序号", "工作内容", "重点工作", "完成时限", "责任单位", "说明"],
        [1, "具体内容甲", "任务甲", "长期坚持", "县水务局", "由水务局汇总"],
    ])
    plain = read_plan_sheet(path).rows[0]
    assert (plain.measure, plain.title, plain.remarks) == ("具体内容甲", "任务甲", "由水务局汇总")

    swapped = read_plan_sheet(path, {"measure": "重点工作", "title": "工作内容", "remarks": ""}).rows[0]
    assert (swapped.measure, swapped.title, swapped.remarks) == ("任务甲", "具体内容甲", "")

    detected = detect_mapping(path)
    edited = replace(detected, columns={**detected.columns, "measure": (3, "重点工作"), "title": (2, "工作内容")})
    by_editor = read_plan_sheet(path, mapping=edited).rows[0]
    assert (by_editor.measure, by_editor.title) == ("任务甲", "具体内容甲")

    with pytest.raises(InvalidInput, match="没有“完成情况”"):
        read_plan_sheet(path, {"deadline": "完成情况"})
    with pytest.raises(InvalidInput, match="不认识的字段"):
        read_plan_sheet(path, {"owner": "责任单位"})


def test_a_sheet_without_a_ledger_header_is_rejected(tmp_path):
    path = build(tmp_path / "x.xlsx", [["姓名", "电话"], ["张三", "123"]])
    with pytest.raises(ImportRejected, match="没有找到台账的表头行"):
        detect_mapping(path)

