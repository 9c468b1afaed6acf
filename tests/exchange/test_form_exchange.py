"""Forms against a real ledger: what a unit is sent, and what importing its return does."""

from __future__ import annotations

from datetime import datetime

import openpyxl

from qs_desktop.exchange.forms import describe, export_form, form_document, form_files, import_forms
from qs_desktop.exchange.xlsx_form import FormDocument, FormLine, write_form
from qs_desktop.ops.catalog import list_tasks
from qs_desktop.ops.history import task_history
from qs_desktop.ops.reports import ReportInput, list_reports, save_report
from qs_desktop.ops.undo import revert_report

UNIT = "县住建局"
FIRST = 6  # row 5 heads the first ledger
PROGRESS, STATUS = 10, 11


def fill(path, rows, out=None):
    wb = openpyxl.load_workbook(path)
    ws = wb["填报表"]
    for row, (progress, status) in rows.items():
        ws.cell(row, PROGRESS).value = progress
        if progress.startswith("="):
            ws.cell(row, PROGRESS).data_type = "s"  # typed as text ('=…), not as a formula
        ws.cell(row, STATUS).value = status
    wb.save(out or path)
    return out or path


def test_form_lists_the_units_open_tasks_with_last_periods_report(store):
    save_report(store, ReportInput("air-2022:7", UNIT, "2022-09", "推进中", progress="九月已检查工地 12 个"))
    doc = form_document(store, UNIT, "2022-10")
    assert [ln.task_id for ln in doc.lines] == [t.id for t in list_tasks(store, unit=UNIT)]
    line = next(ln for ln in doc.lines if ln.task_id == "air-2022:7")
    assert (line.prev_progress, line.prev_status, line.role) == ("九月已检查工地 12 个", "推进中", "牵头")
    assert doc.unit == UNIT and doc.period == "2022-10"


def test_import_saves_reports_and_a_second_import_changes_nothing(store, tmp_path):
    path = tmp_path / "form.xlsx"
    export_form(store, UNIT, "2022-10", path)
    fill(path, {FIRST: ("已检查工地 20 个", "推进中"), FIRST + 1: ("已完成", "已完成")})

    [first] = import_forms(store, [path])
    assert first.error == "" and first.problems == []
    assert len(first.changes.tasks) == 2
    saved = list_reports(store, unit=UNIT, period="2022-10")
    assert [(r.task_id, r.status, r.progress, r.state) for r in saved] == [
        ("air-2022:7", "in_progress", "已检查工地 20 个", "submitted"),
        ("air-2022:8", "done", "已完成", "submitted")]

    [again] = import_forms(store, [path])
    assert again.pending == [] and not again.changes.tasks
    assert [r.version for r in list_reports(store, unit=UNIT, period="2022-10")] == [1, 1]


def test_a_repeated_file_is_recognised_and_still_compared_with_the_ledger(store, tmp_path, digest):
    path = tmp_path / "form.xlsx"
    export_form(store, UNIT, "2022-10", path)
    fill(path, {FIRST: ("已检查工地 20 个", "推进中"), FIRST + 1: ("已完成", "已完成")})
    [first] = import_forms(store, [path])
    assert first.imported_before == "" and "导入过" not in "\n".join(describe(first))
    assert task_history(store, "air-2022:7")[-1].note == f"填报表 {first.form.form_id}"

    copy = tmp_path / "县住建局（转发）.xlsx"
    copy.write_bytes(path.read_bytes())  # the same bytes under another name, as chat apps rename files
    before = digest()
    [again] = import_forms(store, [copy])
    assert again.imported_before and again.pending == []
    assert describe(again)[1].startswith("  此文件已于 ") and describe(again)[1].endswith(" 导入过。")
    assert digest() == before

    # The record never blocks: after undoing one saved report, the same file brings it back.
    revert_report(store, "air-2022:7", UNIT, "2022-10", None)
    [third] = import_forms(store, [path])
    assert [v.entry.task_id for v in third.pending] == ["air-2022:7"] and third.changes.tasks

