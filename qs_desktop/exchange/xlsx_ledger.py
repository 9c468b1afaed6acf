"""The official ledger (台账) as an Excel workbook: one print-ready sheet per ledger."""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..core.columns import STATUS, document_columns, issue_note
from ..core.dates import cn_date
from ..core.model import LedgerColumn, LedgerDocument, LedgerLine
from ..core.sample import MARK as SAMPLE_MARK
from .xlsx_style import (
    NOTE_FONT,
    TITLE_FONT,
    WRAP_CENTER,
    font,
    merge_styled,
    named_style,
    print_layout,
    put_text,
    row_height,
    save_workbook,
    style_setter,
)

# Column width by the field a column feeds; text columns wrap left-aligned, the others centre.
WIDTHS = {"section": 18, "seq": 6, "title": 24, "measure": 48, "deadline": 14, "lead_units": 18,
          "cooperating_units": 18, "remarks": 14, "extra": 16, "progress": 36, "status": 11}
_LEFT = {"title", "measure", "remarks", "extra", "progress", "cooperating_units"}
MARKS = {"overdue": ("逾期", "FFC7CE"), "due_soon": ("临期", "FFEB9C"), "done": ("已完成", "C6EFCE")}
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_TEXT, _CENTERED, _HEADER = "台账正文", "台账正文居中", "台账表头"
Apply = Callable[[Cell, str], None]


def write_ledger_workbook(docs: list[LedgerDocument], path: str | os.PathLike[str]) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    named_style(wb, _TEXT)
    named_style(wb, _CENTERED, alignment=WRAP_CENTER)
    named_style(wb, _HEADER, face=TITLE_FONT, alignment=WRAP_CENTER, color="D9E1F2")
    for label, color in MARKS.values():
        named_style(wb, f"台账{label}", alignment=WRAP_CENTER, color=color)
    apply = style_setter(wb)
    used: set[str] = set()
    for doc in docs:
        ws = wb.create_sheet(_sheet_name(doc, used))
        _draw(ws, doc, apply)
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


def _draw(ws: Worksheet, doc: LedgerDocument, apply: Apply) -> None:
    columns, cells = document_columns(doc)
    widths = [WIDTHS.get(c.field, 16) for c in columns]
    last_col = len(columns)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width

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
    right = "　　".join(([SAMPLE_MARK] if doc.sample else []) + ([f"截至 {cn_date(doc.as_of)}"] if doc.as_of else []))
    left = issue_note(doc)
    if left or right:
        split = max(1, last_col // 2)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=split)
        ws.merge_cells(start_row=row, start_column=split + 1, end_row=row, end_column=last_col)
        put_text(ws.cell(row, 1), left)
        put_text(ws.cell(row, split + 1), right)
        ws.cell(row, 1).font = font(12, name=NOTE_FONT)
        ws.cell(row, split + 1).font = font(12, name=NOTE_FONT)
        ws.cell(row, split + 1).alignment = Alignment(horizontal="right", vertical="center")
        ws.row_dimensions[row].height = 20
        row += 1

    header_row = row
    for col, column in enumerate(columns, start=1):
        apply(ws.cell(header_row, col, column.heading), _HEADER)
    ws.row_dimensions[header_row].height = 28

    first = header_row + 1
    for offset, (line, values) in enumerate(zip(doc.lines, cells, strict=True)):
        _draw_line(ws, first + offset, line, columns, values, widths, apply)
    if columns and columns[0].field == "section":
        _merge_sections(ws, [v[0] for v in cells], first, widths[0])
    print_layout(ws, title_row=header_row)
    if doc.sample:
        ws.oddHeader.right.text = SAMPLE_MARK


def _status_text(line: LedgerLine) -> tuple[str, str]:
    """The status cell's text and named style (shaded by its mark)."""
    text = line.status
    if line.mark not in MARKS:
        return text, _CENTERED
    mark, _ = MARKS[line.mark]
    if mark not in text:
        text = f"{text}（{mark}）" if text else mark
    return text, f"台账{mark}"


def _draw_line(ws: Worksheet, row: int, line: LedgerLine, columns: tuple[LedgerColumn, ...],
               values: tuple[str, ...], widths: list[int], apply: Apply) -> None:
    status, status_style = _status_text(line)
    shown: list[object] = []
    for col, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
        if column.field == STATUS:
            value = status
        elif column.field == "seq" and value.isascii() and value.isdigit():
            value = int(value)
        shown.append(value)
        cell = ws.cell(row, col)
        apply(cell, status_style if column.field == STATUS else _TEXT if column.field in _LEFT else _CENTERED)
        put_text(cell, value)
    # The section cell is merged over its rows, so it does not drive a single row's height.
    sized = [(str(v), w) for v, w, c in zip(shown, widths, columns, strict=True) if c.field != "section"]
    ws.row_dimensions[row].height = row_height(sized)


def _merge_sections(ws: Worksheet, sections: list[str], first: int, width: int) -> None:
    """Merge each run of equal sections and make the run tall enough for the section's text."""
    start = 0
    for i in range(1, len(sections) + 1):
        if i < len(sections) and sections[i] == sections[start]:
            continue
        rows = range(first + start, first + i)
        if len(rows) > 1 and sections[start]:
            merge_styled(ws, rows[0], 1, rows[-1])
        needed = row_height([(sections[start], width)])
        have = sum(ws.row_dimensions[r].height for r in rows)
        if needed > have:
            for r in rows:
                ws.row_dimensions[r].height += (needed - have) / len(rows)
        start = i
