"""单位 page: edits show their effect on assignments before they are saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qs_desktop.ops.catalog import list_tasks, resolve_unit
from qs_desktop.ops.history import audit_log

from .conftest import idle, shown_page


@pytest.fixture
def page(qtbot, ctx):
    from qs_desktop.ui.units_page import UnitsPage

    return shown_page(qtbot, ctx, UnitsPage)


def test_rename_previews_the_tasks_it_touches_then_saves(qtbot, ctx, page):
    expected = len(list_tasks(ctx.store, unit="县住建局"))
    page.select_unit("县住建局")
    assert not page.save_button.isEnabled() and not page.effect.isVisibleTo(page)
    page.name_edit.setText("县住房和城乡建设局")
    assert page.effect.isVisibleTo(page)
    assert f"更名将影响 {expected} 项任务的分派" in page.effect.text()
    assert "原名称“县住建局”保留为别名" in page.effect.text()
    assert resolve_unit(ctx.store, "县住建局").name == "县住建局"  # nothing written yet

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ctx)
    assert resolve_unit(ctx.store, "县住建局").name == "县住房和城乡建设局"
    assert page.current.name == "县住房和城乡建设局"  # the renamed unit stays selected
    assert not page.effect.isVisibleTo(page)
    assert "县住房和城乡建设局" in list_tasks(ctx.store, ledger="air-2022")[6].lead_units


def test_alias_that_names_another_unit_is_refused_and_nothing_saved(qtbot, ctx, page):
    page.select_unit("县住建局")
    page.alias_edit.setPlainText("住建局\n县能源局")
    assert "别名变更不影响现有分派" in page.effect.text()
    page.save()
    idle(qtbot, ctx)
    assert "县能源局" in ctx.last_error.text()
    ctx.last_error.close()
    assert resolve_unit(ctx.store, "县住建局").aliases == ()
    page.alias_edit.setPlainText("住建局")
    page.save()
    idle(qtbot, ctx)
    assert resolve_unit(ctx.store, "住建局").name == "县住建局"
    (event,) = audit_log(ctx.store, action="unit.aliases")
    assert event.new == {"aliases": ["住建局"]}


def test_removing_a_group_member_previews_who_stops_answering(qtbot, ctx, page):
    group_tasks = len(list_tasks(ctx.store, unit="各乡（镇）人民政府"))
    page.select_unit("各乡（镇）人民政府")
    assert page.members.isVisibleTo(page)
    page.member_model.set_checked("十里乡人民政府", False)
    text = page.effect.text()
    assert f"成员变更将影响 {group_tasks} 项任务的分派" in text
    assert "移出的 十里乡人民政府 将不再承担" in text
    page.save()
    idle(qtbot, ctx)
    assert "air-2022:10" not in {t.id for t in list_tasks(ctx.store, unit="十里乡")}


def test_filter_finds_a_unit_by_alias(page):
    page.filter.setText("龙港镇政府")
    shown = [u.name for row, u in enumerate(page.units) if not page.table.isRowHidden(row)]
    assert shown == ["龙港镇人民政府"]



def test_undo_and_redo_a_rename(qtbot, ctx, page):
    page.select_unit("县住建局")
    page.name_edit.setText("县住房和城乡建设局")
    page.save()
    idle(qtbot, ctx)
    assert ctx.undo_stack.undoText() == "修改单位“县住建局”"
    ctx.undo_stack.undo()
    idle(qtbot, ctx)
    assert resolve_unit(ctx.store, "县住建局").name == "县住建局"
    assert resolve_unit(ctx.store, "县住建局").aliases == ()
    assert page.current.name == "县住建局"  # the same unit stays selected under its old name
    ctx.undo_stack.redo()
    idle(qtbot, ctx)
    assert resolve_unit(ctx.store, "县住建局").name == "县住房和城乡建设局"
