from datetime import date

import pytest

from qs_desktop.core.errors import InvalidInput
from qs_desktop.core.model import Schedule
from qs_desktop.core.rules import (
    RuleSettings,
    TaskState,
    alert_label,
    derive,
    due_period,
    effective_due,
    parse_status,
    review_label,
    status_label,
)

D = date
DUE_OCT = Schedule("due", "2022 年 10 月底前", due=D(2022, 10, 31))
LONG_TERM = Schedule("ongoing", "长期坚持")
MONTHLY = Schedule("recurring", "每月一次", every="month")
SUMMER = Schedule("window", "2022 年 5-9 月份", start=D(2022, 5, 1), end=D(2022, 9, 30))
START_DEC = Schedule("start", "2022 年 12 月开工", due=D(2022, 12, 31), start=D(2022, 12, 1))
UNPARSED = Schedule("unparsed", "按上级要求")
DEFAULTS = RuleSettings()


def state(
    schedule,
    as_of,
    latest=None,
    *,
    override=None,
    closed=False,
    unreported=False,
    settings=DEFAULTS,
):
    return derive(schedule, override, latest, closed, as_of, unreported, settings)


def alerts_on(schedule, as_of, latest=None, **kw):
    """Alerts other than unreported (whether a period is missing is core.obligations' call)."""
    return state(schedule, as_of, latest, **kw).alerts


# --- overdue ---


def test_due_passed_without_report_is_overdue():
    s = state(DUE_OCT, D(2022, 11, 15))
    assert s.status == "overdue"
    assert "overdue" in s.alerts


def test_due_passed_but_approved_done_is_done():
    assert state(DUE_OCT, D(2022, 11, 15), "done") == TaskState("done", ())


def test_in_progress_after_due_is_still_overdue():
    assert state(DUE_OCT, D(2022, 11, 15), "in_progress").status == "overdue"


def test_due_day_itself_is_due_soon_not_overdue():
    s = state(DUE_OCT, D(2022, 10, 31), "in_progress")
    assert s == TaskState("in_progress", ("due_soon",))
    assert state(DUE_OCT, D(2022, 11, 1), "in_progress").status == "overdue"


@pytest.mark.parametrize("schedule", [LONG_TERM, MONTHLY, SUMMER, UNPARSED])
def test_undated_schedules_never_become_overdue(schedule):
    for as_of in (D(2022, 10, 1), D(2023, 6, 30), D(2023, 12, 31)):
        assert alerts_on(schedule, as_of) == ()
        assert state(schedule, as_of).status == "not_started"


def test_start_milestone_overdue_only_without_any_approved_report():
    late = D(2023, 1, 10)
    assert state(START_DEC, late).status == "overdue"
    assert state(START_DEC, late, "not_started").status == "overdue"
    assert state(START_DEC, late, "in_progress").status == "in_progress"
    assert alerts_on(START_DEC, late, "in_progress") == ()
    assert alerts_on(START_DEC, D(2022, 12, 20), "in_progress") == ()
    assert alerts_on(START_DEC, D(2022, 12, 20)) == ("due_soon",)


# --- due soon ---


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (D(2022, 10, 15), ()),  # 16 days to go
        (D(2022, 10, 16), ("due_soon",)),  # 15 days: inclusive
        (D(2022, 10, 31), ("due_soon",)),  # due today
        (D(2022, 11, 1), ("overdue",)),
    ],
)
def test_due_soon_boundaries(as_of, expected):
    assert alerts_on(DUE_OCT, as_of) == expected


def test_due_soon_days_is_a_setting():
    settings = RuleSettings(due_soon_days=3)
    assert alerts_on(DUE_OCT, D(2022, 10, 27), settings=settings) == ()
    assert alerts_on(DUE_OCT, D(2022, 10, 28), settings=settings) == ("due_soon",)


def test_done_clears_due_soon():
    assert state(DUE_OCT, D(2022, 10, 20), "done") == TaskState("done", ())


# --- unreported ---


@pytest.mark.parametrize(
    ("as_of", "report_day", "period"),
    [
        (D(2022, 11, 5), 5, "2022-09"),
        (D(2022, 11, 6), 5, "2022-10"),
        (D(2022, 11, 30), 5, "2022-10"),
        (D(2023, 1, 3), 5, "2022-11"),
        (D(2023, 1, 6), 5, "2022-12"),
        (D(2023, 2, 1), 5, "2022-12"),
        (D(2022, 11, 10), 10, "2022-09"),
        (D(2022, 11, 11), 10, "2022-10"),
    ],
)
def test_due_period(as_of, report_day, period):
    assert due_period(as_of, report_day) == period


