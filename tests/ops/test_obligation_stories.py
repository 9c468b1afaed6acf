"""Three months of a county's reporting, played through as the people who live it.

The coordinator (县环委会办公室), a township clerk with the app (端氏镇), a township clerk with
only WPS (嘉峰镇, through the Excel form) and the county housing bureau (县住建局).
"""

from __future__ import annotations

from datetime import date

import openpyxl

from qs_desktop.exchange.forms import export_form, import_forms
from qs_desktop.ops import review
from qs_desktop.ops.catalog import list_tasks
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ops.stats import stats
from qs_desktop.ops.status import ledger_document, task_statuses
from qs_desktop.ops.todo import todo

BARE_LAND = "air-2022:10"  # 县住建局, 县园林绿化服务中心 and 各乡（镇）人民政府: 14 units, 长期坚持
SEWAGE = "water-2022:7"  # 县住建局, 端氏镇, 嘉峰镇; 年底前


def state(store, task_id, as_of):
    ledger = task_id.split(":")[0]
    return next(s for s in task_statuses(store, list_tasks(store, ledger=ledger), as_of) if s.task.id == task_id)


def owes(store, unit, task_id, as_of):
    return [(i.period, i.state, i.review_comment) for i in todo(store, unit, as_of) if i.task == task_id]


def fill_form(path, task_measure_start: str, progress: str, status: str) -> None:
    """What the WPS clerk does: find the task's row, type the progress and pick the status."""
    wb = openpyxl.load_workbook(path)
    ws = next(s for s in wb.worksheets if s.sheet_state == "visible")
    header_row, columns = next(
        (r[0].row, {c.value: c.column for c in r if c.value})
        for r in ws.iter_rows() if any(c.value == "完成状态" for c in r))
    progress_col = next(col for name, col in columns.items() if "进展" in str(name) and "上期" not in str(name))
    row = next(r[0].row for r in ws.iter_rows(min_row=header_row + 1)
               if any(isinstance(c.value, str) and c.value.startswith(task_measure_start) for c in r))
    ws.cell(row, progress_col).value = progress
    ws.cell(row, columns["完成状态"]).value = status
    wb.save(path)


def test_a_returned_report_a_draft_and_a_wps_form_over_two_months(store, tmp_path):
    sept_6 = date(2022, 9, 6)  # August is owed
    assert len(state(store, BARE_LAND, sept_6).assessment.unreported_units) == 14

    # 端氏镇's clerk reports August from the app.
    save_report(store, ReportInput(BARE_LAND, "端氏镇", "2022-08", "推进中", "排查裸地 6 处"))
    missing = state(store, BARE_LAND, sept_6).assessment.unreported_units
    assert "端氏镇人民政府" not in missing and {"嘉峰镇人民政府", "县住建局"} <= set(missing)
    assert owes(store, "嘉峰镇", BARE_LAND, sept_6) == [("2022-07", "unreported", ""), ("2022-08", "unreported", "")]

    # The coordinator sends it back: 端氏镇 is unreported again and sees why.
    review.return_report(store, BARE_LAND, "端氏镇", "2022-08", "请写明面积")
    assert "端氏镇人民政府" in state(store, BARE_LAND, sept_6).assessment.unreported_units
    assert owes(store, "端氏镇", BARE_LAND, sept_6)[-1] == ("2022-08", "returned", "请写明面积")

    # The clerk revises; the coordinator approves: August is off 端氏镇's list.
    save_report(store, ReportInput(BARE_LAND, "端氏镇", "2022-08", "推进中", "排查裸地 6 处，共 1.2 公顷"))
    assert owes(store, "端氏镇", BARE_LAND, sept_6)[-1] == ("2022-08", "submitted", "")
    review.approve(store, BARE_LAND, "端氏镇", "2022-08")
    assert owes(store, "端氏镇", BARE_LAND, sept_6) == [("2022-07", "unreported", "")]
    unit = {u.unit: u for u in state(store, BARE_LAND, sept_6).assessment.units}
    assert unit["端氏镇人民政府"].status == "ongoing" and unit["嘉峰镇人民政府"].status == "not_started"

    # 嘉峰镇 has no app: it fills the form in WPS and sends it back.
    form = tmp_path / "嘉峰镇-2022-08-填报表.xlsx"
    export_form(store, "嘉峰镇", "2022-08", form)
    fill_form(form, "在全县范围内开展裸地治理", "已排查裸地 3 处", "推进中")
    [result] = import_forms(store, [form])
    assert result.error == "", result.error
    assert "嘉峰镇人民政府" not in state(store, BARE_LAND, sept_6).assessment.unreported_units

    # A month later September is owed: last month's reports do not carry over.
    oct_6 = date(2022, 10, 6)
    missing = state(store, BARE_LAND, oct_6).assessment.unreported_units
    assert {"端氏镇人民政府", "嘉峰镇人民政府"} <= set(missing)
    # 龙港镇 starts a draft and does not submit it: still 未报送, listed as a draft to finish.
    save_report(store, ReportInput(BARE_LAND, "龙港镇", "2022-09", "推进中", "草拟中", submit=False))
    assert "龙港镇人民政府" in state(store, BARE_LAND, oct_6).assessment.unreported_units
    assert ("2022-09", "draft", "") in owes(store, "龙港镇", BARE_LAND, oct_6)

    # The leaders' table: per unit, 端氏镇 has one approved and 龙港镇 a draft that counts as missing.
    rows = {r.key: r for r in stats(store, oct_6, "2022-08", by="unit")}
    assert rows["端氏镇人民政府"].approved >= 1 and rows["嘉峰镇人民政府"].submitted >= 1
    assert rows["龙港镇人民政府"].submitted == 0


