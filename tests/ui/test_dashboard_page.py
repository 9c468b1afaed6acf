"""统计 page: figures for the built-in plans, the chart, copying and exporting."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qs_desktop.ops import review
from qs_desktop.ops.reports import ReportInput, save_report

from .conftest import as_sample, idle, pdf_text, shown_page

ECO = "市生态环境局沁水分局"


@pytest.fixture
def page(qtbot, ctx):
    from qs_desktop.ui.dashboard_page import DashboardPage

    ctx.set_as_of(date(2022, 11, 15), "2022-10")
    return shown_page(qtbot, ctx, DashboardPage, (1100, 720))


def table(model):
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def bars(page):
    """{segment label: values per ledger, top to bottom as drawn}."""
    (series,) = page.chart.series()
    return {s.label(): [s.at(i) for i in range(s.count())][::-1] for s in series.barSets()}


def test_air_ledger_figures_as_of_2022_11_15(page):
    rows = table(page.ledger_model)
    # 28 rows; 2, 6, 20, 21, 27 are past their deadline; nothing reported yet.
    # Columns: 任务数 已完成 按期推进 逾期 应报 已报送 未报送 退回 报送率. Every owing unit × task owes
    # October (row 26 is a May–September window), and nobody has reported.
    owed = rows[0][5]
    assert owed > 27
    assert rows[0] == ["沁水县空气质量改善 2022 年行动计划重点工作任务台账", 28, 0, 23, 5, owed, 0, owed, 0, "0%"]
    assert rows[-1][:2] == ["合计", 85]
    assert bars(page)["逾期"][0] == 5 and bars(page)["按期推进"][0] == 23
    assert "截至 2022年11月15日" in page.chart.title()
    assert page.chart.legend().isVisible()


def test_approved_done_report_moves_the_numbers(qtbot, ctx, page):
    ctx.run(save_report, ctx.store, ReportInput("air-2022:20", ECO, "2022-10", "done", "全县燃煤锅炉已排查完毕"))
    ctx.run(review.approve, ctx.store, "air-2022:20", ECO, "2022-10")
    idle(qtbot, ctx)
    owed = table(page.ledger_model)[0][5]
    assert table(page.ledger_model)[0][1:] == [28, 1, 23, 4, owed, 1, owed - 1, 0, f"{1 / owed:.0%}"]
    assert bars(page)["已完成"][0] == 1 and bars(page)["逾期"][0] == 4
    eco = next(r for r in table(page.unit_model) if r[0] == ECO)
    assert eco[6] == 1  # 已报送


def test_as_of_in_the_title_follows_the_date(qtbot, ctx, page):
    ctx.set_as_of(date(2022, 6, 30), "2022-06")
    idle(qtbot, ctx)
    assert "截至 2022年6月30日" in page.chart.title()
    assert bars(page)["逾期"][0] == 1  # only row 20 (due 2022-05-31) is late by then


def test_copy_chart_puts_an_image_on_the_clipboard(page):
    QApplication.clipboard().clear()
    page.copy_chart()
    image = QApplication.clipboard().image()
    assert not image.isNull() and image.width() >= 960
    assert image.pixelColor(2, 2).name() == "#ffffff"  # white background for slides


def test_export_figures_to_xlsx_and_csv(qtbot, ctx, page, tmp_path):
    page.export_to(str(tmp_path / "统计.xlsx"))
    page.export_to(str(tmp_path / "统计.csv"))
    idle(qtbot, ctx)
    sheet = load_workbook(tmp_path / "统计.xlsx")["按台账"]
    assert "截至 2022年11月15日" in sheet["A1"].value
    owed = sheet[3][5].value
    assert [c.value for c in sheet[3]] == ["沁水县空气质量改善 2022 年行动计划重点工作任务台账", 28, 0, 23, 5, owed, 0,
                                           owed, 0, "0%"]
    text = (tmp_path / "统计.csv").read_text(encoding="utf-8-sig")
    total = next(line for line in text.splitlines() if line.startswith("合计,")).split(",")
    assert total[:5] == ["合计", "85", "0", "74", "11"] and total[6:] == ["0", total[5], "0", "0%"]


def test_dashboard_pdf_of_the_unit_table(qtbot, ctx, page, tmp_path):
    page.tabs.setCurrentIndex(1)
    page.export_pdf_to(str(tmp_path / "统计.pdf"))
    idle(qtbot, ctx)
    assert (tmp_path / "统计.pdf").read_bytes().startswith(b"%PDF")


def test_dashboard_pdf_of_a_sample_ledger_says_so(qtbot, ctx, page, tmp_path):
    as_sample(ctx)
    page.export_pdf_to(str(tmp_path / "统计.pdf"))
    idle(qtbot, ctx)
    assert "示例数据" in pdf_text(tmp_path / "统计.pdf")


def test_the_unit_tab_ranks_sorts_and_charts_the_laggards(qtbot, ctx, page):
    ctx.run(save_report, ctx.store, ReportInput("air-2022:10", "龙港镇", "2022-10", "in_progress", "排查工地 8 处"))
    idle(qtbot, ctx)
    page.tabs.setCurrentIndex(1)
    ranked = table(page.unit_model)
    assert ranked[0][0] == "龙港镇人民政府"  # the only unit that reported ranks first
    assert "报送率最低的单位" in page.chart.title()
    charted = page.chart.axes(Qt.Orientation.Vertical)[0].categories()
    assert len(charted) == 8 and not any(name.startswith("龙港镇") for name in charted)
    view = page.tabs.currentWidget()
    view.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # 未报送, most first
    shown = [view.model().index(r, 7).data() for r in range(view.model().rowCount())]
    assert shown == sorted(shown, reverse=True)
    page.tabs.setCurrentIndex(0)
    assert "重点任务完成情况" in page.chart.title()
