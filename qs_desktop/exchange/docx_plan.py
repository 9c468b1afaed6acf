"""A plan's task table(s) from the Word notice (通知) they arrive in.

A notice is paragraphs and tables: the letter, then 附件 N, the annex title and the table. Word
splits a long table when someone inserts a page break or pastes it in pieces; the pieces follow
each other with nothing but empty paragraphs between them, or repeat the header. Vertically merged
category cells (vMerge) and cells spanning columns (gridSpan) become a `Grid`'s merged ranges, so
the reading is the same as for a worksheet (`plan_table`).
"""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from ..core.errors import FileRejected, ImportRejected, InvalidInput
from .plan_table import NO_HEADER, Grid, PlanSheet, PlanSheetMapping, detect, read_grid
from .xlsx_safety import DOCUMENT, MAX_COLS, check_package_file

_DOC_NO = re.compile(r"\S+〔\d{4}〕\s*\d+\s*号")
_ANNEX = re.compile(r"^附\s*件")
PREAMBLE_PARAGRAPHS = 4  # 附件 line, title (sometimes in two lines), a subtitle


@dataclass
class DocTable:
    name: str  # "表 N": the N-th table of the document, as the user counts them
    grid: Grid
    before: list[str]  # non-empty paragraphs between the previous table and this one


def document_tables(path: str | os.PathLike[str]) -> tuple[list[DocTable], str]:
    """The document's top-level tables in order, and its first paragraph holding a 文号."""
    check_package_file(path, DOCUMENT)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            body = Document(str(path)).element.body
    except Exception as exc:  # any parser failure means the file cannot be used
        raise FileRejected(f"文件“{Path(path).name}”无法作为 Word 文档读取，可能已损坏。", details=repr(exc)) from None
    tables: list[DocTable] = []
    paragraphs: list[str] = []
    doc_no = ""
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            text = Paragraph(child, None).text.strip()
            if text:
                paragraphs.append(text)
                if not doc_no and (m := _DOC_NO.search(text)):
                    doc_no = m.group(0)
        elif child.tag == qn("w:tbl"):
            tables.append(DocTable(f"表 {len(tables) + 1}", _table_grid(child), paragraphs))
            paragraphs = []
    return tables, doc_no


def _cell_text(tc) -> str:
    return "\n".join(Paragraph(p, None).text for p in tc.iterchildren(qn("w:p"))).replace("\r", "\n").strip()


def _table_grid(tbl) -> Grid:
    """Cell texts by grid position; horizontal spans and vertical merges become merged ranges."""
    values: list[list[str]] = []
    merges: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    open_from: dict[int, tuple[int, int]] = {}  # first column -> (first row, last column) of a vertical merge
    for r, tr in enumerate(tbl.iterchildren(qn("w:tr")), start=1):
        row: list[str] = []
        col = 1 + min(tr.grid_before, MAX_COLS)
        for tc in tr.iterchildren(qn("w:tc")):
            span = max(1, min(tc.grid_span, MAX_COLS))
            if col > MAX_COLS:
                break
            row.extend([""] * (col - 1 - len(row)))
            last = col + span - 1
            if tc.vMerge == "continue" and col in open_from:
                first_row, last = open_from[col]
                row.extend([""] * (last - col + 1))
                _merge(merges, (first_row, col, r, last))
            else:
                row.append(_cell_text(tc))
                row.extend([""] * (span - 1))
                if tc.vMerge == "restart":
                    open_from[col] = (r, last)
                else:
                    open_from.pop(col, None)
                if span > 1:
                    _merge(merges, (r, col, r, last))
            col = last + 1
        values.append(row)
    return Grid(values, merges)


def _merge(merges: dict, box: tuple[int, int, int, int]) -> None:
    for r in range(box[0], box[2] + 1):
        for c in range(box[1], box[3] + 1):
            merges[r, c] = box


@dataclass
class TaskTable:
    """One task table of the document, its continuations joined to it."""

    name: str
    grid: Grid
    mapping: PlanSheetMapping
    preamble: list[str]


def task_tables(tables: list[DocTable], doc_no: str, skipped: list[tuple[str, int]] | None = None) -> list[TaskTable]:
    """The task tables, continuations joined; other tables with text go to `skipped` as (name, rows)."""
    found: list[TaskTable] = []
    for table in tables:
        mapping = detect(table.grid, table.name)
        last = found[-1] if found else None
        if last and _continues(last, table, mapping):
            skip = mapping.first_data_row - 1 if mapping and _same_header(last.mapping, mapping) else 0
            _append(last.grid, table.grid, skip)
        elif mapping:
            found.append(TaskTable(table.name, table.grid, mapping, _preamble(table.before, doc_no)))
        elif skipped is not None and (rows := sum(1 for row in table.grid.values if any(row))):
            skipped.append((table.name, rows))
    return found


def _continues(last: TaskTable, table: DocTable, mapping: PlanSheetMapping | None) -> bool:
    """A piece of the table above: same width, and nothing but empty paragraphs between — or
    the same header repeated with no new 附件 in between."""
    if table.grid.ncols != last.grid.ncols:
        return False
    if not table.before:
        return mapping is None or _same_header(last.mapping, mapping)
    return mapping is not None and _same_header(last.mapping, mapping) and not any(
        _ANNEX.match(t) for t in table.before)


def _same_header(a: PlanSheetMapping, b: PlanSheetMapping) -> bool:
    norm = {c: re.sub(r"\s+", "", t) for c, t in a.headers.items()}
    return norm == {c: re.sub(r"\s+", "", t) for c, t in b.headers.items()}


def _append(grid: Grid, more: Grid, skip: int) -> None:
    offset = len(grid.values) - skip
    grid.values.extend(more.values[skip:])
    for (r, c), (r1, c1, r2, c2) in more.merges.items():
        if r > skip:
            grid.merges[r + offset, c] = (max(r1, skip + 1) + offset, c1, r2 + offset, c2)


def _preamble(before: list[str], doc_no: str) -> list[str]:
    """附件 line and title above the table: back from the table to the 附件 line, at most a few lines."""
    tail = before[-PREAMBLE_PARAGRAPHS:]
    starts = [i for i, t in enumerate(tail) if _ANNEX.match(t)]
    lines = tail[starts[-1]:] if starts else tail[-1:]
    return ([doc_no] if doc_no and not any(doc_no in t for t in lines) else []) + lines


def read_plan_document(path: str | os.PathLike[str], overrides: dict[str, str] | None = None, *,
                       table: str | None = None, mapping: PlanSheetMapping | None = None,
                       skipped: list[tuple[str, int]] | None = None) -> list[PlanSheet]:
    """Every task table of the notice (or the one named `table`, or the one `mapping` was made for).

    Tables that are not task tables are listed in `skipped` (name, rows with text), so the user
    is told what was left out.
    """
    found = task_tables(*document_tables(path), skipped)
    wanted = mapping.sheet if mapping is not None else table
    if wanted is not None:
        found = [t for t in found if t.name == wanted]
        if not found:
            raise InvalidInput(f"文档中没有名为“{wanted}”的任务表。")
    if not found:
        raise ImportRejected("文档的表格中" + NO_HEADER, [])
    sheets = []
    for t in found:
        sheet = read_grid(t.grid, mapping if mapping is not None else t.mapping, overrides)
        sheet.preamble = t.preamble + sheet.preamble
        sheets.append(sheet)
    return sheets
