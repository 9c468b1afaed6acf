"""Opening Office files that came from outside: reject hostile or wrong files before they are parsed.

A returned form, a plan spreadsheet or a plan notice in Word arrives by email or USB stick, so it
is untrusted. The zip container is inspected first (size, entry count, compression ratio, required
parts, DTDs in XML parts, cell count) — cheap checks that refuse zip bombs and entity bombs in
milliseconds — and only then is the file parsed: workbooks with openpyxl's defusedxml parser,
Word documents with python-docx's parser that resolves no entities, as a second line of defence.
"""

from __future__ import annotations

import itertools
import os
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import openpyxl.xml
from openpyxl.utils import column_index_from_string
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
MAX_ROWS = 20_000
MAX_COLS = 60
MAX_CELLS = 400_000  # parse-time cap; openpyxl keeps an object per cell (a plan sheet has ~10 columns)
MAX_MERGED_CELLS = 500_000  # openpyxl creates an object for every cell inside a merged range
_CHUNK = 1024 * 1024
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"')
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
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
    cell: re.Pattern[bytes]
    old_format: str  # the message for an old binary file (OLE2)
    old_suffixes: tuple[str, ...]
    save_as: str


WORKBOOK = _Kind(
    "Excel 工作簿", ".xlsx", "xl/workbook.xml", _CELL,
    "是旧版 Excel（.xls）/ WPS（.et）格式或已加密的工作簿", (".xls", ".et", ".csv", ".txt", ".ods"),
    "请在 WPS 或 Excel 中打开它，选择“另存为”→“Excel 工作簿（.xlsx）”，再导入新文件。")
DOCUMENT = _Kind(
    "Word 文档", ".docx", "word/document.xml", re.compile(rb"<(?:\w+:)?tc[\s>/]"),
    "是旧版 Word（.doc）/ WPS（.wps）格式或已加密的文档", (".doc", ".wps", ".rtf", ".odt", ".txt", ".pdf"),
    "请用 WPS 或 Word 另存为 .docx 后再导入。")


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
    not_valid = f"文件“{name}”不是有效的 {kind.label}（{kind.suffix}）。"
    if not head.startswith(b"PK"):
        raise FileRejected(not_valid + kind.save_as)
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
    for info in infos:
        _scan_part(zf, info, name, kind.cell)


def _scan_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, cell: re.Pattern[bytes]) -> None:
    """Scan one part's raw bytes for DTDs, cell count and merged area before openpyxl parses it.

    Every part, whatever its name: openpyxl follows the relationships to any path.
    """
    cells = merged = 0
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
            cells += sum(1 for m in cell.finditer(buf) if m.end() > len(tail))
            merged += sum(_area(*m.groups()) for m in _MERGE.finditer(buf) if m.end() > len(tail))
            if cells > MAX_CELLS:
                raise FileRejected(
                    f"文件“{name}”的表格过大（超过 {MAX_CELLS} 个单元格），超出本程序可读取的范围。",
                    details=info.filename)
            if merged > MAX_MERGED_CELLS:
                raise FileRejected(
                    f"文件“{name}”含有异常巨大的合并单元格，疑似被恶意构造，已拒绝。", details=info.filename)
            tail = buf[-256:]


def _area(c1: bytes, r1: bytes, c2: bytes | None, r2: bytes | None) -> int:
    if c2 is None or r2 is None:
        return 1
    rows = abs(int(r2) - int(r1)) + 1
    cols = abs(column_index_from_string(c2.decode()) - column_index_from_string(c1.decode())) + 1
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


def bounded_rows(ws: Worksheet) -> Iterator[tuple[Any, ...]]:
    """The sheet's cell values, at most MAX_ROWS × MAX_COLS (whole blank formatting areas are common)."""
    max_col = min(ws.max_column or 1, MAX_COLS)
    max_row = min(ws.max_row or 1, MAX_ROWS)
    yield from ws.iter_rows(min_row=1, max_row=max_row, max_col=max_col, values_only=True)
