"""Opening Office files that came from outside: reject hostile or wrong files before they are parsed.

A returned form, a plan spreadsheet or a plan notice in Word (.docx) arrives by email or USB stick,
so it is untrusted; both kinds are zip packages of XML parts and get the same checks (a Word
table's cells and rows count as cells and rows). The zip
container is inspected first (size, entry count, compression ratio, required parts, DTDs in XML
parts) — cheap checks that refuse zip bombs and entity bombs in milliseconds. Then every part is
streamed (nothing is built) counting everything openpyxl would turn into objects: cells and row
elements by byte search, and through expat (configured as defusedxml configures it) column
elements, the cells covered by merged ranges and hyperlinks (openpyxl creates each of them), and
conditional-format and data-validation ranges. Only then is the workbook parsed, with openpyxl's
defusedxml parser as a second line of defence.

Limits refuse, never truncate: content beyond MAX_ROWS × MAX_COLS refuses the sheet with a message
naming the limit instead of being cut off.
"""

from __future__ import annotations

import itertools
import os
import re
import warnings
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn
from xml.parsers import expat

import openpyxl
import openpyxl.xml
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ..core.errors import FileRejected

if not openpyxl.xml.DEFUSEDXML:
    raise ImportError("openpyxl is not using defusedxml; refusing to read untrusted workbooks")

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 2_000
MAX_RATIO = 100
RATIO_MIN_BYTES = 1024 * 1024  # small parts may compress very well without being a bomb
MAX_TASK_ROWS = 20_000  # task rows of one sheet (a plan, a form)
MAX_ROWS = MAX_TASK_ROWS + 200  # sheet rows read: the task rows plus titles and a header above them
MAX_COLS = 60
MAX_CELLS = 400_000  # <c> elements; openpyxl keeps an object per cell (a plan sheet has ~10 columns)
MAX_ROW_ELEMENTS = 5 * MAX_ROWS  # <row> elements, empty ones included (openpyxl parses each)
MAX_COL_ELEMENTS = 16_384  # <col> elements: as many as a sheet has columns
MAX_AREA_CELLS = 500_000  # cells inside merged ranges and hyperlink ranges: openpyxl creates every one
MAX_RANGES = 10_000  # conditional-format and data-validation ranges and rules
MAX_STRINGS = MAX_CELLS  # shared strings (<si>): openpyxl keeps each; more than cells is no sheet
MAX_FORMATS = 64_000  # cell formats (<xf>): Excel's own limit; openpyxl builds an object for each
_CHUNK = 1024 * 1024
_OVERLAP = 64  # bytes before a chunk searched again: longer than any tag with a sane namespace prefix
_PREFIXED = {name: re.compile(rb":" + name + rb"[\s>/]") for name in (b"c", b"row", b"tc", b"tr", b"si", b"xf")}  # <x:c …>
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# BOMs, and '<?' in UTF-16 without a BOM (expat accepts both).
_UTF16_STARTS = (b"\xff\xfe", b"\xfe\xff", b"<\x00?\x00", b"\x00<\x00?")

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BOMB = "文件“{name}”疑似被构造的压缩炸弹，已拒绝。"


@dataclass(frozen=True)
class _Kind:
    """What one kind of Office package must contain, and how to tell its user what went wrong."""

    label: str  # Excel 工作簿
    suffix: str
    main_part: str
    old_format: str  # the message for an old binary file (OLE2)
    old_suffixes: tuple[str, ...]
    save_as: str


WORKBOOK = _Kind(
    "Excel 工作簿", ".xlsx", "xl/workbook.xml", "是旧版 Excel（.xls）/ WPS（.et）格式或已加密的工作簿",
    (".xls", ".et", ".csv", ".txt", ".ods"),
    "请在 WPS 或 Excel 中打开它，选择“另存为”→“Excel 工作簿（.xlsx）”，再导入新文件。")
DOCUMENT = _Kind(
    "Word 文档", ".docx", "word/document.xml", "是旧版 Word（.doc）/ WPS（.wps）格式或已加密的文档",
    (".doc", ".wps", ".rtf", ".odt", ".txt"), "请用 WPS 或 Word 另存为 .docx 后再导入。")


def check_workbook_file(path: str | os.PathLike[str]) -> None:
    """Raise `FileRejected` unless `path` looks like a sane .xlsx container. Reads, never writes."""
    check_package_file(path, WORKBOOK)


