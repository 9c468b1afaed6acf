"""The official ledger of a plan (or of one of its ledgers), ready for the workbook or the PDF."""

from __future__ import annotations

import os
from datetime import date

from ..core.dates import month_end, parse_period
from ..core.model import LedgerDocument
from ..ops.catalog import ledger_codes
from ..ops.obligations import owed_period
from ..ops.status import ledger_document
from ..store.db import Store
from .xlsx_ledger import write_ledger_workbook


def ledger_documents(store: Store, code: str, *, period: str | None = None,
                     as_of: date | None = None) -> list[LedgerDocument]:
    """Status as of `as_of` (default: the end of `period`, else today); progress from `period`
    (default: the owed period 应报期 as of `as_of`)."""
    if as_of is None:
        as_of = month_end(*parse_period(period)) if period else date.today()
    period = period or owed_period(store, as_of)
    return [ledger_document(store, c, as_of, period) for c in ledger_codes(store, code)]


def export_ledger_xlsx(store: Store, code: str, path: str | os.PathLike[str], *,
                       period: str | None = None, as_of: date | None = None) -> list[LedgerDocument]:
    docs = ledger_documents(store, code, period=period, as_of=as_of)
    write_ledger_workbook(docs, path)
    return docs
