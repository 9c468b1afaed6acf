"""Report entry, review, close and undo through the real widgets; each result re-read from the file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qs_desktop.ops import review
from qs_desktop.ops.catalog import get_task
from qs_desktop.ops.reports import ReportInput, list_reports, save_report
from qs_desktop.ops.setup import open_ledger

from .conftest import idle

HOUSING = "县住建局"
ECO = "市生态环境局沁水分局"


def _reread(db_path, **filters):
    return list_reports(open_ledger(db_path), **filters)


def test_enter_and_submit_a_report_with_the_keyboard(window, ctx, qtbot, db_path):
    page = window.pages["report"]
    ctx.reportRequested.emit("air-2022:7", HOUSING, "2022-10")
    assert window.current_key() == "report"
    assert page.edits["progress"].hasFocus()
    qtbot.keyClicks(page.edits["progress"], "Checked 23 sites")
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, ctx)
    (saved,) = _reread(db_path, task_id="air-2022:7", period="2022-10")
    assert (saved.unit, saved.state, saved.progress) == (HOUSING, "submitted", "Checked 23 sites")
    assert "第 1 版" in page.banner.text()


def test_prefill_marks_repeats_and_refuses_to_submit_a_copy(window, ctx, qtbot, store, db_path):
    save_report(store, ReportInput("air-2022:7", HOUSING, "2022-09", "ongoing", "检查工地 20 处"))
    page = window.pages["report"]
    ctx.reportRequested.emit("air-2022:7", HOUSING, "2022-10")
    assert page.edits["progress"].toPlainText() == "检查工地 20 处"
    assert page.notes["progress"].text() == "与上期相同"
    page.submit()
    idle(qtbot, ctx)
    assert "与上期完全相同" in page.notes["progress"].text()
    assert _reread(db_path, task_id="air-2022:7", period="2022-10") == []
    page.edits["progress"].setPlainText("检查工地 23 处，整改 5 处")
    assert "已修改" in page.notes["progress"].text()
    page.save_draft()
    idle(qtbot, ctx)
    (draft,) = _reread(db_path, task_id="air-2022:7", period="2022-10")
    assert draft.state == "draft"


def test_bad_quantity_is_reported_next_to_the_field(window, ctx, qtbot, db_path):
    page = window.pages["report"]
    ctx.reportRequested.emit("air-2022:8", HOUSING, "2022-10")
    page.edits["progress"].setPlainText("拆除围挡 12 处")
    page.quantity.setText("十二")
    page.submit()
    idle(qtbot, ctx)
    assert "数字" in page.notes["quantity"].text()
    assert _reread(db_path, task_id="air-2022:8") == []


def _submitted(store, *tasks):
    for task in tasks:
        save_report(store, ReportInput(task, HOUSING, "2022-10", "ongoing", f"{task} 本月进展"))


def test_approve_then_undo_and_redo(window, ctx, qtbot, store, db_path):
    _submitted(store, "air-2022:7")
    page = window.show_page("review")
    page.reload()
    assert page.table.rowCount() == 1
    page.select_rows([0])
    page.approve_button.click()
    idle(qtbot, ctx)
    assert ctx.last_error is None, ctx.last_error.text()
    assert _reread(db_path, task_id="air-2022:7")[0].state == "approved"
    assert page.table.rowCount() == 0  # left the 待审核 queue
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, ctx)
    assert _reread(db_path, task_id="air-2022:7")[0].state == "submitted"
    assert page.table.rowCount() == 1
    ctx.undo_stack.redo()
    idle(qtbot, ctx)
    assert _reread(db_path, task_id="air-2022:7")[0].state == "approved"


def test_return_with_reason_shows_it_to_the_reporter(window, ctx, qtbot, store, db_path):
    _submitted(store, "air-2022:8")
    page = window.show_page("review")
    page.reload()
    page.select_rows([0])
    page.return_selected("请补充整改照片")
    idle(qtbot, ctx)
    (returned,) = _reread(db_path, task_id="air-2022:8")
    assert (returned.state, returned.review_comment) == ("returned", "请补充整改照片")
    ctx.reportRequested.emit("air-2022:8", HOUSING, "2022-10")
    assert "请补充整改照片" in window.pages["report"].banner.text()


def test_batch_approve_is_one_undo_step(window, ctx, qtbot, store, db_path):
    _submitted(store, "air-2022:7", "air-2022:8", "air-2022:9")
    page = window.show_page("review")
    page.reload()
    page.select_rows([0, 1, 2])
    assert "3" in page.approve_button.text()
    page.approve_selected()
    idle(qtbot, ctx)
    assert {r.state for r in _reread(db_path, period="2022-10")} == {"approved"}
    ctx.undo_stack.undo()
    idle(qtbot, ctx)
    assert {r.state for r in _reread(db_path, period="2022-10")} == {"submitted"}


def test_close_a_task_shows_in_the_ledger_and_undo_reopens_it(window, ctx, qtbot, store, db_path, monkeypatch):
    monkeypatch.setattr(review, "now_iso", lambda: "2022-10-20T09:00:00+00:00")  # closed on the day on screen
    save_report(store, ReportInput("air-2022:8", HOUSING, "2022-10", "done", "围挡整治全部完成"))
    review.approve(store, "air-2022:8", HOUSING, "2022-10")
    page = window.show_page("review")
    page.scope.setCurrentIndex(page.scope.findData("approved"))
    page.select_rows([0])
    from qs_desktop.ui.task_detail import close_task

    close_task(ctx, "air-2022:8", "已完成验收")
    idle(qtbot, ctx)
    assert get_task(open_ledger(db_path), "air-2022:8").closed_at
    ledger = window.pages["ledger"]
    ledger.search.setText("围挡")
    assert "已销号" in ledger.proxy.data(ledger.proxy.index(0, 6))
    ctx.undo_stack.undo()
    idle(qtbot, ctx)
    assert get_task(open_ledger(db_path), "air-2022:8").closed_at is None


def test_a_refused_close_offers_to_force_it_with_a_reason(window, ctx, qtbot, db_path, monkeypatch):
    from qs_desktop.ui import task_detail

    monkeypatch.setattr(review, "now_iso", lambda: "2022-10-20T09:00:00+00:00")
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(task_detail.QInputDialog, "getText", answer)
    answers = [("", False)]  # the coordinator cancels: nothing happens
    task_detail.close_task(ctx, "air-2022:16", "", parent=window)
    idle(qtbot, ctx)
    assert "县能源局" in ctx.last_error.text() and asked  # told who is not done, then asked
    assert get_task(open_ledger(db_path), "air-2022:16").closed_at is None
    answers = [("市局通知取消该任务", True)]
    task_detail.close_task(ctx, "air-2022:16", "", parent=window)
    idle(qtbot, ctx)
    assert get_task(open_ledger(db_path), "air-2022:16").closed_reason == "市局通知取消该任务"
    ctx.undo_stack.undo()
    idle(qtbot, ctx)
    assert get_task(open_ledger(db_path), "air-2022:16").closed_at is None


def test_quantity_only_for_tasks_with_a_numeric_target(window, ctx, qtbot):
    page = window.show_page("report")
    ctx.reportRequested.emit("air-2022:2", "", ctx.period)
    idle(qtbot, ctx)
    assert not page.quantity.isEnabled() and "没有数量目标" in page.quantity.placeholderText()
    ctx.reportRequested.emit("water-projects-2022:7", "", ctx.period)
    idle(qtbot, ctx)
    assert page.quantity.isEnabled() and "300个" in page.quantity.placeholderText()
    page.quantity.setText("120吨")
    page.edits["progress"].setPlainText("已建成井场 120 个")
    page.submit()
    idle(qtbot, ctx)
    assert "不一致" in page.notes["quantity"].text()


def test_a_group_task_offers_its_townships_not_the_group(window, ctx, qtbot):
    page = window.show_page("report")
    ctx.reportRequested.emit("air-2022:10", "", ctx.period)
    idle(qtbot, ctx)
    offered = [page.unit_box.itemData(i) for i in range(page.unit_box.count())]
    assert "嘉峰镇人民政府" in offered and "县住建局" in offered
    assert "各乡（镇）人民政府" not in offered
