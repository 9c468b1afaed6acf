"""Editing the unit directory: names, aliases, kinds and group membership.

Every edit is one transaction with an audit record. `assignment_effect` tells the UI, before
saving, which tasks an edit touches (tasks assigned to the unit, or through a group).
"""

from __future__ import annotations

from ..core.errors import InvalidInput
from ..core.message import said
from ..core.model import Unit
from ..core.units import KIND_LABELS, KINDS, normalize
from ..store import audit, catalog
from ..store import units as store_units
from ..store.db import Store
from . import Changes, Revert
from .catalog import resolve_unit_id


def assignment_effect(store: Store, name: str) -> list[str]:
    """Ids of the tasks assigned to this unit directly or through a group it belongs to
    (for a group: the tasks assigned to the group)."""
    with store.read() as db:
        uid = resolve_unit_id(db, name)
        return [t.id for t in catalog.tasks(db, unit_ids=[uid, *store_units.groups_of(db, uid)])]


def assignment_counts(store: Store) -> dict[str, int]:
    """`len(assignment_effect(store, name))` for every unit, in one pass over the tasks."""
    with store.read() as db:
        tasks = catalog.tasks(db)
        directory = store_units.all_units(db)
    named: dict[str, set[str]] = {}
    for task in tasks:
        for name in (*task.lead_units, *task.cooperating_units):
            named.setdefault(name, set()).add(task.id)
    groups_of = {u.name: [g.name for g in directory if u.name in g.members] for u in directory}
    return {
        u.name: len(named.get(u.name, set()).union(*(named.get(g, set()) for g in groups_of[u.name])))
        for u in directory
    }


def add_unit(store: Store, name: str, kind: str, aliases: list[str] = ()) -> Changes:
    name = _clean_name(name)
    _check_kind(kind)
    aliases = _clean_aliases(aliases, name)
    with store.write() as db:
        _check_free(db, [name, *aliases], None)
        store_units.add_unit(db, name, kind, aliases)
        audit.record(db, actor=store.actor, action="unit.add", entity="unit", entity_id=name,
                     new={"name": name, "kind": kind, "aliases": aliases})
    return Changes(units=True, outcome=said("已添加单位“{name}”。", name=name))


def rename_unit(store: Store, name: str, new_name: str) -> Changes:
    """Rename a unit; the old name stays as an alias so files using it still match."""
    return edit_unit(store, name, new_name=new_name)


def set_aliases(store: Store, name: str, aliases: list[str]) -> Changes:
    return edit_unit(store, name, aliases=aliases)


def set_kind(store: Store, name: str, kind: str) -> Changes:
    return edit_unit(store, name, kind=kind)


def set_group_members(store: Store, group: str, members: list[str]) -> Changes:
    return edit_unit(store, group, members=members)


def edit_unit(
    store: Store,
    name: str,
    *,
    new_name: str | None = None,
    kind: str | None = None,
    aliases: list[str] | None = None,
    members: list[str] | None = None,
    keep_old_name: bool = True,
) -> Changes:
    """Apply the given edits to one unit in one transaction.

    A renamed unit keeps its old name as an alias unless `keep_old_name` is False (undo).
    A unit becoming a group changes kind before members are set; one leaving "group" after.
    """
    changes = Changes()
    edits = {k: v for k, v in (("new_name", new_name), ("kind", kind), ("aliases", aliases),
                               ("members", members)) if v is not None}
    with store.write() as db:
        uid = resolve_unit_id(db, name)
        before = store_units.get(db, uid)
        if kind == "group":
            changes |= _set_kind(db, store.actor, uid, kind)
        if new_name is not None:
            old_name = store_units.get(db, uid).name
            changes |= _rename(db, store.actor, uid, new_name, keep_old_name)
            if aliases is not None and keep_old_name:  # the old name stays findable whatever the form said
                aliases = [*aliases, old_name]
        if aliases is not None:
            changes |= _set_aliases(db, store.actor, uid, aliases)
        if members is not None:
            changes |= _set_members(db, store.actor, uid, members)
        if kind is not None and kind != "group":
            changes |= _set_kind(db, store.actor, uid, kind)
        after = store_units.get(db, uid).name
    if changes.empty:
        return Changes(outcome=said("单位信息没有变化。"))
    revert = Revert(edit_unit, (after,), undo_edits(before, edits))
    return Changes(tasks=changes.tasks, units=True, summary=changes.summary, outcome=changes.outcome, revert=revert)


def undo_edits(unit: Unit, edits: dict) -> dict:
    """`edit_unit` arguments that put `unit` back as it was before `edits` were applied to it."""
    back: dict = {"keep_old_name": False}
    if "new_name" in edits:
        back["new_name"] = unit.name
        back["aliases"] = list(unit.aliases)
    if "kind" in edits:
        back["kind"] = unit.kind
    if "aliases" in edits:
        back["aliases"] = list(unit.aliases)
    if "members" in edits or ("kind" in edits and unit.kind == "group"):
        back["members"] = list(unit.members)
    return back


