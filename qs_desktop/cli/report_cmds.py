"""report add, review, close, reopen, due, reports, history."""

from __future__ import annotations

from datetime import date

from ..core.dates import parse_iso_date
from ..core.errors import InvalidInput, UsageError
from ..core.quantity import format_quantity, parse_quantity
from ..core.rules import review_label, status_label
from ..ops import history, review
from ..ops.catalog import get_task
from ..ops.obligations import owed_period
from ..ops.reports import ReportInput, list_reports, save_report
from .common import OWED_HELP, emit_json, opened, say


def register(sub) -> None:
    report = sub.add_parser("report", help="填报进展")
    rsub = report.add_subparsers(dest="report_command", metavar="ACTION")
    rsub.required = True
    p = rsub.add_parser("add", help="新增或修改某单位某期的报送")
    p.add_argument("task_id")
    p.add_argument("--unit", required=True)
    p.add_argument("--period", metavar="YYYY-MM", help=OWED_HELP)
    p.add_argument("--status", required=True, help="not_started/in_progress/done/ongoing 或 未开始/推进中/已完成/常态推进")
    p.add_argument("--text", default="", help="进展情况")
    p.add_argument("--problems", default="", help="存在问题")
    p.add_argument("--next", default="", help="下一步计划")
    p.add_argument("--quantity", default=None, metavar="N[单位]",
                   help="完成数量（只用于有数量目标的任务），如 120 或 120个；单位须与目标一致")
    p.add_argument("--draft", action="store_true", help="只保存草稿，不提交")
    p.set_defaults(run=_report_add)

    p = sub.add_parser("review", help="审核报送：通过或退回；--approve-all 一次通过全部待审核报送")
    p.add_argument("task_id", nargs="?")
    p.add_argument("--unit", metavar="NAME")
    p.add_argument("--period", metavar="YYYY-MM", help=OWED_HELP + "；--approve-all 时不给则不限报送期")
    p.add_argument("--plan", metavar="CODE", help="只用于 --approve-all：台账代码或计划代码")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--approve", action="store_true")
    group.add_argument("--return", dest="reason", metavar="REASON")
    group.add_argument("--approve-all", action="store_true",
                       help="通过全部待审核报送（可用 --period/--unit/--plan 缩小范围），全部成功或全部不变")
    p.set_defaults(run=_review)

    p = sub.add_parser("close", help="销号")
    p.add_argument("task_id")
    p.add_argument("--reason", default="")
    p.add_argument("--force", action="store_true", help="有单位未完成也销号（须写明原因）")
    p.set_defaults(run=_close)

    p = sub.add_parser("reopen", help="撤销销号")
    p.add_argument("task_id")
    p.add_argument("--reason", required=True)
    p.set_defaults(run=_reopen)

    p = sub.add_parser("due", help="手工设置或延长完成时限（延期）")
    p.add_argument("task_id")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="新的完成日期；不给则恢复按完成时限计算")
    p.add_argument("--reason", required=True)
    p.set_defaults(run=_due)

    p = sub.add_parser("target", help="设置、修改或取消任务的数量目标")
    p.add_argument("task_id")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--quantity", metavar="N单位", help="如 300个 或 23%%")
    group.add_argument("--clear", action="store_true", help="取消数量目标")
    p.add_argument("--reason", required=True)
    p.set_defaults(run=_target)

    p = sub.add_parser("reports", help="列出报送")
    p.add_argument("--task", metavar="ID")
    p.add_argument("--unit", metavar="NAME")
    p.add_argument("--period", metavar="YYYY-MM")
    p.add_argument("--state", choices=("draft", "submitted", "approved", "returned"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_reports)

    p = sub.add_parser("history", help="任务的变更记录")
    p.add_argument("task_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_history)


def _report_add(args) -> int:
    quantity = parse_quantity(args.quantity) if args.quantity is not None else None
    entry = ReportInput(
        task_id=args.task_id,
        unit=args.unit,
        period=args.period or "",
        status=args.status,
        progress=args.text,
        problems=args.problems,
        next_steps=args.next,
        quantity=quantity.value if quantity else None,
        quantity_unit=quantity.unit if quantity else "",
        submit=not args.draft,
        source="cli",
    )
    with opened(args) as store:
        entry.period = entry.period or owed_period(store, date.today())
        say(save_report(store, entry).summary)
    return 0


def _review(args) -> int:
    if args.approve_all:
        if args.task_id:
            raise UsageError("命令用法有误：--approve-all 不带任务编号（用 --period/--unit/--plan 缩小范围）")
        with opened(args) as store:
            say(review.approve_all(store, period=args.period, unit=args.unit, plan=args.plan).summary)
        return 0
    if not (args.task_id and args.unit) or args.plan:
        raise UsageError("命令用法有误：审核一份报送需要 TASK_ID --unit NAME（--plan 只用于 --approve-all）")
    with opened(args) as store:
        period = args.period or owed_period(store, date.today())
        if args.approve:
            changes = review.approve(store, args.task_id, args.unit, period)
        else:
            changes = review.return_report(store, args.task_id, args.unit, period, args.reason)
        say(changes.summary)
    return 0


def _close(args) -> int:
    with opened(args) as store:
        say(review.close_task(store, args.task_id, args.reason, args.force).summary)
    return 0


def _reopen(args) -> int:
    with opened(args) as store:
        say(review.reopen_task(store, args.task_id, args.reason).summary)
    return 0


def _due(args) -> int:
    due = parse_iso_date(args.date) if args.date else None
    with opened(args) as store:
        say(review.set_due(store, args.task_id, due, args.reason).summary)
    return 0


def _target(args) -> int:
    target = None if args.clear else parse_quantity(args.quantity)
    if target is not None and not target.unit:
        raise InvalidInput("请写明目标的单位，例如 300个 或 23%。")
    with opened(args) as store:
        say(review.set_target(store, args.task_id, target.value if target else None,
                              target.unit if target else "", args.reason).summary)
    return 0


def _reports(args) -> int:
    with opened(args) as store:
        found = list_reports(store, task_id=args.task, unit=args.unit, period=args.period, state=args.state)
        # a quantity is stored in its task's target unit: 40 toward “70 %” is 40%
        units = {t: get_task(store, t).target_unit for t in {r.task_id for r in found if r.quantity is not None}}
    if args.json:
        emit_json([r.to_json() | ({"quantity_unit": units[r.task_id]} if r.task_id in units else {}) for r in found])
    else:
        for r in found:
            by = f"（{r.reporter}代填）" if r.on_behalf else ""
            count = "" if r.quantity is None else f"  完成数量 {format_quantity(r.quantity, units[r.task_id])}"
            say(f"{r.task_id}  {r.unit}{by}  {r.period}  {status_label(r.status)}  {review_label(r.state)}  "
                f"{r.progress[:30]}{count}")
    return 0


def _history(args) -> int:
    with opened(args) as store:
        events = history.task_history(store, args.task_id)
    if args.json:
        emit_json([e.to_json() for e in events])
    else:
        for e in events:
            say(f"{e.at}  {e.actor}  {e.label}  {e.entity_id}  {e.note}".rstrip())
    return 0
