"""日志 page: the audit log, readable and filterable."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from qs_desktop.ops import review, units
from qs_desktop.ops.reports import ReportInput, save_report

from .conftest import idle, shown_page

ECO = "市生态环境局沁水分局"


@pytest.fixture
def page(qtbot, ctx):
    from qs_desktop.ui.log_page import LogPage

    save_report(ctx.store, ReportInput("air-2022:20", ECO, "2022-10", "done", "全县燃煤锅炉已排查完毕"))
    review.approve(ctx.store, "air-2022:20", ECO, "2022-10")
    save_report(ctx.store, ReportInput("air-2022:6", ECO, "2022-10", "in_progress", "已安装 12 家"))
    review.return_report(ctx.store, "air-2022:6", ECO, "2022-10", "请列明单位名单")
    units.set_aliases(ctx.store, "县住建局", ["住建局"])
    return shown_page(qtbot, ctx, LogPage)


def shown(page, column):
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_newest_first_with_old_to_new_values_readable(page):
    assert shown(page, 2) == ["修改别名", "退回", "报送", "审核通过", "报送"]
    changes = shown(page, 4)
    assert changes[0] == "别名：（空） → 住建局"
    assert "审核状态：待审核 → 已退回" in changes[1] and "审核意见：（空） → 请列明单位名单" in changes[1]
    assert "完成状态：已完成" in changes[4]


def test_filter_by_action_actor_and_task(page):
    page.action_box.setCurrentIndex(page.action_box.findText("审核通过"))
    assert shown(page, 3) == [f"air-2022:20 · {ECO} · 2022-10"]
    page.clear_filters()
    page.search.setText("air-2022:6")
    assert shown(page, 2) == ["退回", "报送"]
    page.search.setText("住建局")
    assert shown(page, 2) == ["修改别名"]
    page.clear_filters()
    page.actor_box.setCurrentIndex(page.actor_box.findData("县环委会办公室"))
    assert len(shown(page, 0)) == 5
    assert "显示 5 条，共 5 条" in page.count.text()


def test_filter_by_date_range(page):
    tomorrow = date.today() + timedelta(days=1)
    page.start.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert shown(page, 0) == []
    assert "显示 0 条，共 5 条" in page.count.text()
    page.start.setDate(page.start.minimumDate())
    yesterday = date.today() - timedelta(days=1)
    page.end.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    assert shown(page, 0) == []
    page.clear_filters()
    assert len(shown(page, 0)) == 5


def test_new_events_appear_after_an_edit(qtbot, ctx, page):
    ctx.run(units.set_kind, ctx.store, "县住建局", "other")
    idle(qtbot, ctx)
    assert shown(page, 2)[0] == "修改单位类别"
    assert shown(page, 4)[0] == "类别：县直部门 → 其他"


def test_every_audit_action_has_a_translatable_label_equal_to_the_core_one():
    from qs_desktop.core.model import AUDIT_ACTIONS
    from qs_desktop.ui.widgets import AUDIT_LABELS

    assert AUDIT_LABELS == AUDIT_ACTIONS


def test_quantities_read_as_written(qtbot, ctx, page):
    save_report(ctx.store, ReportInput("water-2022:5", ECO, "2022-10", "in_progress", "已整治生态井场 186 个",
                                       quantity=186))
    page.refresh()
    idle(qtbot, ctx)
    assert "完成数量：186 个" in shown(page, 4)[0]
