"""Task detail from the ledger with the keyboard: text, parsed schedule with its phrase, units, timeline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from qs_desktop.ops import review
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ui import app
from qs_desktop.ui.task_detail import TaskDetailDialog


def _open_detail(window, qtbot, seq: str) -> TaskDetailDialog:
    page = window.pages["ledger"]
    page.search.setText("")
    assert page.select_task(f"air-2022:{seq}")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.findChild(TaskDetailDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_enter_opens_the_task_with_its_schedule_and_timeline(window, qtbot, store):
    save_report(store, ReportInput("air-2022:6", "市生态环境局沁水分局", "2022-09", "in_progress", "已安装 6 家"))
    review.return_report(store, "air-2022:6", "市生态环境局沁水分局", "2022-09", "请写明未安装单位")
    dialog = _open_detail(window, qtbot, "6")
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("2022年9月30日" in t and "原文：“2022 年 9 月底前”" in t for t in texts)
    assert any("逾期" in t for t in texts)
    assert "市生态环境局沁水分局" in texts
    events = [dialog.timeline.item(i).text() for i in range(dialog.timeline.count())]
    assert len(events) == 2
    assert "报送" in events[0] and "退回" in events[1] and "请写明未安装单位" in events[1]


def test_report_button_in_detail_opens_report_entry_for_the_task(window, qtbot):
    dialog = _open_detail(window, qtbot, "8")
    dialog.report_button.click()
    assert window.current_key() == "report"
    assert window.pages["report"].task_box.currentData() == "air-2022:8"


def test_shipped_cjk_font_is_registered(tmp_path, monkeypatch):
    shipped = app.FONTS_DIR / "wqy-microhei.ttc"
    source = shipped if shipped.is_file() else Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    folder = tmp_path / "fonts"
    folder.mkdir()
    (folder / "wqy-microhei.ttc").write_bytes(source.read_bytes())
    monkeypatch.setattr(app, "FONTS_DIR", folder)
    assert "WenQuanYi Micro Hei" in app.register_fonts()
    monkeypatch.setattr(app, "FONTS_DIR", tmp_path / "none")
    assert app.register_fonts() == []  # no shipped fonts: start anyway
    assert QApplication.font().family()


def test_extending_the_due_date_clears_the_overdue_mark_and_undo_restores_it(window, ctx, qtbot):
    from datetime import date

    from qs_desktop.ops.catalog import get_task
    from qs_desktop.ui.task_detail import set_due

    from .conftest import idle

    ledger = window.pages["ledger"]

    def status_of_6() -> str:
        row = [ledger.proxy.data(ledger.proxy.index(r, 1)) for r in range(ledger.proxy.rowCount())].index("6")
        return ledger.proxy.data(ledger.proxy.index(row, 6))

    assert "逾期" in status_of_6()
    set_due(ctx, get_task(ctx.store, "air-2022:6"), date(2022, 12, 31), "经县政府同意延期")
    idle(qtbot, ctx)
    assert "逾期" not in status_of_6()
    dialog = _open_detail(window, qtbot, "6")
    assert any("经县政府同意延期" in label.text() for label in dialog.findChildren(QLabel))
    ctx.undo_stack.undo()
    idle(qtbot, ctx)
    assert "逾期" in status_of_6()


def test_a_township_reports_on_a_task_given_to_all_townships(window, ctx):
    report = window.pages["report"]
    group_task = next(t for t in report.tasks.values() if "各乡（镇）人民政府" in t.lead_units + t.cooperating_units)
    ctx.reportRequested.emit(group_task.id, "嘉峰镇人民政府", "2022-10")
    assert report.unit_box.currentData() == "嘉峰镇人民政府"
    assert "各乡（镇）人民政府" in report.unit_box.currentText()


def test_each_owing_unit_shows_its_role_and_own_status(window, qtbot, store):
    # air-2022:10: 县住建局, 县园林绿化服务中心 and every township; as of 2022-10-20 September is owed.
    save_report(store, ReportInput("air-2022:10", "端氏镇", "2022-09", "done", "裸地已全部苫盖"))
    review.approve(store, "air-2022:10", "端氏镇", "2022-09")
    dialog = _open_detail(window, qtbot, "10")
    (units,) = [label.text() for label in dialog.findChildren(QLabel) if "端氏镇（牵头）" in label.text()]
    lines = units.splitlines()
    assert len(lines) == 14
    assert "端氏镇（牵头）：已完成" in lines
    assert "嘉峰镇（牵头）：未开始、未报送" in lines
