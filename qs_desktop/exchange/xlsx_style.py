"""Cell text in and out, and page layout, shared by the exchange workbooks."""

from __future__ import annotations

import io
import math
import os
import unicodedata
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from ..core.errors import StorageFull
from ..fsutil import as_user_error, atomic_write, check_target

try:
    from lxml.etree import SerialisationError as _XML_WRITE_ERRORS
except ImportError:  # openpyxl then writes with the standard library, which raises OSError
    _XML_WRITE_ERRORS = ()

BODY_FONT = "宋体"
TITLE_FONT = "黑体"
NOTE_FONT = "仿宋"

_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
WRAP_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
GREY = PatternFill("solid", fgColor="E7E6E6")
_FORMULA_START = ("=", "+", "-", "@")
_POINTS_PER_LINE = 15.0  # 11-pt 宋体 with a little leading


def save_workbook(wb: Workbook, path: str | os.PathLike[str]) -> None:
    """Save through the atomic write helper. The zip is built in memory first: openpyxl leaves its
    ZipFile open when a write fails (disk full), and its finaliser would then fail noisily later."""
    target = check_target(path)
    buffer = io.BytesIO()
    try:
        wb.save(buffer)  # openpyxl streams each sheet through a file in the system temp folder
    except OSError as exc:
        raise as_user_error(exc, target) from exc
    except _XML_WRITE_ERRORS as exc:  # lxml's report of the same: "IO_ENOSPC", "IO_EFBIG"
        raise StorageFull(f"磁盘空间不足，未能生成“{target.name}”（临时文件夹已满）；原有文件未受影响。",
                          details=repr(exc)) from exc
    with atomic_write(target, "wb") as fh:
        fh.write(buffer.getbuffer())


def fill(color: str) -> PatternFill:
    return PatternFill("solid", fgColor=color)


def font(size: float = 11, *, name: str = BODY_FONT, bold: bool = False) -> Font:
    return Font(name=name, size=size, bold=bold)


def put_text(cell: Cell, value: object) -> None:
    """Write a value that came from a user as inert data: text starting with = + - @ stays text."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value.replace("\r\n", "\n"))
        cell.value = value or None
        if value.startswith(_FORMULA_START):
            cell.data_type = "s"
            cell.quotePrefix = True  # Excel/WPS keep it text when the cell is edited later
    else:
        cell.value = value


def cell_text(value: object) -> str:
    """A cell's value as the text a user sees: 3.0 → "3", dates in Chinese, line ends normalised."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def text_width(text: str) -> int:
    """Width in Excel column units: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def line_count(text: str, column_width: float) -> int:
    usable = max(column_width - 1.5, 1.0)
    return sum(max(1, math.ceil(text_width(part) / usable)) for part in str(text).split("\n"))


def row_height(texts_and_widths: list[tuple[str, float]], *, minimum: float = 20.0) -> float:
    """Excel does not auto-fit wrapped or merged rows reliably, so estimate the height ourselves."""
    lines = max((line_count(t, w) for t, w in texts_and_widths if t), default=1)
    return max(minimum, lines * _POINTS_PER_LINE + 6)


def print_layout(ws: Worksheet, *, title_row: int, landscape: bool = True) -> None:
    """A4, header row repeated on every page, fit to width, page numbers, binding margin on the left."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{title_row}:{title_row}"
    ws.page_margins = PageMargins(left=1.0, right=0.6, top=0.8, bottom=0.8, header=0.4, footer=0.4)
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddFooter.center.font = BODY_FONT
    ws.oddFooter.center.size = 10
    ws.freeze_panes = f"A{title_row + 1}"
