"""identity, package export / import / conflicts / resolve: signed exchange packages."""

from __future__ import annotations

import sys
from pathlib import Path

from ..core.errors import InvalidInput
from ..exchange import packages as files
from ..ops import conflicts, packages
from .common import emit_json, opened, say


def register(sub) -> None:
    p = sub.add_parser("identity", help="本机身份：协调办公室或单位安装、本机单位、密钥指纹")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_identity)

    package = sub.add_parser("package", help="与县里 / 各单位交换签名数据包（.qspkg）")
    psub = package.add_subparsers(dest="package_command", metavar="WHAT")
    psub.required = True
    p = psub.add_parser("export", help="县里：为单位制作安装包或更新包；单位：制作回报包")
    p.add_argument("--unit", metavar="NAME", help="县里为哪个单位制作（单位安装可省略）")
    p.add_argument("--all-units", action="store_true", help="县里为每个有任务的单位各制作一个（-o 为文件夹）")
    p.add_argument("--new-setup", action="store_true", help="重新制作安装包（单位换了电脑；旧安装随即失效）")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(run=_export)

    p = psub.add_parser("import", help="导入数据包（可多个文件或文件夹），结束时给出回执")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="只检查并列出将发生的变化，不写入")
    p.add_argument("--receipt", metavar="PDF", help="把回执另存为 PDF")
    p.set_defaults(run=_import)

    p = psub.add_parser("attach", help="给一份报送附上佐证材料（照片、PDF，随下一个回报包发出）")
    p.add_argument("task", metavar="TASK_ID")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--unit", required=True, metavar="NAME")
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.set_defaults(run=_attach)

    p = psub.add_parser("conflicts", help="列出待选择的冲突（县里与单位都改过的报送）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_conflicts)

    p = psub.add_parser("resolve", help="处理一个冲突：保留县里的版本或采用单位的版本")
    p.add_argument("id", type=int, metavar="ID")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--ours", action="store_const", const="ours", dest="choice", help="保留县里的版本")
    choice.add_argument("--theirs", action="store_const", const="theirs", dest="choice", help="采用单位的版本")
    p.set_defaults(run=_resolve)


def _identity(args) -> int:
    with opened(args, load_builtin=False) as store:
        me = packages.identity(store)
        peers = packages.list_peers(store)
    if args.json:
        emit_json(me.to_json() | {"peers": [
            {"unit": p.unit or None, "enrolled": p.enrolled, "fingerprint": p.fingerprint or None,
             "seq_in": p.seq_in, "seq_out": p.seq_out, "last_in_at": p.last_in_at, "last_out_at": p.last_out_at}
            for p in peers]})
        return 0
    role = "协调办公室" if me.role == "coordinator" else "单位安装"
    say(f"{role}：{me.unit or '（未设置本机单位）'}　密钥指纹 {me.fingerprint}")
    for p in peers:
        say(f"  {p.unit or '县环委会办公室'}：收到第 {p.seq_in} 号，发出第 {p.seq_out} 号"
            + ("" if p.enrolled else "（尚未登记）"))
    return 0


def _export(args) -> int:
    with opened(args) as store:
        if args.all_units:
            made = files.export_all(store, Path(args.output))
        else:
            made = [files.export_package(store, args.output, args.unit, new_setup=args.new_setup)]
    for m in made:
        say(f"已制作{m.unit}的{files.KIND_LABELS[m.kind]}第 {m.seq} 号：{m.path}（校验码 {m.check_code}）")
    return 0


def _import(args) -> int:
    paths = [f for target in args.files for f in files.package_files(target)]
    with opened(args) as store:
        results = files.import_packages(store, paths, dry_run=args.dry_run)
        me = packages.identity(store)
    for r in results:
        for line in files.describe(r):
            say(line)
    if args.receipt and not args.dry_run:
        office = me.unit or ("县环委会办公室" if me.role == "coordinator" else "本机")
        files.write_receipt_pdf(results, args.receipt, office=office, fingerprint=me.fingerprint)
        say(f"回执已保存：{args.receipt}")
    refused = [r for r in results if r.verdict == "refused"]
    if args.dry_run:
        say("（试运行：未写入数据库）")
    if refused:
        print(f"{len(refused)} 个数据包未导入。", file=sys.stderr)
        return 1
    return 0


def _attach(args) -> int:
    path = Path(args.file)
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"无法读取“{path.name}”：{exc.strerror or exc}") from exc
    with opened(args) as store:
        say(packages.attach(store, args.task, args.unit, args.period, path.name, blob).summary)
    return 0


def _conflicts(args) -> int:
    with opened(args) as store:
        found = conflicts.list_conflicts(store)
    if args.json:
        emit_json([{"id": c.id, "task": c.task_id, "unit": c.unit, "period": c.period, "ours": c.ours,
                    "theirs": c.theirs, "package": c.package, "found_at": c.found_at} for c in found])
        return 0
    if not found:
        say("没有待处理的冲突。")
    for c in found:
        say(f"[{c.id}] {c.task_id} {c.unit} {c.period}")
        say(f"    县里：{c.ours['progress'][:60]}")
        say(f"    单位：{c.theirs['progress'][:60]}")
    return 0


def _resolve(args) -> int:
    with opened(args) as store:
        say(conflicts.resolve(store, args.id, args.choice).summary)
    return 0
