"""Task tables as other issuers lay them out — four workbooks and five Word notices — imported and
printed: each ledger keeps the issued headings in their order, and every cell reads as issued.

The tables are modelled on published 任务分解表, 责任清单 and 重点工作台账 of county and city
governments: category cells merged down their rows or given as rows of their own, headings typed
with spaces or full-width forms, 牵头单位 beside 责任单位, two-level headers, no 序号, no time column,
columns the app does not know (责任领导, 工作目标), a table split across pages.
"""

from __future__ import annotations

from datetime import date

from qs_desktop.exchange.plans import import_plan_file
from qs_desktop.ops.catalog import list_tasks
from qs_desktop.ops.status import ledger_document, task_statuses

from .office_builders import Table, word_notice, workbook

AS_OF = date(2023, 6, 30)
APP = ("进展情况", "完成状态")


def imported(store, path, code="t2023", **options):
    result = import_plan_file(store, path, code=code, year=2023, add_units=True, **options)
    return result, [ledger_document(store, lg.code, AS_OF) for lg in result.spec.ledgers]


def issued_table(doc) -> list[list[str]]:
    """The printed ledger without the app's two columns: the header, then each row's cells."""
    keep = [i for i, c in enumerate(doc.columns) if c.heading not in APP]
    return [[doc.columns[i].heading for i in keep]] + [[line.cells[i] for i in keep] for line in doc.lines]


# -- workbooks -------------------------------------------------------------------------------------

def test_county_ledger_with_title_rows_and_a_merged_category_column(store, tmp_path):
    path = workbook(tmp_path / "台账.xlsx", [
        ["附件1"],
        ["沁水县大气污染防治 2023 年重点工作台账"],
        ["序号", "重点任务", "具体措施", "责任单位", "完成时限"],
        [1, "一、工业企业治理", "焦化企业完成超低排放改造", "县工信局、市生态环境局沁水分局", "2023 年 10 月底前"],
        [2, None, "工业炉窑综合治理", "县工信局", "长期坚持"],
        [3, "二、散煤治理", "巩固清洁取暖成果", "县住建局", "2023 年 11 月 15 日前"],
    ], merges=["A2:E2", "B4:B5"])
    result, (doc,) = imported(store, path)
    assert (doc.annex, doc.title) == ("附件1", "沁水县大气污染防治 2023 年重点工作台账")
    assert issued_table(doc) == [
        ["序号", "重点任务", "具体措施", "责任单位", "完成时限"],
        ["1", "一、工业企业治理", "焦化企业完成超低排放改造", "县工信局、市生态环境局沁水分局", "2023 年 10 月底前"],
        ["2", "一、工业企业治理", "工业炉窑综合治理", "县工信局", "长期坚持"],
        ["3", "二、散煤治理", "巩固清洁取暖成果", "县住建局", "2023 年 11 月 15 日前"],
    ]
    assert [t.id for t in list_tasks(store, ledger="t2023", unit="市生态环境局沁水分局")] == ["t2023:1"]


def test_responsibility_list_with_spaced_full_width_headings_and_a_people_column(store, tmp_path):
    path = workbook(tmp_path / "责任清单.xlsx", [
        ["序　号", "工 作 任 务", "责 任 主 体", "完成时间节点", "责任领导", "责任领导", "备　注"],
        [1, "县城污水处理厂提标改造", "县住建局", "2023年6月底前", "王副县长", "赵局长", "市重点"],
        [2, "入河排污口排查整治", "晋城市生态局沁水分局", "常态化开展", "李副县长", None, None],
    ])
    result, (doc,) = imported(store, path)
    assert issued_table(doc) == [
        ["序号", "工作任务", "责任主体", "完成时间节点", "责任领导", "责任领导（第 6 列）", "备注"],
        ["1", "县城污水处理厂提标改造", "县住建局", "2023年6月底前", "王副县长", "赵局长", "市重点"],
        ["2", "入河排污口排查整治", "晋城市生态局沁水分局", "常态化开展", "李副县长", "", ""],
    ]
    # a person is not a unit: kept, never assigned; two columns of the same heading stay two
    assert result.sheet.extras == [("责任领导", 2), ("责任领导（第 6 列）", 1)]
    assert [t.lead_units for t in list_tasks(store, ledger="t2023")] == [("县住建局",), ("市生态环境局沁水分局",)]
    schedules = [st.schedule for st in task_statuses(store, list_tasks(store, ledger="t2023"), AS_OF)]
    assert [(s.kind, s.due) for s in schedules] == [("due", date(2023, 6, 30)), ("ongoing", None)]


