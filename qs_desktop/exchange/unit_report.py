"""A unit's report for one period as a PDF (填报单位 keeps and stamps it, or sends it upward)."""

from __future__ import annotations

import os
from datetime import date

from ..core.dates import cn_period, month_end, parse_period
from ..core.errors import InvalidInput
from ..ops.catalog import resolve_unit
from ..ops.obligations import owed_period
from ..ops.sample import sample_scale
from ..ops.status import unit_lines
from ..store.db import Store
from .pdf_reports import UnitReport, write_unit_report_pdf
from .pdf_table import PdfResult


def export_unit_report(store: Store, unit: str, period: str | None, path: str | os.PathLike[str], *,
                       as_of: date | None = None, signature: bool = True) -> PdfResult:
    """Status as of `as_of` (default: the end of the period); `period` defaults to the owed period as of
    `as_of` (default today)."""
    name = resolve_unit(store, unit).name
    if period is None:
        as_of = as_of or date.today()
        period = owed_period(store, as_of)
    as_of = as_of or month_end(*parse_period(period))
    lines = unit_lines(store, name, period, as_of)
    if not lines:
        raise InvalidInput(f"“{name}”在 {cn_period(period)} 没有需要报告的任务（未分派任务，或各计划在该期不需报送），"
                           f"无需导出进展情况。")
    report = UnitReport(unit=name, period=period, lines=lines, as_of=as_of, sample=bool(sample_scale(store)))
    return write_unit_report_pdf(report, path, signature=signature)
