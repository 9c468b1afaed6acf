"""init, plans, tasks, deadline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..core.dates import parse_iso_date
from ..core.errors import InvalidInput
from ..core.rules import alert_label, status_label
from ..core.schedule import parse_deadline
from ..exchange.packages import init_from_setup
from ..ops import catalog, packages, setup
from ..ops.office import get_office
from ..ops.status import task_statuses
from ..paths import resolve_db_path
from .common import emit_json, opened, plan_year, say

ALERTS = ("overdue", "due_soon", "unreported")


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

    p = sub.add_parser("deadline", help="解析完成时限")
    p.add_argument("phrase")
    p.add_argument("--year", type=plan_year, default=date.today().year, help="计划年度（默认今年）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_deadline)


def _init(args) -> int:
    if args.setup:
        return _init_from(args)
    with opened(args, load_builtin=False) as store:
        changes = setup.init(store)
        say(f"{changes.summary} 数据库：{store.path}")
    return 0


def _init_from(args) -> int:
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
    as_of = parse_iso_date(args.as_of) if args.as_of else date.today()
    with opened(args) as store:
        tasks = catalog.list_tasks(store, ledger=args.plan, unit=args.unit)
        statuses = task_statuses(store, tasks, as_of)
    if args.alert:
        statuses = [s for s in statuses if args.alert in s.alerts]
    if args.json:
        emit_json([s.to_json() for s in statuses])
    else:
        for s in statuses:
            t = s.task
            extra = [alert_label(a) for a in s.alerts if a != s.status]  # 逾期 is a status and an alert
            alerts = f"（{'、'.join(extra)}）" if extra else ""
            say(f"{t.id}  {status_label(s.status)}{alerts}  {t.deadline or '—'}  {'、'.join(t.lead_units)}  {t.measure[:30]}")
    return 0


def _deadline(args) -> int:
    schedule = parse_deadline(args.phrase, args.year)
    if args.json:
        emit_json(schedule.to_json())
    else:
        say(f"{schedule.kind} due={schedule.due} start={schedule.start} end={schedule.end}")
    return 0
