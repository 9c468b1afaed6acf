"""init, plans, tasks, deadline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..core.dates import cn_date, parse_iso_date
from ..core.errors import InvalidInput, UsageError
from ..core.obligations import ROLES
from ..core.rules import alert_label, status_label
from ..core.schedule import parse_deadline
from ..core.units import short_name
from ..ops import catalog, packages, setup
from ..ops.office import get_office
from ..ops.plans import plan_reporting, set_plan_issue, set_plan_reporting
from ..ops.stats import BY, stats
from ..ops.status import task_statuses
from ..ops.todo import todo
from ..paths import resolve_db_path
from .common import emit_json, opened, plan_year, say

ALERTS = ("overdue", "due_soon", "unreported")
TODO_STATES = {"unreported": "未报送", "draft": "草稿未提交", "submitted": "待审核", "returned": "已退回"}


def register(sub) -> None:
    p = sub.add_parser("init", help="创建或升级数据库，首次使用时载入内置计划")
    p.add_argument("--from", dest="setup", metavar="SETUP.qspkg",
                   help="用县环委会办公室的安装包创建本单位的安装（数据库须为新文件）")
    p.set_defaults(run=_init)

    p = sub.add_parser("plans", help="列出计划与台账")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_plans)

    p = sub.add_parser("tasks", help="列出任务")
    p.add_argument("--plan", metavar="CODE", help="台账代码，如 air-2022")
    p.add_argument("--unit", metavar="NAME", help="单位名称或别名（含通过单位组分派的任务）")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="按此日期计算状态与预警（默认今天）")
    p.add_argument("--alert", choices=ALERTS, help="只列出有此预警的任务")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_tasks)

    p = sub.add_parser("stats", help="报送与完成情况统计（按计划或按单位）")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="截至日期（默认今天）")
    p.add_argument("--period", metavar="YYYY-MM", help="报送期（默认各计划的应报期）")
    p.add_argument("--by", choices=BY, default="plan", help="按计划（plan）、台账（ledger）或单位（unit）统计")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_stats)

    p = sub.add_parser("todo", help="单位待办：应报而尚未审核通过的报送")
    p.add_argument("--unit", metavar="NAME", help="单位名称或别名（单位安装默认本机单位）")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="截至日期（默认今天）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_todo)

    p = sub.add_parser("plan", help="查看或修改计划的报送设置和印发信息")
    p.add_argument("code", metavar="CODE", help="计划或台账代码，如 air-2022")
    p.add_argument("--cooperating", choices=("on", "off"), help="配合单位也需报送（on）或只由牵头单位报送（off）")
    p.add_argument("--report-until", metavar="YYYY-MM", help="报送至该期（延长报送期；写 year-end 恢复为计划年底）")
    p.add_argument("--doc-no", metavar="文号", help="印发文号，如 沁政办发〔2023〕5 号（空字符串清除）")
    p.add_argument("--issued-on", metavar="YYYY-MM-DD", help="印发日期（空字符串清除）")
    p.add_argument("--issuer", metavar="单位", help="印发单位（空字符串清除）")
    p.add_argument("--reason", default="", help="修改原因（记入日志）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_plan)

    p = sub.add_parser("deadline", help="解析完成时限")
    p.add_argument("phrase")
    p.add_argument("--year", type=plan_year, default=date.today().year, help="计划年度（默认今年）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_deadline)


def _init(args) -> int:
    if args.setup:
        return _init_from(args)
    with opened(args, load_builtin=False, create=True) as store:
        changes = setup.init(store)
        say(f"{changes.summary} 数据库：{store.path}")
    return 0


def _init_from(args) -> int:
    from ..exchange.packages import init_from_setup  # its receipt printer loads reportlab

    path = resolve_db_path(args.db)
    if path.exists() and path.stat().st_size > 0:
        raise InvalidInput(f"“{path}”已存在。用安装包创建单位安装时，请用 --db 指定一个新的数据库文件。")
    store, result = init_from_setup(path, Path(args.setup))
    try:
        taken = result.taken
        say(f"已创建“{get_office(store).unit}”的单位安装（{len(catalog.list_tasks(store, unit=get_office(store).unit))} 项任务，"
            f"报送 {len(taken.outcomes)} 份），安装包校验码 {result.check_code}。数据库：{store.path}")
        say(f"本机密钥指纹 {packages.identity(store).fingerprint}（请告诉县环委会办公室，以便核对）")
    finally:
        store.close()
    return 0


def _plans(args) -> int:
    with opened(args) as store:
        ledgers = catalog.list_ledgers(store)
    rows = [
        {
            "code": lg.code,
            "title": lg.title,
            "plan": lg.plan.code,
            "plan_title": lg.plan.title,
            "year": lg.plan.year,
            "doc_no": lg.plan.doc_no,
            "issued_on": lg.plan.issued_on.isoformat() if lg.plan.issued_on else None,
            "kind": lg.kind,
            "task_count": lg.task_count,
        }
        for lg in ledgers
    ]
    if args.json:
        emit_json(rows)
    else:
        for r in rows:
            say(f"{r['code']:<22}{r['task_count']:>4} 项  {r['title']}")
    return 0


def _tasks(args) -> int:
    """With --unit, --alert filters on that unit's own alerts: the tasks it owes and has not reported."""
    as_of = parse_iso_date(args.as_of) if args.as_of else date.today()
    with opened(args) as store:
        tasks = catalog.list_tasks(store, ledger=args.plan, unit=args.unit)
        unit = catalog.resolve_unit(store, args.unit).name if args.unit else None
        statuses = task_statuses(store, tasks, as_of)
    if args.alert:
        statuses = [s for s in statuses if args.alert in _alerts_for(s, unit)]
    if args.json:
        emit_json([s.to_json() for s in statuses])
    else:
        for s in statuses:
            t = s.task
            extra = [alert_label(a) for a in s.alerts if a != s.status]  # 逾期 is a status and an alert
            alerts = f"（{'、'.join(extra)}）" if extra else ""
            notes = "  ".join(n for n in (s.assessment.progress_note(), s.assessment.unreported_note(limit=99)) if n)
            own = f"  {_own_line(s, unit)}" if unit else ""
            say(f"{t.id}  {status_label(s.status)}{alerts}  {_deadline_text(t)}  {'、'.join(t.lead_units)}  "
                f"{t.measure[:30]}{own}" + (f"  {notes}" if notes else ""))
    return 0


