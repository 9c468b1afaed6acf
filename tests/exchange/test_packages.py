"""Exchange packages between the county (县环委会办公室) and two units that run the app:
龙港镇 (a township: its tasks come partly through 各乡（镇）人民政府) and 县住建局 (a bureau)."""

from __future__ import annotations

from datetime import date

import pytest

from qs_desktop.exchange.packages import describe, write_receipt_pdf
from qs_desktop.ops import conflicts, packages
from qs_desktop.ops.catalog import list_tasks
from qs_desktop.ops.office import get_office
from qs_desktop.ops.plans import plan_reporting, set_plan_reporting
from qs_desktop.ops.reports import list_reports
from qs_desktop.ops.review import approve, close_task, return_report, set_due
from qs_desktop.store import packages as stored

LG, ZJ = "龙港镇人民政府", "县住建局"
LG_TASK = "air-2022:16"  # 县能源局 and 龙港镇 lead
GROUP_TASK = "air-2022:18"  # 县能源局 and 各乡（镇）人民政府: 龙港镇 owes it as a member
ZJ_TASK = "air-2022:7"  # 县住建局 alone


def current(store, task, unit, period="2022-10"):
    found = list_reports(store, task_id=task, unit=unit, period=period)
    return found[0] if found else None


def test_a_setup_package_makes_a_unit_installation_fixed_to_its_unit_with_its_tasks(offices):
    lg = offices.set_up(LG)
    office = get_office(lg)
    assert (office.unit, office.coordinator, office.fixed) == (LG, False, True)
    mine = {t.id for t in list_tasks(lg)}
    assert {LG_TASK, GROUP_TASK} <= mine
    assert ZJ_TASK not in mine  # another unit's task is not handed out
    # the same tasks the county sees for 龙港镇, with the same ids and text
    county = {t.id: t.measure for t in list_tasks(offices.county, unit=LG)}
    assert {t.id: t.measure for t in list_tasks(lg)} == county
    me = packages.identity(lg)
    assert me.role == "unit" and me.unit == LG
    assert me.public_key != packages.identity(offices.county).public_key


def test_county_two_units_county_units_round_trip(offices):
    """Setup, reports from both units in one import, a return to one of them with a reason,
    the revised report, approval — and each side ends up seeing the same thing."""
    county = offices.county
    lg, zj = offices.set_up(LG), offices.set_up(ZJ)
    offices.report(lg, LG, LG_TASK, "2022-10", "禁煤区巡查 4 次，未发现散煤复燃")
    offices.report(zj, ZJ, ZJ_TASK, "2022-10", "联合执法检查工地 9 处")

    results = offices.take(county, offices.send(lg), offices.send(zj))
    assert [r.verdict for r in results] == ["accepted", "accepted"]
    assert current(county, LG_TASK, LG).progress == "禁煤区巡查 4 次，未发现散煤复燃"
    assert current(county, LG_TASK, LG).reporter == LG  # the unit reported it, not the coordinator
    assert current(county, ZJ_TASK, ZJ).state == "submitted"

    return_report(county, LG_TASK, LG, "2022-10", "请写明巡查的村和日期")
    approve(county, ZJ_TASK, ZJ, "2022-10")
    assert offices.take(lg, offices.send(county, LG)).verdict == "accepted"
    assert offices.take(zj, offices.send(county, ZJ)).verdict == "accepted"
    returned = current(lg, LG_TASK, LG)
    assert (returned.state, returned.review_comment) == ("returned", "请写明巡查的村和日期")
    assert current(zj, ZJ_TASK, ZJ).state == "approved"

    offices.report(lg, LG, LG_TASK, "2022-10", "10 月 8 日、22 日巡查端氏村、东关村等 4 村，未发现散煤复燃")
    offices.take(county, offices.send(lg))
    revised = current(county, LG_TASK, LG)
    assert (revised.version, revised.state) == (2, "submitted")
    assert revised.progress.startswith("10 月 8 日")
    approve(county, LG_TASK, LG, "2022-10")
    offices.take(lg, offices.send(county, LG))
    assert current(lg, LG_TASK, LG).state == "approved"

    # a return made now carries nothing the county does not already hold
    nothing = offices.send(lg)
    before = list_reports(county)
    result = offices.take(county, nothing)
    assert result.verdict == "accepted" and result.taken.outcomes == []
    assert list_reports(county) == before
    assert [p.seq_in for p in packages.list_peers(county) if p.unit == LG] == [3]


def test_importing_the_same_package_twice_changes_nothing(offices, digest):
    lg = offices.set_up(LG)
    offices.report(lg, LG, LG_TASK, "2022-10", "巡查 4 次")
    sent = offices.send(lg)
    offices.take(offices.county, sent)
    before = digest(offices.county.path)
    again = offices.take(offices.county, sent)
    assert again.verdict == "unchanged"
    assert "导入过" in describe(again)[0]
    assert digest(offices.county.path) == before


