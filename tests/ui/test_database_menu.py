"""数据库 menu and the one-window-per-database rule, driven through the real widgets."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from qs_desktop.ops import backups
from qs_desktop.ops.catalog import list_ledgers
from qs_desktop.ops.reports import ReportInput, list_reports, save_report
from qs_desktop.ops.setup import open_ledger
from qs_desktop.ui import database_menu
from qs_desktop.ui.instance import SingleInstance, ask_first_window_forward

from .conftest import idle

ECO = "市生态环境局沁水分局"


def test_check_database_reports_a_healthy_file(qtbot, window, ctx):
    window.database_menu.check_action.trigger()
    idle(qtbot, ctx)
    dialog = window.database_menu.dialog
    assert isinstance(dialog, database_menu.CheckDialog) and dialog.isVisible()
    assert "检查通过" in dialog.findChildren(QLabel)[0].text()


def test_check_database_names_a_broken_rule(qtbot, window, ctx, db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO reports (task_id, unit_id, period, status, created_at, updated_at) "
                 "VALUES ('air-2022:999', 1, '2022-10', 'done', 'x', 'x')")
    conn.commit()
    conn.close()
    window.database_menu.check_now()
    idle(qtbot, ctx)
    text = window.database_menu.dialog.text.toPlainText()
    assert "air-2022:999" in text


def test_backup_then_restore_brings_back_the_old_state(qtbot, window, ctx, tmp_path):
    usb = tmp_path / "usb" / "台账备份.sqlite"
    usb.parent.mkdir()
    window.database_menu.backup_to(usb)
    idle(qtbot, ctx)
    assert usb.exists() and "已备份" in window.database_menu.dialog.text()
    save_report(ctx.store, ReportInput("air-2022:2", ECO, "2022-10", "done", "备份之后才写的报送"))
    ctx.undo_stack.push(QUndoCommand("填报"))
    with qtbot.waitSignal(ctx.changed, timeout=10_000):
        window.database_menu.restore_from(usb)
    idle(qtbot, ctx)
    assert list_reports(ctx.store) == []
    assert ctx.undo_stack.count() == 0  # undo steps would refer to data that no longer exists
    assert any(b.reason == "restore" for b in backups.list_backups(ctx.store.path))


def test_recovery_screen_restores_a_damaged_file(qtbot, tmp_path, store, monkeypatch):
    good = backups.backup_to(store, tmp_path / "good.sqlite").path
    backups.backup_before(store, "import")
    path = store.path
    store.close()
    path.write_bytes(b"\0" * 4096)  # the ledger file is wiped
    chosen = []

    def fake_exec(dialog):
        chosen.append([info.label for info in dialog.picker.infos])
        dialog.source = dialog.picker.chosen()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(database_menu._RestoreDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert database_menu.recover(path, "数据库文件已损坏")
    assert chosen and chosen[0]  # the backups were offered
    reopened = open_ledger(path)
    assert len(list_ledgers(reopened)) == 4
    reopened.close()
    assert good.exists()


def test_second_copy_brings_the_first_window_forward(qtbot, tmp_path):
    db = tmp_path / "ledger.sqlite"
    first = SingleInstance.claim(db)
    assert first is not None
    try:
        assert SingleInstance.claim(db) is None  # the file is taken
        with qtbot.waitSignal(first.activated, timeout=5_000):
            assert ask_first_window_forward(db)
    finally:
        first.release()
    second = SingleInstance.claim(db)  # released: the next copy may have it
    assert second is not None
    second.release()


def test_nobody_answers_when_no_window_holds_the_file(tmp_path):
    assert not ask_first_window_forward(tmp_path / "nobody.sqlite", timeout_ms=300)


def test_risky_location_offers_the_copy_from_the_status_bar(qtbot, window, ctx, tmp_path, monkeypatch):
    target = tmp_path / "local" / "ledger.sqlite"
    target.parent.mkdir()
    monkeypatch.setattr(database_menu.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(database_menu.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.show_storage_warning("数据库位于网络共享文件夹上。")
    assert window.database_menu.move_action.isEnabled()
    window.storage_warning.linkActivated.emit("move")
    idle(qtbot, ctx)
    copy = open_ledger(target, read_only=True)
    assert len(list_ledgers(copy)) == 4
    copy.close()


def test_restoring_from_a_file_that_is_not_a_backup_says_so_and_changes_nothing(qtbot, window, ctx, tmp_path):
    save_report(ctx.store, ReportInput("air-2022:2", ECO, "2022-10", "done", "已完成备案"))
    junk = tmp_path / "照片.sqlite"
    junk.write_bytes(b"\xff\xd8\xff" + b"\0" * 2048)
    window.database_menu.restore_from(junk)
    idle(qtbot, ctx)
    assert "不能从“照片.sqlite”恢复" in ctx.last_error.text()
    assert [r.progress for r in list_reports(ctx.store)] == ["已完成备案"]
