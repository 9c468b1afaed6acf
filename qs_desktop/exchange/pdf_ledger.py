"""The official ledger as PDF: the annex table the offices stamp and file."""

from __future__ import annotations

import os
from collections.abc import Sequence

from ..core.dates import cn_date, cn_period
from ..core.model import LedgerDocument, LedgerLine
from ..core.rules import MARK_SYMBOLS, alert_label, status_label
from ..core.sample import MARK as SAMPLE_MARK
from .pdf_table import SIGNATURE_HEIGHT, Column, PdfResult, Row, Sheet, render

# Symbols keep the status legible in black-and-white print; grey shading only supports them.
MARKS = {
    "overdue": (MARK_SYMBOLS["overdue"], alert_label("overdue")),
    "due_soon": (MARK_SYMBOLS["due_soon"], alert_label("due_soon")),
    "done": (MARK_SYMBOLS["done"], status_label("done")),
}

LEDGER_COLUMNS = (
    Column("任务类别", 62, "center"),
    Column("序号", 28, "center"),
    Column("具体措施", 236),
    Column("完成时限", 62, "center"),
    Column("牵头单位", 88),
    Column("进展情况", 168),
    Column("完成状态", 54, "center"),
    Column("备注", 44),
)
_STATUS_COL = 6


def status_text(line: LedgerLine) -> str:
    """The status cell: the mark's symbol and label, under the status when that says more."""
    if line.mark not in MARKS:
        return line.status
    symbol, label = MARKS[line.mark]
    if line.mark == "done" or not line.status or label in line.status:
        return f"{symbol} {line.status or label}"
    return f"{line.status}\n{symbol} {label}"


def ledger_row(line: LedgerLine) -> Row:
    cells = (line.section, line.seq, line.measure, line.deadline, line.lead_units,
             line.progress, status_text(line), line.remarks)
    shaded = frozenset({_STATUS_COL}) if line.mark in ("overdue", "due_soon") else frozenset()
    return Row(cells, shaded)


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
            sheet.heading(annex=doc.annex, title=doc.title, left=doc.doc_no, right=as_of_note(doc))
            sheet.table(LEDGER_COLUMNS, [ledger_row(line) for line in doc.lines], merge_first=True,
                        keep_with_last=SIGNATURE_HEIGHT if signature else 0.0)
            if signature:
                sheet.signature()

    return render(path, docs[0].title, draw, stamp=SAMPLE_MARK if any(d.sample for d in docs) else "")
