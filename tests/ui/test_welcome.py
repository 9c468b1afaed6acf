"""First start: 本机单位 is chosen from the directory, and the choice says what it means."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from qs_desktop.ops.catalog import list_units
from qs_desktop.ops.office import Office, get_office, write_office
from qs_desktop.ui.welcome import OfficeDialog

from .conftest import idle


def _dialog(qtbot, store):
    dialog = OfficeDialog(list_units(store), Office("", coordinator=True, fixed=False))
    qtbot.addWidget(dialog)
    return dialog


def test_pinyin_initials_find_a_township_which_makes_a_unit_installation(qtbot, store):
    dialog = _dialog(qtbot, store)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing chosen yet: no free-text office
    qtbot.keyClicks(dialog.filter, "lgz")
    assert dialog.unit() == "龙港镇人民政府" and ok.isEnabled()
    assert not dialog.coordinator.isChecked()


def test_the_county_office_is_offered_first_and_is_the_coordinator(qtbot, store):
    dialog = _dialog(qtbot, store)
    dialog.list.setCurrentRow(0)
    assert dialog.unit() == "县环委会办公室" and dialog.coordinator.isChecked()
    dialog.filter.setText("沁水分局")  # QTest types ASCII only
    assert dialog.unit() == "市生态环境局沁水分局" and dialog.coordinator.isChecked()


def test_choosing_in_the_window_sets_the_office_and_opens_the_to_do_list(window, ctx, qtbot, monkeypatch):
    monkeypatch.setattr(OfficeDialog, "open", lambda self: None)
    dialog = window.ask_office()
    qtbot.keyClicks(dialog.filter, "jfz")
    dialog.accept()
    idle(qtbot, ctx)
    assert get_office(ctx.store) == Office("嘉峰镇人民政府", coordinator=False, fixed=False)
    assert "嘉峰镇人民政府（责任单位）" in window._status_where.text()


def test_a_fixed_installation_says_so_instead_of_offering_a_choice(window, ctx, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    with ctx.store.write() as db:
        write_office(db, "县环委会办公室", Office("郑庄镇人民政府", coordinator=False, fixed=True))
    ctx.office = get_office(ctx.store)
    assert window.ask_office() is None
    assert "不能更改" in shown[0]