def _rename(db, actor: str, uid: int, new_name: str, keep_old_name: bool = True) -> Changes:
    new_name = _clean_name(new_name)
    unit = store_units.get(db, uid)
    if new_name == unit.name:
        return Changes()
    _check_free(db, [new_name], uid)
    aliases = [a for a in unit.aliases if normalize(a) != normalize(new_name)]
    if keep_old_name and normalize(unit.name) not in {normalize(a) for a in aliases}:
        aliases.append(unit.name)
    store_units.update_unit(db, uid, name=new_name)
    store_units.set_aliases(db, uid, aliases)
    tasks = _tasks_of(db, uid)
    audit.record(db, actor=actor, action="unit.rename", entity="unit", entity_id=new_name,
                 old={"name": unit.name}, new={"name": new_name})
    return Changes(tasks=tasks, units=True,
                   outcome=said("已将“{unit}”更名为“{new_name}”，影响 {n} 项任务。", unit=unit.name, new_name=new_name, n=len(tasks)))


def _set_aliases(db, actor: str, uid: int, aliases: list[str]) -> Changes:
    unit = store_units.get(db, uid)
    aliases = _clean_aliases(aliases, unit.name)
    if set(aliases) == set(unit.aliases):
        return Changes()
    _check_free(db, aliases, uid)
    store_units.set_aliases(db, uid, aliases)
    audit.record(db, actor=actor, action="unit.aliases", entity="unit", entity_id=unit.name,
                 old={"aliases": list(unit.aliases)}, new={"aliases": aliases})
    return Changes(units=True, outcome=said("已更新“{unit}”的别名。", unit=unit.name))


def _set_kind(db, actor: str, uid: int, kind: str) -> Changes:
    _check_kind(kind)
    unit = store_units.get(db, uid)
    if kind == unit.kind:
        return Changes()
    if unit.kind == "group" and unit.members:
        raise InvalidInput(said("“{unit}”还有 {n} 个成员单位，请先移出成员再更改类别。", unit=unit.name, n=len(unit.members)))
    if kind == "group" and store_units.groups_of(db, uid):
        raise InvalidInput(said("“{unit}”是某个单位组的成员，单位组不能包含单位组，请先将其移出。", unit=unit.name))
    store_units.update_unit(db, uid, kind=kind)
    audit.record(db, actor=actor, action="unit.kind", entity="unit", entity_id=unit.name,
                 old={"kind": unit.kind}, new={"kind": kind})
    return Changes(units=True, outcome=said("“{unit}”的类别改为{kind}。", unit=unit.name, kind=KIND_LABELS[kind]))


def _set_members(db, actor: str, gid: int, members: list[str]) -> Changes:
    unit = store_units.get(db, gid)
    if unit.kind != "group":
        raise InvalidInput(said("“{unit}”不是单位组，不能设置成员。可先把类别改为“单位组”。", unit=unit.name))
    member_units = [store_units.get(db, resolve_unit_id(db, m)) for m in members]
    nested = [m.name for m in member_units if m.kind == "group"]
    if nested:
        raise InvalidInput(said("单位组不能包含单位组：{names}。", names='、'.join(nested)))
    names = list(dict.fromkeys(m.name for m in member_units))
    if set(names) == set(unit.members):
        return Changes()
    store_units.set_members(db, gid, list(dict.fromkeys(m.id for m in member_units)))
    tasks = _tasks_of(db, gid)
    audit.record(db, actor=actor, action="unit.members", entity="unit", entity_id=unit.name,
                 old={"members": list(unit.members)}, new={"members": names})
    return Changes(tasks=tasks, units=True,
                   outcome=said("已更新“{unit}”的成员（{count} 个），影响 {n} 项任务。", unit=unit.name, count=len(names), n=len(tasks)))


def _tasks_of(db, uid: int) -> frozenset[str]:
    return frozenset(t.id for t in catalog.tasks(db, unit_ids=[uid]))


def _clean_name(name: str) -> str:
    cleaned = normalize(name)
    if not cleaned:
        raise InvalidInput("单位名称不能为空。")
    return cleaned


def _clean_aliases(aliases: list[str], name: str) -> list[str]:
    out = []
    for alias in aliases:
        cleaned = normalize(alias)
        if cleaned and cleaned != normalize(name) and cleaned not in out:
            out.append(cleaned)
    return out


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        allowed = "、".join(KIND_LABELS.values())
        raise InvalidInput(said("单位类别“{kind}”无效，应为：{allowed}。", kind=kind, allowed=allowed))


def _check_free(db, names: list[str], own_id: int | None) -> None:
    """Every name/alias must not already name another unit (as its name or one of its aliases)."""
    index = store_units.name_index(db)
    by_id = {u.id: u.name for u in store_units.all_units(db)}
    for name in names:
        other = index.get(normalize(name))
        if other is not None and other != own_id:
            raise InvalidInput(said("“{name}”已是单位“{other}”的名称或别名，同一名称不能指向两个单位。", name=name, other=by_id[other]))