def test_a_dry_run_says_what_would_happen_and_writes_nothing(offices, digest):
    lg = offices.set_up(LG)
    offices.report(lg, LG, LG_TASK, "2022-10", "巡查 4 次")
    sent = offices.send(lg)
    before = digest(offices.county.path)
    result = offices.take(offices.county, sent, dry_run=True)
    assert [o[2] for o in result.taken.outcomes] == ["applied"]
    assert digest(offices.county.path) == before
    assert offices.take(offices.county, sent).verdict == "accepted"  # and the real import still works


def test_the_plans_reporting_terms_travel_with_the_setup_package(offices):
    set_plan_reporting(offices.county, "air-2022", cooperating_report=True, report_until="2023-03",
                       reason="配合单位也需报送，延长至次年一季度")
    lg = offices.set_up(LG)
    terms = plan_reporting(lg, "air-2022")
    assert (terms.cooperating_report, terms.report_until) == (True, "2023-03")


def test_review_results_due_dates_and_closing_reach_the_unit(offices):
    county = offices.county
    lg = offices.set_up(LG)
    offices.report(lg, LG, LG_TASK, "2022-10", "禁煤区清零工作已全部完成", status="done")
    offices.take(county, offices.send(lg))
    approve(county, LG_TASK, LG, "2022-10")
    close_task(county, LG_TASK, "上级已取消该任务", force=True)  # 县能源局 owes it too and has not finished
    set_due(county, GROUP_TASK, date(2022, 12, 15), "采暖期前完成")
    offices.take(lg, offices.send(county, LG))
    tasks = {t.id: t for t in list_tasks(lg)}
    assert tasks[LG_TASK].closed_at is not None
    assert tasks[GROUP_TASK].due_override == date(2022, 12, 15)
    assert current(lg, LG_TASK, LG).state == "approved"


def test_a_report_changed_on_both_sides_becomes_a_conflict_the_coordinator_resolves(offices):
    county = offices.county
    lg = offices.set_up(LG)
    result = offices.conflict(lg, LG, LG_TASK, "巡查 4 次（电话补充：另查处散煤点 1 处）", "巡查 5 次")
    assert [o[2] for o in result.taken.outcomes] == ["conflict"]
    kept = current(county, LG_TASK, LG)
    assert kept.progress == "巡查 4 次（电话补充：另查处散煤点 1 处）"  # never silently overwritten
    (conflict,) = conflicts.list_conflicts(county)
    assert (conflict.ours["progress"], conflict.theirs["progress"]) == (kept.progress, "巡查 5 次")

    conflicts.resolve(county, conflict.id, "theirs")
    assert current(county, LG_TASK, LG).progress == "巡查 5 次"
    assert current(county, LG_TASK, LG).version == 3  # both earlier versions stay in history
    assert conflicts.list_conflicts(county) == []
    offices.take(lg, offices.send(county, LG))
    assert offices.take(county, offices.send(lg)).taken.outcomes == []  # in step again


def test_when_the_coordinator_keeps_the_county_version_the_unit_takes_it(offices):
    county = offices.county
    lg = offices.set_up(LG)
    offices.conflict(lg, LG, LG_TASK, "巡查 4 次，查处散煤点 1 处", "巡查 5 次")
    (conflict,) = conflicts.list_conflicts(county)
    conflicts.resolve(county, conflict.id, "ours")
    offices.take(lg, offices.send(county, LG))
    assert current(lg, LG_TASK, LG).progress == "巡查 4 次，查处散煤点 1 处"
    # re-sending the declined version later does not raise the conflict again
    assert conflicts.list_conflicts(county) == []


def test_a_revision_made_before_the_county_answered_is_not_lost(offices):
    county = offices.county
    lg = offices.set_up(LG)
    offices.report(lg, LG, LG_TASK, "2022-10", "巡查 4 次")
    offices.take(county, offices.send(lg))
    offices.report(lg, LG, LG_TASK, "2022-10", "巡查 4 次，整改 2 处")  # before the update arrives
    offices.take(lg, offices.send(county, LG))
    assert current(lg, LG_TASK, LG).progress == "巡查 4 次，整改 2 处"
    offices.take(county, offices.send(lg))
    assert current(county, LG_TASK, LG).progress == "巡查 4 次，整改 2 处"
    assert conflicts.list_conflicts(county) == []


def test_many_packages_in_one_go_are_applied_oldest_first(offices):
    county = offices.county
    lg = offices.set_up(LG)
    offices.report(lg, LG, LG_TASK, "2022-10", "巡查 4 次")
    first = offices.send(lg)
    offices.report(lg, LG, LG_TASK, "2022-10", "巡查 6 次")
    second = offices.send(lg)
    results = offices.take(county, second, first)  # the folder lists them in any order
    assert [r.verdict for r in results] == ["accepted", "accepted"]
    assert current(county, LG_TASK, LG).progress == "巡查 6 次"


