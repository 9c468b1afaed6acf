"""export ledger, export alerts (PDF)."""

from __future__ import annotations

import sys
from datetime import date

from ..core.dates import parse_iso_date, parse_period
from ..exchange.pdf_ledger import write_ledger_pdf
from ..exchange.pdf_reports import AlertEntry, write_alerts_pdf
from ..exchange.pdf_table import PdfResult
from ..ops import catalog
from ..ops.status import ledger_document, task_statuses
from .common import opened, say


def register(sub) -> None:
    export = sub.add_parser("export", help="导出台账或预警清单")
    esub = export.add_subparsers(dest="export_command", metavar="WHAT")
    esub.required = True
    p = esub.add_parser("ledger", help="导出一本台账")
    p.add_argument("--plan", required=True, metavar="CODE", help="台账代码，如 air-2022")
    p.add_argument("--format", choices=("pdf",), default="pdf")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--period", metavar="YYYY-MM", help="进展情况取自此报送期")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="按此日期计算状态（默认今天）")
    p.add_argument("--signature", action="store_true", help="附填报单位（盖章）、填报人、审核人、日期栏")
    p.set_defaults(run=_ledger)

    p = esub.add_parser("alerts", help="导出预警清单（逾期、临期、未报送，按单位）")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="按此日期计算预警（默认今天）")
    p.add_argument("--format", choices=("pdf",), default="pdf")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(run=_alerts)


def _as_of(args) -> date:
    return parse_iso_date(args.as_of) if args.as_of else date.today()


def _ledger(args) -> int:
    if args.period:
        parse_period(args.period)
    with opened(args, read_only=True) as store:
        doc = ledger_document(store, args.plan, _as_of(args), args.period)
    return _done(write_ledger_pdf(doc, args.output, signature=args.signature), args.output)


def _alerts(args) -> int:
    as_of = _as_of(args)
    with opened(args, read_only=True) as store:
        titles = {lg.code: lg.title for lg in catalog.list_ledgers(store)}
        statuses = task_statuses(store, catalog.list_tasks(store), as_of)
    entries = [
        AlertEntry(unit, st.task.id, titles.get(st.task.ledger, st.task.ledger),
                   "" if st.task.seq is None else str(st.task.seq), st.task.measure, alert,
                   st.task.due_override or st.schedule.due)
        for st in statuses
        for alert in st.alerts
        for unit in st.task.lead_units
    ]
    return _done(write_alerts_pdf(entries, args.output, as_of=as_of), args.output)


def _done(result: PdfResult, path: str) -> int:
    say(f"已导出 {result.pages} 页：{path}")
    if result.warning:
        print(result.warning, file=sys.stderr)
    return 0