def _deadline_text(task) -> str:
    """The phrase as issued, and the date the coordinator extended it to (延期) — the alerts follow that date."""
    phrase = task.deadline or "—"
    return f"{phrase}（延至 {cn_date(task.due_override)}）" if task.due_override else phrase


def _own_line(status, unit: str) -> str:
    """What `--unit` asked about: that unit's own role and standing, not the task's aggregate
    (a township looking at its list must not read another unit's 未报送 as its own)."""
    mine = next((u for u in status.assessment.units if u.unit == unit), None)
    if mine is None:
        return f"【{short_name(unit)}：无需报送】"
    extra = [alert_label(a) for a in mine.alerts if a != mine.status]
    return (f"【{short_name(unit)}：{ROLES[mine.role]}，{status_label(mine.status)}"
            + (f"（{'、'.join(extra)}）" if extra else "") + "】")


def _alerts_for(status, unit: str | None) -> tuple[str, ...]:
    if unit is None:
        return status.alerts
    return next((u.alerts for u in status.assessment.units if u.unit == unit), ())


def _stats(args) -> int:
    as_of = parse_iso_date(args.as_of) if args.as_of else date.today()
    with opened(args) as store:
        rows = stats(store, as_of, args.period, by=args.by)
    if args.json:
        emit_json([r.to_json() for r in rows])
    else:
        for r in rows:
            rate = "—" if r.report_rate is None else f"{r.report_rate:.0%}"
            say(f"{r.label}  {r.period}  应报 {r.owed}  已报 {r.reported}（待审核 {r.submitted}、已通过 {r.approved}）"
                f"  未报送 {r.unreported}  退回 {r.returned}  报送率 {rate}  任务 {r.tasks}  已完成 {r.done}  逾期 {r.overdue}")
    return 0


def _todo(args) -> int:
    as_of = parse_iso_date(args.as_of) if args.as_of else date.today()
    with opened(args) as store:
        office = get_office(store)
        unit = args.unit or (office.unit if office.unit_only else "")
        if not unit:
            raise UsageError("请用 --unit 指定要查看待办的单位（单位安装默认本机单位）。")
        items = todo(store, unit, as_of)
    if args.json:
        emit_json([i.to_json() for i in items])
    else:
        for i in items:
            why = f"：{i.review_comment}" if i.review_comment else ""
            say(f"{i.period}  {TODO_STATES[i.state]}{why}  {i.task}  {i.label}（{ROLES[i.role]}）")
        if not items:
            say("没有待办的报送。")
    return 0


def _plan(args) -> int:
    issue = {k: v for k, v in (("doc_no", args.doc_no), ("issuer", args.issuer)) if v is not None}
    if args.issued_on is not None:
        issue["issued_on"] = parse_iso_date(args.issued_on) if args.issued_on.strip() else None
    with opened(args) as store:
        if issue:
            say(set_plan_issue(store, args.code, reason=args.reason, **issue).summary)
        if args.cooperating is not None or args.report_until is not None:
            until = "" if args.report_until == "year-end" else args.report_until
            say(set_plan_reporting(store, args.code, cooperating_report=None if args.cooperating is None
                                   else args.cooperating == "on", report_until=until, reason=args.reason).summary)
        current = plan_reporting(store, args.code)
    if args.json:
        emit_json(current.to_json())
    elif args.cooperating is None and args.report_until is None and not issue:
        who = "牵头单位和配合单位" if current.cooperating_report else "牵头单位"
        say(f"{current.code}  {current.title}：由{who}报送，报送至 {current.report_until}")
    return 0


def _deadline(args) -> int:
    schedule = parse_deadline(args.phrase, args.year)
    if args.json:
        emit_json(schedule.to_json())
    else:
        say(f"{schedule.kind} due={schedule.due} start={schedule.start} end={schedule.end}")
    return 0
