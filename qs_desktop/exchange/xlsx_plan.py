"""A plan's task table from the spreadsheet it arrives in: each worksheet as a `Grid`."""

from __future__ import annotations

import os
import re
from datetime import date, datetime

from openpyxl.worksheet.worksheet import Worksheet

from ..core.errors import InvalidInput
from .plan_table import Grid, PlanSheet, PlanSheetMapping, locate, read_grid
from .xlsx_safety import MAX_COLS, MAX_ROWS, bounded_rows, open_workbook
from .xlsx_style import cell_text


def sheet_grid(ws: Worksheet) -> Grid:
    values = []
    for r, row in enumerate(bounded_rows(ws), start=1):
        texts = []
        for c, value in enumerate(row, start=1):
            if isinstance(value, datetime | date):
                texts.append(_date_text(value, ws.cell(r, c).number_format))
            else:
                texts.append(cell_text(value))
        values.append(texts)
    merges = {}
    for m in ws.merged_cells.ranges:  # their total area is capped by xlsx_safety
        box = (m.min_row, m.min_col, min(m.max_row, MAX_ROWS), min(m.max_col, MAX_COLS))
        for r in range(box[0], box[2] + 1):
            for c in range(box[1], box[3] + 1):
                merges[r, c] = box
    return Grid(values, merges)


def _date_text(value: date, number_format: str) -> str:
    """A date cell as the issuer wrote it: a month shown as 2023年6月 means the month, not its 1st day."""
    shows_day = "d" in re.sub(r'"[^"]*"|\[[^\]]*\]', "", number_format.lower())
    return f"{value.year}年{value.month}月" + (f"{value.day}日" if shows_day else "")


def workbook_grids(path: str | os.PathLike[str], sheet: str | None = None) -> list[tuple[str, Grid]]:
    """(sheet name, grid) of the named sheet, or of every sheet in order."""
    wb = open_workbook(path)
    if sheet is not None and sheet not in wb.sheetnames:
        raise InvalidInput(f"工作簿中没有名为“{sheet}”的工作表；现有：{'、'.join(wb.sheetnames)}。")
    return [(name, sheet_grid(wb[name])) for name in ([sheet] if sheet else wb.sheetnames)]


def detect_mapping(path: str | os.PathLike[str], *, sheet: str | None = None) -> PlanSheetMapping:
    """Find the header row and map its columns; the first sheet that has a ledger header wins."""
    return locate(workbook_grids(path, sheet))[1]


def read_plan_sheet(path: str | os.PathLike[str], overrides: dict[str, str] | None = None,
                    *, sheet: str | None = None, mapping: PlanSheetMapping | None = None) -> PlanSheet:
    """The task table of the workbook (see `plan_table.read_grid`)."""
    if mapping is not None:
        grid = workbook_grids(path, mapping.sheet)[0][1]
    else:
        grid, mapping = locate(workbook_grids(path, sheet))
    return read_grid(grid, mapping, overrides)
