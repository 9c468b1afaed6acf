"""Forms against a real ledger: what a unit is sent, and what importing its return does."""

from __future__ import annotations

import openpyxl
import pytest

from qs_desktop.exchange.forms import (
    ALTERED,
    NOT_ISSUED,
    describe,
    export_form,
    form_document,
    form_files,
    import_forms,
)
from qs_desktop.exchange.xlsx_form import form_mac
from qs_desktop.ops import review
from qs_desktop.ops.catalog import list_tasks
from qs_desktop.ops.history import task_history
from qs_desktop.ops.reports import ReportInput, list_reports, save_report

UNIT = "县住建局"
FIRST = 6  # row 5 heads the first ledger
PROGRESS, STATUS = 11, 12
COLUMN = {"审核意见": 10, "本期状态": 9, "完成数量": 15}


def fill(path, rows, out=None):
    wb = openpyxl.load_workbook(path)
    ws = next(ws for ws in wb.worksheets if ws.sheet_state == "visible")
    for row, (progress, status) in rows.items():
        ws.cell(row, PROGRESS).value = progress
        if progress.startswith("="):
            ws.cell(row, PROGRESS).data_type = "s"  # typed as text ('=…), not as a formula
        ws.cell(row, STATUS).value = status
    wb.save(out or path)
    return out or path


def row_of(path, task_id) -> int:
    ws = openpyxl.load_workbook(path)["填报表"]
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == task_id)


def test_form_lists_what_the_unit_owes_for_the_period_with_last_periods_report(store):
    save_report(store, ReportInput("air-2022:7", UNIT, "2022-09", "推进中", progress="九月已检查工地 12 个"))
    doc = form_document(store, UNIT, "2022-10")
    # air-2022:25 is due “2022 年 5-9 月份”: owed in September, not in October
    window = "air-2022:25"
    assert [ln.task_id for ln in doc.lines] == [t.id for t in list_tasks(store, unit=UNIT) if t.id != window]
    assert window in [ln.task_id for ln in form_document(store, UNIT, "2022-09").lines]
    line = next(ln for ln in doc.lines if ln.task_id == "air-2022:7")
    assert (line.prev_progress, line.prev_status, line.role) == ("九月已检查工地 12 个", "推进中", "牵头")
    assert (line.state, line.version, line.progress) == ("", 0, "")  # nothing for October yet
    assert doc.unit == UNIT and doc.period == "2022-10"


def test_a_unit_that_finished_a_task_is_not_asked_again_and_a_cooperating_one_only_when_the_plan_says(store):
    from qs_desktop.ops.plans import set_plan_reporting

    save_report(store, ReportInput("air-2022:7", UNIT, "2022-09", "已完成", progress="全部工地已整改"))
    review.approve(store, "air-2022:7", UNIT, "2022-09")
    assert "air-2022:7" not in [ln.task_id for ln in form_document(store, UNIT, "2022-10").lines]

    helper, unit = "water-2022:3", "县行政审批服务管理局"  # 配合 on water task 3, lead on none of the plan
    assert helper not in [ln.task_id for ln in form_document(store, unit, "2022-10").lines]
    set_plan_reporting(store, "water-2022", cooperating_report=True, reason="配合单位也需报送")
    line = next(ln for ln in form_document(store, unit, "2022-10").lines if ln.task_id == helper)
    assert line.role == "配合"


def test_import_saves_reports_and_a_second_import_changes_nothing(store, tmp_path, digest):
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
    assert task_history(store, "air-2022:7")[-1].note == f"填报表 {first.form.form_id}"

    before = digest()
    copy = tmp_path / "县住建局（转发）.xlsx"
    copy.write_bytes(path.read_bytes())  # the same bytes under another name, as chat apps rename files
    [again] = import_forms(store, [copy])
    assert again.imported_before and again.pending == [] and again.changes is None
    assert describe(again)[0].endswith("导入过，未再次导入。")
    assert digest() == before


def test_a_repeated_file_is_not_applied_again_even_after_its_report_was_undone(store, tmp_path, digest):
    from qs_desktop.ops.undo import revert_report

    path = tmp_path / "form.xlsx"
    export_form(store, UNIT, "2022-10", path)
    fill(path, {FIRST: ("已检查工地 20 个", "推进中")})
    import_forms(store, [path])
    revert_report(store, "air-2022:7", UNIT, "2022-10", None)  # the coordinator took it out
    before = digest()
    [again] = import_forms(store, [path])
    assert again.pending == [] and digest() == before


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


