"""Reading plans, ledgers, tasks and units."""

from __future__ import annotations

from ..core.errors import InvalidInput, NotFound
from ..core.message import said
from ..core.model import Ledger, Task, Unit, task_label
from ..store import catalog, units
from ..store.db import Store


def list_ledgers(store: Store) -> list[Ledger]:
    with store.read() as db:
        return catalog.ledgers(db)


def get_ledger(store: Store, code: str) -> Ledger:
    for ledger in list_ledgers(store):
        if ledger.code == code:
            return ledger
    known = "、".join(ledger.code for ledger in list_ledgers(store))
    raise NotFound(said("没有代码为“{code}”的台账。现有：{known}", code=code, known=known))


def ledger_codes(store: Store, code: str) -> list[str]:
    """A plan code names all of the plan's ledgers; a ledger code names that ledger."""
    ledgers = list_ledgers(store)
    found = [lg.code for lg in ledgers if lg.plan.code == code] or [lg.code for lg in ledgers if lg.code == code]
    if not found:
        known = "、".join(lg.code for lg in ledgers)
        raise NotFound(said("没有代码为“{code}”的计划或台账。现有台账：{known}", code=code, known=known))
    return found


def list_tasks(store: Store, ledger: str | None = None, unit: str | None = None) -> list[Task]:
    if ledger is not None:
        get_ledger(store, ledger)
    with store.read() as db:
        scope = unit_scope(db, resolve_unit_id(db, unit)) if unit is not None else None
        return catalog.tasks(db, ledger=ledger, unit_ids=scope)


def task_labels(store: Store) -> dict[str, str]:
    """task id -> how a person names it (空气质量改善 2 对全县…), for lists and messages: never an id."""
    titles = {lg.code: lg.title for lg in list_ledgers(store)}
    with store.read() as db:
        return {t.id: task_label(titles.get(t.ledger, t.ledger), t.seq, t.title or t.measure)
                for t in catalog.tasks(db)}


def get_task(store: Store, task_id: str) -> Task:
    with store.read() as db:
        found = catalog.tasks(db, ids=[task_id])
    if not found:
        raise NotFound(said("找不到任务“{task}”。任务编号形如 air-2022:2（台账代码:序号）。", task=task_id))
    return found[0]


def list_units(store: Store) -> list[Unit]:
    with store.read() as db:
        return units.all_units(db)


def resolve_unit(store: Store, name: str) -> Unit:
    with store.read() as db:
        return units.get(db, resolve_unit_id(db, name))


def resolve_unit_id(db, name: str) -> int:
    uid = units.find(db, name)
    if uid is None:
        raise NotFound(said("单位目录中没有“{name}”。可在“单位”页面添加，或使用已有名称/别名。", name=name))
    return uid


def check_acting(unit: Unit) -> None:
    """A group (各乡（镇）人民政府) stands for its members: it neither reports nor gets a form."""
    if unit.kind == "group":
        example = f"（如 {unit.members[0]}）" if unit.members else ""
        raise InvalidInput(said("“{unit}”是单位组，不能直接填报，请以其中的单位{example}填报。", unit=unit.name, example=example))


def unit_scope(db, unit_id: int) -> list[int]:
    """The unit itself and every group it belongs to (龙港镇 → 各乡（镇）人民政府)."""
    return [unit_id, *units.groups_of(db, unit_id)]
