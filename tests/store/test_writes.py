"""Every write is one BEGIN IMMEDIATE transaction; a failed write leaves nothing behind."""

from __future__ import annotations

from datetime import date

import pytest

from qs_desktop.core.errors import StorageFull
from qs_desktop.ops import review
from qs_desktop.ops.reports import ReportInput, save_report
from tests import reliability_kit as kit

ECO = "市生态环境局沁水分局"
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")

OPS = {
    "save report": lambda s: save_report(s, ReportInput("air-2022:2", ECO, "2022-10", "done", "已完成")),
    "approve": lambda s: review.approve(s, "air-2022:2", ECO, "2022-10"),
    "return": lambda s: review.return_report(s, "air-2022:2", ECO, "2022-10", "请补充"),
    "set due": lambda s: review.set_due(s, "air-2022:2", date(2022, 12, 31), "延期"),
}


@pytest.mark.parametrize("op", list(OPS))
def test_each_write_is_one_immediate_transaction(store, op):
    if op in ("approve", "return"):
        OPS["save report"](store)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    OPS[op](store)
    store.conn.set_trace_callback(None)
    verbs = [s.split(None, 1)[0].upper() for s in statements]
    assert verbs.count("BEGIN") == 1 and verbs.count("COMMIT") == 1
    begin, commit = verbs.index("BEGIN"), verbs.index("COMMIT")
    assert statements[begin] == "BEGIN IMMEDIATE"
    writes = [i for i, v in enumerate(verbs) if v in WRITES]
    assert writes and all(begin < i < commit for i in writes)


def test_a_full_database_refuses_the_whole_import_plainly(store, db_path):
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 20}")  # SQLite's own SQLITE_FULL
    with pytest.raises(StorageFull, match="磁盘空间不足") as info:
        kit.import_big_plan(store)
    assert "数据库保持原样" in info.value.message
    store.close()
    assert kit.plan_rows(db_path) == 0
    assert kit.check_ok(db_path)
