"""The English interface says what an operation did, and what went wrong, in English; the CLI stays Chinese."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from qs_desktop.ops import review
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ui.commands import perform
from qs_desktop.ui.i18n import install_language
from qs_desktop.ui.import_dialogs import FormImportDialog

from .conftest import idle
from .test_form_import_dialog import A, B, form


def _english(ctx, qtbot):
    from qs_desktop.ui.main_window import MainWindow

    install_language(QApplication.instance(), "en")
    english = MainWindow(ctx)
    qtbot.addWidget(english)
    english.show()
    return english


def test_an_approval_is_reported_in_english_in_the_status_bar(window, ctx, qtbot, store):
    save_report(store, ReportInput("air-2022:7", "县住建局", "2022-10", "ongoing", "检查工地 23 处"))
    english = _english(ctx, qtbot)
    try:
        perform(ctx, "approve", (review.approve, (store, "air-2022:7", "县住建局", "2022-10")))
        idle(qtbot, ctx)
        assert english.statusBar().currentMessage() == "县住建局: the report on air-2022:7 for 2022-10 was approved."
        perform(ctx, "return", (review.return_report, (store, "air-2022:7", "县住建局", "2022-10", " ")))
        idle(qtbot, ctx)
        assert ctx.last_error.text() == "Please give a reason for returning the report."
    finally:
        install_language(QApplication.instance(), "zh")


def test_the_chinese_interface_and_the_cli_say_it_in_chinese(window, ctx, qtbot, store, cli):
    save_report(store, ReportInput("air-2022:7", "县住建局", "2022-10", "ongoing", "检查工地 23 处"))
    perform(ctx, "approve", (review.approve, (store, "air-2022:7", "县住建局", "2022-10")))
    idle(qtbot, ctx)
    assert window.statusBar().currentMessage() == "县住建局 air-2022:7 2022年10月的报送已通过。"
    code, _, err = cli("review", "air-2022:7", "--unit", "县住建局", "--period", "2022-10", "--return", " ")
    assert code == 1 and err.strip() == "退回时请写明退回原因。"


def _returned_form(store, tmp_path):
    """县住建局's October form, back with both of its tasks filled in."""
    return form(store, tmp_path, "住建局10月.xlsx", {A: ("已检查工地 20 个", "推进中"), B: ("围挡全部到位", "已完成")})


def test_a_form_import_and_a_backup_are_reported_in_english(ctx, qtbot, store, tmp_path):
    returned = _returned_form(store, tmp_path)
    english = _english(ctx, qtbot)
    try:
        dialog = FormImportDialog(ctx, paths=[returned])
        qtbot.addWidget(dialog)
        idle(qtbot, ctx)
        dialog.import_button.click()
        idle(qtbot, ctx)
        assert english.statusBar().currentMessage() == "Reports filed: 2."
        assert "Imported: Reports filed: 2." in dialog.tree.topLevelItem(0).text(0)

        usb = tmp_path / "usb" / "ledger.sqlite"
        usb.parent.mkdir()
        english.database_menu.backup_to(usb)
        idle(qtbot, ctx)
        said = english.database_menu.dialog.text()
        assert said.startswith(f"Backed up to: {usb} (") and said.endswith(" KB, read back and checked)")

        english.database_menu.restore_from(usb)
        idle(qtbot, ctx)
        assert english.database_menu.dialog.text().startswith(
            'Restored from "ledger.sqlite". The data before the restore was saved as "')

        ctx.store.read_only = True  # e.g. a ledger on a write-protected stick
        perform(ctx, "approve", (review.approve, (store, A, "县住建局", "2022-10")))
        idle(qtbot, ctx)
        assert ctx.last_error.text() == "The database is open read-only and cannot be changed."
    finally:
        ctx.store.read_only = False
        install_language(QApplication.instance(), "zh")


def test_a_form_import_and_a_backup_stay_chinese_on_the_command_line(cli, store, tmp_path):
    returned = _returned_form(store, tmp_path)
    code, out, _ = cli("import", "form", str(returned))
    assert code == 0 and "  已报送 2 项。" in out.splitlines()
    code, out, _ = cli("import", "form", str(returned))  # the same file again: nothing new
    assert code == 0 and "已报送" not in out
    usb = tmp_path / "usb.sqlite"
    code, out, _ = cli("backup", "-o", str(usb))
    assert code == 0 and out.startswith(f"已备份到：{usb}（") and out.rstrip().endswith(" KB，已读回检查）")
