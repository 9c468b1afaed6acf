"""A township clerk with only WPS, over three months: forms each month, a return, a re-sent old file.

WPS keeps cell values and the hidden identity sheet like Excel; the clerk's edits are made with
openpyxl here, the way WPS saves them (values typed as text, the sheet renamed by habit).
"""

from __future__ import annotations

import shutil

import openpyxl

from qs_desktop.exchange.forms import describe, export_form, form_files, import_forms
from qs_desktop.ops import review
from qs_desktop.ops.reports import list_reports
from tests.forms_kit import clerk_fills

CLERK = "龙港镇人民政府"
DUST, FUMES = "air-2022:9", "air-2022:24"  # road dust, kitchen fumes: both given to 各乡（镇）人民政府


def shown(path, task: str) -> dict[str, object]:
    ws = openpyxl.load_workbook(path).worksheets[0]
    header = next(r for r in range(1, 20) if ws.cell(r, 1).value == "任务编号")
    row = next(r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 1).value == task)
    return {ws.cell(header, c).value: ws.cell(row, c).value for c in range(1, ws.max_column + 1)}


def current(store, task, period):
    (r,) = list_reports(store, task_id=task, unit=CLERK, period=period)
    return r.version, r.state, r.progress


def test_three_months_of_a_wps_clerk(store, tmp_path, digest):
    inbox = tmp_path / "收件箱"
    inbox.mkdir()

    # -- August: the first form. The clerk writes 进行中 (not in the drop-down) and renames the sheet.
    export_form(store, CLERK, "2022-08", tmp_path / "龙港镇-2022-08.xlsx")
    first_august = tmp_path / "龙港镇-2022-08.xlsx"
    clerk_fills(first_august, {DUST: ("已排查道路 3 条", "进行中"), FUMES: ("油烟检查 12 家", "推进中")},
                rename="龙港镇8月")
    sent = inbox / "龙港镇8月.xlsx"
    shutil.copy(first_august, sent)
    [result] = import_forms(store, [sent])
    assert result.error == "" and len(result.pending) == 2
    review.approve(store, FUMES, CLERK, "2022-08")
    review.return_report(store, DUST, CLERK, "2022-08", "请写明路段名称和整改数量")

    # -- September: the county sends the September form and August again; the return comes with it.
    resent_august = tmp_path / "龙港镇-2022-08-重发.xlsx"
    export_form(store, CLERK, "2022-08", resent_august)
    row = shown(resent_august, DUST)
    assert (row["本期状态"], row["审核意见"], row["进展情况"]) == ("已退回", "请写明路段名称和整改数量", "已排查道路 3 条")
    assert shown(resent_august, FUMES)["本期状态"] == "已通过"
    september = tmp_path / "龙港镇-2022-09.xlsx"
    export_form(store, CLERK, "2022-09", september)
    assert shown(september, FUMES)["上期进展"] == "（推进中）油烟检查 12 家"
    clerk_fills(resent_august, {DUST: ("已排查杏峪路、沁河路、滨河路，整改 5 处", "推进中")})
    clerk_fills(september, {DUST: ("整改完成 8 处", "推进中"), FUMES: ("油烟检查 15 家", "推进中")})
    shutil.move(resent_august, inbox / "8月修改.xlsx")
    shutil.move(september, inbox / "9月.xlsx")
    results = import_forms(store, form_files(inbox))  # the whole inbox, the first August file included
    by_name = {r.path.name: r for r in results}
    assert "导入过" in describe(by_name["龙港镇8月.xlsx"])[0]  # already in: not applied again
    assert [v.kind for v in by_name["8月修改.xlsx"].verdicts] == ["changed", "unchanged"]
    assert current(store, DUST, "2022-08") == (2, "submitted", "已排查杏峪路、沁河路、滨河路，整改 5 处")
    assert current(store, DUST, "2022-09")[1] == "submitted"
    for task, period in ((DUST, "2022-08"), (DUST, "2022-09"), (FUMES, "2022-09")):
        review.approve(store, task, CLERK, period)

    # -- October: the clerk finds the first August file on the desktop, edits it and sends it again.
    old_again = inbox / "8月（找到的旧表）.xlsx"
    shutil.copy(first_august, old_again)
    clerk_fills(old_again, {DUST: ("已排查道路 3 条，补充", "推进中")})
    october = tmp_path / "龙港镇-2022-10.xlsx"
    export_form(store, CLERK, "2022-10", october)
    clerk_fills(october, {DUST: ("整改完成 10 处", "推进中")}, below="另：新增巡查 2 次")
    before = digest()
    [stale_file, october_file] = import_forms(store, [old_again, october])
    assert [v.message for v in stale_file.of("stale")] == [
        f"第 {shown_row(old_again, DUST)} 行：此任务在填报表下发后已有第 2 版（已通过），本行未导入"]
    assert "整份未导入" in october_file.error  # the line typed below the table is not ignored
    assert any("不是下发的任务行" in p.message for p in october_file.problems)
    assert digest() == before  # the batch had a refused file: nothing was written
    clerk_fills(october, {}, below="")
    wb = openpyxl.load_workbook(october)
    ws = wb.worksheets[0]
    ws.delete_rows(ws.max_row)  # the clerk deletes the stray line
    wb.save(october)
    [stale_file, october_file] = import_forms(store, [old_again, october])
    assert october_file.error == "" and [v.kind for v in october_file.pending] == ["new"]
    assert stale_file.pending == [] and len(stale_file.of("stale")) == 1

    # After three months: each report is the clerk's latest reviewed answer, never the stale one.
    assert current(store, DUST, "2022-08") == (2, "approved", "已排查杏峪路、沁河路、滨河路，整改 5 处")
    assert current(store, FUMES, "2022-08") == (1, "approved", "油烟检查 12 家")
    assert current(store, DUST, "2022-10") == (1, "submitted", "整改完成 10 处")


