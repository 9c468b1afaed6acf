"""数据交换 page: exports on the worker; form imports are checked and shown before anything is saved."""

from __future__ import annotations

from datetime import date

from .conftest import idle


def make_page(qtbot, ctx):
    from qs_desktop.ui.exchange_page import ExchangePage

    widget = ExchangePage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_scope_lists_every_ledger_and_no_groups(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert [page.ledger_box.itemData(i) for i in range(page.ledger_box.count())] == [
        None, "air-2022", "water-2022", "water-projects-2022", "soil-2022"]
    units = [page.unit_box.itemText(i) for i in range(page.unit_box.count())]
    assert "县住建局" in units and "各乡（镇）人民政府" not in units
    page.ledger_box.setCurrentIndex(1)
    assert page.codes() == ["air-2022"]


def test_ledger_workbook_export_runs_on_the_worker(qtbot, ctx, tmp_path):
    from openpyxl import load_workbook

    from qs_desktop.ui.exchange_page import export_ledgers_xlsx

    ctx.set_as_of(date(2022, 11, 15), "2022-10")
    page = make_page(qtbot, ctx)
    ctx.run(export_ledgers_xlsx, ctx.store, page.codes(), ctx.as_of, ctx.period, str(tmp_path / "台账.xlsx"),
            label="导出")
    idle(qtbot, ctx)
    assert len(load_workbook(tmp_path / "台账.xlsx").sheetnames) == 4


def filled_form(store, path):
    """县住建局's form for 2022-10 with its first two rows filled in, as a unit would send it back."""
    import openpyxl

    from qs_desktop.exchange.forms import export_form

    export_form(store, "县住建局", "2022-10", path)
    book = openpyxl.load_workbook(path)
    sheet = book["填报表"]
    # Row 5 heads the first ledger; 进展情况 and 完成状态 are columns 10 and 11.
    for row, (progress, status) in {6: ("已检查工地 20 个", "推进中"), 7: ("已完成", "已完成")}.items():
        sheet.cell(row, 10).value = progress
        sheet.cell(row, 11).value = status
    book.save(path)
    return path


def button(box, text):
    return next(b for b in box.buttons() if b.text() == text)


def test_form_import_is_checked_first_and_saved_only_on_confirmation(qtbot, ctx, tmp_path):
    from qs_desktop.ops.reports import list_reports

    page = make_page(qtbot, ctx)
    path = filled_form(ctx.store, tmp_path / "住建局.xlsx")
    page.check_forms([str(path)])
    idle(qtbot, ctx)
    assert "2 项报送将新增或修改" in page.last_dialog.text()
    assert "新增 第 6 行 air-2022:7" in page.last_dialog.detailedText()
    assert list_reports(ctx.store, unit="县住建局") == []  # nothing written by the check
    with qtbot.waitSignal(ctx.changed) as signal:
        button(page.last_dialog, "导入(&I)").click()
        idle(qtbot, ctx)
    assert signal.args[0].reports
    assert [(r.task_id, r.state) for r in list_reports(ctx.store, unit="县住建局")] == [
        ("air-2022:7", "submitted"), ("air-2022:8", "submitted")]
    assert "导入 1 个，未导入 0 个" in page.last_dialog.text()


def test_a_file_that_is_not_a_form_cannot_be_imported(qtbot, ctx, tmp_path):
    page = make_page(qtbot, ctx)
    bad = tmp_path / "照片.xlsx"
    bad.write_bytes(b"not a workbook")
    page.check_forms([str(bad)])
    idle(qtbot, ctx)
    assert "1 个文件有问题" in page.last_dialog.text()
    assert not button(page.last_dialog, "导入(&I)").isEnabled()
    assert "照片.xlsx" in page.last_dialog.detailedText()


def plan_sheet(path, lead="县工信局"):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["沁水县空气质量改善 2023 年行动计划重点工作任务台账"],
        ["任务类别", "序号", "具体措施", "完成时限", "牵头单位", "备注"],
        ["一、强化工业企业深度治理", 1, "推进焦化企业超低排放改造", "2023 年 10 月底前", lead, None],
        [None, 2, "开展工业炉窑综合治理", "长期坚持", "县工信局", None],
    ):
        sheet.append(row)
    book.save(path)
    return path


def test_plan_import_previews_then_adds_the_ledger(qtbot, ctx, tmp_path):
    from qs_desktop.ops.catalog import list_tasks

    page = make_page(qtbot, ctx)
    path = plan_sheet(tmp_path / "2023空气.xlsx")
    page.check_plan(str(path), code="air-2023", year=2023)
    idle(qtbot, ctx)
    assert "识别出 2 项任务" in page.last_dialog.text()
    assert "具体措施" in page.last_dialog.detailedText()
    assert "air-2023" not in page.codes()  # nothing added by the check
    button(page.last_dialog, "导入(&I)").click()
    idle(qtbot, ctx)
    assert [t.id for t in list_tasks(ctx.store, ledger="air-2023")] == ["air-2023:1", "air-2023:2"]
    assert "air-2023" in page.codes()  # the scope list follows the new plan


def test_plan_with_an_unknown_unit_offers_to_add_it(qtbot, ctx, tmp_path):
    from qs_desktop.ops.catalog import resolve_unit

    page = make_page(qtbot, ctx)
    page.check_plan(str(plan_sheet(tmp_path / "p.xlsx", lead="县数据局")), code="air-2023", year=2023)
    idle(qtbot, ctx)
    assert "单位目录中没有 1 个单位：县数据局" in page.last_dialog.text()
    assert not button(page.last_dialog, "导入(&I)").isEnabled()
    button(page.last_dialog, "导入并把这些单位加入目录").click()
    idle(qtbot, ctx)
    assert resolve_unit(ctx.store, "县数据局").name == "县数据局"
