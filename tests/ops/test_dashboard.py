"""Dashboard figures, checked against counts worked out by hand from the built-in air ledger."""

from __future__ import annotations

from datetime import date

import pytest

from qs_desktop.core.errors import InvalidInput
from qs_desktop.ops import review
from qs_desktop.ops.dashboard import figures
from qs_desktop.ops.reports import ReportInput, save_report

ECO = "市生态环境局沁水分局"
AS_OF = date(2022, 11, 15)
AIR = "沁水县空气质量改善 2022 年行动计划重点工作任务台账"


def _row(rows, label):
    return next(r for r in rows if r.label == label)


def test_air_ledger_as_of_2022_11_15(store):
    air = _row(figures(store, AS_OF, "2022-10").ledgers, AIR)
    # 28 rows; rows 2, 6, 20, 21, 27 are past their deadline; nothing reported yet.
    assert (air.tasks, air.done, air.on_schedule, air.overdue, air.reported) == (28, 0, 23, 5, 0)
    assert air.report_rate == 0 and air.unreported == air.owed


def test_every_ledger_is_listed_and_totals_add_up(store):
    dash = figures(store, AS_OF, "2022-10")
    assert [r.tasks for r in dash.ledgers] == [28, 27, 11, 19]
    assert dash.total.tasks == 85
    assert dash.total.done + dash.total.on_schedule + dash.total.overdue == 85


def test_approved_done_moves_a_task_from_overdue_to_done(store):
    save_report(store, ReportInput("air-2022:20", ECO, "2022-10", "done", "全县燃煤锅炉已排查完毕"))
    air = _row(figures(store, AS_OF, "2022-10").ledgers, AIR)
    assert (air.done, air.overdue, air.reported) == (0, 5, 1)  # submitted: reported, not yet done
    review.approve(store, "air-2022:20", ECO, "2022-10")
    air = _row(figures(store, AS_OF, "2022-10").ledgers, AIR)
    assert (air.done, air.on_schedule, air.overdue, air.reported) == (1, 23, 4, 1)
    # The rate is over obligations (unit × task), not tasks: 27 rows owe October (row 26 is
    # May–September), most of them by several units, one of which has reported.
    assert air.owed > 27 and air.report_rate == pytest.approx(1 / air.owed)


def test_unit_rows_count_the_units_own_reports(store):
    # air-2022:7 is 县住建局's alone; air-2022:10 is shared with every township.
    save_report(store, ReportInput("air-2022:7", "县住建局", "2022-10", "ongoing", "常态化开展扬尘检查"))
    save_report(store, ReportInput("air-2022:10", "龙港镇", "2022-10", "ongoing", "已清扫主要街道"))
    units = figures(store, AS_OF, "2022-10").units
    zjj = _row(units, "县住建局")
    assert zjj.reported == 1
    assert _row(units, "龙港镇人民政府").reported == 1
    assert _row(units, "十里乡人民政府").reported == 0
    assert all(r.label != "各乡（镇）人民政府" for r in units)


def test_bad_period_is_refused(store):
    with pytest.raises(InvalidInput):
        figures(store, AS_OF, "2022-13")
