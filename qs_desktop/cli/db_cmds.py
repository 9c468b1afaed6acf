"""backup, backups, restore, check."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import MissingDatabase, UnusableDatabase
from ..core.sample import SCALES
from ..ops import backups, sample
from ..ops.check import check_database
from ..paths import resolve_db_path
from .common import emit_json, opened, say


def register(sub) -> None:
    p = sub.add_parser("backup", help="备份数据库（默认放在数据库旁的 backups 文件夹）")
    p.add_argument("-o", "--output", metavar="FILE", help="备份到此文件或文件夹（如 U 盘）")
    p.set_defaults(run=_backup)

    p = sub.add_parser("backups", help="列出自动和手动备份")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_backups)

    p = sub.add_parser("restore", help="从备份恢复（先自动备份当前数据）")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=_restore)

    p = sub.add_parser("sample", help="在新数据库中填入示例数据（计划、单位和一年的月度报送）")
    p.add_argument("--scale", choices=SCALES, default="county",
                   help="county 内置计划+12 个月报送；city 2,000 余项任务、10 万余个报送版本；stress 约 1 万项、100 万个版本")
    p.set_defaults(run=_sample)

    p = sub.add_parser("check", help="检查数据库完整性与数据一致性")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_check)


def _sample(args) -> int:
    with opened(args, create=True) as store:
        changes = sample.fill(store, args.scale)
    say(f"{changes.summary} 数据库：{store.path}")
    return 0


def _backup(args) -> int:
    with opened(args, load_builtin=False) as store:
        info = backups.backup_to(store, args.output)  # a str: a trailing "/" means a folder
    say(str(backups.backed_up(info)))
    return 0


def _backups(args) -> int:
    found = backups.list_backups(resolve_db_path(args.db))
    if args.json:
        emit_json([b.to_json() for b in found])
        return 0
    if not found:
        say("还没有备份。")
    for b in found:
        state = "完好" if b.ok else f"不可用：{b.problem}"
        say(f"{b.created_at:%Y-%m-%d %H:%M:%S}  {b.label:<8}{b.size // 1024 + 1:>7} KB  {state}  {b.path}")
    return 0


def _restore(args) -> int:
    path = resolve_db_path(args.db)
    try:
        with opened(args, load_builtin=False) as store:
            changes = backups.restore(store, Path(args.file))
    except UnusableDatabase:  # damaged, foreign or newer: move it aside and rebuild from the backup
        changes = backups.restore_file(path, Path(args.file))
    except MissingDatabase:
        if not path.parent.is_dir():  # a mistyped folder: create nothing
            raise
        changes = backups.restore_file(path, Path(args.file))  # a new PC: the ledger comes from the stick
    say(changes.summary)
    return 0


def _check(args) -> int:
    with opened(args, load_builtin=False) as store:
        report = check_database(store)
    if args.json:
        emit_json(report.to_json())
    else:
        say(report.to_text())
    return 0 if report.ok else 1
