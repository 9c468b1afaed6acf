"""The fill-in form (填报表) a unit fills in WPS/Excel without the app, and reading it back.

The form carries its identity on a hidden sheet: unit, period, form id, a keyed MAC and, per row,
the locked plan text it was issued with. The MAC (HMAC-SHA256 with the issuing ledger's secret,
see `form_mac`) covers all of these, so only the ledger that issued a form can vouch for it; this
module computes and reports it, the caller holds the key and decides.

Rows are found by their task id, not by their position, so a clerk who renames the sheet, inserts
or deletes a row, or types below a blank line gets one plain message per such row — never a
cascade of messages, never a silently ignored row. Values are read with python-calamine (tens of
times faster than openpyxl for a folder of returned forms); writing uses openpyxl, which sets the
protection, styles and drop-downs.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import NamedStyle, Protection
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from python_calamine import CalamineWorkbook

from ..core import rules
from ..core.dates import cn_period, parse_period
from ..core.errors import FileRejected, ImportRejected, QsError, RowProblem
from ..core.quantity import Quantity, parse_quantity
from ..core.sample import MARK as SAMPLE_MARK
from .xlsx_safety import MAX_ROWS, check_workbook_file
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
    named_style,
    print_layout,
    put_text,
    row_height,
    save_workbook,
    style_setter,
)

FORMAT = "qs-ledger-form"
FORMAT_VERSION = 2  # 2: keyed MAC, rows found by task id, review state carried back
DATA_SHEET = "填报表"
ID_SHEET = "_form"
STATUS_LABELS = tuple(rules.status_label(code) for code in rules.STATUSES)
HEADER_ROW = 4
_ERRORS = ("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#GETTING_DATA")

# (header, width, editable). Order is the form's contract with read_form.
COLUMNS = (
    ("任务编号", 12, False),
    ("任务类别", 14, False),
    ("序号", 6, False),
    ("具体措施", 40, False),
    ("完成时限", 12, False),
    ("责任", 7, False),
    ("目标数量", 10, False),
    ("上期进展", 26, False),
    ("本期状态", 9, False),
    ("审核意见", 20, False),
    ("进展情况", 36, True),
    ("完成状态", 11, True),
    ("存在问题", 22, True),
    ("下一步计划", 22, True),
    ("完成数量", 10, True),
)
_COL = {name: i for i, (name, _w, _e) in enumerate(COLUMNS, start=1)}
_EDITABLE = tuple(name for name, _w, editable in COLUMNS if editable)
LOCKED_CHECKED = ("任务编号", "具体措施", "完成时限")
# A row's review state for the period, as the clerk reads it (“未报” = nothing sent yet).
STATE_LABELS = {"": "未报", **{s: rules.status_label(s) for s in rules.REVIEW_STATES}}
RETURNED_FILL = fill("F8D7DA")
INSTRUCTION = (
    "填写说明：灰色列为计划内容和审核情况，已锁定，请勿改动；请在白色单元格填写本期进展情况、完成状态（下拉选择）、"
    "存在问题、下一步计划，有数量目标的任务填写完成数量（如 120 或 120个）。已报送过的任务已填入最近一次的内容，"
    "请在其基础上修改。“本期状态”为“已退回”的行（红色）：请按“审核意见”修改后发回；“已通过”的行无需改动。"
    "请勿增删行或改动列顺序，没有进展的任务可留空。填好后保存为 .xlsx 格式，原文件发回。"
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
    # The unit's report for this very period when the form was issued (prefilled for editing).
    state: str = ""  # "" none yet | draft | submitted | returned | approved
    version: int = 0
    review_comment: str = ""
    status: str = ""  # label
    progress: str = ""
    problems: str = ""
    next_steps: str = ""
    quantity: float | None = None


@dataclass(frozen=True)
class FormDocument:
    unit: str
    period: str  # YYYY-MM
    form_id: str
    lines: list[FormLine]
    issued_at: datetime
    mac: str = ""  # set by the issuing ledger (form_mac)
    sample: bool = False  # issued from a ledger of sample data: the title and every page say 示例数据


@dataclass(frozen=True)
class FormEntry:
    row: int
    task_id: str
    status: str  # code
    progress: str
    problems: str
    next_steps: str
    quantity: Quantity | None


@dataclass
class FormReturn:
    unit: str
    period: str
    form_id: str
    mac: str = ""
    locked: list[tuple[str, str, str]] = field(default_factory=list)  # (task id, measure, deadline) as issued
    entries: list[FormEntry] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)  # refuse the file (unless skipped)
    notes: list[RowProblem] = field(default_factory=list)  # worth saying, harmless


def form_mac(key: bytes, form_id: str, unit: str, period: str, locked: list[tuple[str, str, str]]) -> str:
    """HMAC-SHA256 over what identifies a form and what it locks; only the key's holder can make it."""
    payload = json.dumps([FORMAT, form_id, unit, period, [list(x) for x in locked]],
                         ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def locked_rows(doc: FormDocument) -> list[tuple[str, str, str]]:
    return [(cell_text(ln.task_id), cell_text(ln.measure), cell_text(ln.deadline)) for ln in doc.lines]


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
    mark = f"（{SAMPLE_MARK}）" if doc.sample else ""
    put_text(ws.cell(1, 1), f"{doc.unit} {cn_period(doc.period)} 生态环境重点任务进展填报表{mark}")
    ws.cell(1, 1).font = font(16, name=TITLE_FONT)
    ws.cell(1, 1).alignment = WRAP_CENTER
    ws.row_dimensions[1].height = 30
    put_text(ws.cell(2, 1), f"填报单位：{doc.unit}　　报送期：{cn_period(doc.period)}　　"
                            f"表单编号：{doc.form_id}　　下发时间：{doc.issued_at:%Y-%m-%d}")
    ws.cell(2, 1).font = font(11, name=NOTE_FONT)
    put_text(ws.cell(3, 1), INSTRUCTION)
    ws.cell(3, 1).font = font(11, name=NOTE_FONT)
    ws.cell(3, 1).alignment = WRAP
    ws.row_dimensions[3].height = 64
    styles, apply = _cell_styles(ws.parent)
    for col, (name, _w, editable) in enumerate(COLUMNS, start=1):
        apply(ws.cell(HEADER_ROW, col, name), styles[("header-edit" if editable else "header", True)])
    ws.row_dimensions[HEADER_ROW].height = 28

    # Typed words such as 进行中 are accepted on import, so the drop-down only suggests.
    status_dv = DataValidation(
        type="list", formula1='"' + ",".join(STATUS_LABELS) + '"', allow_blank=True,
        showErrorMessage=False, promptTitle="完成状态", prompt="请从下拉列表中选择：" + "、".join(STATUS_LABELS),
    )
    ws.add_data_validation(status_dv)
    rows: list[int] = []
    row = HEADER_ROW
    for line in doc.lines:
        row += 1
        if not rows or line.ledger != doc.lines[len(rows) - 1].ledger:
            _ledger_heading(ws, row, line.ledger, lambda cell: apply(cell, styles[("ledger", False)]))
            row += 1
        rows.append(row)
        target = "" if line.target_quantity is None else f"{_number(line.target_quantity)} {line.target_unit}".strip()
        prev = f"（{line.prev_status}）{line.prev_progress}" if line.prev_status else line.prev_progress
        values = {
            "任务编号": line.task_id, "任务类别": line.section, "序号": line.seq,
            "具体措施": line.measure, "完成时限": line.deadline, "责任": line.role, "目标数量": target,
            "上期进展": prev, "本期状态": STATE_LABELS[line.state], "审核意见": line.review_comment,
            "进展情况": line.progress, "完成状态": line.status, "存在问题": line.problems,
            "下一步计划": line.next_steps, "完成数量": "" if line.quantity is None else _number(line.quantity),
        }
        for col, (name, _w, editable) in enumerate(COLUMNS, start=1):
            cell = ws.cell(row, col)
            put_text(cell, values[name])
            if name == "完成数量":
                kind = "quantity" if line.target_quantity is not None else "locked"
            elif editable:
                kind = "edit"
            else:
                kind = "returned" if line.state == "returned" and name in ("本期状态", "审核意见") else "locked"
            apply(cell, styles[(kind, name in _CENTERED)])
        ws.row_dimensions[row].height = max(
            row_height([(str(values[n]), w) for n, w, _e in COLUMNS if values.get(n)]), 45
        )
    # One range list set at once: DataValidation.add compares each cell with every earlier one.
    status = get_column_letter(_COL["完成状态"])
    status_dv.sqref = MultiCellRange(" ".join(f"{status}{r}" for r in rows))
    ws.protection.sheet = True
    ws.protection.formatRows = False  # let units make rows taller for long progress text
    ws.protection.formatColumns = False
    ws.protection.formatCells = False
    print_layout(ws, title_row=HEADER_ROW)
    if doc.sample:
        ws.oddHeader.right.text = SAMPLE_MARK
    return rows


_CENTERED = ("序号", "责任", "完成状态", "本期状态")
_GREY = "E7E6E6"  # xlsx_style.GREY: read-only cells


def _cell_styles(wb: Workbook) -> tuple[dict[tuple[str, bool], str], Callable[[Cell, str], None]]:
    """Named styles for the form's cells, registered once, and the setter that applies them: a
    style object per cell (or `cell.style = name`, which scans the style names) made styling most
    of a form's export time."""
    looks = {
        "locked": {"fill": GREY},
        "returned": {"fill": RETURNED_FILL},
        "edit": {"protection": Protection(locked=False)},
        "quantity": {"protection": Protection(locked=False), "number_format": "@"},  # 40% and 4个 stay text
    }
    names = {}
    for kind, extra in looks.items():
        for centered in (False, True):
            name = f"填报表-{kind}{'-居中' if centered else ''}"
            wb.add_named_style(NamedStyle(name=name, font=font(11), border=BORDER,
                                          alignment=WRAP_CENTER if centered else WRAP, **extra))
            names[(kind, centered)] = name
    names[("header", True)] = named_style(wb, "填报表-表头", face=TITLE_FONT, alignment=WRAP_CENTER,
                                          color=_GREY)
    names[("header-edit", True)] = named_style(wb, "填报表-表头-填写", face=TITLE_FONT, alignment=WRAP_CENTER,
                                               color="FFF2CC")
    names[("ledger", False)] = named_style(wb, "填报表-台账", size=12, face=TITLE_FONT,
                                           color=_GREY)
    return names, style_setter(wb)


def _ledger_heading(ws: Worksheet, row: int, title: str, style: Callable[[Cell], None]) -> None:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(COLUMNS))
    cell = ws.cell(row, 1)
    put_text(cell, title)
    style(cell)
    ws.row_dimensions[row].height = 22


