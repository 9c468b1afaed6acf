"""Build the task tables other issuers send — Word notices and workbooks — the way their clerks do."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl


@dataclass
class Table:
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # (r1, c1, r2, c2), 0-based, inclusive


def word_notice(path: Path, *blocks: str | Table) -> Path:
    """A .docx of paragraphs (str) and tables; a merged range keeps its top-left text."""
    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        ncols = max(len(r) for r in block.rows)
        table = document.add_table(rows=len(block.rows), cols=ncols)
        for r1, c1, r2, c2 in block.merges:
            table.cell(r1, c1).merge(table.cell(r2, c2))
        covered = {(r, c) for r1, c1, r2, c2 in block.merges for r in range(r1, r2 + 1)
                   for c in range(c1, c2 + 1) if (r, c) != (r1, c1)}
        for r, row in enumerate(block.rows):
            for c, text in enumerate(row):
                if (r, c) not in covered:
                    table.cell(r, c).text = text
    document.save(path)
    return path


def workbook(path: Path, rows: list[list[object]], merges: list[str] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path
