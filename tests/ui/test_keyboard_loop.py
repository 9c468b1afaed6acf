"""The whole monthly loop with the keyboard alone: every key goes to whichever widget has focus.

No mouse and no method calls on the pages: if focus lands in the wrong place, or a shortcut is
not reachable from where the user is, the keys go astray and the loop fails here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qs_desktop.ops.reports import list_reports
from qs_desktop.ops.setup import open_ledger

from .conftest import idle

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


def _state(db_path, task_id: str) -> tuple[str, str, str]:
    (report,) = list_reports(open_ledger(db_path), task_id=task_id)  # the owed period, 2022-09
    return report.state, report.status, report.progress


def test_the_monthly_loop_with_keys_only(window, ctx, qtbot, db_path):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    ledger, report, review = (window.pages[k] for k in ("ledger", "report", "review"))
    assert window.current_key() == "ledger"
    assert ledger.proxy.rowCount() == 28  # opens on the built-in air ledger

    # find a task of 县住建局 by the unit's pinyin initials
    _press(qtbot, Qt.Key.Key_F, CTRL)
    assert _focused() is ledger.search
    _type(qtbot, "zjj")
    found = ledger.proxy.rowCount()
    assert 0 < found < 28
    _press(qtbot, Qt.Key.Key_Return)  # into the table, on the first match
    assert _focused() is ledger.table
    task_id = ledger.current_task_id()
    assert task_id is not None
    assert "住建" in ledger.proxy.index(ledger.table.currentIndex().row(), 4).data()

    # report on it: Ctrl+E lands in 进展情况; Shift+Tab reaches 完成状态
    _press(qtbot, Qt.Key.Key_E, CTRL)
    assert window.current_key() == "report"
    assert report.task_box.currentData() == task_id
    assert _focused() is report.edits["progress"]
    _type(qtbot, "Checked 23 sites, fixed 5")  # QTest types ASCII only; Chinese comes through an IME
    _press(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert _focused() is report.status_box
    _press(qtbot, Qt.Key.Key_Down)  # 推进中 → 已完成
    assert report.status_box.currentData() == "done"
    _press(qtbot, Qt.Key.Key_Return, CTRL)  # 提交
    idle(qtbot, ctx)
    assert ctx.last_error is None, ctx.last_error.text()
    assert _state(db_path, task_id) == ("submitted", "done", "Checked 23 sites, fixed 5")

    # approve it in 审核
    _press(qtbot, Qt.Key.Key_3, CTRL)
    assert window.current_key() == "review"
    assert _focused() is review.table
    assert review.table.rowCount() == 1
    _press(qtbot, Qt.Key.Key_Return, CTRL)  # 通过
    idle(qtbot, ctx)
    assert _state(db_path, task_id)[0] == "approved"
    assert review.table.rowCount() == 0

    # the ledger shows the approved progress and the task as done
    _press(qtbot, Qt.Key.Key_1, CTRL)
    assert window.current_key() == "ledger" and _focused() is ledger.table
    assert ledger.current_task_id() == task_id
    row = ledger.table.currentIndex().row()
    assert ledger.proxy.index(row, 5).data() == "县住建局：Checked 23 sites, fixed 5"
    assert "已完成" in ledger.proxy.index(row, 6).data()

    # undo the approval, then redo it
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    idle(qtbot, ctx)
    assert _state(db_path, task_id)[0] == "submitted"
    assert "待审核" in ledger.proxy.index(ledger.table.currentIndex().row(), 5).data()
    _press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    idle(qtbot, ctx)
    assert _state(db_path, task_id)[0] == "approved"