def test_unreported_is_attached_unless_the_task_is_done_or_closed():
    assert state(LONG_TERM, D(2022, 11, 6), "in_progress", unreported=True).alerts == ("unreported",)
    assert state(LONG_TERM, D(2022, 11, 6), "done", unreported=True) == TaskState("done", ())
    assert state(LONG_TERM, D(2022, 11, 6), closed=True, unreported=True) == TaskState("closed", ())


def test_several_alerts_at_once():
    assert state(DUE_OCT, D(2022, 11, 15), unreported=True).alerts == ("overdue", "unreported")


# --- closed, override ---


def test_closed_clears_everything():
    assert state(DUE_OCT, D(2022, 11, 15), "in_progress", closed=True) == TaskState("closed", ())
    assert state(LONG_TERM, D(2023, 5, 20), closed=True) == TaskState("closed", ())


def test_override_extends_due_date_and_clears_overdue():
    later = D(2022, 12, 31)
    assert effective_due(DUE_OCT, later) == later
    assert effective_due(DUE_OCT, None) == D(2022, 10, 31)
    s = state(DUE_OCT, D(2022, 11, 15), "in_progress", override=later)
    assert s == TaskState("in_progress", ())
    assert alerts_on(DUE_OCT, D(2022, 12, 20), override=later) == ("due_soon",)
    assert alerts_on(DUE_OCT, D(2023, 1, 1), override=later) == ("overdue",)


def test_override_dates_an_unparsed_phrase():
    assert effective_due(UNPARSED, None) is None
    assert state(UNPARSED, D(2022, 11, 15), override=D(2022, 11, 1)).status == "overdue"


# --- statuses ---


@pytest.mark.parametrize(
    ("schedule", "latest", "status"),
    [
        (DUE_OCT, None, "not_started"),
        (DUE_OCT, "not_started", "not_started"),
        (DUE_OCT, "in_progress", "in_progress"),
        (DUE_OCT, "ongoing", "ongoing"),
        (LONG_TERM, "in_progress", "ongoing"),
        (MONTHLY, "in_progress", "ongoing"),
        (SUMMER, "in_progress", "in_progress"),
        (LONG_TERM, "done", "done"),
    ],
)
def test_status_from_latest_approved_report(schedule, latest, status):
    assert state(schedule, D(2022, 8, 1), latest).status == status


@pytest.mark.parametrize(
    ("code", "zh", "en"),
    [
        ("closed", "已销号", "Closed"),
        ("done", "已完成", "Done"),
        ("overdue", "逾期", "Overdue"),
        ("in_progress", "推进中", "In progress"),
        ("ongoing", "常态推进", "Ongoing"),
        ("not_started", "未开始", "Not started"),
    ],
)
def test_status_labels(code, zh, en):
    assert status_label(code) == zh
    assert status_label(code, "en") == en


def test_alert_and_review_labels():
    assert [alert_label(c) for c in ("overdue", "due_soon", "unreported")] == [
        "逾期",
        "临期",
        "未报送",
    ]
    assert [review_label(c) for c in ("draft", "submitted", "approved", "returned")] == [
        "草稿",
        "待审核",
        "已通过",
        "已退回",
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("done", "done"),
        (" In_Progress ", "in_progress"),
        ("已完成", "done"),
        (" 推进 中 ", "in_progress"),
        ("未开始", "not_started"),
        ("常态推进", "ongoing"),
    ],
)
def test_parse_status(text, code):
    assert parse_status(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("进行中", "in_progress"), ("正在推进", "in_progress"), ("完成", "done"), (" 已完工 ", "done"),
     ("未启动", "not_started"), ("尚未开始", "not_started"), ("常态化推进", "ongoing"), ("长期坚持", "ongoing")],
)
def test_words_clerks_write_for_a_status_are_understood(text, code):
    assert parse_status(text) == code


@pytest.mark.parametrize("text", ["", "差不多", "overdue", "已销号", "逾期", "已通过", "完成了一半"])
def test_parse_status_rejects_with_the_allowed_values(text):
    with pytest.raises(InvalidInput) as err:
        parse_status(text)
    assert "未开始、推进中、已完成、常态推进" in err.value.message


@pytest.mark.parametrize(
    ("kw", "word"), [({"report_day": 0}, "报送"), ({"due_soon_days": -1}, "临期")]
)
def test_bad_settings_are_refused_in_plain_chinese(kw, word):
    with pytest.raises(InvalidInput, match=word):
        RuleSettings(**kw)
