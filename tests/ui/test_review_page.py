"""审核 as the coordinator meets it on 10-20: September reports still waiting are listed before
October's, a period filter narrows, a batch approval is all or nothing and one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from qs_desktop.ops.reports import ReportInput, list_reports, save_report
from qs_desktop.ops.review import approve
from qs_desktop.ops.setup import open_ledger
from qs_desktop.ui.review import ReturnDialog

from .conftest import idle

HOUSING = "县住建局"
LATE = [("air-2022:7", "2022-09"), ("air-2022:8", "2022-09")]  # sent in late, still waiting on 10-20
ON_TIME = [("air-2022:7", "2022-10")]


def _file(store, task, period, submit=True):
    save_report(store, ReportInput(task, HOUSING, period, "ongoing", f"{task} {period} 进展", submit=submit))


def _states(db_path):
    return {(r.task_id, r.period): r.state for r in list_reports(open_ledger(db_path))}


def _page(window, ctx, qtbot, store):
    for task, period in LATE + ON_TIME:
        _file(store, task, period)
    page = window.show_page("review")
    page.reload()
    idle(qtbot, ctx)
    return page


def test_waiting_reports_of_every_period_are_listed_oldest_first_with_the_task_text(window, ctx, qtbot, store):
    page = _page(window, ctx, qtbot, store)
    assert [(r.task_id, r.period) for r in page.rows] == LATE + ON_TIME
    assert page.table.item(0, 0).text() == "2022年9月"
    assert page.table.item(0, 1).text().startswith("空气质量改善 7 ")


def test_the_period_filter_narrows_and_all_comes_back(window, ctx, qtbot, store):
    page = _page(window, ctx, qtbot, store)
    page.period_box.setCurrentIndex(page.period_box.findData("2022-10"))
    assert [(r.task_id, r.period) for r in page.rows] == ON_TIME
    page.period_box.setCurrentIndex(page.period_box.findData(""))
    assert len(page.rows) == 3


def test_a_batch_with_one_report_turned_back_into_a_draft_approves_nothing(window, ctx, qtbot, store, db_path):
    page = _page(window, ctx, qtbot, store)
    page.select_rows([0, 1, 2])
    _file(store, "air-2022:8", "2022-09", submit=False)  # the unit took it back meanwhile
    page.approve_selected()
    idle(qtbot, ctx)
    assert "草稿" in ctx.last_error.text()
    assert set(_states(db_path).values()) <= {"submitted", "draft"}
    assert ctx.undo_stack.count() == 0


def test_a_batch_approval_is_one_undo_step(window, ctx, qtbot, store, db_path):
    page = _page(window, ctx, qtbot, store)
    page.select_rows([0, 1, 2])
    assert page.approve_button.text().startswith("批量通过 3 份")
    page.approve_selected()
    idle(qtbot, ctx)
    assert set(_states(db_path).values()) == {"approved"}
    assert ctx.undo_stack.count() == 1
    window.undo_action.trigger()
    idle(qtbot, ctx)
    assert set(_states(db_path).values()) == {"submitted"}
    window.redo_action.trigger()
    idle(qtbot, ctx)
    assert set(_states(db_path).values()) == {"approved"}


def test_close_is_offered_only_after_an_approved_done_report(window, ctx, qtbot, store):
    save_report(store, ReportInput("air-2022:8", HOUSING, "2022-10", "done", "围挡已全部整治"))
    page = _page(window, ctx, qtbot, store)
    page.select_rows([next(i for i, r in enumerate(page.rows) if r.period == "2022-10" and r.task_id == "air-2022:8")])
    assert not page.close_button.isEnabled()
    approve(store, "air-2022:8", HOUSING, "2022-10")
    page.scope.setCurrentIndex(page.scope.findData(""))
    page.reload()
    page.select_rows([next(i for i, r in enumerate(page.rows) if r.state == "approved")])
    assert page.close_button.isEnabled()


def test_return_needs_a_reason_and_remembers_a_new_one(ctx, qtbot):
    dialog = ReturnDialog(ctx.settings)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reasons.itemActivated.emit(dialog.reasons.item(1))
    assert dialog.reason() == "请补充佐证材料（照片、检查记录、文件）。" and ok.isEnabled()
    dialog.text.setPlainText("请附上 9 月检查记录表")
    dialog.accept()
    again = ReturnDialog(ctx.settings)
    qtbot.addWidget(again)
    assert again.reasons.item(0).text() == "请附上 9 月检查记录表"
