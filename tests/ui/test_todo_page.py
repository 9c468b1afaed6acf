"""A township's own installation on 2022-10-20: it opens on 本单位待办, and the monthly loop
(待办 → 填报 → 提交) runs from the keyboard with the unit fixed to 龙港镇."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qs_desktop.ops.office import set_office
from qs_desktop.ops.reports import ReportInput, list_reports, save_report
from qs_desktop.ops.review import return_report
from qs_desktop.ops.setup import open_ledger
from qs_desktop.ui import app

from .conftest import idle

TOWN = "龙港镇人民政府"


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_a_unit_installation_opens_on_its_to_do_list_without_review(town_window):
    window = town_window
    assert window.current_key() == "todo"
    assert window.nav.item(0).text() == "本单位待办"
    assert "review" not in window.pages
    page = window.pages["todo"]
    assert page.items and {item.period for item in page.items} <= {"2022-07", "2022-08", "2022-09"}
    assert [item.period for item in page.items] == sorted(item.period for item in page.items)  # oldest first
    assert all(page.table.item(r, 3).text() == "未报" for r in range(page.table.rowCount()))
    assert "龙港镇人民政府" in page.heading.text()


def test_keyboard_loop_todo_report_submit_with_the_unit_fixed(town_window, qtbot, db_path):
    window, ctx = town_window, town_window.ctx
    todo, report = window.pages["todo"], window.pages["report"]
    window.activateWindow()
    todo.table.setFocus()
    row = todo.table.currentRow()
    task, period = todo.items[row].task, todo.items[row].period
    _press(qtbot, Qt.Key.Key_Return)
    assert window.current_key() == "report"
    assert (report.task_box.currentData(), report.period()) == (task, period)
    assert report.unit_box.currentData() == TOWN and not report.unit_box.isEnabled()
    assert QApplication.focusWidget() is report.edits["progress"]
    qtbot.keyClicks(report.edits["progress"], "Checked 8 sites")
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, ctx)
    assert ctx.last_error is None, ctx.last_error.text()
    (saved,) = list_reports(open_ledger(db_path), task_id=task, period=period)
    assert (saved.unit, saved.state, saved.progress) == (TOWN, "submitted", "Checked 8 sites")
    _press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, ctx)
    assert window.current_key() == "todo"
    mine = next(r for r, item in enumerate(todo.items) if (item.task, item.period) == (task, period))
    assert todo.table.item(mine, 3).text() == "待审核"


def test_a_returned_report_shows_why(town_window, store, qtbot):
    save_report(store, ReportInput("air-2022:10", TOWN, "2022-09", "in_progress", "九月：排查工地 8 处"))
    set_office(store, "市生态环境局沁水分局")  # the county's review, as it arrives in the file
    return_report(store, "air-2022:10", TOWN, "2022-09", "请附检查记录")
    set_office(store, "龙港镇")
    page = town_window.pages["todo"]
    page.refresh()
    idle(qtbot, town_window.ctx)
    row = next(r for r, item in enumerate(page.items) if (item.task, item.period) == ("air-2022:10", "2022-09"))
    assert (page.table.item(row, 3).text(), page.table.item(row, 4).text()) == ("已退回", "请附检查记录")
    assert "已退回 1" in page.summary.text()


def test_unknown_page_names_the_pages_that_exist(db_path, capsys):
    try:
        code = app.main(["--db", str(db_path), "--page", "todos"])
    except SystemExit as exc:  # argparse's exit for wrong usage
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2 and "todo" in err and "ledger" in err and "Traceback" not in err


def test_the_to_do_page_renders_to_a_screenshot(store, db_path, tmp_path):
    from PySide6.QtGui import QImage

    set_office(store, "嘉峰镇")
    target = tmp_path / "todo.png"
    assert app.main(["--db", str(db_path), "--as-of", "2022-10-20", "--page", "todo", "--screenshot", str(target)]) == 0
    assert not QImage(str(target)).isNull()
