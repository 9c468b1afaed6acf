"""The official ledger (台账) as an Excel workbook: one print-ready sheet per ledger."""

from __future__ import annotations

import os
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from ..core.dates import cn_date
from ..core.model import LedgerDocument, LedgerLine
from .xlsx_style import (
    BORDER,
    NOTE_FONT,
    TITLE_FONT,
    WRAP,
    WRAP_CENTER,
    fill,
    font,
    print_layout,
    put_text,
    row_height,
    save_workbook,
)

HEADERS = ("任务类别", "序号", "具体措施", "完成时限", "牵头单位", "进展情况", "完成状态", "备注")
WIDTHS = (18, 6, 48, 14, 18, 36, 11, 14)
MARKS = {"overdue": ("逾期", "FFC7CE"), "due_soon": ("临期", "FFEB9C"), "done": ("已完成", "C6EFCE")}
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def write_ledger_workbook(docs: list[LedgerDocument], path: str | os.PathLike[str]) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for doc in docs:
        ws = wb.create_sheet(_sheet_name(doc, used))
        _draw(ws, doc)
    if not docs:
        wb.create_sheet("台账")
    save_workbook(wb, path)


def _sheet_name(doc: LedgerDocument, used: set[str]) -> str:
    base = _SHEET_NAME_BAD.sub("", doc.title or doc.code).strip()[:28] or "台账"
    name, n = base, 2
    while name in used:
        name, n = f"{base}{n}", n + 1
    used.add(name)
    return name


def _draw(ws: Worksheet, doc: LedgerDocument) -> None:
    last_col = len(HEADERS)
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[chr(64 + i)].width = width

    row = 1
    put_text(ws.cell(row, 1), doc.annex)
    ws.cell(row, 1).font = font(14, name=TITLE_FONT)
    ws.row_dimensions[row].height = 22
    row += 1
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
    put_text(ws.cell(row, 1), doc.title)
    ws.cell(row, 1).font = font(18, name=TITLE_FONT)
    ws.cell(row, 1).alignment = WRAP_CENTER
    ws.row_dimensions[row].height = 36
    row += 1
    if doc.doc_no or doc.as_of:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=last_col)
        put_text(ws.cell(row, 1), doc.doc_no)
        put_text(ws.cell(row, 5), f"截至 {cn_date(doc.as_of)}" if doc.as_of else "")
        ws.cell(row, 1).font = font(12, name=NOTE_FONT)
        ws.cell(row, 5).font = font(12, name=NOTE_FONT)
        ws.cell(row, 5).alignment = Alignment(horizontal="right", vertical="center")
        ws.row_dimensions[row].height = 20
        row += 1

    header_row = row
    for col, text in enumerate(HEADERS, start=1):
        cell = ws.cell(header_row, col, text)
        cell.font = font(11, name=TITLE_FONT)
        cell.alignment = WRAP_CENTER
        cell.border = BORDER
        cell.fill = fill("D9E1F2")
    ws.row_dimensions[header_row].height = 28

    first = header_row + 1
    for offset, line in enumerate(doc.lines):
        _draw_line(ws, first + offset, line)
    _merge_sections(ws, doc.lines, first)
    print_layout(ws, title_row=header_row)


def _status_text(line: LedgerLine) -> tuple[str, str | None]:
    text = line.status
    if line.mark not in MARKS:
        return text, None
    mark, color = MARKS[line.mark]
    if mark not in text:
        text = f"{text}（{mark}）" if text else mark
    return text, color


def _draw_line(ws: Worksheet, row: int, line: LedgerLine) -> None:
    status, color = _status_text(line)
    seq = int(line.seq) if line.seq.isascii() and line.seq.isdigit() else line.seq
    values = (line.section, seq, line.measure, line.deadline, line.lead_units,
              line.progress, status, line.remarks)
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row, col)
        put_text(cell, value)
        cell.font = font(11)
        cell.border = BORDER
        cell.alignment = WRAP if col in (3, 6, 8) else WRAP_CENTER
    if color:
        ws.cell(row, 7).fill = fill(color)
    # The section cell is merged over its rows, so it does not drive a single row's height.
    ws.row_dimensions[row].height = row_height([(str(v), w) for v, w in zip(values[1:], WIDTHS[1:], strict=True)])


def _merge_sections(ws: Worksheet, lines: list[LedgerLine], first: int) -> None:
    """Merge each run of equal sections and make the run tall enough for the section's text."""
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and lines[i].section == lines[start].section:
            continue
        rows = range(first + start, first + i)
        if len(rows) > 1 and lines[start].section:
            ws.merge_cells(start_row=rows[0], start_column=1, end_row=rows[-1], end_column=1)
        needed = row_height([(lines[start].section, WIDTHS[0])])
        have = sum(ws.row_dimensions[r].height for r in rows)
        if needed > have:
            for r in rows:
                ws.row_dimensions[r].height += (needed - have) / len(rows)
        start = i