def _write_identity(ws: Worksheet, doc: FormDocument, rows: list[int]) -> None:
    ws.sheet_state = "hidden"  # LibreOffice turns "veryHidden" into "hidden" on re-save anyway
    locked = locked_rows(doc)
    header = [
        ("format", FORMAT), ("version", str(FORMAT_VERSION)), ("unit", doc.unit),
        ("period", doc.period), ("form_id", doc.form_id), ("issued_at", doc.issued_at.isoformat()),
        ("mac", doc.mac), ("rows", str(len(locked))),
    ]
    for r, (key, value) in enumerate(header, start=1):
        ws.cell(r, 1, key)
        put_text(ws.cell(r, 2), value)
    base = len(header) + 2  # a blank row ends the key/value block
    for i, (task_id, measure, deadline) in enumerate(locked):
        for c, value in enumerate((task_id, measure, deadline), start=1):
            put_text(ws.cell(base + i, c), value)
        ws.cell(base + i, 4, rows[i])  # where the line sat when issued
    ws.protection.sheet = True


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


# -- reading ---------------------------------------------------------------------------------------

_NOT_OURS = "这不是本程序下发的填报表（缺少表单标识），无法导入。"


def read_form(path: str | os.PathLike[str]) -> FormReturn:
    """Read a returned form. Identity problems reject the file; row problems are listed.

    Whether this ledger issued the form (the MAC, the record of issued forms) is for the caller.
    """
    sheets = _sheets(path)
    ident = next((rows for rows in sheets.values() if _cell(rows, 0, 0) == "format"), None)
    if ident is None:
        raise ImportRejected(_NOT_OURS, [])
    meta: dict[str, str] = {}
    row = 0
    while row < 50 and _cell(ident, row, 0):
        meta[_cell(ident, row, 0)] = _cell(ident, row, 1)
        row += 1
    if meta.get("format") != FORMAT:
        raise ImportRejected("这不是本程序下发的填报表（表单标识不正确），无法导入。", [])
    version = meta.get("version", "")
    if not version.isdigit() or int(version) > FORMAT_VERSION:
        raise ImportRejected("这份填报表由更新版本的程序生成，请升级本程序后再导入。", [])
    if int(version) < FORMAT_VERSION:
        raise ImportRejected("这份填报表由旧版本程序下发，无法确认来源和版本，请重新导出填报表发给单位填写。", [])
    try:
        n = int(meta["rows"])
        if not 0 <= n <= MAX_ROWS:
            raise ValueError
    except (KeyError, ValueError):
        raise ImportRejected("填报表的表单标识已损坏，无法导入。", []) from None
    base = row + 1
    locked = [(_cell(ident, base + i, 0), _cell(ident, base + i, 1), _cell(ident, base + i, 2)) for i in range(n)]
    result = FormReturn(unit=meta.get("unit", ""), period=meta.get("period", ""),
                        form_id=meta.get("form_id", ""), mac=meta.get("mac", ""), locked=locked)
    data = _data_sheet({name: rows for name, rows in sheets.items() if rows is not ident})
    if data is None:
        raise ImportRejected("填报表的列被改动过（找不到与下发时相同的表头），请使用原下发的表格填写。", [])
    header, rows = data
    _read_rows(rows, header, locked, result)
    return result


