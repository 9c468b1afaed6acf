"""The fill-in form (填报表) a unit fills in WPS/Excel without the app, and reading it back.

The form carries its own identity on a hidden sheet: unit, period, form id and, per row, the
locked plan text it was issued with. Reading compares the visible locked cells with that copy, so
a changed measure is reported at its row and column instead of being imported silently.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from dataclasses import dataclass, field
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..core import rules
from ..core.dates import cn_period, parse_period
from ..core.errors import ImportRejected, RowProblem
from .xlsx_safety import MAX_ROWS, open_workbook
from .xlsx_style import (
    BORDER,
    GREY,
    NOTE_FONT,
    TITLE_FONT,
    WRAP,
    WRAP_CENTER,
    cell_text,
    fill,
    font,
    print_layout,
    put_text,
    row_height,
    save_workbook,
)

FORMAT = "qs-ledger-form"
FORMAT_VERSION = 1
DATA_SHEET = "填报表"
ID_SHEET = "_form"
STATUS_LABELS = tuple(rules.status_label(code) for code in rules.STATUSES)
HEADER_ROW = 4

# (header, width, editable). Order is the form's contract with read_form.
COLUMNS = (
    ("任务编号", 12, False),
    ("任务类别", 16, False),
    ("序号", 6, False),
    ("具体措施", 40, False),
    ("完成时限", 12, False),
    ("责任", 7, False),
    ("目标数量", 10, False),
    ("上期状态", 9, False),
    ("上期进展", 28, False),
    ("进展情况", 36, True),
    ("完成状态", 11, True),
    ("存在问题", 24, True),
    ("下一步计划", 24, True),
    ("完成数量", 10, True),
)
_COL = {name: i for i, (name, _w, _e) in enumerate(COLUMNS, start=1)}
LOCKED_CHECKED = ("任务编号", "具体措施", "完成时限")
INSTRUCTION = (
    "填写说明：灰色列为计划内容，已锁定，请勿改动；请在白色单元格填写本期进展情况、完成状态（下拉选择）、"
    "存在问题、下一步计划，有数量目标的任务请填写完成数量（数字）。不要增删行、不要改动列顺序；"
    "没有进展的任务可留空。填好后保存为 .xlsx 格式，原文件发回。"
)


@dataclass(frozen=True)
class FormLine:
    task_id: str
    ledger: str
    section: str
    seq: str
    measure: str
    deadline: str
    role: str  # "牵头" | "配合"
    target_quantity: float | None = None
    target_unit: str = ""
    prev_progress: str = ""
    prev_status: str = ""


@dataclass(frozen=True)
class FormDocument:
    unit: str
    period: str  # YYYY-MM
    form_id: str
    lines: list[FormLine]
    issued_at: datetime


@dataclass(frozen=True)
class FormEntry:
    row: int
    task_id: str
    status_label: str  # "" when the unit left it empty
    progress: str
    problems: str
    next_steps: str
    quantity: float | None


@dataclass
class FormReturn:
    unit: str
    period: str
    form_id: str
    fingerprint: str = ""
    entries: list[FormEntry] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def fingerprint(lines: list[tuple[str, str, str]]) -> str:
    """sha256 over (task id, measure, deadline) of every row, in order."""
    payload = json.dumps([list(x) for x in lines], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _locked(doc: FormDocument) -> list[tuple[str, str, str]]:
    return [(cell_text(ln.task_id), cell_text(ln.measure), cell_text(ln.deadline)) for ln in doc.lines]


def form_fingerprint(doc: FormDocument) -> str:
    return fingerprint(_locked(doc))


def write_form(doc: FormDocument, path: str | os.PathLike[str]) -> None:
    parse_period(doc.period)
    wb = Workbook()
    ws = wb.active
    ws.title = DATA_SHEET
    rows = _draw_form(ws, doc)
    _write_identity(wb.create_sheet(ID_SHEET), doc, rows)
    wb.active = 0
    wb.security = WorkbookProtection(lockStructure=True)  # Excel/WPS: hidden sheet cannot be unhidden
    save_workbook(wb, path)


def _draw_form(ws: Worksheet, doc: FormDocument) -> list[int]:
    """Draw the form; returns the sheet row of each line (a heading row precedes each ledger)."""
    last = len(COLUMNS)
    for i, (_name, width, _e) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for row in (1, 2, 3):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
    put_text(ws.cell(1, 1), f"{doc.unit} {cn_period(doc.period)} 生态环境重点任务进展填报表")
    ws.cell(1, 1).font = font(16, name=TITLE_FONT)
    ws.cell(1, 1).alignment = WRAP_CENTER
    ws.row_dimensions[1].height = 30
    put_text(ws.cell(2, 1), f"填报单位：{doc.unit}　　报送期：{cn_period(doc.period)}　　"
                            f"表单编号：{doc.form_id}　　下发时间：{doc.issued_at:%Y-%m-%d}")
    ws.cell(2, 1).font = font(11, name=NOTE_FONT)
    put_text(ws.cell(3, 1), INSTRUCTION)
    ws.cell(3, 1).font = font(11, name=NOTE_FONT)
    ws.cell(3, 1).alignment = WRAP
    ws.row_dimensions[3].height = 36
    for col, (name, _w, editable) in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, col, name)
        cell.font = font(11, name=TITLE_FONT)
        cell.alignment = WRAP_CENTER
        cell.border = BORDER
        cell.fill = fill("FFF2CC") if editable else GREY
    ws.row_dimensions[HEADER_ROW].height = 28

    status_dv = DataValidation(
        type="list", formula1='"' + ",".join(STATUS_LABELS) + '"', allow_blank=True,
        showErrorMessage=True, errorTitle="完成状态", error="请从下拉列表中选择：" + "、".join(STATUS_LABELS),
    )
    qty_dv = DataValidation(
        type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
        showErrorMessage=True, errorTitle="完成数量", error="请填写不小于 0 的数字。",
    )
    ws.add_data_validation(status_dv)
    ws.add_data_validation(qty_dv)
    rows: list[int] = []
    row = HEADER_ROW
    for line in doc.lines:
        row += 1
        if not rows or line.ledger != doc.lines[len(rows) - 1].ledger:
            _ledger_heading(ws, row, line.ledger)
            row += 1
        rows.append(row)
        target = "" if line.target_quantity is None else f"{_number(line.target_quantity)} {line.target_unit}".strip()
        values = {
            "任务编号": line.task_id, "任务类别": line.section, "序号": line.seq,
            "具体措施": line.measure, "完成时限": line.deadline, "责任": line.role, "目标数量": target,
            "上期状态": line.prev_status, "上期进展": line.prev_progress,
        }
        for col, (name, _w, editable) in enumerate(COLUMNS, start=1):
            cell = ws.cell(row, col)
            put_text(cell, values.get(name, ""))
            cell.border = BORDER
            cell.font = font(11)
            cell.alignment = WRAP_CENTER if name in ("序号", "责任", "完成状态", "上期状态") else WRAP
            if name == "完成数量" and line.target_quantity is None:
                editable = False
            if editable:
                cell.protection = Protection(locked=False)
            else:
                cell.fill = GREY
        status_dv.add(ws.cell(row, _COL["完成状态"]))
        if line.target_quantity is not None:
            qty_dv.add(ws.cell(row, _COL["完成数量"]))
        ws.row_dimensions[row].height = max(
            row_height([(str(values[n]), w) for n, w, _e in COLUMNS if n in values]), 45
        )
    ws.protection.sheet = True
    ws.protection.formatRows = False  # let units make rows taller for long progress text
    ws.protection.formatColumns = False
    ws.protection.formatCells = False
    print_layout(ws, title_row=HEADER_ROW)
    return rows


def _ledger_heading(ws: Worksheet, row: int, title: str) -> None:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(COLUMNS))
    cell = ws.cell(row, 1)
    put_text(cell, title)
    cell.font = font(12, name=TITLE_FONT)
    cell.fill = GREY
    cell.border = BORDER
    ws.row_dimensions[row].height = 22


def _write_identity(ws: Worksheet, doc: FormDocument, rows: list[int]) -> None:
    ws.sheet_state = "hidden"  # LibreOffice turns "veryHidden" into "hidden" on re-save anyway
    locked = _locked(doc)
    header = [
        ("format", FORMAT), ("version", str(FORMAT_VERSION)), ("unit", doc.unit),
        ("period", doc.period), ("form_id", doc.form_id), ("issued_at", doc.issued_at.isoformat()),
        ("fingerprint", fingerprint(locked)), ("rows", str(len(locked))),
    ]
    for r, (key, value) in enumerate(header, start=1):
        ws.cell(r, 1, key)
        put_text(ws.cell(r, 2), value)
    base = len(header) + 2  # a blank row ends the key/value block
    for i, (task_id, measure, deadline) in enumerate(locked):
        for c, value in enumerate((task_id, measure, deadline), start=1):
            put_text(ws.cell(base + i, c), value)
        ws.cell(base + i, 4, rows[i])  # where the line sits on the form
    ws.protection.sheet = True


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def read_form(path: str | os.PathLike[str], *, unit: str | None = None,
              period: str | None = None) -> FormReturn:
    """Read a returned form. Identity problems reject the file; row problems are listed.

    `unit`/`period`, when given, are what the caller expects the form to be for.
    """
    wb = open_workbook(path)
    if ID_SHEET not in wb.sheetnames or DATA_SHEET not in wb.sheetnames:
        raise ImportRejected("这不是本程序下发的填报表（缺少表单标识），无法导入。", [])
    ident = wb[ID_SHEET]
    meta: dict[str, str] = {}
    row = 1
    while row <= 50 and ident.cell(row, 1).value not in (None, ""):
        meta[cell_text(ident.cell(row, 1).value)] = cell_text(ident.cell(row, 2).value)
        row += 1
    if meta.get("format") != FORMAT:
        raise ImportRejected("这不是本程序下发的填报表（表单标识不正确），无法导入。", [])
    if not meta.get("version", "").isdigit() or int(meta["version"]) > FORMAT_VERSION:
        raise ImportRejected("这份填报表由更新版本的程序生成，请升级本程序后再导入。", [])
    try:
        n = int(meta["rows"])
        if not 0 <= n <= MAX_ROWS:
            raise ValueError
        base = row + 1
        rows = [int(cell_text(ident.cell(base + i, 4).value)) for i in range(n)]
        if any(not HEADER_ROW < r <= MAX_ROWS for r in rows):
            raise ValueError
    except (KeyError, ValueError):
        raise ImportRejected("填报表的表单标识已损坏，无法导入。", []) from None
    locked = [tuple(cell_text(ident.cell(base + i, c).value) for c in (1, 2, 3)) for i in range(n)]
    if fingerprint(locked) != meta.get("fingerprint"):
        raise ImportRejected("填报表的表单标识被改动过，无法确认是哪份表，请使用原下发的表格填写。", [])
    result = FormReturn(unit=meta.get("unit", ""), period=meta.get("period", ""),
                        form_id=meta.get("form_id", ""), fingerprint=meta["fingerprint"])
    if unit is not None and result.unit != unit:
        raise ImportRejected(f"这是“{result.unit}”的填报表，不是“{unit}”的。", [])
    if period is not None and result.period != period:
        raise ImportRejected(
            f"这是 {cn_period(result.period)} 的填报表，不是 {cn_period(period)} 的。", [])
    ws = wb[DATA_SHEET]
    headers = [cell_text(ws.cell(HEADER_ROW, c).value) for c in range(1, len(COLUMNS) + 1)]
    if headers != [name for name, _w, _e in COLUMNS]:
        raise ImportRejected("填报表的列被改动过（表头与下发时不同），请使用原下发的表格填写。", [])
    for sheet_row, expected in zip(rows, locked, strict=True):
        entry = _read_row(ws, sheet_row, expected, result.problems)
        if entry:
            result.entries.append(entry)
    extra = max(rows, default=HEADER_ROW) + 1
    if any(cell_text(ws.cell(extra, c).value) for c in range(1, len(COLUMNS) + 1)):
        result.problems.append(RowProblem(extra, None, "表格末尾多出了不属于本表的行，请勿增加行。"))
    return result


def _read_row(ws: Worksheet, row: int, expected: tuple[str, ...],
              problems: list[RowProblem]) -> FormEntry | None:
    def cell(name: str) -> object:
        return ws.cell(row, _COL[name]).value

    bad = [
        RowProblem(row, name, f"锁定内容被改动（应为“{want[:30]}”），请恢复原文。")
        for name, want in zip(LOCKED_CHECKED, expected, strict=True)
        if cell_text(cell(name)) != want
    ]
    if bad:
        problems.extend(bad)
        return None
    errors = [RowProblem(row, name, f"单元格显示公式错误（{ws.cell(row, _COL[name]).value}），请直接填写文字或数字。")
              for name, _w, editable in COLUMNS if editable and ws.cell(row, _COL[name]).data_type == "e"]
    if errors:
        problems.extend(errors)
        return None
    progress, status = cell_text(cell("进展情况")), cell_text(cell("完成状态"))
    issues, plans = cell_text(cell("存在问题")), cell_text(cell("下一步计划"))
    raw_qty = cell("完成数量")
    if not (progress or status or issues or plans or cell_text(raw_qty)):
        return None
    ok = True
    if not (progress or status):
        problems.append(RowProblem(row, "进展情况", "填写了其他内容，但没有填写进展情况或完成状态。"))
        ok = False
    if status and status not in STATUS_LABELS:
        problems.append(RowProblem(
            row, "完成状态", f"“{status}”不是有效的完成状态，应为{'、'.join(STATUS_LABELS)}之一。"))
        ok = False
    quantity = _quantity(raw_qty)
    if quantity is None and cell_text(raw_qty):
        problems.append(RowProblem(row, "完成数量", f"“{cell_text(raw_qty)}”不是有效的数量，请填写不小于 0 的数字。"))
        ok = False
    if quantity is not None and not cell_text(cell("目标数量")):
        problems.append(RowProblem(row, "完成数量", "该任务没有数量目标，不应填写完成数量。"))
        ok = False
    if not ok:
        return None
    return FormEntry(row=row, task_id=expected[0], status_label=status, progress=progress,
                     problems=issues, next_steps=plans, quantity=quantity)


_NUMBER = re.compile(r"^\d+(\.\d+)?$")


def _quantity(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) and value >= 0 else None
    text = cell_text(value)
    return float(text) if _NUMBER.match(text) else None