def test_category_rows_no_number_and_lead_beside_responsible_units(store, tmp_path):
    path = workbook(tmp_path / "分解表.xlsx", [
        ["2023 年生态环境保护重点工作任务分解表"],
        ["工作措施", "牵头单位", "责任单位", "进度安排", "说明"],
        ["一、水污染防治"],
        ["开展河道清理整治", "县水利局", "各乡（镇）人民政府", "2023年5-9月份", None],
        ["二、土壤污染防治"],
        ["完成受污染耕地安全利用", "县农业农村局", "县自然资源局、端氏镇政府", "年底前", "省考"],
    ], merges=["A1:E1", "A3:E3", "A5:E5"])
    result, (doc,) = imported(store, path)
    assert issued_table(doc) == [
        ["任务类别", "工作措施", "牵头单位", "责任单位", "进度安排", "说明"],
        ["一、水污染防治", "开展河道清理整治", "县水利局", "各乡（镇）人民政府", "2023年5-9月份", ""],
        ["二、土壤污染防治", "完成受污染耕地安全利用", "县农业农村局", "县自然资源局、端氏镇政府", "年底前", "省考"],
    ]
    # no 序号: numbered in the order printed; 责任单位 beside 牵头单位 are the cooperating units
    tasks = list_tasks(store, ledger="t2023")
    assert [t.id for t in tasks] == ["t2023:1", "t2023:2"]
    assert tasks[1].cooperating_units == ("县自然资源局", "端氏镇人民政府")


def test_two_level_header_and_no_time_column_dates_come_from_the_text(store, tmp_path):
    path = workbook(tmp_path / "两级.xlsx", [
        ["序号", "主要任务", "责任单位", None],
        [None, None, "牵头", "配合"],
        [1, "2023 年 9 月底前完成县城黑臭水体整治", "县住建局", "县水利局"],
        [2, "力争 2024 年完成农村生活污水治理", "晋城市生态局沁水分局", None],
        [3, "加强饮用水水源地日常巡查", "县水利局", None],
        [4, "明年底前完成尾矿库闭库", "县应急管理局", None],
    ], merges=["A1:A2", "B1:B2", "C1:D1"])
    result, (doc,) = imported(store, path)
    assert issued_table(doc) == [
        ["序号", "主要任务", "责任单位（牵头）", "责任单位（配合）"],
        ["1", "2023 年 9 月底前完成县城黑臭水体整治", "县住建局", "县水利局"],
        ["2", "力争 2024 年完成农村生活污水治理", "晋城市生态局沁水分局", ""],
        ["3", "加强饮用水水源地日常巡查", "县水利局", ""],
        ["4", "明年底前完成尾矿库闭库", "县应急管理局", ""],
    ]
    schedules = [st.schedule for st in task_statuses(store, list_tasks(store, ledger="t2023"), AS_OF)]
    assert [(s.kind, s.due) for s in schedules] == [
        ("due", date(2023, 9, 30)), ("due", date(2024, 12, 31)), ("ongoing", None), ("ongoing", None)]
    assert result.dated_from_text == 2
    assert result.undated == [(6, "明年底前完成尾矿库闭库")]  # a date the parser will not guess: flagged


# -- Word notices ----------------------------------------------------------------------------------

def test_key_projects_annex_in_a_notice_keeps_its_five_columns_and_names(store, tmp_path):
    path = word_notice(
        tmp_path / "通知.docx",
        "沁水县人民政府办公室文件", "沁政办发〔2023〕12 号",
        "沁水县人民政府办公室关于印发沁水县水环境质量巩固提升 2023 年行动计划的通知",
        "各乡（镇）人民政府，县直各有关单位：", "现将……印发给你们，请认真贯彻落实。",
        "附件 2", "沁水县 2023 年水生态环境保护重点工程",
        Table([
            ["序号", "工作任务", "责任主体", "完成时限", "备注"],
            ["1", "端氏镇生活污水处理厂建设主体工程", "端氏镇政府", "2023 年 12 月开工", "市重点"],
            ["2", "300 个生态井场建设", "晋城市生态局\n沁水分局", "2023 年 12 月", ""],
        ]),
    )
    result, (doc,) = imported(store, path)
    assert (doc.annex, doc.title, doc.doc_no) == ("附件 2", "沁水县 2023 年水生态环境保护重点工程", "沁政办发〔2023〕12 号")
    assert issued_table(doc) == [
        ["序号", "工作任务", "责任主体", "完成时限", "备注"],
        ["1", "端氏镇生活污水处理厂建设主体工程", "端氏镇政府", "2023 年 12 月开工", "市重点"],
        ["2", "300 个生态井场建设", "晋城市生态局\n沁水分局", "2023 年 12 月", ""],
    ]
    assert [t.lead_units for t in list_tasks(store, ledger="t2023")] == [("端氏镇人民政府",), ("市生态环境局沁水分局",)]


