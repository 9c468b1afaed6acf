"""导入新计划: the detected header and mapping are shown, can be corrected, and the preview follows."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from qs_desktop.ops.catalog import list_ledgers, list_tasks, list_units
from qs_desktop.ui.plan_import import PlanImportDialog
from tests.exchange.office_builders import Table, word_notice

from .conftest import idle

NEW_UNIT = "县数据局"


@pytest.fixture
def sheet(tmp_path):
    """A water plan as one issuer lays it out: title rows, a two-level unit header, a contact column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分解"
    for row in [
        ["附件2"],
        ["沁水县水环境质量巩固提升 2023 年行动计划重点任务"],
        ["序号", "工作任务", "时间节点", "责任单位", None, "联系人"],
        [None, None, None, "牵头", "配合", None],
        [1, "完成入河排污口排查整治", "2023 年 6 月底前", "市生态环境局沁水分局", "县水务局", "张工"],
        [2, "推进城镇污水处理厂提标改造", "择机推进", "县住建局", NEW_UNIT, "李工"],
        [3, "开展饮用水水源地规范化建设", "长期坚持", "县水务局", None, None],
    ]:
        ws.append(row)
    for merged in ("A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"):
        ws.merge_cells(merged)
    path = tmp_path / "水计划2023.xlsx"
    wb.save(path)
    return path


def open_dialog(qtbot, ctx, path) -> PlanImportDialog:
    dialog = PlanImportDialog(ctx, path=path)
    qtbot.addWidget(dialog)
    idle(qtbot, ctx)
    return dialog


def column(dialog, header: str) -> list[str]:
    table = dialog.preview_table
    labels = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    if header not in labels:
        return []
    c = labels.index(header)
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_detected_header_and_mapping_are_shown_with_a_preview(qtbot, ctx, sheet):
    dialog = open_dialog(qtbot, ctx, sheet)
    assert "第 3 行" in dialog.header_note.text() and "两级表头" in dialog.header_note.text()
    assert "第 5 行" in dialog.header_note.text()
    assert dialog.year_box.value() == 2023  # read from the title, so deadlines get the right year
    assert dialog.combos["measure"].currentText().endswith("工作任务")
    assert dialog.combos["lead_units"].currentText().endswith("责任单位/牵头")
    assert dialog.combos["remarks"].currentText() == "（无）"
    assert column(dialog, "行") == ["5", "6", "7"]
    assert column(dialog, "具体措施")[1] == "推进城镇污水处理厂提标改造"
    assert column(dialog, "配合单位") == ["县水务局", NEW_UNIT, ""]
    warnings = dialog.warnings.text()
    assert "第 6 行的完成时限“择机推进”无法自动识别" in warnings
    assert NEW_UNIT in warnings and "县水务局" not in warnings
    assert "沁水县水环境质量巩固提升 2023 年行动计划重点任务" in dialog.title_edit.placeholderText()


def test_correcting_the_mapping_rereads_the_rows(qtbot, ctx, sheet):
    dialog = open_dialog(qtbot, ctx, sheet)
    combo = dialog.combos["remarks"]
    combo.setCurrentIndex(combo.findData("联系人"))
    combo.activated.emit(combo.currentIndex())
    dialog.set_mapping("cooperating_units", "")
    idle(qtbot, ctx)
    assert column(dialog, "备注") == ["张工", "李工", ""]
    assert column(dialog, "配合单位") == []
    assert NEW_UNIT not in dialog.warnings.text()  # its column is no longer read


def test_unknown_units_must_be_accepted_before_importing(qtbot, ctx, store, sheet):
    dialog = open_dialog(qtbot, ctx, sheet)
    dialog.code_edit.setText("water-2023")
    assert not dialog.import_button.isEnabled()  # 县数据局 is not in the directory yet
    dialog.add_units.setChecked(True)
    assert "导入时将加入单位目录" in dialog.warnings.text()
    with qtbot.waitSignal(ctx.changed, timeout=10_000) as changed:
        dialog.import_button.click()
    idle(qtbot, ctx)
    assert changed.args[0].plans and changed.args[0].units
    assert "water-2023" in {lg.code for lg in list_ledgers(store)}
    tasks = list_tasks(store, ledger="water-2023")
    assert [t.measure for t in tasks][0] == "完成入河排污口排查整治"
    assert list(tasks[1].cooperating_units) == [NEW_UNIT]
    assert NEW_UNIT in {u.name for u in list_units(store)}
    assert "共 3 项任务" in dialog.summary.text()
    assert dialog.close_button.text() == "完成" and not dialog.import_button.isEnabled()


def test_an_existing_code_is_refused_unless_replacing(qtbot, ctx, store, sheet):
    dialog = open_dialog(qtbot, ctx, sheet)
    dialog.set_mapping("cooperating_units", "")
    idle(qtbot, ctx)
    dialog.code_edit.setText("air-2022")
    with qtbot.waitSignal(ctx.errorShown, timeout=10_000) as shown:
        dialog.import_button.click()
    idle(qtbot, ctx)
    assert "已存在" in shown.args[0]
    assert len(list_tasks(store, ledger="air-2022")) == 28
    ctx.last_error.close()
    assert dialog.import_button.isEnabled()  # the user may tick 替换 and try again


