"""本机单位: which office an installation works for, whether it is the coordinator's, and who signs."""

from __future__ import annotations

import pytest

from qs_desktop.core.errors import InvalidInput
from qs_desktop.ops.history import audit_log
from qs_desktop.ops.office import UNSET_ACTOR, Office, get_office, set_office, write_office
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ops.setup import open_ledger


def _report(unit: str, task: str = "air-2022:10") -> ReportInput:
    return ReportInput(task_id=task, unit=unit, period="2022-09", status="推进中", progress="已开展排查。")


def test_a_fresh_installation_has_no_office_and_signs_as_unset_never_as_the_os_user(store, db_path):
    assert get_office(store) == Office(unit="", coordinator=True, fixed=False)
    fresh = open_ledger(db_path)
    assert fresh.actor == UNSET_ACTOR
    save_report(fresh, _report("龙港镇"))
    assert [e.actor for e in audit_log(fresh, action="report.save")] == [UNSET_ACTOR]


def test_the_county_bureau_branch_is_the_coordinator_a_township_is_a_unit(store, db_path):
    set_office(store, "晋城市生态局沁水分局")  # an alias: stored under the directory's name
    assert get_office(store) == Office("市生态环境局沁水分局", coordinator=True, fixed=False)
    set_office(store, "龙港镇")
    assert get_office(store) == Office("龙港镇人民政府", coordinator=False, fixed=False)
    assert open_ledger(db_path).actor == "龙港镇人民政府"


def test_the_coordinator_can_mark_another_unit_as_a_coordinator_office(store):
    set_office(store, "县住建局", coordinator=True)
    assert get_office(store).coordinator


def test_setting_the_office_is_audited_with_old_and_new(store):
    set_office(store, "县住建局")
    set_office(store, "嘉峰镇")
    events = audit_log(store, action="settings.office")
    assert [e.actor for e in events] == ["县住建局", "嘉峰镇人民政府"]
    assert events[1].old["unit"] == "县住建局" and events[1].new == {"unit": "嘉峰镇人民政府", "role": "unit", "fixed": False}


@pytest.mark.parametrize("name", ["  ", "县外星局", "各乡（镇）人民政府"])
def test_only_a_real_unit_of_the_directory_can_be_the_office(store, name):
    with pytest.raises(InvalidInput):
        set_office(store, name)
    assert get_office(store).unit == ""


def test_a_unit_installation_made_from_a_setup_package_cannot_change_its_unit(store):
    with store.write() as db:
        write_office(db, "县环委会办公室", Office("郑庄镇人民政府", coordinator=False, fixed=True))
    with pytest.raises(InvalidInput, match="不能更改"):
        set_office(store, "市生态环境局沁水分局")
    assert get_office(store).unit == "郑庄镇人民政府"


def test_a_unit_installation_files_only_its_own_reports(store):
    set_office(store, "嘉峰镇")
    with pytest.raises(InvalidInput, match="只能填报本单位"):
        save_report(store, _report("龙港镇"))
    save_report(store, _report("嘉峰镇"))  # its own: fine


def test_the_coordinator_filing_for_a_unit_is_recorded_as_such(store):
    set_office(store, "市生态环境局沁水分局")
    save_report(store, _report("龙港镇"))
    (event,) = audit_log(store, action="report.save")
    assert event.actor == "市生态环境局沁水分局" and "代填" in event.note


def test_a_unit_installation_does_not_review_its_own_reports(store):
    from qs_desktop.ops.review import approve, close_task

    save_report(store, _report("嘉峰镇"))
    set_office(store, "嘉峰镇")
    with pytest.raises(InvalidInput, match="县环委会办公室的电脑"):
        approve(store, "air-2022:10", "嘉峰镇", "2022-09")
    with pytest.raises(InvalidInput, match="县环委会办公室的电脑"):
        close_task(store, "air-2022:10")