def _sheets(path: str | os.PathLike[str]) -> dict[str, list[list]]:
    check_workbook_file(path)  # zip bombs, entity bombs, old .xls: refused before any parsing
    try:
        wb = CalamineWorkbook.from_path(str(path))
        sheets = {name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False)[:MAX_ROWS + 1]
                  for name in wb.sheet_names}
        errors = _error_cells(path)
    except Exception as exc:  # any parser failure means the file cannot be used
        raise FileRejected(f"文件“{Path(path).name}”无法作为 Excel 工作簿读取，可能已损坏。",
                           details=repr(exc)) from None
    for rows in sheets.values():  # calamine reads a formula error as empty: put the error back
        for (r, c), text in errors.items():
            if r < len(rows) and c < len(rows[r]) and rows[r][c] == "":
                rows[r][c] = text
    return sheets


_ERROR_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"[^>]*?\bt="e"[^>]*>.*?<(?:\w+:)?v>([^<]*)<',
                         re.DOTALL)


def _error_cells(path: str | os.PathLike[str]) -> dict[tuple[int, int], str]:
    """(row, column) from 0 -> the error a formula shows (#DIV/0!…), so it is named, not read as blank."""
    found = {}
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                for col, row, text in _ERROR_CELL.findall(zf.read(name)):
                    found[(int(row) - 1, column_index_from_string(col.decode()) - 1)] = text.decode()
    return found


