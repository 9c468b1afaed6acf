"""The official ledger as PDF: the annex table the offices stamp and file."""

from __future__ import annotations

import os
from collections.abc import Sequence

from ..core.columns import STATUS, document_columns, issue_note
from ..core.dates import cn_date, cn_period
from ..core.model import LedgerColumn, LedgerDocument, LedgerLine
from ..core.rules import MARK_SYMBOLS, alert_label, status_label
from ..core.sample import MARK as SAMPLE_MARK
from .pdf_table import SIGNATURE_HEIGHT, Column, PdfResult, Row, Sheet, render

# Symbols keep the status legible in black-and-white print; grey shading only supports them.
MARKS = {
    "overdue": (MARK_SYMBOLS["overdue"], alert_label("overdue")),
    "due_soon": (MARK_SYMBOLS["due_soon"], alert_label("due_soon")),
    "done": (MARK_SYMBOLS["done"], status_label("done")),
}

# Width share and alignment by the field a column feeds (the annex's proportions).
WIDTHS = {"section": (62, "center"), "seq": (28, "center"), "title": (90, "left"), "measure": (236, "left"),
          "deadline": (62, "center"), "lead_units": (88, "left"), "cooperating_units": (80, "left"),
          "remarks": (44, "left"), "extra": (70, "left"), "progress": (168, "left"), "status": (54, "center")}


def pdf_columns(columns: tuple[LedgerColumn, ...]) -> list[Column]:
    return [Column(c.heading, *WIDTHS.get(c.field, (70, "left"))) for c in columns]


def status_text(line: LedgerLine) -> str:
    """The status cell: the mark's symbol and label, under the status when that says more."""
    if line.mark not in MARKS:
        return line.status
    symbol, label = MARKS[line.mark]
    if line.mark == "done" or not line.status or label in line.status:
        return f"{symbol} {line.status or label}"
    return f"{line.status}\n{symbol} {label}"


def ledger_row(line: LedgerLine, columns: tuple[LedgerColumn, ...], cells: tuple[str, ...]) -> Row:
    status_col = next((i for i, c in enumerate(columns) if c.field == STATUS), None)
    shown = tuple(status_text(line) if i == status_col else v for i, v in enumerate(cells))
    shaded = frozenset({status_col}) if status_col is not None and line.mark in ("overdue", "due_soon") else frozenset()
    return Row(shown, shaded)


def as_of_note(doc: LedgerDocument) -> str:
    parts = [SAMPLE_MARK] if doc.sample else []
    if doc.as_of:
        parts.append(f"截至 {cn_date(doc.as_of)}")
    if doc.period:
        parts.append(f"报送期：{cn_period(doc.period)}")
    return "　　".join(parts)


def write_ledger_pdf(doc: LedgerDocument, path: str | os.PathLike[str], *, signature: bool = False) -> PdfResult:
    return write_ledgers_pdf([doc], path, signature=signature)


def write_ledgers_pdf(docs: Sequence[LedgerDocument], path: str | os.PathLike[str], *,
                      signature: bool = False) -> PdfResult:
    """The ledgers of a plan one after another, each from a new page (the workbook's sheets, on paper)."""
    def draw(sheet: Sheet) -> None:
        for i, doc in enumerate(docs):
            if i:
                sheet.new_page()
            sheet.heading(annex=doc.annex, title=doc.title, left=issue_note(doc), right=as_of_note(doc))
            columns, cells = document_columns(doc)
            rows = [ledger_row(line, columns, c) for line, c in zip(doc.lines, cells, strict=True)]
            sheet.table(pdf_columns(columns), rows, merge_first=columns[0].field == "section",
                        keep_with_last=SIGNATURE_HEIGHT if signature else 0.0)
            if signature:
                sheet.signature()

    return render(path, docs[0].title, draw, stamp=SAMPLE_MARK if any(d.sample for d in docs) else "")
