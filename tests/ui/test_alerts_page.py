"""预警 page: overdue / due soon / unreported by unit, following the as-of date and the reviews."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from qs_desktop.ops import review
from qs_desktop.ops.reports import ReportInput, save_report

from .conftest import as_sample, idle, pdf_text, shown_page

ECO = "市生态环境局沁水分局"


@pytest.fixture
def page(qtbot, ctx):
    from qs_desktop.ui.alerts_page import AlertsPage

    ctx.set_as_of(date(2022, 11, 15))
    return shown_page(qtbot, ctx, AlertsPage)


def air_rows(page, unit, label):
    """Seq numbers of the air-ledger tasks listed under `unit` whose alert column names `label`."""
    return [int(t.cells[4]) for t in page.unit_row(unit).tasks
            if t.task_id.startswith("air-2022:") and label in t.cells[1]]


def test_overdue_air_tasks_listed_under_their_unit_and_cleared_by_approved_done(qtbot, ctx, page):
    assert air_rows(page, ECO, "逾期") == [2, 6, 20, 21, 27]
    assert page.tree.isExpanded(page.unit_index(ECO))  # a unit with overdue work is opened up
    assert not page.tree.isExpanded(page.unit_index("县财政局"))  # only unreported: folded
    assert "逾期 11 项" in page.chips["overdue"].text()  # 5 air + 2 water + 4 water projects

    ctx.run(save_report, ctx.store, ReportInput("air-2022:20", ECO, "2022-10", "done", "全县燃煤锅炉已排查完毕"))
    ctx.run(review.approve, ctx.store, "air-2022:20", ECO, "2022-10")
    idle(qtbot, ctx)
    assert air_rows(page, ECO, "逾期") == [2, 6, 21, 27]
    assert "逾期 10 项" in page.chips["overdue"].text()


def test_moving_the_as_of_date_changes_the_alerts(qtbot, ctx, page):
    ctx.set_as_of(date(2022, 10, 20))
    idle(qtbot, ctx)
    assert air_rows(page, ECO, "逾期") == [6, 20, 21, 27]
    assert air_rows(page, ECO, "临期") == [2]  # due 2022-10-31, 11 days away
    ctx.set_as_of(date(2022, 5, 20))
    idle(qtbot, ctx)
    assert air_rows(page, ECO, "逾期") == []
    assert air_rows(page, ECO, "临期") == [20]  # due 2022-05-31


def test_alert_kind_chips_filter_the_tree(ctx, page):
    page.chips["unreported"].setChecked(False)
    page.chips["due_soon"].setChecked(False)
    names = page.unit_names()
    assert ECO in names and "县能源局" not in names  # 县能源局 has nothing overdue on 2022-11-15
    page.chips["overdue"].setChecked(False)
    assert page.unit_names() == [] and page.empty.isVisibleTo(page)
    assert "没有符合条件的预警" in page.empty.text()


def test_group_tasks_reach_each_township(page):
    ids = {t.task_id for t in page.unit_row("十里乡人民政府").tasks}
    assert {"air-2022:10", "air-2022:18", "air-2022:24"} <= ids
    assert page.unit_row("各乡（镇）人民政府") is None


def test_click_or_enter_opens_the_task(qtbot, ctx, page):
    eco = page.unit_index(ECO)
    row = [t.task_id for t in page.unit_row(ECO).tasks].index("air-2022:6")
    task = page.model.index(row, 0, eco)
    page.tree.scrollTo(task)
    rect = page.tree.visualRect(task)
    with qtbot.waitSignal(ctx.taskRequested) as signal:
        qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["air-2022:6"]
    page.tree.setCurrentIndex(task)
    page.tree.setFocus()
    with qtbot.waitSignal(ctx.taskRequested) as signal:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert signal.args == ["air-2022:6"]


def test_alert_opens_the_task_in_the_ledger_page(qtbot, ctx, window):
    ctx.set_as_of(date(2022, 11, 15))
    page = window.show_page("alerts")
    idle(qtbot, ctx)
    row = [t.task_id for t in page.unit_row(ECO).tasks].index("air-2022:27")
    page.tree.activated.emit(page.model.index(row, 0, page.unit_index(ECO)))
    assert window.current_key() == "ledger"
    qtbot.waitUntil(lambda: window.pages["ledger"].current_task_id() == "air-2022:27", timeout=5000)


def test_alert_list_pdf_has_the_shown_alerts(qtbot, ctx, page, tmp_path):
    page.chips["unreported"].setChecked(False)
    assert {item.alert for _unit, item in page.shown_items()} == {"overdue"}
    page.export_pdf_to(str(tmp_path / "预警.pdf"))
    idle(qtbot, ctx)
    assert (tmp_path / "预警.pdf").read_bytes().startswith(b"%PDF")


def test_a_page_closed_before_its_alerts_arrive_drops_them(qtbot, ctx):
    from shiboken6 import Shiboken

    from qs_desktop.ui.alerts_page import AlertsPage

    widget = AlertsPage(ctx)
    widget.show()  # asks the worker for the alerts
    Shiboken.delete(widget)  # e.g. the window was rebuilt for another language meanwhile
    idle(qtbot, ctx)
    assert ctx.last_error is None


def test_clicking_a_count_shows_only_that_kind_and_again_shows_all(qtbot, page):
    qtbot.mouseClick(page.chips["overdue"], Qt.MouseButton.LeftButton)
    assert page.shown_alerts() == {"overdue"}
    kinds = {item.alert for _unit, item in page.shown_items()}
    assert kinds == {"overdue"}
    assert page.unit_names()[0] == ECO  # eleven overdue tasks; nothing buried under 未报送
    qtbot.mouseClick(page.chips["overdue"], Qt.MouseButton.LeftButton)
    assert page.shown_alerts() == {"overdue", "due_soon", "unreported"}


def test_overdue_comes_first_and_each_row_names_the_units_role(page):
    eco = page.unit_row(ECO)
    urgency = [min(("overdue", "due_soon", "unreported").index(i.alert) for i in t.items) for t in eco.tasks]
    assert urgency == sorted(urgency) and urgency[0] == 0
    assert {t.cells[5] for t in eco.tasks} <= {"牵头", "配合"}
    assert page.unit_row("十里乡人民政府").tasks[0].cells[5] == "牵头"


def test_alert_list_pdf_of_a_sample_ledger_says_so(qtbot, ctx, page, tmp_path):
    """A trainer's printed alert list must never pass for a real one (the CLI's says so too)."""
    as_sample(ctx)
    page.export_pdf_to(str(tmp_path / "预警.pdf"))
    idle(qtbot, ctx)
    assert "示例数据" in pdf_text(tmp_path / "预警.pdf")