def _cell(rows: list[list], r: int, c: int) -> str:
    return cell_text(rows[r][c]) if r < len(rows) and c < len(rows[r]) else ""


def _data_sheet(sheets: dict[str, list[list]]) -> tuple[int, list[list]] | None:
    """(header row index, rows) of the sheet with the form's header — whatever it is called now."""
    headers = [name for name, _w, _e in COLUMNS]
    for rows in sheets.values():
        for r in range(min(len(rows), 30)):
            if [_cell(rows, r, c) for c in range(len(COLUMNS))] == headers:
                return r, rows
    return None


def _read_rows(rows: list[list], header: int, locked: list[tuple[str, str, str]], result: FormReturn) -> None:
    expected = {tid: (measure, deadline) for tid, measure, deadline in locked}
    seen: dict[str, int] = {}
    for r in range(header + 1, len(rows)):
        excel_row = r + 1
        values = {name: rows[r][i - 1] if i - 1 < len(rows[r]) else None for name, i in _COL.items()}
        tid = cell_text(values["任务编号"])
        typed = any(cell_text(values[name]) for name in _EDITABLE)
        if tid not in expected:
            if typed:  # an inserted row, a row typed below the table, a changed task id
                result.problems.append(RowProblem(
                    excel_row, None, "这一行不是下发的任务行（任务编号为空或不属于本表，可能是插入的行），"
                                     "其中填写的内容无法导入；请把进展填在对应任务的行内。"))
            continue
        if tid in seen:
            result.problems.append(RowProblem(
                excel_row, "任务编号", f"任务 {tid} 已在第 {seen[tid]} 行出现，这一行是重复的，请删除。"))
            continue
        seen[tid] = excel_row
        changed = [name for name, want in zip(LOCKED_CHECKED[1:], expected[tid], strict=True)
                   if cell_text(values[name]) != want]
        if changed:
            result.problems.append(RowProblem(
                excel_row, "、".join(changed), "锁定的计划内容被改动了，请恢复原文后再发回。"))
            continue
        entry = _entry(excel_row, tid, values, result.problems)
        if entry:
            result.entries.append(entry)
    missing = [tid for tid, _m, _d in locked if tid not in seen]
    if missing:
        result.notes.append(RowProblem(None, None, f"表中找不到 {len(missing)} 项任务的行（可能被删除了），"
                                                   f"这些任务本次没有填报：{'、'.join(missing[:10])}"))


