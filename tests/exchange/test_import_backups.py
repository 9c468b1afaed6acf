"""Every import is preceded by a backup of the ledger as it was."""

from __future__ import annotations

from qs_desktop.exchange.forms import export_form, import_forms
from qs_desktop.exchange.plans import import_plan_file
from qs_desktop.ops.backups import list_backups
from qs_desktop.ops.setup import open_ledger
from tests.exchange.test_form_exchange import FIRST, UNIT, fill
from tests.exchange.test_xlsx_plan import build


def _imports(store) -> list:
    return [b for b in list_backups(store.path) if b.reason == "import"]


def _count(path, sql: str) -> int:
    s = open_ledger(path, read_only=True)
    try:
        return s.query(sql)[0]["n"]
    finally:
        s.close()


def test_form_import_backs_up_first_but_not_for_a_dry_run_or_nothing_new(store, tmp_path):
    path = tmp_path / "form.xlsx"
    export_form(store, UNIT, "2022-10", path)
    fill(path, {FIRST: ("已检查工地 20 个", "推进中")})

    import_forms(store, [path], dry_run=True)
    assert _imports(store) == []
    import_forms(store, [path])
    (before,) = _imports(store)
    assert before.ok and _count(before.path, "SELECT count(*) AS n FROM reports") == 0
    assert _count(store.path, "SELECT count(*) AS n FROM reports") == 1
    import_forms(store, [path])  # already imported: nothing to write, nothing to back up
    assert len(_imports(store)) == 1


def test_plan_import_backs_up_first(store, tmp_path):
    sheet = build(tmp_path / "plan.xlsx", [
        ["任务类别", "序号", "具体措施", "完成时限", "牵头单位", "配合单位", "备注"],
        ["一、强化工业企业深度治理", 1, "推进焦化企业超低排放改造", "2023 年 10 月底前", "县工信局", "县能源局", None],
    ])
    import_plan_file(store, sheet, code="air-2023", year=2023, dry_run=True)
    assert _imports(store) == []
    import_plan_file(store, sheet, code="air-2023", year=2023)
    (before,) = _imports(store)
    assert _count(before.path, "SELECT count(*) AS n FROM plans WHERE code = 'air-2023'") == 0
    assert _count(store.path, "SELECT count(*) AS n FROM plans WHERE code = 'air-2023'") == 1
