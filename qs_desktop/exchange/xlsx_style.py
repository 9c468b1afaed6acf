"""Cell text in and out, and page layout, shared by the exchange workbooks."""

from __future__ import annotations

import io
import math
import os
import re
from collections.abc import Callable
from copy import copy
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.worksheet.cell_range import CellRange
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


def named_style(wb: Workbook, name: str, *, size: float = 11, face: str = BODY_FONT,
                alignment: Alignment = WRAP, color: str | None = None) -> str:
    """Register a bordered cell style once per workbook; assign it as `cell.style = name`.

    openpyxl hashes a Font, Border or Alignment on every assignment (most of the time a big
    sheet took); a named style is one lookup, and Excel/WPS list it in their style gallery.
    """
    if name not in wb.named_styles:
        wb.add_named_style(NamedStyle(
            name=name, font=Font(name=face, size=size), border=BORDER, alignment=alignment,
            fill=fill(color) if color else PatternFill(),
        ))
    return name


def style_setter(wb: Workbook) -> Callable[[Cell, str], None]:
    """`apply(cell, name)` does what `cell.style = name` does without scanning the workbook's
    style names twice per cell (the named styles must be registered first)."""
    arrays = {style.name: style.as_tuple() for style in wb._named_styles}

    def apply(cell: Cell, name: str) -> None:
        cell._style = copy(arrays[name])

    return apply


def merge_styled(ws: Worksheet, first_row: int, column: int, last_row: int) -> None:
    """Merge rows of one column whose cells share a named style (the ledger's 任务类别).

    `ws.merge_cells` re-derives and re-hashes the border of every covered cell and compares the
    range with every earlier merge: quadratic over a long ledger. Here the covered cells take the
    first cell's style as is (each has the full border, so the merged area is outlined) and the
    range is added directly — ranges of one column, made in order, cannot overlap.
    """
    ws.merged_cells.ranges.add(CellRange(min_col=column, min_row=first_row, max_col=column, max_row=last_row))
    style = ws.cell(first_row, column)._style
    for row in range(first_row + 1, last_row + 1):
        cell = MergedCell(ws, row, column)
        cell._style = copy(style)
        ws._cells[row, column] = cell


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


# The East Asian wide and full-width blocks a ledger's text uses (hangul, CJK, kana, full-width
# forms, CJK extension planes); a few rare wide symbols and emoji count as narrow.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")


def text_width(text: str) -> int:
    """Width in Excel column units (for row heights): CJK and full-width characters take two."""
    return len(text) + len(_WIDE.findall(text))


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
