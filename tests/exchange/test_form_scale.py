"""Form export and import cost what the form holds, not what the ledger holds (issue 15).

Counted in SQL statements, not seconds: the same unit's form against the built-in ledger and
against one with 2,000 more tasks (and their reports) of other units must issue the same number.
"""

from __future__ import annotations

import openpyxl
import pytest

from qs_desktop.core.model import LedgerSpec, PlanSpec, TaskSpec
from qs_desktop.exchange.forms import export_form, import_forms
from qs_desktop.ops.plans import add_plan
from qs_desktop.store import reports as store_reports

UNIT = "县住建局"
OTHERS = ["县能源局", "龙港镇人民政府", "县水务局", "县工信局"]


def grow(store, tasks: int) -> None:
    """Another plan of `tasks` tasks for other units, each with a report, written in one go."""
    spec = PlanSpec("big-2022", "大计划", 2022, [LedgerSpec("big-2022", "大台账", [
        TaskSpec(f"任务 {i}", seq=i, section="一、其他", deadline="2022 年 10 月底前", lead_units=[OTHERS[i % 4]])
        for i in range(1, tasks + 1)])])
    add_plan(store, spec)
    with store.write() as db:
        units = {r["name"]: r["id"] for r in db.query("SELECT id, name FROM units")}
        for i in range(1, tasks + 1):
            store_reports.save(db, f"big-2022:{i}", units[OTHERS[i % 4]], "2022-09", {
                "status": "in_progress", "progress": f"进展 {i}", "problems": "", "next_steps": "",
                "quantity": None, "reporter": "", "state": "submitted", "source": "test"})


def counted(store, work) -> int:
    statements = []
    store.conn.set_trace_callback(statements.append)
    try:
        work()
    finally:
        store.conn.set_trace_callback(None)
    return len([s for s in statements if not s.startswith(("BEGIN", "COMMIT", "ROLLBACK", "PRAGMA"))])


def round_trip(store, folder) -> tuple[int, int, int]:
    folder.mkdir(exist_ok=True)
    path = folder / "form.xlsx"
    exported = counted(store, lambda: export_form(store, UNIT, "2022-10", path))
    wb = openpyxl.load_workbook(path)
    ws = wb["填报表"]
    for row in range(6, ws.max_row + 1):
        if ws.cell(row, 1).value and str(ws.cell(row, 1).value).startswith(("air", "water", "soil")):
            ws.cell(row, 11).value, ws.cell(row, 12).value = f"第 {row} 行的进展", "推进中"
    wb.save(path)
    checked = counted(store, lambda: import_forms(store, [path], dry_run=True))
    imported = counted(store, lambda: import_forms(store, [path]))
    return exported, checked, imported


@pytest.fixture
def big(tmp_path_factory, _built_once):
    import shutil

    from qs_desktop.ops.setup import open_ledger

    path = tmp_path_factory.mktemp("big") / "ledger.sqlite"
    shutil.copy(_built_once, path)
    store = open_ledger(path)
    grow(store, 2000)
    yield store
    store.close()


def test_form_export_and_import_issue_as_many_statements_on_a_big_ledger_as_on_a_small_one(store, big, tmp_path):
    small = round_trip(store, tmp_path / "small")
    large = round_trip(big, tmp_path / "large")
    assert large == small


def test_import_statements_grow_with_the_forms_rows_only_a_few_per_row(store, tmp_path):
    exported, checked, imported = round_trip(store, tmp_path)
    rows = len(store.query("SELECT * FROM form_rows"))
    assert rows > 10
    assert checked < 60  # the check is batched: a fixed number, whatever the rows
    # writing: a bounded number per saved report (report, version, audit, and sqlite-utils' lookups)
    assert imported < checked + 40 * rows
