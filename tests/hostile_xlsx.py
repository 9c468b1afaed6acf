"""Hostile workbooks, built small: each makes openpyxl build millions of objects if it is ever
parsed. Shared by tests/exchange/test_xlsx_safety.py, benchmarks/xlsx_refusals.py and the
reliability report."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl


def real_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "具体措施"
    wb.save(path)
    return path


def with_part(src: Path, dst: Path, name: str, data: bytes) -> Path:
    """A copy of workbook `src` with part `name` replaced (or added)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename != name:
                zout.writestr(item, zin.read(item))
        zout.writestr(name, data)
    return dst


def sheet_with(folder: Path, name: str, inside: bytes = b"", after: bytes = b"", before: bytes = b"") -> Path:
    """A real workbook whose first sheet gets `before` its sheetData, `inside` it and `after` it."""
    src = real_workbook(folder / f"base-{name}")
    with zipfile.ZipFile(src) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml")
    sheet = sheet.replace(b"<sheetData", before + b"<sheetData", 1)
    sheet = sheet.replace(b"</sheetData>", inside + b"</sheetData>" + after)
    out = with_part(src, folder / name, "xl/worksheets/sheet1.xml", sheet)
    src.unlink()
    return out


def hyperlink_bomb(folder: Path) -> Path:
    """Finding 5: one hyperlink over A1:N1048576 (openpyxl gives each of 14.7 million cells a copy)."""
    return sheet_with(folder, "hyperlink.xlsx", after=b'<hyperlinks><hyperlink ref="A1:N1048576" display="x"/></hyperlinks>')


def empty_rows(folder: Path, count: int = 900_000) -> Path:
    """Finding 5: a 5 MB sheet of 900,000 empty <row> elements (10.6 s and 737 MB in openpyxl)."""
    return sheet_with(folder, "rows.xlsx", b"".join(b'<row r="%d"/>' % i for i in range(2, count + 2)))


def merge_bomb(folder: Path) -> Path:
    return sheet_with(folder, "merge.xlsx", after=b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')


def cell_flood(folder: Path, count: int = 450_000) -> Path:
    cells = b"".join(b'<c r="A%d"><v>%d</v></c>' % (i, i * 7919 % 1000003) for i in range(2, count + 2))
    return sheet_with(folder, "cells.xlsx", b'<row r="2">' + cells + b"</row>")


def col_flood(folder: Path, count: int = 20_000) -> Path:
    cols = b"".join(b'<col min="1" max="1" width="%d"/>' % (i % 90 + 1) for i in range(count))
    return sheet_with(folder, "cols.xlsx", before=b"<cols>" + cols + b"</cols>")


def _ranges(count: int) -> bytes:
    return " ".join(f"A{i}" for i in range(1, count + 1)).encode()


def conditional_flood(folder: Path, count: int = 12_000) -> Path:
    return sheet_with(folder, "conditional.xlsx", after=(
        b'<conditionalFormatting sqref="' + _ranges(count) + b'"><cfRule type="expression" priority="1">'
        b"<formula>TRUE</formula></cfRule></conditionalFormatting>"))


def validation_flood(folder: Path, count: int = 12_000) -> Path:
    return sheet_with(folder, "validation.xlsx", after=(
        b'<dataValidations count="1"><dataValidation type="list" sqref="' + _ranges(count)
        + b'"><formula1>"a"</formula1></dataValidation></dataValidations>'))


def string_flood(folder: Path, count: int = 500_000) -> Path:
    """Half a million shared strings (numbered, so they pass the compression-ratio check), declared
    so that openpyxl reads them: it keeps a Python string for each."""
    src = real_workbook(folder / "base-strings.xlsx")
    with zipfile.ZipFile(src) as zf:
        types, rels = zf.read("[Content_Types].xml"), zf.read("xl/_rels/workbook.xml.rels")
    types = types.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                          b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    rels = rels.replace(b"</Relationships>", b'<Relationship Id="rIdStrings" Target="sharedStrings.xml" Type="http://'
                        b'schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>')
    strings = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               + b"".join(b"<si><t>%d</t></si>" % (i * 7919 % 1000003) for i in range(count)) + b"</sst>")
    step = with_part(src, folder / "strings-1.xlsx", "[Content_Types].xml", types)
    step = with_part(step, folder / "strings-2.xlsx", "xl/_rels/workbook.xml.rels", rels)
    return with_part(step, folder / "strings.xlsx", "xl/sharedStrings.xml", strings)


def format_flood(folder: Path, count: int = 100_000) -> Path:
    """A styles part with 100,000 cell formats (Excel itself stops at 64,000)."""
    src = real_workbook(folder / "base-formats.xlsx")
    with zipfile.ZipFile(src) as zf:
        styles = zf.read("xl/styles.xml")
    xfs = (b'<cellXfs count="%d">' % count
           + b"".join(b'<xf numFmtId="%d" fontId="0" fillId="0" borderId="0"/>' % (i * 7919 % 1000003) for i in range(count))
           + b"</cellXfs>")
    start, end = styles.index(b"<cellXfs"), styles.index(b"</cellXfs>") + len(b"</cellXfs>")
    return with_part(src, folder / "formats.xlsx", "xl/styles.xml", styles[:start] + xfs + styles[end:])


# (what the attack is, builder, a phrase of the refusal)
ATTACKS: list[tuple[str, Callable[[Path], Path], str]] = [
    ("超链接覆盖 A1:N1048576", hyperlink_bomb, "超链接区域"),
    ("90 万个空行", empty_rows, "行过多"),
    ("合并整张工作表", merge_bomb, "合并单元格"),
    ("45 万个单元格", cell_flood, "个单元格"),
    ("2 万个列定义", col_flood, "列定义过多"),
    ("1.2 万个条件格式区域", conditional_flood, "条件格式或数据有效性"),
    ("1.2 万个数据有效性区域", validation_flood, "条件格式或数据有效性"),
    ("50 万个文本条目", string_flood, "文本条目"),
    ("10 万种单元格格式", format_flood, "单元格格式"),
]
