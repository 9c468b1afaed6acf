"""What a township clerk with only WPS does to a fill-in form, shared by the form stories."""

from __future__ import annotations

import openpyxl


def clerk_fills(path, answers: dict[str, tuple[str, str]], *, rename: str | None = None, below: str = ""):
    """The clerk types into the form in WPS: progress and status per task, perhaps more."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = next(r for r in range(1, 20) if ws.cell(r, 1).value == "任务编号")
    cols = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    rows = {ws.cell(r, 1).value: r for r in range(header + 1, ws.max_row + 1)}
    for task, (progress, status) in answers.items():
        ws.cell(rows[task], cols["进展情况"]).value = progress
        ws.cell(rows[task], cols["完成状态"]).value = status
    if below:  # typed under the table after leaving a blank line
        ws.cell(ws.max_row + 2, cols["进展情况"]).value = below
    if rename:
        ws.title = rename
    wb.save(path)
    return path