def test_word_table_with_merged_category_cells_and_spaced_headings(store, tmp_path):
    path = word_notice(
        tmp_path / "台账.docx", "附件", "某县 2023 年土壤污染防治重点任务台账",
        Table([
            ["任务类别", "序 号", "具 体 措 施", "完成时限", "牵头单位", "配合单位", "备 注"],
            ["一、耕地保护", "1", "开展受污染耕地安全利用", "2023 年 10 月底前", "县农业农村局", "各乡（镇）人民政府", ""],
            ["", "2", "涉镉企业排查整治", "常态工作", "市生态环境局沁水分局", "", "动态更新清单"],
            ["二、建设用地", "3", "落实建设用地调查评估制度", "日常工作", "县自然资源局", "市生态环境局沁水分局", ""],
        ], merges=[(1, 0, 2, 0)]),
    )
    result, (doc,) = imported(store, path)
    assert issued_table(doc) == [
        ["任务类别", "序号", "具体措施", "完成时限", "牵头单位", "配合单位", "备注"],
        ["一、耕地保护", "1", "开展受污染耕地安全利用", "2023 年 10 月底前", "县农业农村局", "各乡（镇）人民政府", ""],
        ["一、耕地保护", "2", "涉镉企业排查整治", "常态工作", "市生态环境局沁水分局", "", "动态更新清单"],
        ["二、建设用地", "3", "落实建设用地调查评估制度", "日常工作", "县自然资源局", "市生态环境局沁水分局", ""],
    ]
    assert result.unparsed == []  # 常态工作 and 日常工作 are ongoing duties, not unreadable phrases


def test_notice_with_a_target_table_and_a_task_table_split_across_pages(store, tmp_path):
    header = ["序号", "重点工作", "具体措施", "责任单位", "完成时间"]
    path = word_notice(
        tmp_path / "通知.docx",
        "附件 1", "2023 年地表水水质目标",
        Table([["序号", "断面名称", "目标水质"], ["1", "张峰水库出口", "Ⅱ类"]]),
        "附件 2", "2023 年水污染防治重点工作任务分解表",
        Table([header,
               ["1", "饮用水源保护", "完成水源地规范化建设", "县水利局", "2023年9月底前"],
               ["2", "黑臭水体治理", "开展城市黑臭水体排查", "县住建局", "2023年6月底前"]]),
        "",
        Table([header,
               ["3", "工业污染防治", "推进工业园区污水集中处理", "县工信局", "2023年12月底前"]]),
    )
    result, docs = imported(store, path)
    assert len(docs) == 1  # the target table has no task column; the continuation joins its table
    assert result.skipped_tables == [("表 1", 2)]  # and is named, not dropped silently
    assert docs[0].title == "2023 年水污染防治重点工作任务分解表"
    assert issued_table(docs[0]) == [
        ["序号", "重点工作", "具体措施", "责任单位", "完成时间"],
        ["1", "饮用水源保护", "完成水源地规范化建设", "县水利局", "2023年9月底前"],
        ["2", "黑臭水体治理", "开展城市黑臭水体排查", "县住建局", "2023年6月底前"],
        ["3", "工业污染防治", "推进工业园区污水集中处理", "县工信局", "2023年12月底前"],
    ]


def test_word_table_with_extra_columns_and_no_number(store, tmp_path):
    path = word_notice(
        tmp_path / "清单.docx", "附件：2023 年生态环境保护工作责任清单",
        Table([
            ["主要任务", "工作目标", "责任单位", "责任人", "时限要求"],
            ["推进清洁取暖改造", "完成 2000 户", "县住建局", "张某", "2023 年 10 月 31 日前"],
            ["开展秸秆禁烧巡查", "", "各乡（镇）人民政府", "各乡镇长", "持续推进"],
        ]),
    )
    result, (doc,) = imported(store, path)
    assert (doc.annex, doc.title) == ("附件", "2023 年生态环境保护工作责任清单")
    assert issued_table(doc) == [
        ["主要任务", "工作目标", "责任单位", "责任人", "时限要求"],
        ["推进清洁取暖改造", "完成 2000 户", "县住建局", "张某", "2023 年 10 月 31 日前"],
        ["开展秸秆禁烧巡查", "", "各乡（镇）人民政府", "各乡镇长", "持续推进"],
    ]
    assert result.sheet.extras == [("工作目标", 1), ("责任人", 2)]
    assert [t.id for t in list_tasks(store, ledger="t2023")] == ["t2023:1", "t2023:2"]


def test_word_two_level_header_built_from_merged_cells(store, tmp_path):
    path = word_notice(
        tmp_path / "两级.docx", "附件", "重点任务分解表",
        Table([
            ["序号", "重点任务", "责任单位", "", "完成时限"],
            ["", "", "牵头单位", "配合单位", ""],
            ["1", "推进燃煤锅炉淘汰", "市生态环境局沁水分局", "县市场监管局", "2023年10月"],
            ["2", "加强扬尘管控", "县住建局", "县交通运输局、县水利局", "长期坚持"],
        ], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]),
    )
    result, (doc,) = imported(store, path)
    assert issued_table(doc) == [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "推进燃煤锅炉淘汰", "市生态环境局沁水分局", "县市场监管局", "2023年10月"],
        ["2", "加强扬尘管控", "县住建局", "县交通运输局、县水利局", "长期坚持"],
    ]
    assert list_tasks(store, ledger="t2023")[1].cooperating_units == ("县交通运输局", "县水利局")
