"""Limits refuse, never truncate: a plan sheet at the 20,000-task limit imports whole (titles and
header do not count), one task more is refused with the limit named, and content beyond the
readable area refuses the file instead of being cut off."""

from __future__ import annotations

import openpyxl
import pytest

from qs_desktop.core.errors import FileRejected, ImportRejected
from qs_desktop.exchange.xlsx_plan import read_plan_sheet
from qs_desktop.exchange.xlsx_safety import MAX_COLS, MAX_TASK_ROWS


def _plan(path, tasks: int, *, titles: int = 0, extra=None):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("计划")
    for i in range(titles):
        ws.append([f"附件{i + 1}" if i == 0 else "2023年空气质量改善行动计划台账"])
    ws.append(["序号", "具体措施", "完成时限", "牵头单位"])
    for n in range(1, tasks + 1):
        ws.append([n, f"第{n}项整治任务", "2023年10月底前", "县住建局"])
    if extra:
        ws.append(extra)
    wb.save(path)
    return path


def test_a_sheet_of_exactly_the_limit_imports_every_task(tmp_path):
    """Finding 11: 20,000 task rows plus the header imported 19,999 tasks and said nothing."""
    sheet = read_plan_sheet(_plan(tmp_path / "big.xlsx", MAX_TASK_ROWS, titles=2))
    assert len(sheet.rows) == MAX_TASK_ROWS
    assert sheet.rows[-1].measure == f"第{MAX_TASK_ROWS}项整治任务"


def test_one_task_over_the_limit_refuses_the_file_and_names_the_limit(tmp_path):
    with pytest.raises(ImportRejected) as refused:
        read_plan_sheet(_plan(tmp_path / "over.xlsx", MAX_TASK_ROWS + 1))
    assert f"{MAX_TASK_ROWS + 1} 项任务" in refused.value.message
    assert f"{MAX_TASK_ROWS} 项" in refused.value.message


def test_content_far_below_the_table_refuses_the_sheet(tmp_path):
    path = _plan(tmp_path / "far.xlsx", 3)
    wb = openpyxl.load_workbook(path)
    wb.active.cell(25_000, 2, "被遗忘的一行")
    wb.save(path)
    with pytest.raises(FileRejected, match="第 25000 行仍有内容"):
        read_plan_sheet(path)


def test_content_beyond_the_last_readable_column_refuses_the_sheet(tmp_path):
    path = _plan(tmp_path / "wide.xlsx", 3)
    wb = openpyxl.load_workbook(path)
    wb.active.cell(2, MAX_COLS + 1, "备注写在了很远的列")
    wb.save(path)
    with pytest.raises(FileRejected, match=f"超过本程序可读取的 {MAX_COLS} 列"):
        read_plan_sheet(path)


def test_blank_formatting_far_away_is_not_content(tmp_path):
    """WPS templates often format whole columns: styled empty cells are not refused."""
    path = _plan(tmp_path / "styled.xlsx", 3)
    wb = openpyxl.load_workbook(path)
    wb.active.cell(30_000, 80).number_format = "@"
    wb.save(path)
    assert len(read_plan_sheet(path).rows) == 3