def test_any_invalid_row_refuses_the_file_unless_skipping(store, tmp_path):
    path = tmp_path / "form.xlsx"
    export_form(store, UNIT, "2022-10", path)
    fill(path, {FIRST: ("已检查工地 20 个", "推进中"), FIRST + 1: ("", "已完成"), FIRST + 2: ("做了", "快好了")})

    [refused] = import_forms(store, [path])
    assert "整份未导入" in refused.error
    assert [(p.row, p.column) for p in refused.problems] == [(FIRST + 1, None), (FIRST + 2, "完成状态")]
    assert "请填写进展情况" in refused.problems[0].message
    assert list_reports(store, unit=UNIT) == []

    [dry] = import_forms(store, [path], dry_run=True, skip_invalid=True)
    assert [v.entry.task_id for v in dry.pending] == ["air-2022:7"]
    assert list_reports(store, unit=UNIT) == []

    [skipped] = import_forms(store, [path], skip_invalid=True)
    assert skipped.error == "" and len(skipped.problems) == 2
    assert [r.task_id for r in list_reports(store, unit=UNIT)] == ["air-2022:7"]


def test_a_row_for_a_task_the_unit_does_not_own_is_a_problem(store, tmp_path):
    path = tmp_path / "forged.xlsx"
    task = next(t for t in list_tasks(store) if UNIT not in t.lead_units + t.cooperating_units
                and "各乡（镇）人民政府" not in t.lead_units + t.cooperating_units)
    line = FormLine(task.id, task.ledger, task.section or "", str(task.seq), task.measure, task.deadline, "牵头")
    write_form(FormDocument(UNIT, "2022-10", "X1", [line], datetime(2022, 10, 1)), path)
    fill(path, {FIRST: ("做了", "推进中")})
    [result] = import_forms(store, [path])
    assert result.problems[0].row == FIRST and "不是任务" in result.problems[0].message
    assert result.error and list_reports(store) == []


def test_a_folder_imports_good_files_and_names_the_bad_ones(store, tmp_path):
    folder = tmp_path / "returns"
    folder.mkdir()
    export_form(store, UNIT, "2022-10", folder / "住建.xlsx")
    fill(folder / "住建.xlsx", {FIRST: ("已检查", "推进中")})
    export_form(store, "县能源局", "2022-10", folder / "能源.xlsx")
    (folder / "坏文件.xlsx").write_bytes(b"not a workbook")
    (folder / "~$住建.xlsx").write_bytes(b"lock file")
    seen = []
    results = import_forms(store, form_files(folder), progress=lambda i, n, p: seen.append((i, n)))
    assert [r.path.name for r in results] == ["住建.xlsx", "坏文件.xlsx", "能源.xlsx"]
    assert "不是有效的 Excel 工作簿" in results[1].error
    assert results[2].error == "" and not results[2].changes.tasks
    assert [r.unit for r in list_reports(store)] == [UNIT]
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)


def test_a_form_resaved_by_libreoffice_imports_the_same(store, tmp_path, soffice):
    path = tmp_path / "form.xlsx"
    export_form(store, UNIT, "2022-10", path)
    fill(path, {FIRST: ("=已检查工地 20 个\n第二段", "常态推进"), FIRST + 1: ("完成", "已完成")})
    resaved = soffice(path, "xlsx", tmp_path / "lo")
    [result] = import_forms(store, [resaved])
    assert result.error == "" and result.problems == []
    assert [(r.task_id, r.status, r.progress) for r in list_reports(store, unit=UNIT)] == [
        ("air-2022:7", "ongoing", "=已检查工地 20 个\n第二段"), ("air-2022:8", "done", "完成")]
    [again] = import_forms(store, [path])  # the original file brings nothing new
    assert again.pending == []


def test_a_form_whose_identity_was_rewritten_for_another_unit_is_refused(store, tmp_path):
    path = tmp_path / "form.xlsx"
    export_form(store, UNIT, "2022-10", path)
    wb = openpyxl.load_workbook(path)
    ident = wb["_form"]
    row = next(r for r in range(1, 10) if ident.cell(r, 1).value == "unit")
    ident.cell(row, 2).value = "县能源局"
    wb.save(path)
    fill(path, {FIRST: ("做了", "推进中")})
    [result] = import_forms(store, [path])
    assert "与下发时的记录不符" in result.error
    assert list_reports(store) == []


def test_a_database_that_cannot_be_written_fails_each_file_not_the_batch(store, db_path, tmp_path):
    from qs_desktop.ops.setup import open_ledger

    paths = []
    for name in ("a.xlsx", "b.xlsx"):
        export_form(store, UNIT, "2022-10", tmp_path / name)
        paths.append(fill(tmp_path / name, {FIRST: ("已检查", "推进中")}))
    read_only = open_ledger(db_path, read_only=True)
    try:
        results = import_forms(read_only, paths)
    finally:
        read_only.close()
    assert [("只读" in r.error) for r in results] == [True, True]
    assert list_reports(store) == []