def shown_row(path, task: str) -> int:
    ws = openpyxl.load_workbook(path).worksheets[0]
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == task)


def test_a_clerk_revises_the_returned_row_in_the_file_they_already_sent(store, tmp_path):
    """No new form from the county: the clerk hears of the return by phone, fixes the row in the file
    still on the desktop and mails it again. That is the revision asked for, not a stale file."""
    sent = tmp_path / "龙港镇8月.xlsx"
    export_form(store, CLERK, "2022-08", sent)
    clerk_fills(sent, {DUST: ("已排查道路 3 条", "推进中"), FUMES: ("油烟检查 12 家", "推进中")})
    [first] = import_forms(store, [sent])
    assert [v.kind for v in first.pending] == ["new", "new"]
    review.return_report(store, DUST, CLERK, "2022-08", "请写明路段名称和整改数量")
    review.approve(store, FUMES, CLERK, "2022-08")
    again = tmp_path / "龙港镇8月（改）.xlsx"
    shutil.copy(sent, again)
    clerk_fills(again, {DUST: ("已排查杏峪路、沁河路、滨河路，整改 5 处", "推进中")})
    [result] = import_forms(store, [again])
    assert result.error == "" and result.of("stale") == []
    assert [v.kind for v in result.verdicts] == ["changed", "unchanged"]
    assert current(store, DUST, "2022-08") == (2, "submitted", "已排查杏峪路、沁河路、滨河路，整改 5 处")
    # once approved, the same file cannot change the answer, and says so without a "newer version"
    review.approve(store, DUST, CLERK, "2022-08")
    clerk_fills(again, {DUST: ("又改了一次", "推进中")})
    [late] = import_forms(store, [again])
    assert [v.text for v in late.of("stale")] == ["此前报送的第 2 版已审核（已通过），不再修改，本行未导入"]
    assert current(store, DUST, "2022-08") == (2, "approved", "已排查杏峪路、沁河路、滨河路，整改 5 处")
