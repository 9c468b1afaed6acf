"""Check database: a sound ledger passes; each kind of inconsistency is found and named."""

from __future__ import annotations

import sqlite3

import pytest

from qs_desktop.ops.check import check_database
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ops.setup import open_ledger

LEAD = "市生态环境局沁水分局"


def test_a_sound_ledger_passes(store):
    save_report(store, ReportInput("air-2022:6", LEAD, "2022-08", "in_progress", "已安装 40 套门禁"))
    report = check_database(store)
    assert report.ok, report.to_text()
    assert "全部" in report.to_text() and "✗" not in report.to_text()


# Each case damages the data behind the app's back (as a crash of another tool or a hand edit
# might) and names the rule that must fail.
CASES = {
    "assignment to a missing unit": (
        "INSERT INTO assignments (task_id, unit_id, role) VALUES ('air-2022:1', 9999, 'lead')",
        "分派的单位存在",
    ),
    "report on a missing task": (
        "UPDATE reports SET task_id = 'air-2022:999'",
        "报送的任务存在",
    ),
    "report version without its history row": (
        "UPDATE reports SET version = 3",
        "报送的历史版本与当前版本号一致",
    ),
    "task in another ledger's section": (
        "UPDATE tasks SET section_id = (SELECT id FROM sections WHERE ledger_code = 'soil-2022' LIMIT 1) "
        "WHERE id = 'air-2022:1'",
        "任务的类别属于同一台账",
    ),
    "group inside a group": (
        "UPDATE units SET kind = 'group' WHERE id = (SELECT member_id FROM group_members LIMIT 1)",
        "单位组的成员不是单位组",
    ),
    "alias equal to another unit's name": (
        "INSERT INTO unit_aliases (alias, unit_id) SELECT '县能源局', id FROM units WHERE name = '县住建局'",
        "别名不与其他单位的正式名称重复",
    ),
    "unknown status in the history": (  # in `reports` itself a CHECK constraint makes it a damaged file
        "UPDATE report_versions SET status = 'finished'",
        "历史版本的完成状态与审核状态有效",
    ),
    "month 13": (
        "UPDATE reports SET period = '2022-13'",
        "报送期格式正确（YYYY-MM）",
    ),
    "form key lost": (  # forms could no longer be signed or recognised
        "DELETE FROM ledger_keys",
        "台账有自己的填报表密钥（用于确认交回的填报表是本台账下发的）",
    ),
    "bad override date": (
        "UPDATE tasks SET due_override = '2022-02-30' WHERE id = 'air-2022:1'",
        "日期格式正确",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_inconsistency_is_reported(store, db_path, case):
    save_report(store, ReportInput("air-2022:6", LEAD, "2022-08", "in_progress", "已安装 40 套门禁"))
    store.close()
    sql, rule = CASES[case]
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # foreign keys are off by default here
    conn.execute(sql)
    conn.commit()
    conn.close()

    again = open_ledger(db_path)
    try:
        report = check_database(again)
    finally:
        again.close()
    assert not report.ok
    assert rule in [item.title for item in report.failed]
    assert f"✗ {rule}" in report.to_text()


def test_foreign_key_problems_are_reported(store, db_path):
    store.close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO tasks (id, ledger_code, position, measure) VALUES ('ghost:1', 'ghost', 1, '无主任务')")
    conn.commit()
    conn.close()
    again = open_ledger(db_path)
    try:
        failed = [item.title for item in check_database(again).failed]
    finally:
        again.close()
    assert "记录之间的引用完整（没有指向已删除记录的数据）" in failed and "任务都属于存在的台账" in failed
    text = check_database(open_ledger(db_path)).to_text()
    assert "任务的第" in text and "指向不存在的台账" in text and "_check" not in text