def test_a_sheet_without_a_ledger_header_is_explained(qtbot, ctx, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "电话"])
    wb.active.append(["张三", "123"])
    path = tmp_path / "通讯录.xlsx"
    wb.save(path)
    with qtbot.waitSignal(ctx.errorShown, timeout=10_000) as shown:
        dialog = open_dialog(qtbot, ctx, path)
    assert "没有找到台账的表头行" in shown.args[0]
    dialog.code_edit.setText("x-2023")
    assert not dialog.import_button.isEnabled()
    ctx.last_error.close()


def test_the_exchange_page_opens_the_chosen_sheet_here(qtbot, ctx, sheet, monkeypatch):
    from qs_desktop.ui import exchange_page

    monkeypatch.setattr(exchange_page.QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    page = exchange_page.ExchangePage(ctx)
    qtbot.addWidget(page)
    page.buttons["plan_import"].click()
    idle(qtbot, ctx)
    dialog = page.last_dialog
    assert isinstance(dialog, PlanImportDialog) and dialog.isVisible()
    assert dialog.file_edit.text() == str(sheet) and dialog.preview_table.rowCount() == 3
    dialog.close()


def test_another_sheet_of_the_workbook_can_be_chosen(qtbot, ctx, store, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表由县环委会办公室下发"])
    for name, measure in (("空气", "推进焦化企业超低排放改造"), ("水", "完成入河排污口排查整治")):
        ws = wb.create_sheet(name)
        ws.append(["序号", "具体措施", "完成时限", "牵头单位"])
        ws.append([1, measure, "长期坚持", "县水务局"])
    path = tmp_path / "两个计划.xlsx"
    wb.save(path)
    dialog = open_dialog(qtbot, ctx, path)
    assert dialog.sheet_box.currentText() == "空气"  # the cover sheet has no ledger header
    assert [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())] == ["说明", "空气", "水"]
    dialog.sheet_box.setCurrentText("水")
    dialog.sheet_box.activated.emit(dialog.sheet_box.currentIndex())
    idle(qtbot, ctx)
    assert column(dialog, "具体措施") == ["完成入河排污口排查整治"]
    assert "工作表“水”" in dialog.header_note.text()
    dialog.code_edit.setText("water-2024")
    dialog.import_button.click()
    idle(qtbot, ctx)
    assert [t.measure for t in list_tasks(store, ledger="water-2024")] == ["完成入河排污口排查整治"]


def test_a_word_notice_with_an_extra_column_and_the_issuing_details(qtbot, ctx, store, tmp_path):
    path = word_notice(
        tmp_path / "通知.docx", "沁政办发〔2023〕9 号", "附件", "沁水县 2023 年水生态环境保护重点工程",
        Table([["序 号", "工作任务", "责任主体", "完成时限", "责任领导"],
               ["1", "端氏镇生活污水处理厂建设", "端氏镇政府", "2023 年 12 月开工", "王某"],
               ["2", "县河湿地建设", "县水务局", "2023 年 10 月", ""]]))
    dialog = open_dialog(qtbot, ctx, path)
    assert "文档中的“表 1”" in dialog.header_note.text()
    assert dialog.doc_no_edit.text() == "沁政办发〔2023〕9 号"  # read from the notice, editable
    assert column(dialog, "责任领导（附加列）") == ["王某", ""]
    assert "未对应字段的列“责任领导”（1 行有内容）将作为附加列保留" in dialog.warnings.text()
    dialog.code_edit.setText("wp-2023")
    dialog.issued_on_edit.setText("2023-02-30")
    assert not dialog.import_button.isEnabled()
    dialog.issued_on_edit.setText("2023-03-15")
    dialog.issuer_edit.setText("沁水县人民政府办公室")
    assert dialog.import_button.isEnabled()
    dialog.resize(1100, 760)
    dialog.grab().save(str(tmp_path / "dialog.png"))
    dialog.import_button.click()
    idle(qtbot, ctx)
    (plan,) = [lg.plan for lg in list_ledgers(store) if lg.code == "wp-2023"]
    assert (plan.doc_no, plan.issued_on, plan.issuer) == ("沁政办发〔2023〕9 号", date(2023, 3, 15), "沁水县人民政府办公室")
    assert [t.lead_units for t in list_tasks(store, ledger="wp-2023")] == [("端氏镇人民政府",), ("县水务局",)]


def test_a_notice_with_two_task_tables_imports_two_ledgers_or_the_one_chosen(qtbot, ctx, store, tmp_path):
    header = ["序号", "工作任务", "责任单位", "完成时限"]
    path = word_notice(
        tmp_path / "通知.docx",
        "附件 1", "2023 年大气污染防治重点任务", Table([header, ["1", "推进清洁取暖", "县住建局", "2023 年 10 月"]]),
        "附件 2", "2023 年水污染防治重点工程", Table([header, ["1", "县河湿地建设", "县水务局", "2023 年 12 月"],
                                                ["2", "污水管网改造", "县住建局", "2023 年 9 月"]]))
    dialog = open_dialog(qtbot, ctx, path)
    assert "2 张任务表，共 3 项任务" in dialog.summary.text()
    assert [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())] == ["表 1", "表 2"]
    dialog.code_edit.setText("env-2023")
    dialog.import_button.click()
    idle(qtbot, ctx)
    titles = {lg.code: lg.title for lg in list_ledgers(store) if lg.plan.code == "env-2023"}
    assert titles == {"env-2023": "2023 年大气污染防治重点任务", "env-2023-2": "2023 年水污染防治重点工程"}
