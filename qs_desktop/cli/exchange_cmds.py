"""export ledger (xlsx / pdf) / export form / export alerts / import form / import plan.

The exporters (openpyxl, reportlab, python-docx) load inside the command that uses them, so every
other `qs-ledger` command starts without them.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from ..core.columns import FIELDS
from ..core.dates import parse_iso_date, parse_period
from ..core.errors import InvalidInput, UsageError
from ..ops import catalog
from ..ops.alerts import alerts_by_unit
from ..ops.obligations import owed_period
from ..ops.sample import sample_scale
from .common import OWED_HELP, opened, plan_year, say


def register(sub) -> None:
    export = sub.add_parser("export", help="导出台账（Excel / PDF）、填报表或预警清单")
    esub = export.add_subparsers(dest="export_command", metavar="WHAT")
    esub.required = True
    p = esub.add_parser("ledger", help="导出正式台账")
    p.add_argument("--plan", required=True, metavar="CODE", help="台账代码（如 air-2022）或计划代码")
    p.add_argument("--format", choices=("xlsx", "pdf"), help="默认按输出文件的扩展名")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--period", metavar="YYYY-MM", help="进展情况取自该期的报送（默认：应报期）")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="按此日期计算状态（默认：报送期月底，否则今天）")
    p.add_argument("--signature", action="store_true", help="PDF 附填报单位（盖章）、填报人、审核人、日期栏")
    p.set_defaults(run=_export_ledger)

    p = esub.add_parser("alerts", help="导出预警清单（逾期、临期、未报送，按单位）")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="按此日期计算预警（默认今天）")
    p.add_argument("--format", choices=("pdf",), default="pdf")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(run=_export_alerts)

    p = esub.add_parser("form", help="导出某单位某期的填报表")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--unit", metavar="NAME")
    who.add_argument("--all-units", action="store_true", help="每个有任务的单位一份，-o 为文件夹")
    p.add_argument("--period", metavar="YYYY-MM", help=OWED_HELP)
    p.add_argument("-o", "--output", required=True, metavar="FILE_OR_FOLDER")
    p.set_defaults(run=_export_form)

    p = esub.add_parser("report", help="导出某单位某期的进展情况（PDF，可盖章）")
    p.add_argument("--unit", required=True, metavar="NAME")
    p.add_argument("--period", metavar="YYYY-MM", help=OWED_HELP)
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="按此日期计算状态（默认报送期月底；未给报送期时为今天）")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(run=_export_report)

    imp = sub.add_parser("import", help="导入填报表或新计划")
    isub = imp.add_subparsers(dest="import_command", metavar="WHAT")
    isub.required = True
    p = isub.add_parser("form", help="导入单位发回的填报表（一个文件或整个文件夹）")
    p.add_argument("target", metavar="FILE_OR_FOLDER")
    p.add_argument("--dry-run", action="store_true", help="只显示将要发生的变化，不写入")
    p.add_argument("--skip-invalid", action="store_true",
                   help="跳过有问题的文件和行，导入其余内容（默认：任何问题都使整批不导入）")
    p.set_defaults(run=_import_form)

    p = isub.add_parser("plan", help="从台账表格（.xlsx）或印发通知（.docx）导入新计划")
    p.add_argument("file", metavar="FILE", help="Excel 工作簿（.xlsx）或 Word 文档（.docx）")
    p.add_argument("--code", required=True, help="新计划代码，如 air-2023")
    p.add_argument("--year", required=True, type=plan_year, help="计划年度（用于解析完成时限）")
    p.add_argument("--title", help="计划名称（默认取表格标题行）")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                   help=f"指定字段对应的表头，可重复；字段：{', '.join(FIELDS)}")
    p.add_argument("--sheet", help="工作表名称（默认：第一个有台账表头的工作表）；Word 文档中为“表 N”（默认：全部任务表）")
    p.add_argument("--doc-no", default="", metavar="文号", help="印发文号，如 沁政办发〔2023〕5 号（默认取文件中的文号）")
    p.add_argument("--issued-on", metavar="YYYY-MM-DD", help="印发日期")
    p.add_argument("--issuer", default="", metavar="单位", help="印发单位，如 沁水县人民政府办公室")
    p.add_argument("--add-units", action="store_true", help="把单位目录中没有的单位作为新单位加入")
    p.add_argument("--replace", action="store_true", help="替换已有的同代码计划（其报送一并删除）")
    p.add_argument("--dry-run", action="store_true", help="只显示识别结果，不写入")
    p.set_defaults(run=_import_plan)


def _export_ledger(args) -> int:
    from ..exchange import ledgers
    from ..exchange.pdf_ledger import write_ledgers_pdf

    fmt = args.format or ("pdf" if args.output.lower().endswith(".pdf") else "xlsx")
    as_of = parse_iso_date(args.as_of) if args.as_of else None
    if args.period:
        parse_period(args.period)
    with opened(args) as store:
        if fmt == "xlsx":
            docs = ledgers.export_ledger_xlsx(store, args.plan, args.output, period=args.period, as_of=as_of)
            rows = sum(len(d.lines) for d in docs)
            say(f"已导出 {len(docs)} 个台账、{rows} 项任务：{args.output}")
            return 0
        docs = ledgers.ledger_documents(store, args.plan, period=args.period, as_of=as_of)
    result = write_ledgers_pdf(docs, args.output, signature=args.signature)
    return _pdf_done(result, args.output, f"{len(docs)} 个台账、{sum(len(d.lines) for d in docs)} 项任务，共 ")


def _export_alerts(args) -> int:
    from ..exchange.pdf_reports import alert_entries, write_alerts_pdf

    as_of = parse_iso_date(args.as_of) if args.as_of else date.today()
    with opened(args, read_only=True) as store:
        titles = {lg.code: lg.title for lg in catalog.list_ledgers(store)}
        groups = alerts_by_unit(store, as_of)
        sample = bool(sample_scale(store))
    entries = alert_entries(((g.unit, item) for g in groups for item in g.items), titles)
    return _pdf_done(write_alerts_pdf(entries, args.output, as_of=as_of, sample=sample), args.output)


def _pdf_done(result, path: str, what: str = "") -> int:
    say(f"已导出 {what}{result.pages} 页：{path}")
    if result.warning:
        print(result.warning, file=sys.stderr)
    return 0


def _export_report(args) -> int:
    from ..exchange.unit_report import export_unit_report

    as_of = parse_iso_date(args.as_of) if args.as_of else None
    with opened(args) as store:
        result = export_unit_report(store, args.unit, args.period, args.output, as_of=as_of)
    return _pdf_done(result, args.output)


def _export_form(args) -> int:
    from ..exchange import forms

    if args.all_units:
        with opened(args) as store:
            written = forms.export_all_forms(store, args.period or owed_period(store, date.today()), args.output)
        say(f"已导出 {len(written)} 份填报表到 {args.output}")
        return 0
    with opened(args) as store:
        doc = forms.export_form(store, args.unit, args.period or owed_period(store, date.today()), args.output)
    say(f"已导出 {doc.unit} 的填报表（{len(doc.lines)} 项任务，表单编号 {doc.form_id}）：{args.output}")
    return 0


def _import_form(args) -> int:
    from ..exchange import forms

    files = forms.form_files(args.target)
    if not files:
        raise InvalidInput(f"文件夹“{args.target}”中没有 .xlsx 文件。")
    with opened(args) as store:
        results = forms.import_forms(store, files, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
    for result in results:
        for line in forms.describe(result):
            say(line)
    if args.dry_run:
        say("（预览，未写入数据库）")
    refused = sum(1 for r in results if r.error)
    if refused:  # the details are on stdout above; scripts read the verdict on stderr
        print(f"{len(results)} 个文件中有 {refused} 个不能导入，原因见上。", file=sys.stderr)
    return 1 if refused else 0


def _import_plan(args) -> int:
    from ..exchange import plans

    overrides = {}
    for item in args.map:
        fld, sep, header = item.partition("=")
        if not sep:
            raise UsageError(f"--map 的格式应为 字段=表头，例如 measure=工作任务；收到“{item}”。")
        overrides[fld.strip()] = header.strip()
    with opened(args) as store:
        issue = plans.Issue(doc_no=args.doc_no.strip(), issuer=args.issuer.strip(),
                            issued_on=parse_iso_date(args.issued_on) if args.issued_on else None)
        result = plans.import_plan_file(
            store, Path(args.file), code=args.code, year=args.year, title=args.title,
            overrides=overrides, sheet=args.sheet, add_units=args.add_units,
            replace=args.replace, dry_run=args.dry_run, issue=issue,
        )
    for line in plans.describe(result):
        say(line)
    if args.dry_run:
        say("（预览，未写入数据库）")
    return 0
