"""导入填报表: the preview says per file and per row what will change; 导入 saves only then."""

from __future__ import annotations

import openpyxl
import pytest

from qs_desktop.exchange.forms import export_form
from qs_desktop.ops.reports import list_reports
from qs_desktop.ui.import_dialogs import FormImportDialog

from .conftest import idle

UNIT = "县住建局"
A, B = "air-2022:7", "air-2022:8"  # two of the unit's tasks


def task_rows(ws) -> tuple[dict[str, int], int, int]:
    """Where the form puts each task and the two columns a unit fills, found by their headers."""
    header = next(row for row in ws.iter_rows() if row[0].value == "任务编号")
    cols = {cell.value: cell.column for cell in header}
    rows = {ws.cell(r, 1).value: r for r in range(header[0].row + 1, ws.max_row + 1) if ws.cell(r, 1).value}
    return rows, cols["进展情况"], cols["完成状态"]


def form(store, folder, name, filled: dict[str, tuple[str, str]], period="2022-10"):
    path = folder / name
    export_form(store, UNIT, period, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["填报表"]
    rows, progress_col, status_col = task_rows(ws)
    for task_id, (progress, status) in filled.items():
        ws.cell(rows[task_id], progress_col).value = progress
        ws.cell(rows[task_id], status_col).value = status
    wb.save(path)
    return path


def row_of(path, task_id: str) -> int:
    return task_rows(openpyxl.load_workbook(path)["填报表"])[0][task_id]


@pytest.fixture
def returns(store, tmp_path):
    folder = tmp_path / "交回"
    folder.mkdir()
    form(store, folder, "a_good.xlsx", {A: ("已检查工地 20 个", "推进中"), B: ("围挡全部到位", "已完成")})
    form(store, folder, "b_bad.xlsx", {A: ("九月检查 8 个", "推进中"), B: ("做了", "快好了")},
         period="2022-09")
    (folder / "~$a_good.xlsx").write_bytes(b"lock file of an open workbook")
    return folder


def texts(item) -> list[str]:
    return [item.text(c) for c in range(item.columnCount())]


def open_dialog(qtbot, ctx, paths) -> FormImportDialog:
    dialog = FormImportDialog(ctx, paths=paths)
    qtbot.addWidget(dialog)
    idle(qtbot, ctx)
    return dialog


def test_folder_preview_lists_changes_and_problems_and_writes_nothing(qtbot, ctx, store, returns):
    dialog = open_dialog(qtbot, ctx, [returns])
    good, bad = (dialog.tree.topLevelItem(i) for i in range(2))
    assert dialog.tree.topLevelItemCount() == 2  # the Office lock file is not a form
    assert "a_good.xlsx" in good.text(0) and "新增 2 项" in good.text(0)
    rows = [texts(good.child(i)) for i in range(good.childCount())]
    first = row_of(returns / "a_good.xlsx", A)
    assert rows[0][:4] == [f"第 {first} 行", rows[0][1], "新增", "推进中"]
    assert rows[0][1].startswith("air-2022:7") and rows[0][4] == "已检查工地 20 个"
    assert "整份未导入" in bad.text(0) and "2022年9月" in bad.text(0)
    problems = [texts(bad.child(i)) for i in range(bad.childCount()) if bad.child(i).text(2) == "问题"]
    assert [p[:2] for p in problems] == [[f"第 {row_of(returns / 'b_bad.xlsx', B)} 行", "“完成状态”列"]]
    assert texts(bad.child(0))[:3] == [f"第 {first} 行", texts(bad.child(0))[1], "不导入"]  # valid, but the file is refused
    assert "可导入 1 个" in dialog.summary.text() and "整份未导入 1 个" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert list_reports(store, unit=UNIT) == []


def test_import_saves_the_good_file_and_tells_the_pages(qtbot, ctx, store, returns):
    dialog = open_dialog(qtbot, ctx, [returns])
    with qtbot.waitSignal(ctx.changed, timeout=10_000) as changed:
        dialog.import_button.click()
    idle(qtbot, ctx)
    assert changed.args[0].tasks == {"air-2022:7", "air-2022:8"}
    saved = list_reports(store, unit=UNIT)
    assert [(r.task_id, r.period, r.progress) for r in saved] == [
        ("air-2022:7", "2022-10", "已检查工地 20 个"), ("air-2022:8", "2022-10", "围挡全部到位")]
    assert "已导入 1 个文件" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert "已导入" in dialog.tree.topLevelItem(0).text(0)


def test_skipping_problem_rows_imports_the_rest_of_the_bad_file(qtbot, ctx, store, returns):
    dialog = open_dialog(qtbot, ctx, [returns / "b_bad.xlsx"])
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    idle(qtbot, ctx)
    item = dialog.tree.topLevelItem(0)
    assert "新增 1 项" in item.text(0) and "跳过 1 处" in dialog.summary.text()
    dialog.import_button.click()
    idle(qtbot, ctx)
    assert [(r.task_id, r.period) for r in list_reports(store, unit=UNIT)] == [("air-2022:7", "2022-09")]


def test_importing_the_same_file_again_offers_nothing(qtbot, ctx, store, returns):
    path = returns / "a_good.xlsx"
    first = open_dialog(qtbot, ctx, [path])
    first.import_button.click()
    idle(qtbot, ctx)
    again = open_dialog(qtbot, ctx, [path])
    item = again.tree.topLevelItem(0)
    assert "导入过，不再导入" in item.text(0) and item.childCount() == 0
    assert not again.import_button.isEnabled() and "1 个文件以前已导入过，不再导入" in again.summary.text()


def test_a_stale_row_is_shown_with_its_reason_and_the_rest_imports(qtbot, ctx, store, tmp_path):
    from qs_desktop.ops import review

    old = form(store, tmp_path, "old.xlsx", {A: ("九月底前检查完毕", "推进中")})
    new = form(store, tmp_path, "new.xlsx", {A: ("检查工地 20 个", "推进中")})
    first = open_dialog(qtbot, ctx, [new])
    first.import_button.click()
    idle(qtbot, ctx)
    review.approve(store, A, UNIT, "2022-10")
    wb = openpyxl.load_workbook(old)  # the old form, completed later with one more row
    rows, progress_col, status_col = task_rows(wb["填报表"])
    wb["填报表"].cell(rows[B], progress_col).value = "围挡到位"
    wb["填报表"].cell(rows[B], status_col).value = "已完成"
    wb.save(old)
    dialog = open_dialog(qtbot, ctx, [old])
    item = dialog.tree.topLevelItem(0)
    verdicts = {texts(item.child(i))[1].split("　")[0]: texts(item.child(i)) for i in range(item.childCount())}
    assert verdicts[A][2] == "已过时"
    assert verdicts[A][4] == "此任务在填报表下发后已有第 1 版（已通过），本行未导入"
    assert verdicts[B][2] == "新增" and "已过时 1 项" in item.text(0)
    assert "1 行在填报表下发后已有更新的版本或已审核" in dialog.summary.text()
    dialog.import_button.click()
    idle(qtbot, ctx)
    saved = {r.task_id: (r.version, r.state, r.progress) for r in list_reports(store, unit=UNIT)}
    assert saved == {A: (1, "approved", "检查工地 20 个"), B: (1, "submitted", "围挡到位")}


def test_a_file_that_is_no_workbook_goes_to_the_error_dialog(qtbot, ctx, store, tmp_path):
    path = tmp_path / "照片.xlsx"
    path.write_bytes(b"\xff\xd8\xff\xe0 not a workbook")
    with qtbot.waitSignal(ctx.errorShown, timeout=10_000) as shown:
        dialog = open_dialog(qtbot, ctx, [path])
    assert "照片.xlsx" in shown.args[0]
    assert "Traceback" not in shown.args[0]
    assert not dialog.import_button.isEnabled()
    ctx.last_error.close()


def test_the_exchange_page_opens_this_dialog(qtbot, ctx):
    from qs_desktop.ui.exchange_page import ExchangePage

    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.buttons["form_import"].click()
    assert isinstance(page.last_dialog, FormImportDialog) and page.last_dialog.isVisible()
    assert page.last_dialog.folder_button.text() == "选择文件夹…"
    page.last_dialog.close()


def test_progress_counts_files_and_cancelling_writes_nothing(store, returns):
    from qs_desktop.core.errors import QsError
    from qs_desktop.ui.import_dialogs import apply_forms, check_forms

    seen = []
    results, _measures = check_forms(store, sorted(returns.glob("[ab]*.xlsx")), False,
                                     progress=lambda done, total: seen.append((done, total)) or True)
    assert seen == [(0, 2), (1, 2), (2, 2)] and len(results) == 2
    with pytest.raises(QsError, match="已取消"):
        check_forms(store, [returns / "a_good.xlsx"], False, progress=lambda done, total: False)

    good = form(store, returns, "c_more.xlsx", {A: ("第二份", "推进中")}, period="2022-08")
    with pytest.raises(QsError, match="没有导入任何内容"):
        apply_forms(store, [good, returns / "a_good.xlsx"], False, progress=lambda done, total: done < 1)
    assert list_reports(store, unit=UNIT) == []  # one transaction for the files: none was applied
    applied = apply_forms(store, [good, returns / "a_good.xlsx"], False)
    assert [bool(r.changes) for r in applied] == [True, True]


def test_a_folder_dropped_on_the_dialog_is_checked(qtbot, ctx, returns):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    dialog = open_dialog(qtbot, ctx, None)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(returns))])
    dialog.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    idle(qtbot, ctx)
    assert dialog.tree.topLevelItemCount() == 2 and "共 2 个文件" in dialog.source.text()
