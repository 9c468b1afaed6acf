"""Who owes which report, and the task's status from each owing unit's own reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date as D

import pytest

from qs_desktop.core.errors import InvalidInput
from qs_desktop.core.model import Schedule, Task
from qs_desktop.core.obligations import (
    Duty,
    Filed,
    Terms,
    assess,
    check_period,
    closing_period,
    duties,
    latest_approved,
    months,
    outstanding,
    owed_period,
    owes,
    periods_owed,
    plan_terms,
    reported,
    unreported_in,
    unreported_note,
)
from qs_desktop.core.rules import RuleSettings

TOWNS = ("龙港镇人民政府", "嘉峰镇人民政府", "端氏镇人民政府")
MEMBERS = {"各乡（镇）人民政府": TOWNS}
PLAN = plan_terms(2022, D(2022, 7, 8))  # 沁政办发〔2022〕27 号, issued 2022-07-08
LONG_TERM = Schedule("ongoing", "长期坚持")
SUMMER = Schedule("window", "2022 年 5-9 月份", start=D(2022, 5, 1), end=D(2022, 9, 30))
WINTER = Schedule("window", "秋冬季", start=D(2022, 10, 1), end=D(2023, 3, 31))
DUE_OCT = Schedule("due", "2022 年 10 月底前", due=D(2022, 10, 31))
SETTINGS = RuleSettings()


def task(lead=("县住建局", "各乡（镇）人民政府"), cooperating=(), closed=False) -> Task:
    return Task(id="air-2022:10", ledger="air-2022", section=None, seq=10, title=None, measure="开展裸地治理",
                deadline="长期坚持", lead_units=tuple(lead), cooperating_units=tuple(cooperating), remarks="",
                position=10, closed_at="2022-11-20T10:00:00" if closed else None)


def sent(period, state="submitted", status="in_progress", comment=""):
    return Filed(period, state, status, comment)


def own(*reports):
    return {r.period: r for r in reports}


# --- who owes ---


def test_a_group_owes_through_each_member_and_the_lead_bureau_too():
    assert duties(task(), MEMBERS, cooperating=False) == (
        Duty("县住建局", "lead"), *(Duty(t, "lead") for t in TOWNS))


def test_cooperating_units_owe_only_when_the_plan_says_so():
    t = task(lead=("县住建局",), cooperating=("各乡（镇）人民政府", "县水务局"))
    assert duties(t, MEMBERS, cooperating=False) == (Duty("县住建局", "lead"),)
    assert [(d.unit, d.role_label) for d in duties(t, MEMBERS, cooperating=True)] == [
        ("县住建局", "牵头"), ("龙港镇人民政府", "配合"), ("嘉峰镇人民政府", "配合"), ("端氏镇人民政府", "配合"),
        ("县水务局", "配合")]


def test_a_unit_named_as_lead_and_through_a_cooperating_group_owes_once_as_lead():
    t = task(lead=("嘉峰镇人民政府",), cooperating=("各乡（镇）人民政府",))
    owing = duties(t, MEMBERS, cooperating=True)
    assert [d.unit for d in owing].count("嘉峰镇人民政府") == 1
    assert owing[0] == Duty("嘉峰镇人民政府", "lead")


# --- which periods ---


def test_plan_terms_start_in_the_issue_month_and_end_with_the_year():
    assert Terms(2022, "2022-07", "2022-12", False) == PLAN
    assert plan_terms(2022, None) == Terms(2022, "2022-01", "2022-12")
    assert plan_terms(2022, D(2021, 12, 28)).first == "2022-01"  # issued the year before: from January
    assert plan_terms(2022, D(2022, 7, 8), "2023-03", True) == Terms(2022, "2022-07", "2023-03", True)


def test_months_cross_the_year_end():
    assert months("2022-11", "2023-02") == ["2022-11", "2022-12", "2023-01", "2023-02"]
    assert months("2022-11", "2022-11") == ["2022-11"]
    assert months("2022-12", "2022-11") == []


def test_owed_from_the_issue_month_up_to_the_owed_period():
    assert periods_owed(LONG_TERM, PLAN, "2022-09", {}, None) == ["2022-07", "2022-08", "2022-09"]
    assert periods_owed(LONG_TERM, PLAN, "2022-06", {}, None) == []  # before the plan was issued


def test_a_past_year_owes_nothing_after_its_december_unless_extended():
    # A 2022 ledger opened in 2026: what was missed in 2022, not four years of phantom 未报送.
    assert periods_owed(LONG_TERM, PLAN, "2026-10", {}, None)[-1] == "2022-12"
    assert len(periods_owed(LONG_TERM, PLAN, "2026-10", {}, None)) == 6
    extended = plan_terms(2022, D(2022, 7, 8), "2023-02")
    assert periods_owed(LONG_TERM, extended, "2026-10", {}, None)[-2:] == ["2023-01", "2023-02"]


def test_a_window_owes_only_the_months_it_covers():
    assert periods_owed(SUMMER, PLAN, "2022-11", {}, None) == ["2022-07", "2022-08", "2022-09"]
    assert periods_owed(WINTER, PLAN, "2022-11", {}, None) == ["2022-10", "2022-11"]
    assert periods_owed(WINTER, PLAN, "2023-05", {}, None) == ["2022-10", "2022-11", "2022-12"]  # plan ends


def test_a_start_milestone_or_a_due_date_owes_every_month_like_any_task():
    start_dec = Schedule("start", "2022 年 12 月开工", due=D(2022, 12, 31), start=D(2022, 12, 1))
    assert periods_owed(start_dec, PLAN, "2022-09", {}, None) == ["2022-07", "2022-08", "2022-09"]
    assert periods_owed(DUE_OCT, PLAN, "2022-12", {}, None)[-1] == "2022-12"  # overdue still reports


def test_closing_keeps_every_month_already_due_and_ends_the_rest():
    # Closed on 20 November: October's reports were due on 5 November, so October is the last
    # period owed; November's were not due yet.
    assert closing_period("2022-11-20T10:00:00", 5, PLAN) == "2022-10"
    # Closed on the 5th itself: October's reports are still on time that day, so not owed.
    assert closing_period("2022-11-05T23:00:00", 5, PLAN) == "2022-09"
    assert closing_period("2022-11-05T23:00:00", 4, PLAN) == "2022-10"  # a ledger whose reports are due by the 4th
    assert closing_period("2026-12-01T08:00:00", 5, PLAN) == "2022-12"  # a 2022 plan closed years later
    assert closing_period(None, 5, PLAN) is None  # open
    assert periods_owed(LONG_TERM, PLAN, "2022-12", {}, "2022-10") == ["2022-07", "2022-08", "2022-09", "2022-10"]
    assert periods_owed(LONG_TERM, PLAN, "2022-09", {}, "2022-10") == ["2022-07", "2022-08", "2022-09"]
    assert periods_owed(LONG_TERM, PLAN, "2022-12", {}, "2022-06") == []  # closed before anything was due
    assert owes(LONG_TERM, PLAN, "2022-11", {}, "2022-10") is False


def test_done_ends_the_units_duty_after_its_period_but_skipped_months_stay_owed():
    done_in_sept = own(sent("2022-09", "approved", "done"))
    assert periods_owed(LONG_TERM, PLAN, "2022-11", done_in_sept, None) == ["2022-07", "2022-08", "2022-09"]


def test_done_counts_only_once_approved_and_only_while_it_is_the_latest_approval():
    submitted_done = own(sent("2022-09", "submitted", "done"))
    assert periods_owed(LONG_TERM, PLAN, "2022-10", submitted_done, None)[-1] == "2022-10"
    returned_done = own(sent("2022-09", "returned", "done"))
    assert periods_owed(LONG_TERM, PLAN, "2022-10", returned_done, None)[-1] == "2022-10"
    # Done in September, then an approved 推进中 for October (work resumed): owed again.
    resumed = own(sent("2022-09", "approved", "done"), sent("2022-10", "approved", "in_progress"))
    assert periods_owed(LONG_TERM, PLAN, "2022-11", resumed, None)[-1] == "2022-11"
    # A newer report still waiting for review does not undo the approved 已完成.
    pending = own(sent("2022-09", "approved", "done"), sent("2022-10", "submitted", "in_progress"))
    assert periods_owed(LONG_TERM, PLAN, "2022-11", pending, None)[-1] == "2022-09"


def test_latest_approved_is_the_latest_period_not_the_latest_saved():
    reports = [sent("2022-10", "approved", "done"), sent("2022-08", "approved", "in_progress"),
               sent("2022-11", "returned", "in_progress")]
    assert latest_approved(reports).period == "2022-10"
    assert latest_approved([sent("2022-10")]) is None


@pytest.mark.parametrize(("state", "counts"), [("submitted", True), ("approved", True), ("draft", False),
                                               ("returned", False)])
def test_only_submitted_or_approved_reports_count_as_reported(state, counts):
    assert reported(sent("2022-10", state)) is counts
    assert reported(None) is False


@pytest.mark.parametrize(("as_of", "period"), [(D(2022, 11, 5), "2022-09"), (D(2022, 11, 6), "2022-10"),
                                               (D(2023, 1, 6), "2022-12"), (D(2026, 12, 1), "2022-12")])
def test_the_owed_period_never_passes_the_plans_last(as_of, period):
    assert owed_period(as_of, 5, PLAN) == period


@pytest.mark.parametrize("period", ["2021-12", "2030-03", "2022-12"])
def test_periods_before_the_plan_year_or_after_this_month_are_refused(period):
    with pytest.raises(InvalidInput) as refused:
        check_period(period, 2022, D(2022, 11, 15))
    assert ("早于计划年度（2022 年）" if period < "2022" else "还没有到（今天是 2022年11月15日）") in refused.value.message


@pytest.mark.parametrize("period", ["2022-01", "2022-11", "2023-01"])
def test_periods_from_the_plan_year_to_this_month_are_accepted(period):
    check_period(period, 2022, D(2023, 1, 3))  # the current month may be reported early


def test_a_malformed_period_is_refused_before_anything_else():
    with pytest.raises(InvalidInput, match="格式不对"):
        check_period("2022-13", 2022, D(2023, 1, 3))


# --- each unit's status, and the task's ---


def check(filed, as_of=D(2022, 11, 15), t=None, schedule=LONG_TERM, terms=PLAN):
    t = t or task()
    return assess(t, schedule, duties(t, MEMBERS, terms.cooperating), filed, terms, as_of, SETTINGS)


def test_one_townships_report_discharges_nobody_else():
    found = check({"端氏镇人民政府": own(sent("2022-10"))})
    assert found.period == "2022-10"
    assert found.unreported_units == ["县住建局", "龙港镇人民政府", "嘉峰镇人民政府"]
    assert found.alerts == ("unreported",)
    assert found.unreported_note() == "2022年10月未报送 3/4：县住建局、龙港镇、嘉峰镇"
    assert check({}).unreported_note() == "2022年10月未报送 4/4：县住建局、龙港镇、嘉峰镇等"  # three names at most
    assert check({}).progress_note() == ""  # nobody done: no “已完成 0/4”


def test_a_draft_or_a_returned_report_leaves_the_unit_unreported():
    found = check({u: own(sent("2022-10")) for u in ("县住建局", "龙港镇人民政府")}
                  | {"嘉峰镇人民政府": own(sent("2022-10", "draft")),
                     "端氏镇人民政府": own(sent("2022-10", "returned", comment="请写明面积"))})
    assert found.unreported_units == ["嘉峰镇人民政府", "端氏镇人民政府"]


def test_the_task_is_done_only_when_every_owing_unit_is():
    all_but_one = {u: own(sent("2022-10", "approved", "done")) for u in ("县住建局", *TOWNS[:2])}
    found = check(all_but_one)
    assert found.status == "in_progress" and found.done_count == 3  # under way, though 端氏镇 has not started
    assert found.progress_note() == "已完成 3/4"
    assert found.unreported_units == ["端氏镇人民政府"]  # the done units owe nothing more
    everyone = all_but_one | {"端氏镇人民政府": own(sent("2022-09", "approved", "done"))}
    found = check(everyone)
    assert (found.status, found.alerts, found.progress_note()) == ("done", (), "")


def test_a_closed_task_is_closed_for_everyone_from_its_closing_day_and_shows_no_count():
    filed = {"县住建局": own(sent("2022-10", "approved", "done"))}
    found = check(filed, as_of=D(2022, 11, 20), t=task(closed=True))  # closed that morning
    assert (found.status, found.alerts, found.unreported_units, found.progress_note()) == ("closed", (), [], "")
    assert {u.status for u in found.units} == {"closed"}
    assert check(filed, as_of=D(2022, 12, 10), t=task(closed=True)).status == "closed"


def test_a_task_closed_later_reads_as_it_did_before_its_closing_day():
    filed = {"县住建局": own(sent("2022-10", "approved", "done"))}
    before = check(filed, as_of=D(2022, 11, 19), t=task(closed=True))
    assert before == check(filed, as_of=D(2022, 11, 19))
    assert (before.status, before.progress_note()) == ("in_progress", "已完成 1/4")
    assert before.unreported_units == list(TOWNS)
    closed_on_the_22nd = replace(task(), closed_at="2022-11-22T08:00:00")
    assert check(filed, as_of=D(2022, 11, 21), t=closed_on_the_22nd).status == "in_progress"
    assert check(filed, as_of=D(2022, 11, 22), t=closed_on_the_22nd).status == "closed"


def test_the_task_shows_the_furthest_status_of_its_unfinished_units():
    found = check({"县住建局": own(sent("2022-10", "approved", "in_progress")),
                   "龙港镇人民政府": own(sent("2022-10", "approved", "done"))}, schedule=DUE_OCT,
                  as_of=D(2022, 10, 20))
    assert found.status == "in_progress" and found.progress_note() == "已完成 1/4"
    assert check({"县住建局": own(sent("2022-10", "approved", "ongoing"))}).status == "ongoing"
    assert check({}).status == "not_started"


def test_overdue_is_per_unit_a_done_unit_is_not_late():
    filed = {u: own(sent("2022-10", "approved", "done")) for u in ("县住建局", *TOWNS[:2])}
    found = check(filed, schedule=DUE_OCT, as_of=D(2022, 11, 15))
    assert [(u.unit, u.status) for u in found.units] == [
        ("县住建局", "done"), ("龙港镇人民政府", "done"), ("嘉峰镇人民政府", "done"), ("端氏镇人民政府", "overdue")]
    assert found.status == "overdue" and found.alerts == ("overdue", "unreported")
    assert found.units[0].alerts == ()


def test_cooperating_units_count_when_the_plan_makes_them_report():
    t = task(lead=("县住建局",), cooperating=("县水务局",))
    filed = {"县住建局": own(sent("2022-10", "approved", "done"))}
    assert check(filed, t=t).status == "done"
    both = plan_terms(2022, D(2022, 7, 8), cooperating=True)
    found = check(filed, t=t, terms=both)
    assert found.status == "in_progress" and found.unreported_units == ["县水务局"]
    assert found.units[1].role == "cooperating"


def test_a_window_outside_its_months_is_not_unreported():
    found = check({}, schedule=SUMMER, as_of=D(2022, 11, 15))  # October owed, the window ended in September
    assert found.unreported_units == []


def test_a_task_nobody_owes_keeps_the_latest_approved_status_and_never_goes_unreported():
    t = task(lead=())
    found = check({"县水务局": own(sent("2022-10", "approved", "in_progress"))}, t=t, schedule=DUE_OCT,
                  as_of=D(2022, 10, 20))
    assert (found.status, found.alerts, found.units) == ("in_progress", ("due_soon",), ())
    assert check({}, t=t).alerts == ()


# --- to-do lists and notes ---


def test_outstanding_lists_every_owed_period_not_approved_with_its_state():
    mine = own(sent("2022-07", "approved"), sent("2022-08", "returned", comment="请写明面积"),
               sent("2022-09", "draft"), sent("2022-10"))
    assert [(o.period, o.state, o.review_comment) for o in outstanding(LONG_TERM, PLAN, "2022-11", mine, None)] == [
        ("2022-08", "returned", "请写明面积"), ("2022-09", "draft", ""), ("2022-10", "submitted", ""),
        ("2022-11", "unreported", "")]
    # Closed on 20 October (September was the last period due): the rest is no longer asked for.
    assert [o.period for o in outstanding(LONG_TERM, PLAN, "2022-11", mine, "2022-09")] == ["2022-08", "2022-09"]


def test_unreported_in_a_chosen_period():
    owing = duties(task(), MEMBERS, False)
    filed = {"县住建局": own(sent("2022-08")), "龙港镇人民政府": own(sent("2022-08", "approved", "done"))}
    assert unreported_in(LONG_TERM, PLAN, "2022-08", owing, filed, None) == list(TOWNS[1:])
    assert unreported_in(LONG_TERM, PLAN, "2022-09", owing, filed, None) == ["县住建局", *TOWNS[1:]]
    assert unreported_in(LONG_TERM, PLAN, "2022-09", owing, filed, "2022-09") == ["县住建局", *TOWNS[1:]]
    assert unreported_in(LONG_TERM, PLAN, "2022-09", owing, filed, "2022-08") == []


def test_the_note_names_the_first_three_short_names_then_deng():
    names = ["县住建局", *TOWNS, "十里乡人民政府"]
    assert unreported_note("2022-10", names, 13) == "2022年10月未报送 5/13：县住建局、龙港镇、嘉峰镇等"
    assert unreported_note("2022-10", names[:3], 13) == "2022年10月未报送 3/13：县住建局、龙港镇、嘉峰镇"
    assert unreported_note("2022-10", [], 13) == ""
