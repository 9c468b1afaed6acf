"""A unit's own view of a period: its tasks (direct or via a group) and its report on each."""

from __future__ import annotations

from datetime import date

import pytest

from qs_desktop.core.errors import InvalidInput, NotFound
from qs_desktop.ops import review
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ops.status import unit_lines

AS_OF = date(2022, 10, 31)


def test_township_sees_group_tasks_with_its_own_report_and_review_state(store):
    save_report(store, ReportInput("air-2022:10", "嘉峰镇", "2022-10", "in_progress", "排查裸地 6 处",
                                   problems="资金不足", next_steps="11 月完成硬化"))
    review.return_report(store, "air-2022:10", "嘉峰镇", "2022-10", "请写明面积")
    lines = {ln.task_id: ln for ln in unit_lines(store, "嘉峰镇", "2022-10", AS_OF)}
    assert {"air-2022:10", "water-2022:7", "water-projects-2022:8"} <= set(lines)
    assert "air-2022:2" not in lines
    mine = lines["air-2022:10"]
    assert mine.section == "沁水县空气质量改善 2022 年行动计划重点工作任务台账"
    assert "排查裸地 6 处" in mine.progress and "存在问题：资金不足" in mine.progress
    assert (mine.status, mine.remarks) == ("未报送", "已退回：请写明面积")  # a returned report is not in
    assert lines["air-2022:18"].status == "未报送"


def test_unknown_unit_or_bad_period(store):
    with pytest.raises(NotFound):
        unit_lines(store, "县不存在局", "2022-10", AS_OF)
    with pytest.raises(InvalidInput):
        unit_lines(store, "嘉峰镇", "2022-13", AS_OF)
