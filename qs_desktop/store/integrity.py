"""Queries behind "Check database": SQLite's own checks and the ledger's consistency rules.

Each rule is a query returning one row per offending record, with a `what` column that
names the record the way a coordinator would look it up.
"""

from __future__ import annotations

import sqlite_utils

from ..core.rules import REVIEW_STATES, STATUSES
from ..core.units import KINDS


def _in(values: tuple[str, ...]) -> str:
    return "(" + ",".join(f"'{v}'" for v in values) + ")"


_PERIOD_BAD = "NOT ({col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr({col}, 6, 2) BETWEEN '01' AND '12')"
_DATE_BAD = "({col} IS NOT NULL AND date({col}, '+0 days') IS NOT {col})"  # +0 days rolls 02-30 over
_TIME_BAD = "({col} IS NOT NULL AND datetime({col}) IS NULL)"

# (Chinese title of the rule, query)
RULES: list[tuple[str, str]] = [
    ("台账都属于存在的计划", "SELECT l.code AS what FROM ledgers l LEFT JOIN plans p ON p.code = l.plan_code WHERE p.code IS NULL"),
    ("任务都属于存在的台账", "SELECT t.id AS what FROM tasks t LEFT JOIN ledgers l ON l.code = t.ledger_code WHERE l.code IS NULL"),
    (
        "任务的类别属于同一台账",
        """SELECT t.id AS what FROM tasks t LEFT JOIN sections s ON s.id = t.section_id
           WHERE t.section_id IS NOT NULL AND (s.id IS NULL OR s.ledger_code IS NOT t.ledger_code)""",
    ),
    (
        "分派的任务存在",
        "SELECT a.task_id AS what FROM assignments a LEFT JOIN tasks t ON t.id = a.task_id WHERE t.id IS NULL",
    ),
    (
        "分派的单位存在",
        """SELECT a.task_id || '（单位编号 ' || a.unit_id || '）' AS what FROM assignments a
           LEFT JOIN units u ON u.id = a.unit_id WHERE u.id IS NULL""",
    ),
    (
        "报送的任务存在",
        """SELECT r.task_id || ' ' || r.period AS what FROM reports r
           LEFT JOIN tasks t ON t.id = r.task_id WHERE t.id IS NULL""",
    ),
    (
        "报送的单位存在",
        """SELECT r.task_id || ' ' || r.period || '（单位编号 ' || r.unit_id || '）' AS what FROM reports r
           LEFT JOIN units u ON u.id = r.unit_id WHERE u.id IS NULL""",
    ),
    (
        "报送的历史版本与当前版本号一致",
        """SELECT r.task_id || ' ' || r.period || '（第 ' || r.version || ' 版，历史 '
                  || coalesce(v.n, 0) || ' 条）' AS what
           FROM reports r LEFT JOIN (SELECT report_id, count(*) AS n, max(version) AS top
                                     FROM report_versions GROUP BY report_id) v ON v.report_id = r.id
           WHERE v.top IS NOT r.version OR v.n IS NOT r.version""",
    ),
    (
        "历史版本都属于存在的报送",
        """SELECT '报送编号 ' || v.report_id || ' 第 ' || v.version || ' 版' AS what FROM report_versions v
           LEFT JOIN reports r ON r.id = v.report_id WHERE r.id IS NULL""",
    ),
    (
        "报送的完成状态与审核状态有效",
        f"""SELECT task_id || ' ' || period || '（' || status || '/' || state || '）' AS what FROM reports
            WHERE status NOT IN {_in(STATUSES)} OR state NOT IN {_in(REVIEW_STATES)}""",
    ),
    (
        "历史版本的完成状态与审核状态有效",
        f"""SELECT '报送编号 ' || report_id || ' 第 ' || version || ' 版' AS what FROM report_versions
            WHERE status NOT IN {_in(STATUSES)} OR state NOT IN {_in(REVIEW_STATES)}""",
    ),
    (
        "报送期格式正确（YYYY-MM）",
        f"""SELECT task_id || ' ' || period AS what FROM reports WHERE {_PERIOD_BAD.format(col='period')}
            UNION ALL
            SELECT '填报表 ' || form_id || ' ' || period FROM forms WHERE {_PERIOD_BAD.format(col='period')}""",
    ),
    (
        "日期格式正确",
        f"""SELECT id || ' ' || coalesce(due_override, '') || ' ' || coalesce(closed_at, '') AS what FROM tasks
            WHERE {_DATE_BAD.format(col='due_override')} OR {_TIME_BAD.format(col='closed_at')}
            UNION ALL
            SELECT code || ' ' || issued_on FROM plans WHERE {_DATE_BAD.format(col='issued_on')}
            UNION ALL
            SELECT task_id || ' ' || period || ' ' || reviewed_at FROM reports
            WHERE {_TIME_BAD.format(col='reviewed_at')}""",
    ),
    ("单位类别有效", f"SELECT name || '（' || kind || '）' AS what FROM units WHERE kind NOT IN {_in(KINDS)}"),
    (
        "单位组的成员不是单位组",
        """SELECT g.name || ' → ' || m.name AS what FROM group_members gm
           JOIN units g ON g.id = gm.group_id JOIN units m ON m.id = gm.member_id
           WHERE m.kind = 'group' OR g.kind IS NOT 'group'""",
    ),
    (
        "别名不与其他单位的正式名称重复",
        """SELECT a.alias || '（' || o.name || ' 的别名）' AS what FROM unit_aliases a
           JOIN units u ON u.name = a.alias AND u.id != a.unit_id
           JOIN units o ON o.id = a.unit_id""",
    ),
    (
        "台账有自己的填报表密钥（用于确认交回的填报表是本台账下发的）",
        """SELECT '缺少填报表密钥，无法下发或导入填报表' AS what
           WHERE NOT EXISTS (SELECT 1 FROM ledger_keys WHERE purpose = 'form' AND length(secret) >= 32)""",
    ),
]


_TABLES = {
    "plans": "计划", "ledgers": "台账", "sections": "任务类别", "tasks": "任务", "units": "单位",
    "unit_aliases": "单位别名", "group_members": "单位组成员", "assignments": "任务分派", "reports": "报送",
    "report_versions": "报送的历史版本", "audit_log": "日志", "settings": "设置",
}


def integrity_problems(db: sqlite_utils.Database) -> list[str]:
    """Damage SQLite finds in the file itself, said plainly; its own words follow for a maintainer."""
    found = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    return [f"文件内部有损坏（技术信息：{message}）" for message in found]


def foreign_key_problems(db: sqlite_utils.Database) -> list[str]:
    rows = db.execute("PRAGMA foreign_key_check").fetchall()
    return [f"{_TABLES.get(table, table)}的第 {rowid} 条记录指向不存在的{_TABLES.get(parent, parent)}"
            for table, rowid, parent, _ in rows]


def rule_problems(db: sqlite_utils.Database, sql: str) -> list[str]:
    return [str(r[0]) for r in db.execute(sql).fetchall()]


def schema_version(db: sqlite_utils.Database) -> tuple[int, int]:
    """(application_id, user_version)."""
    return (
        db.execute("PRAGMA application_id").fetchone()[0],
        db.execute("PRAGMA user_version").fetchone()[0],
    )