def check_package_file(path: str | os.PathLike[str], kind: _Kind) -> None:
    """Raise `FileRejected` unless `path` looks like a sane package of `kind`. Reads, never writes."""
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise FileRejected(f"找不到文件“{p}”。") from None
    except IsADirectoryError:
        raise FileRejected(f"“{p}”是文件夹，不是 {kind.label}。") from None
    except OSError as exc:
        raise FileRejected(f"无法读取文件“{name}”，请检查文件是否被占用或没有读取权限。（{exc.strerror or exc}）") from None
    if size == 0:
        raise FileRejected(f"文件“{name}”是空的（0 字节），不是 {kind.label}。")
    suffix = p.suffix.lower()
    if head.startswith(_OLE2_MAGIC):
        raise FileRejected(f"文件“{name}”{kind.old_format}，本程序只能读取 {kind.suffix}。" + kind.save_as)
    if suffix in kind.old_suffixes:
        raise FileRejected(f"文件“{name}”是 {suffix} 格式，本程序只能读取 {kind.suffix}。" + kind.save_as)
    if not head.startswith(b"PK"):
        raise FileRejected(f"文件“{name}”不是有效的 {kind.label}（{kind.suffix}）。" + kind.save_as)
    if size > MAX_FILE_BYTES:
        raise FileRejected(
            f"文件“{name}”过大（{size // (1024 * 1024)} MB），超过 {MAX_FILE_BYTES // (1024 * 1024)} MB 的上限。"
        )
    try:
        with zipfile.ZipFile(p) as zf:
            _check_archive(zf, name, kind)
    except zipfile.BadZipFile:
        raise FileRejected(f"文件“{name}”不完整或已损坏，无法作为 {kind.label}打开。") from None
    except (OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise FileRejected(f"文件“{name}”已损坏，无法读取。", details=repr(exc)) from None


def _check_archive(zf: zipfile.ZipFile, name: str, kind: _Kind) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise FileRejected(_BOMB.format(name=name), details=f"{len(infos)} entries")
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_UNCOMPRESSED_BYTES:
            raise FileRejected(_BOMB.format(name=name), details=f"uncompressed size > {total}")
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise FileRejected(
                _BOMB.format(name=name),
                details=f"{info.filename}: {info.file_size} / {info.compress_size}",
            )
    names = {info.filename for info in infos}
    if kind.main_part not in names:
        raise FileRejected(f"文件“{name}”不是有效的 {kind.label}（{kind.suffix}）。（缺少 {kind.main_part}）")
    budget = _Budget()
    for info in infos:
        _scan_part(zf, info, name, budget)


def _scan_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: _Budget) -> None:
    """Scan one part: its raw bytes for DTDs, cells and rows (fast byte searches, an upper bound
    of the true counts), then stream its XML through expat for the ranges that openpyxl expands.

    Every part, whatever its name: openpyxl follows the relationships to any path.
    """
    tail = b""
    with zf.open(info) as part:
        first = part.read(_CHUNK)
        if first.startswith(_UTF16_STARTS):  # the total size is capped, so decoding whole is bounded
            chunks: Iterable[bytes] = [(first + part.read()).decode("utf-16", errors="ignore").encode()]
        else:
            chunks = itertools.chain([first], iter(lambda: part.read(_CHUNK), b""))
        for chunk in chunks:
            buf = tail + chunk
            if _DTD.search(buf):
                raise FileRejected(
                    f"文件“{name}”含有不允许的 XML 实体声明（DOCTYPE/ENTITY），疑似恶意构造，已拒绝。",
                    details=info.filename)
            # counted in the new bytes and a few before them: a tag cut by the chunk boundary is
            # found, one wholly inside those few bytes counts twice (erring high is the safe side)
            fresh = buf[max(0, len(tail) - _OVERLAP):]
            budget.cells += _tags(fresh, b"c") + _tags(fresh, b"tc")  # a worksheet cell, a Word table cell
            budget.rows += _tags(fresh, b"row") + _tags(fresh, b"tr")
            budget.strings += _tags(fresh, b"si")
            budget.formats += _tags(fresh, b"xf")
            if budget.cells > MAX_CELLS:
                _refuse(name, info, f"工作表过大（超过 {MAX_CELLS} 个单元格），超出本程序可读取的范围")
            if budget.rows > MAX_ROW_ELEMENTS:
                _refuse(name, info, f"工作表的行过多（超过 {MAX_ROW_ELEMENTS} 行，含空行），超出本程序可读取的范围")
            if budget.strings > MAX_STRINGS:
                _refuse(name, info, f"含有过多的文本条目（超过 {MAX_STRINGS} 条），超出本程序可读取的范围")
            if budget.formats > MAX_FORMATS:
                _refuse(name, info, f"含有过多的单元格格式（超过 {MAX_FORMATS} 种），疑似被恶意构造")
            tail = buf[-256:]
    if first.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] != b"<" and not first.startswith(_UTF16_STARTS):
        return  # not XML (an image, a printer-settings blob)
    with zf.open(info) as part:
        _count_ranges(part, budget, name, info)