def _entry(row: int, task_id: str, values: dict[str, object], problems: list[RowProblem]) -> FormEntry | None:
    text = {name: cell_text(values[name]) for name in _EDITABLE}
    errors = [name for name in _EDITABLE if text[name] in _ERRORS]
    if errors:
        problems.extend(RowProblem(row, name, f"单元格显示公式错误（{text[name]}），请直接填写文字或数字。")
                        for name in errors)
        return None
    if not any(text.values()):
        return None
    status = ""
    if not text["完成状态"]:
        problems.append(RowProblem(row, "完成状态", "请选择完成状态。"))
    else:
        try:
            status = rules.parse_status(text["完成状态"])
        except QsError as exc:
            problems.append(RowProblem(row, "完成状态", exc.message))
    quantity = None
    if text["完成数量"]:
        try:
            quantity = _quantity(values["完成数量"])
        except QsError as exc:
            problems.append(RowProblem(row, "完成数量", exc.message))
            return None
    if not status:
        return None
    return FormEntry(row=row, task_id=task_id, status=status, progress=text["进展情况"],
                     problems=text["存在问题"], next_steps=text["下一步计划"], quantity=quantity)


def _quantity(value: object) -> Quantity:
    """A number as typed (120, “120个”, “40%”): the CLI's and the desktop's parser, same messages."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value >= 0:
        return Quantity(float(value))
    return parse_quantity(cell_text(value))