def test_done_then_the_deadline_is_extended_then_returned_then_closed(store, monkeypatch):
    nov_15 = date(2022, 11, 15)  # October is owed
    save_report(store, ReportInput(SEWAGE, "县住建局", "2022-10", "已完成", "第二污水处理厂已投运"))
    review.approve(store, SEWAGE, "县住建局", "2022-10")
    found = state(store, SEWAGE, nov_15)
    assert found.assessment.progress_note() == "已完成 1/3"
    assert found.status == "in_progress"  # under way: one of three is done, the townships have not started
    assert found.assessment.unreported_units == ["端氏镇人民政府", "嘉峰镇人民政府"]
    # Done ends the bureau's duty after October; the months it skipped before stay on its list.
    assert owes(store, "县住建局", SEWAGE, date(2022, 12, 15)) == [
        ("2022-07", "unreported", ""), ("2022-08", "unreported", ""), ("2022-09", "unreported", "")]

    # The coordinator extends the task's deadline: the bureau's finished work stays finished.
    review.set_due(store, SEWAGE, date(2023, 3, 31), "端氏镇管网工程延期")
    assert state(store, SEWAGE, nov_15).assessment.units[0].status == "done"

    # To ask the bureau for more, the coordinator returns its 已完成: it owes October again.
    review.return_report(store, SEWAGE, "县住建局", "2022-10", "尚未通过竣工验收")
    assert "县住建局" in state(store, SEWAGE, nov_15).assessment.unreported_units
    assert owes(store, "县住建局", SEWAGE, nov_15)[-1] == ("2022-10", "returned", "尚未通过竣工验收")

    # Everyone finishes; the task is done, closed, and nobody owes anything on it.
    for unit in ("县住建局", "端氏镇", "嘉峰镇"):
        save_report(store, ReportInput(SEWAGE, unit, "2022-10", "已完成", f"{unit}已完成并验收"))
        review.approve(store, SEWAGE, unit, "2022-10")
    assert state(store, SEWAGE, nov_15).status == "done"
    monkeypatch.setattr(review, "now_iso", lambda: "2022-11-15T10:00:00+00:00")
    review.close_task(store, SEWAGE, "全部验收")
    assert state(store, SEWAGE, nov_15).status == "closed"
    assert state(store, SEWAGE, date(2022, 11, 14)).status == "done"  # the day before it read as it did
    # The day before closing, the bureau's skipped months were on its list.
    assert [p for p, *_ in owes(store, "县住建局", SEWAGE, date(2022, 11, 14))] == ["2022-07", "2022-08", "2022-09"]
    # Closing ends nothing that was already owed — August stays 未报送 in its figures — but the
    # to-do lists are empty: a report on a closed task is refused, so nothing there could be done.
    from qs_desktop.ops.obligations import unit_duties

    assert [d.owed for d in unit_duties(store, "县住建局", "2022-08") if d.task.id == SEWAGE] == [True]
    for unit in ("县住建局", "端氏镇", "嘉峰镇"):
        assert owes(store, unit, SEWAGE, date(2022, 12, 15)) == []


def test_a_2022_ledger_opened_years_later_shows_what_was_missed_in_2022(store):
    today = date(2026, 12, 1)
    periods = {i.period for i in todo(store, "嘉峰镇", today)}
    assert min(periods) == "2022-07" and max(periods) == "2022-12"  # issued 2022-07-08; ends with its year
    assert {r.period for r in stats(store, today)} == {"2022-12"}
    assert state(store, BARE_LAND, today).assessment.period == "2022-12"


def test_the_printed_ledger_says_how_many_are_done_and_who_has_not_reported(store):
    for unit in ("县住建局", "端氏镇"):
        save_report(store, ReportInput(SEWAGE, unit, "2022-10", "已完成", f"{unit}负责部分已完成"))
        review.approve(store, SEWAGE, unit, "2022-10")
    doc = ledger_document(store, "water-2022", date(2022, 11, 15), "2022-10")
    line = next(ln for ln in doc.lines if ln.task_id == SEWAGE)
    assert line.status == "推进中"  # two of three done; 嘉峰镇 has not started by its own reports
    assert line.progress.splitlines()[-2:] == ["已完成 2/3", "2022年10月未报送 1/3：嘉峰镇"]
    # The progress of another month names who is missing in that month.
    doc = ledger_document(store, "water-2022", date(2022, 11, 15), "2022-09")
    line = next(ln for ln in doc.lines if ln.task_id == SEWAGE)
    assert line.progress.splitlines()[-1] == "2022年9月未报送 3/3：县住建局、端氏镇、嘉峰镇"
