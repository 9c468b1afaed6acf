"""The ledger view on the built-in plans: grouping, marks, search (incl. pinyin) and filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem

from qs_desktop.ui.ledger_model import LEAD, MEASURE, SECTION, SEQ, STATUS

from .conftest import idle


def _column(page, column: int) -> list[str]:
    proxy = page.proxy
    return [proxy.data(proxy.index(row, column)) for row in range(proxy.rowCount())]


def _row_of(page, seq: str) -> int:
    return _column(page, SEQ).index(seq)


def test_opens_on_the_air_ledger_with_sections_shown_once(window):
    page = window.pages["ledger"]
    assert page.ledger_box.count() == 4
    assert page.proxy.rowCount() == 28
    sections = _column(page, SECTION)
    assert sections[0].startswith("一、强化工业企业深度治理")
    assert sections[1] == ""  # same group: heading printed once, like the annex
    assert sections[2].startswith("二、")
    assert "共 28 项" in page.count_label.text()
    legend = page.findChild(QLabel, "legend-overdue")
    assert legend is not None and "逾期" in legend.text()


def test_pinyin_initials_find_the_housing_bureau(window, qtbot):
    page = window.pages["ledger"]
    qtbot.keyClicks(page.search, "zjj")
    shown = page.proxy.rowCount()
    assert 0 < shown < 28
    assert all("县住建局" in page.model.rows[page.proxy.mapToSource(page.proxy.index(r, 0)).row()].units
               for r in range(shown))
    page.search.clear()
    page.search.setText("围挡")  # Chinese arrives through the input method, not key clicks
    assert _column(page, SEQ) == ["8"]


def test_ctrl_f_focuses_search_and_filters_combine(window, qtbot):
    page = window.pages["ledger"]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.unit_box.setCurrentIndex(page.unit_box.findData("县住建局"))
    by_unit = page.proxy.rowCount()
    assert 0 < by_unit < 28
    assert all("县住建局" in text for text in _column(page, LEAD))
    page.mark_box.setCurrentIndex(page.mark_box.findData("overdue"))
    assert page.proxy.rowCount() < by_unit
    page.clear_filters()
    assert page.proxy.rowCount() == 28


def test_township_filter_includes_tasks_of_the_township_group(window):
    page = window.pages["ledger"]
    index = page.unit_box.findData("嘉峰镇人民政府")
    assert index > 0
    page.unit_box.setCurrentIndex(index)
    assert 0 < page.proxy.rowCount() < 28
    assert all("各乡" in text or "嘉峰镇" in text for text in _column(page, LEAD))


def test_overdue_mark_appears_and_disappears_as_the_as_of_date_moves(window, ctx, qtbot):
    page = window.pages["ledger"]
    ctx.set_as_of(date(2022, 9, 1))
    idle(qtbot, ctx)
    row = _row_of(page, "6")  # 2022 年 9 月底前
    assert "逾期" not in page.proxy.data(page.proxy.index(row, STATUS))
    ctx.set_as_of(date(2022, 10, 20))
    idle(qtbot, ctx)
    status = page.proxy.data(page.proxy.index(_row_of(page, "6"), STATUS))
    assert status.startswith("● 逾期")  # a text label, not colour alone
    assert page.picker.as_of.date().toPython() == date(2022, 10, 20)


def test_sorting_by_status_puts_overdue_first_and_layout_is_remembered(window, ctx):
    page = window.pages["ledger"]
    page.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    assert page.proxy.data(page.proxy.index(0, STATUS)).startswith("●")
    page.table.setColumnWidth(SEQ, 77)
    window.close()
    from qs_desktop.ui.main_window import MainWindow

    again = MainWindow(ctx)
    assert again.pages["ledger"].table.columnWidth(SEQ) == 77
    again.close()


def test_sorting_keeps_the_selected_task_and_a_reload_keeps_the_order(window, ctx, qtbot):
    page = window.pages["ledger"]
    assert page.select_task("air-2022:7")
    page.table.sortByColumn(SEQ, Qt.SortOrder.DescendingOrder)
    assert _column(page, SEQ)[:2] == ["28", "27"]
    assert page.current_task_id() == "air-2022:7"  # the selection followed its row
    ctx.set_as_of(date(2022, 11, 10))
    idle(qtbot, ctx)
    assert _column(page, SEQ)[:2] == ["28", "27"] and page.current_task_id() == "air-2022:7"
    page.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert _column(page, SEQ)[:2] == ["1", "2"]


def test_five_thousand_tasks_filter_and_sort(qtbot):
    """Correctness at size; how fast is `benchmarks/run`'s business, not a unit test's."""
    from qs_desktop.core.model import LedgerDocument, LedgerLine, Task
    from qs_desktop.ui.ledger_model import LedgerProxy, LedgerTableModel, build_rows, with_pinyin

    units = ["县住建局", "县发改局", "龙港镇", "嘉峰镇", "县交通运输局"]
    lines, tasks = [], []
    for n in range(5000):
        unit = units[n % len(units)]
        lines.append(LedgerLine(f"big:{n}", f"第{n // 100}类", str(n + 1), f"措施 {n} 治理扬尘", "长期坚持", unit,
                                mark="overdue" if n % 7 == 0 else None))
        tasks.append(Task(f"big:{n}", "big", f"第{n // 100}类", n + 1, None, f"措施 {n}", "长期坚持", (unit,), (), "", n))
    model, proxy = LedgerTableModel(), LedgerProxy()
    proxy.setSourceModel(model)
    rows = build_rows(LedgerDocument("big", "big", "", "", lines), tasks)
    model.set_rows(rows)
    proxy.set_filter(query="住建")
    assert proxy.rowCount() == 1000
    model.set_search_keys(with_pinyin(rows))
    proxy.set_filter(query="zjj")
    assert proxy.rowCount() == 1000
    proxy.set_filter(query="", mark="overdue")
    assert proxy.rowCount() == 715  # every 7th of 5,000
    proxy.sort(STATUS)
    assert proxy.task_id(proxy.index(0, 0)) == "big:0"  # overdue first


def test_unreported_filter_follows_reports_and_the_date(window, ctx, qtbot, store):
    from qs_desktop.ops import Changes
    from qs_desktop.ops.reports import ReportInput, save_report

    page = window.pages["ledger"]
    page.mark_box.setCurrentIndex(page.mark_box.findData("unreported"))
    ctx.set_as_of(date(2022, 11, 10))  # October's reports were due on 5 November
    idle(qtbot, ctx)
    before = page.proxy.rowCount()
    assert before > 0 and all("未报送" in s for s in _column(page, STATUS))
    assert "8" in _column(page, SEQ)
    save_report(store, ReportInput("air-2022:8", "县住建局", "2022-10", "ongoing", "围挡整治进行中"))
    ctx.changed.emit(Changes(reports=True))  # as any page does after a write
    idle(qtbot, ctx)
    assert page.proxy.rowCount() == before - 1 and "8" not in _column(page, SEQ)


def _show_ledger(page, qtbot, code):
    page.ledger_box.setCurrentIndex(page.ledger_box.findData(code))
    idle(qtbot, page.ctx)
    qtbot.wait(10)  # the row fitting runs right after the rows arrive


def test_no_cell_is_cut_rows_grow_to_fit_their_text(window, qtbot):
    page = window.pages["ledger"]
    _show_ledger(page, qtbot, "air-2022")
    qtbot.waitUntil(lambda: page.table.rowHeight(0) > page.table.verticalHeader().defaultSectionSize())
    lead = page.proxy.data(page.proxy.index(0, LEAD))
    assert "市生态环境局沁水分局" in lead  # air row 1 names five units; once, it was cut after three lines
    option = QStyleOptionViewItem()
    option.font = page.table.font()
    delegate = page.table.itemDelegate()
    for column in range(page.proxy.columnCount()):
        assert page.table.rowHeight(0) >= delegate.sizeHint(option, page.proxy.index(0, column)).height()


def test_cooperating_units_get_their_own_column_where_the_plan_has_them(window, qtbot):
    from qs_desktop.ui.ledger_model import COOP

    page = window.pages["ledger"]
    _show_ledger(page, qtbot, "air-2022")
    assert page.table.isColumnHidden(COOP)  # the air annex names lead units only
    _show_ledger(page, qtbot, "water-2022")
    assert not page.table.isColumnHidden(COOP)
    header = page.table.horizontalHeader()
    assert header.visualIndex(COOP) == header.visualIndex(LEAD) + 1
    assert page.proxy.data(page.proxy.index(0, COOP)) == "各乡（镇）人民政府"
    assert "配合" not in page.proxy.data(page.proxy.index(0, LEAD))


def test_footer_counts_follow_the_filters(window, qtbot):
    page = window.pages["ledger"]
    _show_ledger(page, qtbot, "air-2022")
    page.unit_box.setCurrentIndex(page.unit_box.findData("县住建局"))
    shown = page.proxy.rowCount()
    assert 0 < shown < 28
    text = page.count_label.text()
    assert f"共 28 项，显示 {shown} 项" in text
    unreported = sum("未报送" in page.proxy.data(page.proxy.index(r, STATUS)) for r in range(shown))
    assert text.endswith(f"未报送 {unreported}")


def test_the_key_projects_ledger_uses_its_annex_headings_and_names(window, qtbot, ctx):
    page = window.pages["ledger"]
    page.ledger_box.setCurrentIndex(page.ledger_box.findData("water-projects-2022"))
    idle(qtbot, ctx)
    assert page.proxy.rowCount() == 11
    assert page.table.isColumnHidden(SECTION)  # the annex has no category column
    header = page.proxy.headerData
    assert header(MEASURE, Qt.Orientation.Horizontal) == "工作任务"
    assert header(LEAD, Qt.Orientation.Horizontal) == "责任主体"
    assert _column(page, LEAD)[2] == "端氏镇政府"
    page.unit_box.setCurrentIndex(page.unit_box.findData("端氏镇人民政府"))
    assert _column(page, SEQ) == ["3"]  # the name as issued still belongs to its canonical unit
    page.ledger_box.setCurrentIndex(page.ledger_box.findData("air-2022"))
    idle(qtbot, ctx)
    assert not page.table.isColumnHidden(SECTION)
    assert header(LEAD, Qt.Orientation.Horizontal) == "牵头单位"


def test_a_task_title_keeps_its_own_line_and_the_row_holds_every_line_below_it(window, qtbot):
    from PySide6.QtGui import QFontMetrics

    from qs_desktop.ui.widgets import wrapped_lines

    page = window.pages["ledger"]
    _show_ledger(page, qtbot, "water-2022")
    text = page.proxy.data(page.proxy.index(2, MEASURE))  # 加强入河排污口规范化管理, then its measure
    title, measure = text.split("\n", 1)
    lines = wrapped_lines(text, page.table.font(), page.table.columnWidth(MEASURE) - 16)
    assert lines[0] == title + "\n"
    assert "".join(lines[1:]) == measure and len(lines) >= 3
    assert page.table.rowHeight(2) >= len(lines) * QFontMetrics(page.table.font()).lineSpacing()


def test_a_task_asked_for_while_its_ledger_still_loads_is_selected_when_the_rows_arrive(ctx, qtbot):
    from qs_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)  # as with --task at start: the rows are on their way when it is asked for
    qtbot.addWidget(window)
    ctx.taskRequested.emit("air-2022:5")
    idle(qtbot, ctx)
    assert window.pages["ledger"].current_task_id() == "air-2022:5"
