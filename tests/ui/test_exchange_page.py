"""数据交换 page: exports run on the worker (imports: see the dialog tests)."""

from __future__ import annotations

from datetime import date

from .conftest import idle, shown_page


def make_page(qtbot, ctx):
    from qs_desktop.ui.exchange_page import ExchangePage

    return shown_page(qtbot, ctx, ExchangePage)


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


def test_unit_report_export_warns_about_characters_no_font_has(qtbot, ctx, tmp_path, monkeypatch):
    from qs_desktop.ops.reports import ReportInput, save_report
    from qs_desktop.ui import exchange_page

    save_report(ctx.store, ReportInput("air-2022:10", "嘉峰镇", ctx.period, "in_progress", "生僻字\U000f0001测试"))
    page = make_page(qtbot, ctx)
    page.unit_box.setCurrentIndex(page.unit_box.findData("嘉峰镇人民政府"))
    target = tmp_path / "嘉峰镇.pdf"
    monkeypatch.setattr(exchange_page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.buttons["report_pdf"].click()
    idle(qtbot, ctx)
    assert target.exists()
    assert page.last_dialog.isVisible() and "\U000f0001" in page.last_dialog.text()


def test_file_dialogs_start_in_the_exports_folder_then_in_the_last_one_used(ctx, tmp_path):
    from qs_desktop.paths import exports_dir

    assert ctx.folder() == str(exports_dir())
    ctx.remember_folder(str(tmp_path / "台账.xlsx"))
    assert ctx.suggest("x.pdf") == str(tmp_path / "x.pdf")


def test_forms_for_every_unit_in_one_go(qtbot, ctx, tmp_path, monkeypatch):
    from qs_desktop.ui import exchange_page

    page = make_page(qtbot, ctx)
    monkeypatch.setattr(exchange_page.QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    page.buttons["forms_all"].click()
    idle(qtbot, ctx)
    names = sorted(p.name for p in tmp_path.glob("*.xlsx"))
    assert f"嘉峰镇人民政府-{ctx.period}-填报表.xlsx" in names
    assert not any(n.startswith("各乡") for n in names)  # a group gets no form of its own
    assert len(names) >= 30