def test_a_folder_is_all_or_nothing(store, tmp_path):
    folder = tmp_path / "returns"
    folder.mkdir()
    export_form(store, UNIT, "2022-10", folder / "住建.xlsx")
    fill(folder / "住建.xlsx", {FIRST: ("已检查", "推进中")})
    export_form(store, "县能源局", "2022-10", folder / "能源.xlsx")
    fill(folder / "能源.xlsx", {FIRST: ("已推进", "推进中")})
    (folder / "坏文件.xlsx").write_bytes(b"not a workbook")
    (folder / "~$住建.xlsx").write_bytes(b"lock file")
    seen = []
    results = import_forms(store, form_files(folder), progress=lambda i, n, p: seen.append((i, n)))
    assert [r.path.name for r in results] == ["住建.xlsx", "坏文件.xlsx", "能源.xlsx"]
    assert "不是有效的 Excel 工作簿" in results[1].error
    assert all("整批未导入" in r.error for r in (results[0], results[2]))
    assert list_reports(store) == []
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)

    results = import_forms(store, form_files(folder), skip_invalid=True)  # the clerk's choice: the rest
    assert [bool(r.changes) for r in results] == [True, False, True]
    assert sorted(r.unit for r in list_reports(store)) == sorted([UNIT, "县能源局"])


def test_a_folder_import_interrupted_half_way_leaves_nothing(store, tmp_path, monkeypatch):
    from qs_desktop.ops import intake

    paths = []
    for unit, name in ((UNIT, "a.xlsx"), ("县能源局", "b.xlsx")):
        export_form(store, unit, "2022-10", tmp_path / name)
        paths.append(fill(tmp_path / name, {FIRST: ("已检查", "推进中")}))
    calls = []
    real = intake.remember_import

    def dies_on_the_second_file(db, record):
        calls.append(record)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the process is stopped after the first file's reports
        real(db, record)

    monkeypatch.setattr(intake, "remember_import", dies_on_the_second_file)
    with pytest.raises(KeyboardInterrupt):
        import_forms(store, paths)
    assert list_reports(store) == []


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
    assert again.pending == [] and [v.kind for v in again.verdicts] == ["unchanged", "unchanged"]


# -- authenticity (issue 10, finding 4) -------------------------------------------------------------

def _rewrite_identity(path, **changes):
    wb = openpyxl.load_workbook(path)
    ident = wb["_form"]
    for r in range(1, 10):
        if ident.cell(r, 1).value in changes:
            ident.cell(r, 2).value = changes[ident.cell(r, 1).value]
    wb.save(path)


def test_a_form_rewritten_to_claim_another_unit_is_refused(store, tmp_path):
    path = tmp_path / "form.xlsx"
    export_form(store, "龙港镇", "2022-10", path)
    _rewrite_identity(path, unit="县住建局")
    fill(path, {FIRST: ("已完成", "已完成")})
    [result] = import_forms(store, [path])
    assert result.error == ALTERED
    assert list_reports(store) == []


def test_a_mac_recomputed_without_the_key_is_refused(store, tmp_path):
    path = tmp_path / "form.xlsx"
    doc = export_form(store, "龙港镇", "2022-10", path)
    wb = openpyxl.load_workbook(path)
    ident = wb["_form"]
    locked = [(ident.cell(r, 1).value, ident.cell(r, 2).value, ident.cell(r, 3).value)
              for r in range(11, 11 + len(doc.lines))]
    wb.close()
    guessed = form_mac(b"", doc.form_id, "县住建局", "2022-10", locked)  # all a forger can compute
    _rewrite_identity(path, unit="县住建局", mac=guessed)
    fill(path, {FIRST: ("已完成", "已完成")})
    [result] = import_forms(store, [path])
    assert result.error == ALTERED and list_reports(store) == []


def test_a_task_swapped_into_the_hidden_sheet_is_refused(store, tmp_path):
    path = tmp_path / "form.xlsx"
    export_form(store, UNIT, "2022-10", path)
    other = next(t for t in list_tasks(store) if UNIT not in t.lead_units + t.cooperating_units)
    wb = openpyxl.load_workbook(path)
    wb["_form"]["A11"] = other.id
    wb["填报表"].cell(FIRST, 1).value = other.id
    wb.save(path)
    fill(path, {FIRST: ("做了", "推进中")})
    [result] = import_forms(store, [path])
    assert result.error == ALTERED and list_reports(store) == []


def test_a_form_from_another_ledger_is_refused(store, tmp_path):
    from qs_desktop.ops.setup import open_ledger

    other = open_ledger(tmp_path / "other" / "ledger.sqlite")  # another office's copy of the same plans
    try:
        path = tmp_path / "form.xlsx"
        export_form(other, UNIT, "2022-10", path)
    finally:
        other.close()
    fill(path, {FIRST: ("已检查", "推进中")})
    [result] = import_forms(store, [path])
    assert result.error == NOT_ISSUED
    assert "不是本台账下发的" in describe(result)[0]
    assert list_reports(store) == []


