"""销号 over three months, as the county coordinator lives it.

air-2022:16 (持续巩固“禁煤区”双清零成效, 长期坚持) is owed by 龙港镇 and 县能源局. 龙港镇 finishes in
September; 县能源局 never reports. In October the coordinator wants the task off the ledger.
"""

from __future__ import annotations

from datetime import date

import pytest

from qs_desktop.core.errors import CloseRefused, InvalidInput
from qs_desktop.ops import review
from qs_desktop.ops.catalog import get_task, list_tasks
from qs_desktop.ops.history import task_history
from qs_desktop.ops.obligations import unit_duties
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ops.stats import stats
from qs_desktop.ops.status import task_statuses, unit_lines
from qs_desktop.ops.todo import todo

COAL = "air-2022:16"
LG, ENERGY = "龙港镇人民政府", "县能源局"
NOV_7 = date(2022, 11, 7)  # October is owed
DEC_7 = date(2022, 12, 7)  # November is owed


def close_on(monkeypatch, day: str) -> None:
    monkeypatch.setattr(review, "now_iso", lambda: f"{day}T09:30:00+00:00")


def by_unit(store, as_of, period):
    return {r.key: r.to_json() for r in stats(store, as_of, period, by="unit") if r.key in (LG, ENERGY)}


def owed(store, unit, as_of):
    return [i.period for i in todo(store, unit, as_of) if i.task == COAL]


def status(store, as_of):
    return next(s for s in task_statuses(store, list_tasks(store, ledger="air-2022"), as_of) if s.task.id == COAL)


def paper_status(store, unit, period, as_of):
    return next(line.status for line in unit_lines(store, unit, period, as_of) if line.task_id == COAL)


def paper_mark(store, unit, period, as_of):
    return next(line.mark for line in unit_lines(store, unit, period, as_of) if line.task_id == COAL)


@pytest.fixture
def lg_done_in_september(store):
    save_report(store, ReportInput(COAL, "龙港镇", "2022-09", "已完成", "禁煤区散煤清零，巡查无反弹"))
    review.approve(store, COAL, "龙港镇", "2022-09")
    return store


def test_one_townships_report_does_not_close_a_task_another_unit_still_owes(lg_done_in_september, monkeypatch):
    store = lg_done_in_september
    close_on(monkeypatch, "2022-10-20")
    with pytest.raises(CloseRefused) as refused:
        review.close_task(store, COAL, "龙港镇已完成")
    assert "1/2" in refused.value.message and "县能源局" in refused.value.message
    assert "龙港镇" not in refused.value.message  # the one that is done is not named
    with pytest.raises(InvalidInput, match="写明原因"):
        review.close_task(store, COAL, "  ", force=True)
    assert get_task(store, COAL).closed_at is None  # both refusals wrote nothing


def test_a_refusal_names_the_first_three_and_counts_the_rest(store):
    with pytest.raises(CloseRefused) as refused:  # 县住建局, 县园林绿化服务中心 and the 12 townships
        review.close_task(store, "air-2022:10", "")
    said = refused.value.message
    assert "14/14" in said and said.count("、") == 2 and "等" in said


def test_closed_in_october_september_stays_as_it_was_and_november_owes_nothing(lg_done_in_september, monkeypatch):
    store = lg_done_in_september
    september_before = by_unit(store, NOV_7, "2022-09")
    august_the_day_before = by_unit(store, date(2022, 10, 19), "2022-08")
    energy_before = owed(store, ENERGY, NOV_7)
    assert energy_before[-2:] == ["2022-09", "2022-10"]

    # The city bureau cancels the task; the coordinator closes it on 20 October with that reason.
    close_on(monkeypatch, "2022-10-20")
    assert "强制销号" in review.close_task(store, COAL, "市局通知取消该任务", force=True).summary
    assert "强制销号：市局通知取消该任务" in [e.note for e in task_history(store, COAL)]

    # September's figures are exactly what they were: 龙港镇's report counts, 县能源局 still missed it;
    # and a cancelled task is not 县能源局's 已完成.
    assert by_unit(store, NOV_7, "2022-09") == september_before
    assert by_unit(store, NOV_7, "2022-09")[LG]["approved"] >= 1
    assert by_unit(store, date(2022, 10, 19), "2022-08") == august_the_day_before
    # On the day it was closed October's reports were not due yet (5 November): not owed.
    assert owed(store, ENERGY, date(2022, 10, 19)) == energy_before[:-1]  # the day before: as it was
    # Once closed, nothing is left on 县能源局's to-do list (a report on a closed task is refused, so
    # an item there could never be done); what it missed stays in the figures of those months.
    assert owed(store, ENERGY, NOV_7) == owed(store, ENERGY, DEC_7) == []
    assert not next(d for d in unit_duties(store, ENERGY, "2022-11") if d.task.id == COAL).owed
    assert [d.owed for d in unit_duties(store, ENERGY, "2022-09") if d.task.id == COAL] == [True]

    # The ledger reads 已销号 from the closing day, and as it did before that.
    assert status(store, date(2022, 10, 19)).status != "closed"
    assert status(store, date(2022, 10, 20)).status == "closed"
    # The unit's printed report: 已销号 for November, still 未报送 for the September it missed.
    assert paper_status(store, ENERGY, "2022-11", DEC_7) == "已销号"
    assert paper_status(store, ENERGY, "2022-09", DEC_7) == "未报送"
    assert paper_status(store, "龙港镇", "2022-09", DEC_7) == "已完成"
    # ✓ only for the unit that finished its part, not for the one whose task was cancelled.
    assert (paper_mark(store, "龙港镇", "2022-11", DEC_7), paper_mark(store, ENERGY, "2022-11", DEC_7)) == ("done", None)


def test_reopened_the_task_is_owed_again(lg_done_in_september, monkeypatch):
    store = lg_done_in_september
    close_on(monkeypatch, "2022-10-20")
    review.close_task(store, COAL, "市局通知取消该任务", force=True)
    review.reopen_task(store, COAL, "市局恢复该任务")
    assert owed(store, ENERGY, DEC_7)[-3:] == ["2022-09", "2022-10", "2022-11"]
    assert status(store, DEC_7).status != "closed"
    assert paper_status(store, ENERGY, "2022-11", DEC_7) == "未报送"


def test_closed_when_everyone_is_done_no_force_needed(lg_done_in_september, monkeypatch):
    store = lg_done_in_september
    save_report(store, ReportInput(COAL, ENERGY, "2022-10", "已完成", "全县禁煤区复查完毕"))
    review.approve(store, COAL, ENERGY, "2022-10")
    close_on(monkeypatch, "2022-11-10")
    assert review.close_task(store, COAL, "全部完成").summary == f"任务 {COAL} 已销号。"
    assert "强制销号" not in " ".join(e.note for e in task_history(store, COAL))
    assert owed(store, ENERGY, NOV_7)  # the day before closing: its skipped months were still listed
    assert owed(store, ENERGY, DEC_7) == []  # closed: nothing left that could be filed
    assert status(store, DEC_7).status == "closed"
