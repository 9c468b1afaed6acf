"""Accountability figures: what leaders ask for — who owed, who sent it, who was sent back, who is late."""

from __future__ import annotations

from datetime import date

import pytest

from qs_desktop.core.errors import InvalidInput
from qs_desktop.ops import review
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ops.stats import StatsRow, ranking, stats

AS_OF = date(2022, 11, 15)  # October owed
BARE_LAND = "air-2022:10"  # 县住建局, 县园林绿化服务中心 and the twelve townships


def by_unit(store, period="2022-10"):
    return {r.key: r for r in stats(store, AS_OF, period, by="unit")}


def test_a_returned_report_counts_as_returned_and_as_unreported(store):
    save_report(store, ReportInput(BARE_LAND, "龙港镇", "2022-10", "推进中", "已苫盖 3 处"))
    save_report(store, ReportInput(BARE_LAND, "嘉峰镇", "2022-10", "推进中", "已苫盖 2 处"))
    review.approve(store, BARE_LAND, "龙港镇", "2022-10")
    review.return_report(store, BARE_LAND, "嘉峰镇", "2022-10", "请写明面积")
    rows = by_unit(store)
    longgang, jiafeng = rows["龙港镇人民政府"], rows["嘉峰镇人民政府"]
    assert (longgang.approved, longgang.returned) == (1, 0)
    assert (jiafeng.approved, jiafeng.submitted, jiafeng.returned) == (0, 0, 1)
    assert jiafeng.unreported == jiafeng.owed  # nothing of 嘉峰镇's is in
    assert longgang.unreported == longgang.owed - 1
    (air,) = [r for r in stats(store, AS_OF, "2022-10", by="ledger") if r.key == "air-2022"]
    assert (air.approved, air.returned, air.submitted) == (1, 1, 0)
    assert air.reported == 1 and air.unreported == air.owed - 1


def test_a_group_is_never_a_row_and_every_row_has_its_period(store):
    rows = stats(store, AS_OF, by="unit")
    assert "各乡（镇）人民政府" not in {r.key for r in rows}
    assert {r.period for r in rows} == {"2022-10"}
    assert [r.key for r in stats(store, AS_OF)] == ["air-2022", "water-2022", "soil-2022"]


def test_units_are_ranked_by_report_rate_then_fewest_overdue_then_fewest_returned():
    def row(key, owed, unreported, overdue=0, returned=0):
        return StatsRow(key, key, "2022-10", tasks=1, owed=owed, unreported=unreported, overdue=overdue,
                        returned=returned)

    rows = [row("无任务", 0, 0), row("半数", 4, 2), row("全报但逾期", 2, 0, overdue=1), row("全报", 3, 0),
            row("全报但被退回", 3, 0, overdue=1, returned=1)]
    assert [r.key for r in ranking(rows)] == ["全报", "全报但逾期", "全报但被退回", "半数", "无任务"]


def test_an_unknown_grouping_is_refused_in_plain_chinese(store):
    with pytest.raises(InvalidInput, match="按计划"):
        stats(store, AS_OF, by="town")