def test_a_database_that_cannot_be_written_applies_nothing(store, db_path, tmp_path):
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


# -- the review travels with the form (issue 11) ---------------------------------------------------

def test_the_stale_form_story_return_revision_approval_then_the_old_form_again(store, tmp_path, digest):
    """端氏镇's story: the returned text must never come back as a new version."""
    unit, task, period = "端氏镇", "air-2022:10", "2022-08"
    september = tmp_path / "端氏镇-2022-08.xlsx"
    export_form(store, unit, period, september)
    row = row_of(september, task)
    fill(september, {row: ("已完成道路扬尘排查", "推进中")})
    import_forms(store, [september])
    review.return_report(store, task, unit, period, "请写明排查路段和整改数量")

    resent = tmp_path / "端氏镇-2022-08-退回后.xlsx"
    export_form(store, unit, period, resent)
    ws = openpyxl.load_workbook(resent)["填报表"]
    assert (ws.cell(row, COLUMN["本期状态"]).value, ws.cell(row, COLUMN["审核意见"]).value) == (
        "已退回", "请写明排查路段和整改数量")
    assert ws.cell(row, PROGRESS).value == "已完成道路扬尘排查"  # to edit, not to retype
    fill(resent, {row: ("已排查 5 条路段，整改 3 处", "推进中")})
    import_forms(store, [resent])
    review.approve(store, task, unit, period)

    old = tmp_path / "旧表（重发）.xlsx"
    fill(september, {row: ("已完成道路扬尘排查。", "推进中")}, out=old)  # re-saved, so not the same bytes
    before = digest()
    [result] = import_forms(store, [old])
    assert result.error == "" and result.pending == []
    (stale,) = result.of("stale")
    assert stale.message == f"第 {row} 行：此任务在填报表下发后已有第 2 版（已通过），本行未导入"
    assert f"  未导入 {stale.message}" in describe(result)
    assert digest() == before
    (now,) = list_reports(store, task_id=task, unit=unit, period=period)
    assert (now.version, now.state, now.progress) == (2, "approved", "已排查 5 条路段，整改 3 处")


def test_a_returned_row_round_trip_survives_a_libreoffice_resave(store, tmp_path, soffice):
    save_report(store, ReportInput("air-2022:7", UNIT, "2022-10", "推进中", "检查工地", source="gui"))
    review.return_report(store, "air-2022:7", UNIT, "2022-10", "请写明检查了几个工地")
    path = tmp_path / "form.xlsx"
    export_form(store, UNIT, "2022-10", path)
    resaved = soffice(path, "xlsx", tmp_path / "lo")  # opened and saved untouched, then filled
    wb = openpyxl.load_workbook(resaved)
    ws = wb.worksheets[0]
    assert ws.cell(FIRST, COLUMN["审核意见"]).value == "请写明检查了几个工地"
    assert ws.cell(FIRST, PROGRESS).value == "检查工地"
    ws.cell(FIRST, PROGRESS).value = "检查工地 20 个，整改 4 个"
    wb.save(resaved)
    twice = soffice(resaved, "xlsx", tmp_path / "lo2")
    [result] = import_forms(store, [twice])
    assert result.error == "" and [v.kind for v in result.verdicts] == ["changed"]
    (now,) = list_reports(store, task_id="air-2022:7", unit=UNIT, period="2022-10")
    assert (now.version, now.state, now.progress) == (2, "submitted", "检查工地 20 个，整改 4 个")


def test_quantities_mean_the_same_on_the_form_as_on_the_command_line(store, tmp_path, cli):
    task = "water-2022:8"  # 县住建局 leads; target 70 %
    results = {}
    for typed in ("40吨", "４０％"):
        path = tmp_path / f"{typed}.xlsx"
        export_form(store, UNIT, "2022-10", path)
        wb = openpyxl.load_workbook(path)
        ws = wb["填报表"]
        row = row_of(path, task)
        ws.cell(row, PROGRESS).value, ws.cell(row, STATUS).value = "污水收集率提升", "推进中"
        ws.cell(row, COLUMN["完成数量"]).value = typed
        wb.save(path)
        [results[typed]] = import_forms(store, [path])
    code, _out, err = cli("report", "add", task, "--unit", UNIT, "--period", "2022-10", "--status", "推进中",
                          "--text", "污水收集率提升", "--quantity", "40吨")
    assert code == 1 and results["40吨"].problems[0].message == err.strip()
    assert "目标单位“%”" in err
    (saved,) = list_reports(store, task_id=task, unit=UNIT)
    assert saved.quantity == 40
