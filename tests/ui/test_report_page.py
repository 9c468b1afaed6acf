"""填报 as a township clerk meets it: only the township's own tasks, named as the plan names them,
the unit fixed to 本机单位; and whatever changes (task, unit, period) the form is reloaded."""

from __future__ import annotations

from PySide6.QtCore import QDate

from qs_desktop.ops.catalog import list_tasks
from qs_desktop.ops.history import audit_log
from qs_desktop.ops.office import set_office
from qs_desktop.ops.reports import ReportInput, list_reports, save_report

from .conftest import idle

TOWN = "龙港镇人民政府"


def _items(box):
    return [(box.itemData(i), box.itemText(i)) for i in range(box.count())]


def test_a_township_sees_only_its_own_tasks_named_by_plan_and_number(town_window, store):
    page = town_window.pages["report"]
    own = {t.id for t in list_tasks(store, unit="龙港镇")}
    items = _items(page.task_box)
    assert {task for task, _ in items} == own and len(own) < 85
    assert all(":" not in text for _, text in items)  # never an internal id such as air-2022:10
    assert any(text.startswith("空气质量改善 10 ") for _, text in items)


def test_the_unit_is_fixed_to_this_office(town_window):
    page = town_window.pages["report"]
    page.open_for("air-2022:10", "县住建局", "2022-10")  # a link naming another unit changes nothing
    assert _items(page.unit_box) == [(TOWN, TOWN)] and not page.unit_box.isEnabled()


def test_changing_only_the_period_reloads_and_a_copy_of_last_month_is_refused(town_window, store, qtbot):
    save_report(store, ReportInput("air-2022:10", TOWN, "2022-09", "in_progress", "九月：排查工地 8 处"))
    page = town_window.pages["report"]
    ctx = page.ctx
    page.open_for("air-2022:10", TOWN, "2022-09")
    assert "第 1 版" in page.banner.text()
    page.period_edit.setDate(QDate(2022, 10, 1))
    assert "2022年9月" in page.previous_box.title() and "第 1 版" not in page.banner.text()
    assert page.notes["progress"].text() == "与上期相同"
    page.submit()
    idle(qtbot, ctx)
    assert "与上期完全相同" in page.notes["progress"].text()
    assert list_reports(store, task_id="air-2022:10", period="2022-10") == []


def test_a_link_to_the_same_task_for_another_period_reloads(town_window, store):
    save_report(store, ReportInput("air-2022:10", TOWN, "2022-09", "in_progress", "九月进展"))
    page = town_window.pages["report"]
    page.open_for("air-2022:10", "", "2022-10")
    page.edits["progress"].setPlainText("没保存的十月草稿")
    page.open_for("air-2022:10", "", "2022-09")
    assert page.edits["progress"].toPlainText() == "九月进展"


def test_the_coordinator_filing_for_a_unit_is_told_and_logged_as_such(window, ctx, qtbot, store):
    ctx.run(set_office, store, "市生态环境局沁水分局")
    idle(qtbot, ctx)
    page = window.pages["report"]
    page.open_for("air-2022:7", "县住建局", "2022-10")
    assert "代填" in page.banner.text()
    page.edits["progress"].setPlainText("检查工地 23 处")
    page.submit()
    idle(qtbot, ctx)
    (event,) = audit_log(store, action="report.save")
    assert "代填" in event.note
