"""Backups: automatic (before migrations and imports, on close), manual, thinning, restore.

Automatic copies live in `backups/` beside the database and are thinned to the most
recent ones plus one a day / week / month; copies made by hand and the copy taken
before an upgrade are never thinned.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..core.dates import cn_date
from ..core.errors import DatabaseError
from ..core.message import Message, said
from ..fsutil import ensure_folder
from ..store import backup
from ..store.db import Store, migrate, open_db
from . import Changes

REASON_LABELS = {
    "manual": "手动备份",
    "import": "导入前",
    "close": "关闭时",
    "restore": "恢复前",
    "damaged": "无法打开的原文件",
}


# Never thinned: copies a person asked for, the last copy an older version can read, damaged originals.
_PINNED = ("manual", "upgrade-", "damaged")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # local time, from the file name
    size: int
    reason: str  # slug: manual, import, close, restore, upgrade-v1, damaged …
    ok: bool  # opens, passes quick_check, is a ledger not from a newer version
    version: int | None = None
    problem: str = ""

    @property
    def label(self) -> str:
        if self.reason.startswith("upgrade-v"):
            return f"升级前（数据版本 {self.reason.removeprefix('upgrade-v')}）"
        return REASON_LABELS.get(self.reason, self.reason)

    def to_json(self) -> dict:
        return {
            "path": str(self.path),
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "size": self.size,
            "reason": self.reason,
            "label": self.label,
            "ok": self.ok,
            "version": self.version,
            "problem": self.problem,
        }


@dataclass(frozen=True)
class Retention:
    recent: int = 10
    daily: int = 7
    weekly: int = 5
    monthly: int = 12


def list_backups(store_path: Path) -> list[BackupInfo]:
    """Backups of `store_path` in its `backups/` folder, newest first, each checked read-only."""
    return [_info(path) for path, _, _ in _found(store_path)]


def backup_before(store: Store, reason: str) -> BackupInfo:
    """Copy the database into `backups/` before a risky change (`reason`: "import", …), then thin."""
    path = backup.backup_file(store, backup.backup_path(store.path, reason, datetime.now()))
    thin(store.path)
    return _info(path)


def backup_on_close(
    store: Store, min_interval: timedelta = timedelta(minutes=10), now: datetime | None = None
) -> BackupInfo | None:
    """Back up when the app closes, unless nothing was written or the last backup is recent."""
    if store.read_only or store.conn.total_changes == 0:
        return None
    now = now or datetime.now()
    newest = next(iter(_found(store.path)), None)
    if newest is not None and now - newest[1] < min_interval:
        return None
    return backup_before(store, "close")


def backup_to(store: Store, dest: Path | str | None = None) -> BackupInfo:
    """A manual backup to `dest` (a file, or a folder such as a USB stick), else into `backups/`.

    The copy is read back and checked, since removable media fail silently.
    """
    when = datetime.now()
    if dest is None:
        path = backup.backup_path(store.path, "manual", when)
    else:
        folder = Path(dest).expanduser()
        if folder.is_dir() or str(dest).endswith(("/", "\\")):
            path = ensure_folder(folder) / f"{store.path.stem}-{when:%Y%m%d-%H%M%S}-manual.sqlite"
        else:
            path = folder  # never the open ledger: the write helper refuses it
    backup.backup_file(store, path)
    info = _info(path)
    if not info.ok:
        raise DatabaseError(said("备份已写入“{path}”，但读回检查未通过（{problem}）。请换一个位置重新备份。",
                                 path=str(path), problem=info.problem))
    return info


def backed_up(info: BackupInfo) -> Message:
    """What a manual backup says: where the copy is, and that it was read back."""
    return said("已备份到：{path}（{kb} KB，已读回检查）", path=str(info.path), kb=info.size // 1024 + 1)


def thin(store_path: Path, retention: Retention = Retention()) -> list[Path]:
    """Delete automatic backups that the retention policy no longer keeps; returns what was removed."""
    automatic = [(path, created) for path, created, reason in _found(store_path) if not reason.startswith(_PINNED)]
    keep = {path for path, _ in automatic[: retention.recent]}
    for count, bucket in (
        (retention.daily, lambda d: d.date()),
        (retention.weekly, lambda d: d.isocalendar()[:2]),
        (retention.monthly, lambda d: (d.year, d.month)),
    ):
        seen: set = set()
        for path, created in automatic:  # newest first: each bucket keeps its newest copy
            key = bucket(created)
            if key not in seen and len(seen) < count:
                seen.add(key)
                keep.add(path)
    removed = [path for path, _ in automatic if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def restore(store: Store, source: Path) -> Changes:
    """Replace the open database's content with a backup, after backing up the current state."""
    if store.read_only:
        raise DatabaseError(said("数据库以只读方式打开，不能从备份恢复。"))
    source = Path(source).expanduser()
    _verify_source(source, store.path)
    safety = backup_before(store, "restore")
    backup.copy_into(store, source)
    migrate(store)
    return Changes(
        reports=True,
        units=True,
        plans=True,
        settings=True,
        outcome=said("已从“{file}”恢复。恢复前的数据已另存为“{kept}”。", file=source.name, kept=str(safety.path)),
    )