def _count_ranges(part, budget: _Budget, name: str, info: zipfile.ZipInfo) -> None:
    """Stream the XML through expat, set up as defusedxml sets it up (no DTD, no entities, nothing
    external), counting column definitions, merged and hyperlink areas, and format/validation ranges.
    Plain expat rather than defusedxml's SAX layer: that layer costs several times the parse itself."""

    def forbidden(*_args) -> None:
        _refuse(name, info, "含有不允许的 XML 实体声明（DOCTYPE/ENTITY），疑似恶意构造")

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = tag[tag.rfind(" ") + 1:]
        if local == "col":
            budget.cols += 1
            if budget.cols > MAX_COL_ELEMENTS:
                _refuse(name, info, f"工作表的列定义过多（超过 {MAX_COL_ELEMENTS} 个），疑似被恶意构造")
        elif local in ("mergeCell", "hyperlink"):
            budget.area += _area(attrs.get("ref", ""))
            if budget.area > MAX_AREA_CELLS:
                _refuse(name, info, f"含有异常巨大的合并单元格或超链接区域（超过 {MAX_AREA_CELLS} 个单元格），疑似被恶意构造")
        elif local in ("conditionalFormatting", "dataValidation", "cfRule"):
            budget.ranges += max(1, len(attrs.get("sqref", "").split()))
            if budget.ranges > MAX_RANGES:
                _refuse(name, info, f"含有过多的条件格式或数据有效性规则（超过 {MAX_RANGES} 条），疑似被恶意构造")

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = forbidden
    parser.UnparsedEntityDeclHandler = parser.ExternalEntityRefHandler = forbidden
    parser.StartElementHandler = start
    try:
        for chunk in iter(lambda: part.read(_CHUNK), b""):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError:
        return  # malformed: openpyxl fails on it (or ignores the part) without building anything


def _tags(data: bytes, name: bytes) -> int:
    """An upper bound of the `<name …>` start tags in `data`, prefixed ones included: `<name` also
    counts longer names (`<c` counts `<col`), which a sheet has few of. Plain counts, since a regex
    with an optional prefix group is several times slower on a 20 MB sheet."""
    return data.count(b"<" + name) + len(_PREFIXED[name].findall(data))


def _refuse(name: str, info: zipfile.ZipInfo, why: str) -> NoReturn:
    raise FileRejected(f"文件“{name}”{why}，已拒绝。", details=info.filename)


@dataclass
class _Budget:
    """What the whole workbook has used so far of each limit."""

    cells: int = 0
    rows: int = 0
    strings: int = 0
    formats: int = 0
    cols: int = 0
    area: int = 0
    ranges: int = 0


def _area(ref: str) -> int:
    """Cells in a range such as A1:N1048576; an unreadable range counts as one cell (openpyxl fails on it)."""
    m = _REF.match(ref.strip())
    if not m:
        return 1
    c1, r1, c2, r2 = m.groups()
    if c2 is None or r2 is None:
        return 1
    rows = abs(int(r2) - int(r1)) + 1
    cols = abs(column_index_from_string(c2.upper()) - column_index_from_string(c1.upper())) + 1
    return rows * cols


def open_workbook(path: str | os.PathLike[str]) -> Workbook:
    """Check then load an untrusted workbook (cached values, not formulas).

    Not read-only mode: merged cells, sheet state and data validations are needed by the readers.
    """
    check_workbook_file(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions
            return openpyxl.load_workbook(path, data_only=True, keep_links=False, rich_text=False)
    except FileRejected:
        raise
    except Exception as exc:  # any parser failure means the file cannot be used
        raise FileRejected(
            f"文件“{Path(path).name}”无法作为 Excel 工作簿读取，可能已损坏。", details=repr(exc)
        ) from None


def bounded_rows(ws: Worksheet) -> list[tuple[Any, ...]]:
    """The sheet's cell values, row by row, up to the last row and column that hold something.

    Content beyond MAX_ROWS × MAX_COLS refuses the sheet (never cut off silently); blank formatted
    cells out there are ignored, since whole blank formatting areas are common. Reads the cells that
    exist (`ws._cells`): `iter_rows` would create every cell of the rectangle.
    """
    filled = [(r, c) for (r, c), cell in ws._cells.items() if cell.value is not None and cell.value != ""]
    if not filled:
        return []
    last_row = max(r for r, _c in filled)
    last_col = max(c for _r, c in filled)
    if last_row > MAX_ROWS:
        raise FileRejected(
            f"工作表“{ws.title}”第 {last_row} 行仍有内容，超过本程序一次可读取的 {MAX_ROWS} 行"
            f"（最多 {MAX_TASK_ROWS} 行任务），文件未导入。请分成几个文件。")
    if last_col > MAX_COLS:
        raise FileRejected(
            f"工作表“{ws.title}”第 {get_column_letter(last_col)} 列仍有内容，超过本程序可读取的 {MAX_COLS} 列，"
            "文件未导入。请删去多余的列。")
    grid = [[None] * last_col for _ in range(last_row)]
    for r, c in filled:
        grid[r - 1][c - 1] = ws._cells[r, c].value
    return [tuple(row) for row in grid]
