"""Check database: SQLite's integrity and foreign-key checks plus the ledger's own rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import DatabaseError
from ..store import integrity
from ..store.db import APPLICATION_ID, Store, latest_version

SHOWN = 5  # offending records listed per rule; the rest are counted


@dataclass(frozen=True)
class CheckItem:
    title: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class CheckReport:
    path: Path
    items: list[CheckItem]

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)

    @property
    def failed(self) -> list[CheckItem]:
        return [item for item in self.items if not item.ok]

    def to_text(self) -> str:
        lines = [f"数据库检查：{self.path}"]
        for item in self.items:
            if item.ok:
                lines.append(f"  ✓ {item.title}")
                continue
            lines.append(f"  ✗ {item.title}：{len(item.problems)} 处问题")
            lines += [f"      - {p}" for p in item.problems[:SHOWN]]
            if len(item.problems) > SHOWN:
                lines.append(f"      … 另有 {len(item.problems) - SHOWN} 处")
        if self.ok:
            lines.append(f"结论：全部 {len(self.items)} 项检查通过，数据库完好。")
        else:
            lines.append(
                f"结论：{len(self.failed)} 项检查未通过。请先备份（qs-ledger backup），"
                "再考虑从较早的备份恢复（qs-ledger backups / qs-ledger restore）。"
            )
        return "\n".join(lines)

    def to_json(self) -> dict:
        return {
            "path": str(self.path),
            "ok": self.ok,
            "checks": [{"title": i.title, "ok": i.ok, "problems": i.problems} for i in self.items],
        }


def check_database(store: Store) -> CheckReport:
    """Run every check; a check that cannot even run counts as failed, never as an exception."""
    items = [
        _run(store, "文件本身完好，没有损坏", integrity.integrity_problems),
        _run(store, "记录之间的引用完整（没有指向已删除记录的数据）", integrity.foreign_key_problems),
        _run(store, "数据库标识与版本", _schema_problems),
    ]
    items += [_run(store, title, lambda db, sql=sql: integrity.rule_problems(db, sql)) for title, sql in integrity.RULES]
    return CheckReport(store.path, items)


def _run(store: Store, title: str, probe) -> CheckItem:
    try:
        with store.read() as db:
            return CheckItem(title, probe(db))
    except DatabaseError as exc:
        return CheckItem(title, [f"无法完成检查：{exc.message}"])
    except UnicodeDecodeError:  # SQLite's message quotes garbled bytes from a damaged page
        return CheckItem(title, ["无法完成检查：文件已损坏"])


def _schema_problems(db) -> list[str]:
    app_id, version = integrity.schema_version(db)
    problems = []
    if app_id != APPLICATION_ID:
        problems.append(f"文件标识为 {app_id:#x}，不是台账数据库（{APPLICATION_ID:#x}）")
    if version != latest_version():
        problems.append(f"数据版本为 {version}，本软件的数据版本为 {latest_version()}")
    return problems
