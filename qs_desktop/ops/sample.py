"""Filling a ledger with sample data (示例数据), and asking whether a ledger holds it."""

from __future__ import annotations

from ..core import sample
from ..core.errors import InvalidInput
from ..core.message import said
from ..store import audit, catalog, settings
from ..store import reports as store_reports
from ..store import units as store_units
from ..store.db import Store
from . import Changes, builtin, obligations


def sample_scale(store: Store) -> str:
    """The scale this ledger was filled with (county / city / stress), "" for real data."""
    with store.read() as db:
        return settings.get(db, sample.SETTING)


def fill(store: Store, scale: str) -> Changes:
    """Add the scale's plans, units and a year of monthly reports, in one transaction.

    Refused on a ledger that already holds reports or plans of its own: sample data must
    never mix with real work.
    """
    sc = sample.scale(scale)
    with store.write() as db:
        _check_empty(db)
        directory = store_units.all_units(db)
        template = [sample.NewUnit(u.name, u.kind, u.members) for u in directory]
        counties = dict(sample.COUNTIES) if sc.years else {}
        new_units = sample.units_for(counties, template)
        for units in new_units.values():
            for unit in units:
                if unit.kind != "group":
                    store_units.add_unit(db, unit.name, unit.kind, note="示例数据")
        index = store_units.name_index(db)
        for units in new_units.values():
            for unit in units:
                if unit.kind == "group":
                    gid = store_units.add_unit(db, unit.name, "group", note="示例数据")
                    store_units.set_members(db, gid, [index[m] for m in unit.members])
        mapping = {"沁水县": {u.name: u.name for u in template}} | {
            county: sample.unit_map(county, towns, template) for county, towns in counties.items()
        }
        for spec in sample.plans_for(sc, builtin.plan_specs(), mapping):
            ids = store_units.name_index(db)
            names = {n for lg in spec.ledgers for t in lg.tasks for n in (*t.lead_units, *t.cooperating_units)}
            catalog.insert_plan(db, spec, {n: ids[n] for n in names})
        terms = catalog.reporting_terms(db)  # ledger code -> its plan's first period owed, …
        first = {lg.plan.code: terms[lg.code].first for lg in catalog.ledgers(db)}
        for plan, period in first.items():  # a year of reports, also past the plan's December
            catalog.set_plan_reporting(db, plan, report_until=sample.reporting_until(period))
        world = obligations.load(store)  # who owes what: the rules every view uses
        owed = [
            sample.owed_task(task.id, world.schedule(task), tuple(d.unit for d in world.duties(task)),
                             world.terms[task.ledger].first, world.terms[task.ledger].last, sc.as_of)
            for task in catalog.tasks(db)
        ]
        ids = store_units.name_index(db)
        versions = 0

        def rows():
            nonlocal versions
            for r in sample.reports(sc, owed):
                versions += len(r.versions)
                yield _row(r, ids[r.unit]), [_version(r, state, text, at) for state, text, at in r.versions]

        made = store_reports.insert_many(db, rows())
        settings.put(db, sample.SETTING, sc.name)
        summary = {"scale": sc.name, "tasks": len(owed), "reports": made, "versions": versions}
        audit.record(db, actor=store.actor, action="sample.fill", entity="settings", entity_id=sample.SETTING,
                     new=summary, note="示例数据")
    return Changes(
        plans=True, units=True, reports=True, settings=True,
        outcome=said("已填入示例数据（{scale}）：{tasks} 项任务，{reports} 份报送，{versions} 个版本。", **summary),
    )


def _check_empty(db) -> None:
    if settings.get(db, sample.SETTING):
        raise InvalidInput("这个台账已经是示例数据，不能再填一次。请用一个新的数据库文件（--db 新文件）。")
    real = store_reports.count(db)
    own_plans = [code for code, builtin_ in catalog.plan_kinds(db).items() if not builtin_]
    if real or own_plans:
        raise InvalidInput(
            said("这个台账已有真实数据（{n} 份报送），不能填入示例数据，以免与真实数据混在一起。"
                 "请用一个新的数据库文件（--db 新文件）。", n=real) if real else
            said("这个台账已有真实数据（导入的计划 {plans}），不能填入示例数据，以免与真实数据混在一起。"
                 "请用一个新的数据库文件（--db 新文件）。", plans="、".join(own_plans))
        )


def _row(r: sample.SampleReport, unit_id: int) -> dict:
    return {
        "task_id": r.task_id, "unit_id": unit_id, "period": r.period, "status": r.status,
        "progress": r.progress, "problems": r.problems, "next_steps": r.next_steps, "reporter": r.unit,
        "state": r.state, "review_comment": r.review_comment,
        "reviewed_by": "市生态环境局沁水分局" if r.reviewed_at else "", "reviewed_at": r.reviewed_at,
        "source": sample.SOURCE, "created_at": r.created_at, "updated_at": r.updated_at,
    }


def _version(r: sample.SampleReport, state: str, text: str, at: str) -> dict:
    return {"status": r.status, "progress": text, "quantity": None, "problems": r.problems,
            "next_steps": r.next_steps, "reporter": r.unit, "state": state, "source": sample.SOURCE,
            "created_at": at}
