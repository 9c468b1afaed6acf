"""Alerts grouped by the units that must act on them."""

from __future__ import annotations

from datetime import date

from qs_desktop.ops import review
from qs_desktop.ops.alerts import alerts_by_unit
from qs_desktop.ops.plans import set_plan_reporting
from qs_desktop.ops.reports import ReportInput, save_report

ECO = "市生态环境局沁水分局"
AS_OF = date(2022, 11, 15)


def _unit(groups, name):
    return next((g for g in groups if g.unit == name), None)


def test_overdue_air_tasks_go_to_the_eco_branch_with_due_dates(store):
    eco = _unit(alerts_by_unit(store, AS_OF), ECO)
    overdue = [(i.task_id, i.due) for i in eco.items if i.alert == "overdue" and i.ledger == "air-2022"]
    assert overdue == [
        ("air-2022:2", date(2022, 10, 31)),
        ("air-2022:6", date(2022, 9, 30)),
        ("air-2022:20", date(2022, 5, 31)),
        ("air-2022:21", date(2022, 9, 30)),
        ("air-2022:27", date(2022, 9, 30)),
    ]


def test_group_assignment_reaches_every_township_but_not_the_group(store):
    groups = alerts_by_unit(store, AS_OF)
    assert _unit(groups, "各乡（镇）人民政府") is None
    for township in ("龙港镇人民政府", "十里乡人民政府"):
        ids = {i.task_id for i in _unit(groups, township).items}
        assert "air-2022:10" in ids  # 县住建局 + 各乡（镇）人民政府
        assert "air-2022:18" in ids


def test_cooperating_units_get_alerts_only_when_the_plan_makes_them_report(store):
    # soil-2022:1 is led by county bureaus; 开发区管委会 and the townships cooperate.
    def soil_1(unit):
        return [(i.alert, i.role) for i in _unit(alerts_by_unit(store, AS_OF), unit).items if i.task_id == "soil-2022:1"]

    assert soil_1("开发区管委会") == [] and soil_1("嘉峰镇人民政府") == []
    set_plan_reporting(store, "soil-2022", cooperating_report=True, reason="配合单位也需报送")
    for unit in ("开发区管委会", "嘉峰镇人民政府"):
        assert soil_1(unit) == [("unreported", "cooperating")]


def test_approved_done_report_removes_every_alert_of_the_task(store):
    save_report(store, ReportInput("air-2022:20", ECO, "2022-10", "done", "全县燃煤锅炉已排查完毕"))
    review.approve(store, "air-2022:20", ECO, "2022-10")
    eco = _unit(alerts_by_unit(store, AS_OF), ECO)
    assert "air-2022:20" not in {i.task_id for i in eco.items}
    assert [i.seq for i in eco.items if i.alert == "overdue" and i.ledger == "air-2022"] == [2, 6, 21, 27]


def test_submitted_report_clears_unreported_but_not_overdue(store):
    save_report(store, ReportInput("air-2022:2", ECO, "2022-10", "in_progress", "正在推进"))
    items = [i for i in _unit(alerts_by_unit(store, AS_OF), ECO).items if i.task_id == "air-2022:2"]
    assert [i.alert for i in items] == ["overdue"]


def test_earlier_date_has_no_overdue_for_row_2(store):
    eco = _unit(alerts_by_unit(store, date(2022, 10, 20)), ECO)
    row2 = [i.alert for i in eco.items if i.task_id == "air-2022:2"]
    assert "overdue" not in row2 and "due_soon" in row2
