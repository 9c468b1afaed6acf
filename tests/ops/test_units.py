"""Editing the unit directory: each edit audited, names kept unambiguous, groups flat."""

from __future__ import annotations

import pytest

from qs_desktop.core.errors import InvalidInput
from qs_desktop.ops import units
from qs_desktop.ops.catalog import get_task, resolve_unit
from qs_desktop.ops.history import audit_log
from qs_desktop.ops.setup import open_ledger


def test_rename_shows_everywhere_and_keeps_old_name_as_alias(store, db_path):
    before = units.assignment_effect(store, "县住建局")
    changes = units.rename_unit(store, "县住建局", "沁水县住房和城乡建设管理局")
    assert changes.units and changes.tasks == frozenset(before)
    assert "沁水县住房和城乡建设管理局" in get_task(store, "air-2022:7").lead_units
    store.close()
    reopened = open_ledger(db_path)
    unit = resolve_unit(reopened, "县住建局")  # old spelling in a returned form still matches
    assert unit.name == "沁水县住房和城乡建设管理局"
    (event,) = audit_log(reopened, action="unit.rename")
    assert (event.old, event.new) == ({"name": "县住建局"}, {"name": "沁水县住房和城乡建设管理局"})
    reopened.close()


def test_effect_counts_tasks_reached_through_a_group(store):
    direct = set(units.assignment_effect(store, "县能源局"))
    township = set(units.assignment_effect(store, "龙港镇"))
    group = set(units.assignment_effect(store, "各乡（镇）人民政府"))
    assert {"air-2022:13", "air-2022:18"} <= direct
    assert group < township  # the township's own tasks plus every group task
    assert "air-2022:16" in township - group


def test_name_taken_by_another_unit_is_refused(store):
    with pytest.raises(InvalidInput, match="县能源局"):
        units.rename_unit(store, "县住建局", "县能源局")
    with pytest.raises(InvalidInput, match="龙港镇人民政府"):
        units.rename_unit(store, "县住建局", "龙港镇政府")  # another unit's alias


def test_alias_must_not_name_another_unit(store):
    with pytest.raises(InvalidInput, match="县能源局"):
        units.set_aliases(store, "县住建局", ["住建局", "县能源局"])
    assert resolve_unit(store, "县住建局").aliases == ()


def test_aliases_are_saved_trimmed_and_deduplicated(store):
    units.set_aliases(store, "县住建局", [" 住建局 ", "住建局", "县住房和城乡建设局", ""])
    assert resolve_unit(store, "住建局").name == "县住建局"
    assert resolve_unit(store, "县住建局").aliases == ("住建局", "县住房和城乡建设局")
    (event,) = audit_log(store, action="unit.aliases")
    assert event.new == {"aliases": ["住建局", "县住房和城乡建设局"]}


def test_group_cannot_contain_a_group(store):
    units.add_unit(store, "重点企业", "group")
    with pytest.raises(InvalidInput, match="各乡（镇）人民政府"):
        units.set_group_members(store, "重点企业", ["县能源局", "各乡（镇）人民政府"])
    with pytest.raises(InvalidInput):
        units.set_kind(store, "龙港镇", "group")  # member of 各乡（镇）人民政府


def test_group_members_change_who_is_assigned(store):
    from qs_desktop.ops.catalog import list_tasks

    assert "air-2022:10" in {t.id for t in list_tasks(store, unit="十里乡")}
    members = [m for m in resolve_unit(store, "各乡（镇）人民政府").members if m != "十里乡人民政府"]
    changes = units.set_group_members(store, "各乡（镇）人民政府", members)
    assert "air-2022:10" in changes.tasks
    assert "air-2022:10" not in {t.id for t in list_tasks(store, unit="十里乡")}


def test_add_unit_and_set_kind(store):
    units.add_unit(store, "县教育局", "county_bureau", ["教育局"])
    assert resolve_unit(store, "教育局").kind == "county_bureau"
    units.set_kind(store, "县教育局", "other")
    assert resolve_unit(store, "县教育局").kind == "other"
    with pytest.raises(InvalidInput):
        units.add_unit(store, "县教育局", "other")
    with pytest.raises(InvalidInput):
        units.add_unit(store, "  ", "other")
    with pytest.raises(InvalidInput):
        units.set_kind(store, "县教育局", "ministry")
    assert [e.action for e in audit_log(store) if e.entity == "unit"] == ["unit.add", "unit.kind"]


def test_an_edit_that_fails_half_way_writes_nothing(store):
    with pytest.raises(InvalidInput):
        units.edit_unit(store, "县住建局", new_name="住建局（新）", aliases=["县能源局"])
    assert resolve_unit(store, "县住建局").name == "县住建局"
    assert [e for e in audit_log(store) if e.entity == "unit"] == []


def test_rename_with_new_aliases_keeps_the_old_name_findable(store):
    units.edit_unit(store, "县住建局", new_name="县住房和城乡建设局", aliases=["住建局"])
    assert set(resolve_unit(store, "县住建局").aliases) == {"住建局", "县住建局"}


def test_undo_edits_put_the_unit_back_exactly(store):
    before = resolve_unit(store, "县住建局")
    edits = {"new_name": "县住房和城乡建设局", "kind": "other", "aliases": ["住建局"]}
    units.edit_unit(store, "县住建局", **edits)
    units.edit_unit(store, "县住房和城乡建设局", **units.undo_edits(before, edits))
    assert resolve_unit(store, "县住建局") == before
    assert "县住建局" in get_task(store, "air-2022:7").lead_units


def test_group_emptied_then_turned_back_into_a_bureau_in_one_edit(store):
    units.add_unit(store, "重点企业", "group")
    group = resolve_unit(store, "重点企业")
    edits = {"members": ["县能源局"]}
    units.edit_unit(store, "重点企业", **edits)
    units.edit_unit(store, "重点企业", kind="other", members=[])
    assert resolve_unit(store, "重点企业").kind == "other"
    assert group.members == ()


def test_assignment_counts_match_the_effect_of_each_unit(store):
    counts = units.assignment_counts(store)
    assert counts["县财政局"] == len(units.assignment_effect(store, "县财政局"))
    for name in ("县住建局", "龙港镇人民政府", "各乡（镇）人民政府", "开发区管委会"):
        assert counts[name] == len(units.assignment_effect(store, name)) > 0
    assert counts["龙港镇人民政府"] > counts["各乡（镇）人民政府"]
