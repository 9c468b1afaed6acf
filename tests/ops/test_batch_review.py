"""Approving many reports is one operation: one transaction, all or nothing, one way back."""

from __future__ import annotations

import pytest

from qs_desktop.core.errors import InvalidInput
from qs_desktop.ops.reports import ReportInput, list_reports, save_report
from qs_desktop.ops.review import approve_all, approve_reports, return_report

# The county's October: three units report on September, one still has a draft.
SEPTEMBER = [("air-2022:10", "龙港镇人民政府"), ("air-2022:10", "嘉峰镇人民政府"), ("air-2022:7", "县住建局")]


def _file(store, task, unit, period="2022-09", submit=True):
    save_report(store, ReportInput(task_id=task, unit=unit, period=period, status="推进中",
                                   progress=f"{unit}{period}进展", submit=submit))


def _states(store):
    return {(r.task_id, r.unit, r.period): r.state for r in list_reports(store)}


@pytest.fixture
def september(store):
    for task, unit in SEPTEMBER:
        _file(store, task, unit)
    _file(store, "air-2022:7", "县住建局", period="2022-10")
    _file(store, "air-2022:10", "郑庄镇人民政府", submit=False)  # a draft: nothing to review yet
    return store


def test_approve_all_of_a_period_approves_exactly_the_submitted_ones(september):
    changes = approve_all(september, period="2022-09")
    assert changes.summary == "已通过 3 份报送。"
    states = _states(september)
    assert [states[(t, u, "2022-09")] for t, u in SEPTEMBER] == ["approved"] * 3
    assert states[("air-2022:7", "县住建局", "2022-10")] == "submitted"
    assert states[("air-2022:10", "郑庄镇人民政府", "2022-09")] == "draft"


def test_one_undo_puts_every_report_of_the_batch_back(september):
    before = _states(september)
    changes = approve_all(september)
    assert changes.revert is not None
    changes.revert(september)
    assert _states(september) == before


def test_a_report_that_cannot_be_approved_leaves_the_whole_batch_unapproved(september):
    keys = [(t, u, "2022-09") for t, u in SEPTEMBER] + [("air-2022:10", "郑庄镇人民政府", "2022-09")]
    before = _states(september)
    with pytest.raises(InvalidInput, match="草稿"):
        approve_reports(september, keys)
    assert _states(september) == before


def test_filters_by_unit_and_plan(september):
    _file(september, "water-2022:1", "市生态环境局沁水分局")
    approve_all(september, unit="龙港镇")
    assert _states(september)[("air-2022:10", "龙港镇人民政府", "2022-09")] == "approved"
    changes = approve_all(september, plan="water-2022")
    assert changes.summary == "已通过 1 份报送。"
    assert _states(september)[("air-2022:10", "嘉峰镇人民政府", "2022-09")] == "submitted"


def test_returned_reports_wait_for_the_unit_and_are_not_swept_up(september):
    return_report(september, "air-2022:7", "县住建局", "2022-09", "请补充检查台账")
    approve_all(september)
    assert _states(september)[("air-2022:7", "县住建局", "2022-09")] == "returned"


def test_nothing_waiting_says_so_and_has_nothing_to_undo(store):
    changes = approve_all(store)
    assert changes.summary == "没有需要通过的报送。" and changes.revert is None and changes.empty
