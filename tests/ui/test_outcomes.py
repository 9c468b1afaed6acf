"""The English interface says what an operation did, and what went wrong, in English; the CLI stays Chinese."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from qs_desktop.ops import review
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ui.commands import perform
from qs_desktop.ui.i18n import install_language

from .conftest import idle


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