def test_attachments_travel_once_and_stay_small(offices):
    county = offices.county
    lg = offices.set_up(LG)
    offices.report(lg, LG, LG_TASK, "2022-10", "巡查 4 次，照片附后")
    photo = b"\xff\xd8\xff\xe0 jpeg of a village lane" * 100
    packages.attach(lg, LG_TASK, LG, "2022-10", "巡查照片.jpg", photo)
    result = offices.take(county, offices.send(lg))
    assert result.taken.attachments == 1
    with county.read() as db:
        held = stored.attachments(db)
    assert [(a["name"], a["data"]) for a in held] == [("巡查照片.jpg", photo)]
    offices.take(lg, offices.send(county, LG))  # the county confirms it holds the photo
    assert offices.take(county, offices.send(lg)).taken.attachments == 0
    with pytest.raises(Exception, match="超过上限"):
        packages.attach(lg, LG_TASK, LG, "2022-10", "原图.jpg", bytes(packages.MAX_ATTACHMENT + 1))


def test_the_receipt_names_each_package_its_check_code_and_verdict(offices, tmp_path, poppler):
    lg = offices.set_up(LG)
    offices.report(lg, LG, LG_TASK, "2022-10", "巡查 4 次")
    good = offices.send(lg)
    broken = tmp_path / "broken.qspkg"
    broken.write_bytes(good.read_bytes()[:-40])
    results = offices.take(offices.county, good, broken)
    pdf = tmp_path / "回执.pdf"
    write_receipt_pdf(results, pdf, office="县环委会办公室", fingerprint=packages.identity(offices.county).fingerprint)
    text = poppler.flat(pdf)
    assert "数据包导入回执" in text
    assert results[0].check_code.replace("-", "") in text.replace("-", "")
    assert "已接收1个" in text and "未导入1个" in text
    with offices.county.read() as db:
        (receipt,) = stored.receipts(db)  # the accepted one is recorded with its check code
    assert receipt["check_code"] == results[0].check_code and receipt["sender"] == LG


def test_a_unit_whose_pc_was_replaced_gets_a_new_setup_and_the_old_pc_is_locked_out(offices, tmp_path):
    from qs_desktop.exchange.packages import export_package, init_from_setup

    county = offices.county
    old_pc = offices.set_up(LG)
    offices.report(old_pc, LG, LG_TASK, "2022-10", "巡查 4 次")
    offices.take(county, offices.send(old_pc))
    fresh = export_package(county, tmp_path / "新安装包.qspkg", LG, new_setup=True)
    assert fresh.kind == "setup"
    new_pc, _ = init_from_setup(tmp_path / "new-pc.sqlite", fresh.path)
    try:
        assert current(new_pc, LG_TASK, LG).progress == "巡查 4 次"  # what the county held comes along
        offices.report(new_pc, LG, LG_TASK, "2022-10", "巡查 6 次")
        assert offices.take(county, offices.send(new_pc)).verdict == "accepted"
        offices.report(old_pc, LG, LG_TASK, "2022-10", "旧电脑上的修改")
        late = offices.take(county, offices.send(old_pc))
        assert late.verdict == "refused" and "换用新安装包" in late.error
        assert current(county, LG_TASK, LG).progress == "巡查 6 次"
    finally:
        new_pc.close()


def test_a_task_taken_away_from_the_unit_stops_travelling_in_its_returns(offices):
    county = offices.county
    lg = offices.set_up(LG)
    offices.report(lg, LG, LG_TASK, "2022-10", "巡查 4 次")
    # the county re-imports the air plan with 县能源局 alone leading the task (as a replaced plan would)
    with county.write() as db:
        db.execute("DELETE FROM assignments WHERE task_id = ? AND unit_id = (SELECT id FROM units WHERE name = ?)",
                   [LG_TASK, LG])
    refused = offices.take(county, offices.send(lg))
    assert refused.verdict == "refused" and "不是任务 air-2022:16 的责任单位" in refused.error
    update = offices.take(lg, offices.send(county, LG))  # the update withdraws the task from the unit
    assert update.verdict == "accepted", update.error
    assert LG_TASK not in {t.id for t in list_tasks(lg, unit=LG)}
    assert offices.take(county, offices.send(lg)).verdict == "accepted"  # the unit is not stuck


def test_before_its_first_return_a_unit_takes_the_countys_next_batch_as_an_update(offices):
    """The county makes packages for every unit each month; a unit that has not sent anything yet
    gets another setup package, which its installation takes in as an update."""
    county = offices.county
    lg = offices.set_up(LG)
    set_due(county, GROUP_TASK, date(2022, 12, 15), "采暖期前完成")
    again = offices.send(county, LG)
    result = offices.take(lg, again)
    assert result.verdict == "accepted", result.error
    assert {t.id: t for t in list_tasks(lg)}[GROUP_TASK].due_override == date(2022, 12, 15)
