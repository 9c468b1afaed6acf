"""计划报送设置: the coordinator makes cooperating units report, or extends a plan's reporting, from the GUI."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from qs_desktop.ops.alerts import alerts_by_unit
from qs_desktop.ops.plans import plan_reporting
from qs_desktop.store.audit import events as find_events
from qs_desktop.ui.plan_settings import PlanReportingDialog

from .conftest import idle


def test_cooperating_units_report_after_one_tick_and_the_change_is_logged(qtbot, ctx, window, store):
    page = window.show_page("units")
    page.reporting_button.click()
    dialog = page.findChild(PlanReportingDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.cooperating["soil-2022"].isChecked()
    dialog.cooperating["soil-2022"].setChecked(True)
    dialog.until["air-2022"].setDate(QDate(2023, 3, 1))
    dialog.reason.setText("县环委会 2022 年 11 月会议要求")
    dialog.accept()
    idle(qtbot, ctx)
    assert plan_reporting(store, "soil-2022").cooperating_report
    assert plan_reporting(store, "air-2022").report_until == "2023-03"
    soil_1 = [i for g in alerts_by_unit(store, date(2022, 11, 15)) if g.unit == "开发区管委会"
              for i in g.items if i.task_id == "soil-2022:1"]
    assert [(i.alert, i.role) for i in soil_1] == [("unreported", "cooperating")]
    with store.read() as db:
        events = find_events(db, action="plan.reporting")
    assert {e.entity_id for e in events} == {"soil-2022", "air-2022"}
    assert all(e.note == "县环委会 2022 年 11 月会议要求" for e in events)


def test_issuing_details_are_edited_beside_the_reporting_settings(qtbot, ctx, window, store):
    from qs_desktop.ops.status import ledger_document

    page = window.show_page("units")
    page.reporting_button.click()
    dialog = page.findChild(PlanReportingDialog)
    doc_no, issued_on, issuer = dialog.issue_edits["air-2022"]
    assert (doc_no.text(), issued_on.text(), issuer.text()) == ("沁政办发〔2022〕27 号", "2022-07-08", "沁水县人民政府办公室")
    issued_on.setText("2022-7-32")
    with qtbot.waitSignal(ctx.errorShown, timeout=5_000):
        dialog.accept()
    assert dialog.isVisible()  # a wrong date keeps the dialog open, nothing written
    ctx.last_error.close()
    issued_on.setText("2022-07-10")
    dialog.reason.setText("以盖章文件为准")
    dialog.accept()
    idle(qtbot, ctx)
    assert ledger_document(store, "air-2022", date(2022, 10, 31)).issued_on == date(2022, 7, 10)
    with store.read() as db:
        (event,) = find_events(db, action="plan.issue")
    assert event.entity_id == "air-2022" and event.note == "以盖章文件为准"
