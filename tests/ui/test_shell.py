"""The shell: one error dialog, the worker's progress and cancel, languages, keyboard navigation, --screenshot."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ui import app
from qs_desktop.ui.i18n import install_language
from qs_desktop.ui.main_window import PAGES
from qs_desktop.ui.widgets import label_of, status_text

from .conftest import idle


def test_bad_input_shows_the_plain_message_and_changes_nothing(window, ctx, qtbot, store):
    save_report(store, ReportInput("air-2022:7", "县住建局", "2022-10", "ongoing", "检查工地"))
    page = window.show_page("review")
    page.reload()
    page.select_rows([0])
    page.return_selected("   ")
    idle(qtbot, ctx)
    dialog = ctx.last_error
    assert dialog.isVisible()
    assert dialog.text() == "退回时请写明退回原因。"
    assert "Traceback" not in dialog.text() + dialog.detailedText()
    assert page.rows[0].state == "submitted"
    dialog.copy_to_clipboard()
    assert QApplication.clipboard().text().startswith("退回时请写明退回原因。")


def test_unexpected_failure_keeps_the_traceback_in_details_only(ctx, qtbot):
    def broken():
        return {}["missing"]

    ctx.run(broken)
    idle(qtbot, ctx)
    dialog = ctx.last_error
    assert "意外问题" in dialog.text() and "KeyError" not in dialog.text()
    assert "KeyError" in dialog.detailedText()


def test_long_work_shows_progress_and_can_be_cancelled(window, ctx, qtbot):
    results = []

    def long_job(progress):
        for n in range(1000):
            if not progress(n, 1000):
                return n
            time.sleep(0.005)
        return 1000

    ctx.run(long_job, label="正在导入…", on_done=results.append)
    qtbot.waitUntil(lambda: (d := window.findChild(QProgressDialog)) is not None and d.isVisible(), timeout=4000)
    dialog = window.findChild(QProgressDialog)
    assert dialog.labelText() == "正在导入…" and dialog.maximum() == 1000
    dialog.findChild(QPushButton).click()  # the 取消 button
    idle(qtbot, ctx)
    assert results and results[0] < 1000


def test_keyboard_shortcuts_switch_pages(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "review"
    for key, main in ((Qt.Key.Key_4, "tree"), (Qt.Key.Key_7, "table"), (Qt.Key.Key_8, "table")):
        qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
        page = window.stack.currentWidget()
        assert QApplication.focusWidget() is getattr(page, main)  # ready for the arrow keys
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "ledger"
    assert [spec.key for spec in PAGES][:3] == ["ledger", "report", "review"]


def test_switching_to_english_and_back(window, ctx, qtbot):
    english = window.switch_language("en")
    qtbot.addWidget(english)
    try:
        assert english.nav.item(0).text() == "Ledger"
        header = english.pages["ledger"].model.headerData(2, Qt.Orientation.Horizontal)
        assert header == "Measure"
        assert ctx.settings.value("language") == "en"
        assert "&Database" in [action.text() for action in english.menuBar().actions()]
        assert label_of("未开始") == "Not started"  # a label the ops produced, as in the status filter
        assert status_text("in_progress", ("overdue", "unreported")) == "In progress, Overdue, Unreported"
    finally:
        chinese = english.switch_language("zh")
        qtbot.addWidget(chinese)
    assert chinese.nav.item(0).text() == "台账"
    assert QCoreApplication.translate("Nav", "台账") == "台账"


def test_screenshot_renders_the_window_to_a_png(db_path, tmp_path):
    target = tmp_path / "shot.png"
    assert app.main(["--db", str(db_path), "--as-of", "2022-10-20", "--screenshot", str(target)]) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    install_language(QApplication.instance(), "zh")


def test_page_option_opens_a_page_not_built_at_start(db_path, tmp_path, monkeypatch):
    shown = []

    def look(_app, ctx, window, _target):
        shown.append(window.current_key())
        ctx.shutdown()
        return 0

    monkeypatch.setattr(app, "screenshot", look)
    assert app.main(["--db", str(db_path), "--page", "alerts", "--screenshot", str(tmp_path / "x.png")]) == 0
    assert shown == ["alerts"]


def test_setting_the_office_updates_the_status_bar(window, ctx, qtbot, db_path):
    from qs_desktop.ops.office import set_office
    from qs_desktop.ops.setup import open_ledger

    ctx.run(set_office, ctx.store, "县住建局")
    idle(qtbot, ctx)
    assert "本机单位：县住建局" in window._status_where.text()
    assert open_ledger(db_path).actor == "县住建局"


def test_a_damaged_file_is_refused_with_a_recovery_hint(tmp_path, capsys):
    bad = tmp_path / "ledger.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    code = app.main(["--db", str(bad), "--screenshot", str(tmp_path / "x.png")])
    message = capsys.readouterr().err
    assert code != 0 and not (tmp_path / "x.png").exists()
    assert "备份" in message and "Traceback" not in message
    assert bad.read_bytes() == b"this is not a database" * 100


def test_a_risky_database_location_stays_visible_in_the_status_bar(window):
    window.show_storage_warning("数据库位于 U 盘或移动硬盘上（E:\\ledger.sqlite）。")
    assert window.storage_warning.isVisible()
    assert "U 盘" in window.storage_warning.toolTip()


def test_an_exception_in_a_slot_reaches_the_error_dialog(ctx, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    ctx.catch_uncaught()
    try:
        {}["missing"]
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "意外问题" in ctx.last_error.text()
    assert "KeyError" in ctx.last_error.detailedText()
    ctx.last_error.close()


def test_garbage_is_collected_on_the_ui_thread_only(ctx, qtbot):
    """Automatic collection is off while the worker runs; the UI thread's timer collects."""
    import gc

    assert not gc.isenabled()
    for _ in range(3 * gc.get_threshold()[0]):
        cycle = []
        cycle.append(cycle)
    qtbot.waitUntil(lambda: gc.get_count()[0] < gc.get_threshold()[0], timeout=5_000)