def restore_file(db_path: Path, source: Path) -> Changes:
    """Restore when the current file cannot be opened: it is moved into `backups/`, not deleted."""
    db_path, source = Path(db_path), Path(source).expanduser()
    _verify_source(source, db_path)
    staged = db_path.with_name(f".{db_path.name}.restoring")
    backup.create_from(source, staged)  # built first, so the file is missing only between two renames
    kept = None
    if db_path.exists():
        kept = backup.backup_path(db_path, "damaged", datetime.now())
        kept.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            side = Path(f"{db_path}{suffix}")
            if side.exists():
                os.replace(side, f"{kept}{suffix}")
        os.replace(db_path, kept)
    os.replace(staged, db_path)
    open_db(db_path).close()  # upgrades an older backup, with its own backup first
    outcome = (said("已从“{file}”恢复。原文件已移到“{kept}”。", file=source.name, kept=str(kept)) if kept
               else said("已从“{file}”恢复。", file=source.name))
    return Changes(reports=True, units=True, plans=True, settings=True, outcome=outcome)


def recovery_hint(db_path: Path) -> Message:
    """One or two sentences pointing at the newest good backup, for 'cannot open' screens."""
    good = [b for b in list_backups(db_path) if b.ok]
    if not good:
        return said("备份文件夹（{folder}）中没有可用的备份；如有手动备份，可用 qs-ledger restore 文件 恢复。",
                    folder=str(backup.backups_dir(db_path)))
    newest = good[0]
    return said("最新的完好备份：{path}（{date} {time}，{label}）。"
                "运行 qs-ledger backups 查看全部备份，qs-ledger restore 备份文件 即可恢复（当前文件会先移到备份文件夹）。",
                path=str(newest.path), date=cn_date(newest.created_at.date()), time=f"{newest.created_at:%H:%M}",
                label=newest.label, when=f"{newest.created_at:%Y-%m-%d %H:%M}")


def unusable(exc: DatabaseError, db_path: Path) -> Message:
    """Why the ledger cannot be opened, and the newest good backup to restore from."""
    return said("{problem} {hint}", problem=exc.said, hint=recovery_hint(db_path))


def _verify_source(source: Path, db_path: Path) -> None:
    if not source.is_file():
        raise DatabaseError(said("找不到备份文件：{file}", file=str(source)))
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise DatabaseError(said("不能用正在使用的数据库恢复它自己，请选择一个备份文件。"))
    check = backup.inspect(source)
    if not check.ok:
        raise DatabaseError(said("不能从“{file}”恢复：{problem}。当前数据库未被修改。", file=source.name, problem=check.problem))


def _found(store_path: Path) -> list[tuple[Path, datetime, str]]:
    """(path, created, reason) of the backups named after `store_path`, newest first; not opened."""
    store_path = Path(store_path)
    folder = backup.backups_dir(store_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{glob.escape(store_path.stem)}-*.sqlite"):  # "台账[2022]" is no pattern
        parsed = backup.parse_name(path)
        if parsed is not None and parsed[0] == store_path.stem:
            found.append((path, parsed[1], parsed[2], path.stat().st_mtime_ns))
    found.sort(key=lambda f: (f[1], f[3]), reverse=True)
    return [f[:3] for f in found]


def _info(path: Path) -> BackupInfo:
    parsed = backup.parse_name(path)
    created, reason = (parsed[1], parsed[2]) if parsed else (datetime.fromtimestamp(path.stat().st_mtime), "manual")
    check = backup.inspect(path)
    return BackupInfo(path, created, path.stat().st_size, reason, check.ok, check.version, check.problem)
