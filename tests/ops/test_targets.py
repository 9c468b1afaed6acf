"""Numeric targets: built-in ones from the task text, quantities reported toward them."""

from __future__ import annotations

from datetime import date

import pytest

from qs_desktop.core.errors import InvalidInput
from qs_desktop.ops import review
from qs_desktop.ops.catalog import get_task
from qs_desktop.ops.history import task_history
from qs_desktop.ops.reports import ReportInput, list_reports, save_report
from qs_desktop.ops.status import ledger_document

ECO = "市生态环境局沁水分局"


def test_builtin_targets_come_from_the_task_text(store):
    wells = get_task(store, "water-projects-2022:7")
    assert (wells.target_quantity, wells.target_unit) == (300, "个")
    assert get_task(store, "water-2022:21").target_unit == "%"
    assert get_task(store, "air-2022:2").target_quantity is None


def test_quantity_in_another_unit_is_refused_and_nothing_saved(store):
    entry = ReportInput("water-projects-2022:7", ECO, "2022-10", "in_progress", "井场建设推进中",
                        quantity=12, quantity_unit="万吨")
    with pytest.raises(InvalidInput, match="不一致"):
        save_report(store, entry)
    assert list_reports(store) == []


def test_quantity_on_a_task_without_target_is_refused(store):
    with pytest.raises(InvalidInput, match="没有数量目标"):
        save_report(store, ReportInput("air-2022:2", ECO, "2022-10", "in_progress", "x", quantity=1))


def test_ledger_shows_progress_toward_the_target(store):
    save_report(store, ReportInput("water-projects-2022:7", ECO, "2022-10", "in_progress", "已建成井场",
                                   quantity=120, quantity_unit="个"))
    doc = ledger_document(store, "water-projects-2022", date(2022, 10, 31), "2022-10")
    line = next(x for x in doc.lines if x.task_id == "water-projects-2022:7")
    assert "完成 120/300 个" in line.progress


def test_coordinator_sets_a_target_with_a_reason(store):
    with pytest.raises(InvalidInput, match="原因"):
        review.set_target(store, "air-2022:2", 1, "家", "")
    review.set_target(store, "air-2022:2", 1, "家", "按备案企业数考核")
    assert get_task(store, "air-2022:2").target_unit == "家"
    (event,) = [e for e in task_history(store, "air-2022:2") if e.action == "task.target"]
    assert event.old == {"target_quantity": None, "target_unit": ""}
    assert event.new == {"target_quantity": 1, "target_unit": "家"}