def test_a_job_and_its_result_are_released_on_the_ui_thread(ctx, qtbot):
    """Qt objects must die on their own thread: the worker never drops the last reference."""
    import threading

    died_on = []

    class Tracked:
        def __call__(self):
            return Tracked.Result()

        class Result:
            def __del__(self):
                died_on.append(threading.current_thread())

        def __del__(self):
            died_on.append(threading.current_thread())

    ctx.run(Tracked())
    qtbot.waitUntil(lambda: not ctx.busy, timeout=5_000)
    qtbot.waitUntil(lambda: len(died_on) == 2, timeout=5_000)
    assert died_on == [threading.main_thread()] * 2


def test_only_the_ledger_is_built_at_start_and_ctrl_e_still_reaches_the_report_page(window, ctx, qtbot):
    """A clerk starts the app and, before visiting 填报, asks to report on a task: the page is
    built then and opens on that task (a big ledger starts faster for not building the others)."""
    assert set(window.pages) == {"ledger"}
    ledger = window.pages["ledger"]
    ledger.select_task("air-2022:7")
    ledger.request_report()
    idle(qtbot, ctx)
    assert "report" in window.pages
    assert window.current_key() == "report"
    assert window.pages["report"].task_box.currentData() == "air-2022:7"
    window.show_page("alerts")
    idle(qtbot, ctx)
    assert window.current_key() == "alerts" and window.stack.currentWidget() is window.pages["alerts"]


def test_a_sample_ledger_says_so_in_the_title_bar(qtbot, ctx, store):
    from qs_desktop.ops import sample
    from qs_desktop.ui.main_window import MainWindow

    sample.fill(store, "county")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert "示例数据" in win.windowTitle()
    idle(qtbot, ctx)


def test_a_real_ledger_has_no_sample_mark(window):
    assert "示例数据" not in window.windowTitle()
