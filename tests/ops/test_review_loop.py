"""Reports, the review loop, closing, due-date changes and alerts through the ops layer."""

from __future__ import annotations

from datetime import date

import pytest

from qs_desktop.core.errors import InvalidInput, NotFound
from qs_desktop.ops import review
from qs_desktop.ops.catalog import list_tasks
from qs_desktop.ops.history import task_history
from qs_desktop.ops.reports import ReportInput, list_reports, save_report
from qs_desktop.ops.status import task_statuses

ECO = "市生态环境局沁水分局"
AS_OF = date(2022, 11, 15)


def _alerts(store, ledger="air-2022", as_of=AS_OF) -> dict[int, tuple[str, ...]]:
    return {s.task.seq: s.alerts for s in task_statuses(store, list_tasks(store, ledger=ledger), as_of)}


def test_air_ledger_overdue_as_of_2022_11_15(store):
    overdue = sorted(seq for seq, alerts in _alerts(store).items() if "overdue" in alerts)
    assert overdue == [2, 6, 20, 21, 27]


def test_window_row_26_is_may_to_september(store):
    (st,) = [s for s in task_statuses(store, list_tasks(store, ledger="air-2022"), AS_OF) if s.task.seq == 26]
    assert (st.schedule.kind, st.schedule.start, st.schedule.end) == ("window", date(2022, 5, 1), date(2022, 9, 30))


def test_approved_done_clears_overdue_but_submitted_does_not(store):
    save_report(store, ReportInput("air-2022:20", ECO, "2022-05", "done", "完成锅炉摸底排查，建立台账"))
    assert "overdue" in _alerts(store)[20]
    review.approve(store, "air-2022:20", ECO, "2022-05")
    assert "overdue" not in _alerts(store)[20]


def test_returned_report_shows_reason_and_revision_resubmits(store):
    save_report(store, ReportInput("air-2022:6", ECO, "2022-09", "in_progress", "部分单位已安装"))
    review.return_report(store, "air-2022:6", ECO, "2022-09", "请列明已安装单位数量")
    (r,) = list_reports(store, task_id="air-2022:6")
    assert (r.state, r.review_comment) == ("returned", "请列明已安装单位数量")
    save_report(store, ReportInput("air-2022:6", ECO, "2022-09", "in_progress", "已安装 12 家"))
    (r,) = list_reports(store, task_id="air-2022:6")
    assert (r.state, r.version, r.progress) == ("submitted", 2, "已安装 12 家")


def test_history_keeps_every_version(store):
    for text in ("第一稿", "第二稿", "第三稿"):
        save_report(store, ReportInput("air-2022:2", ECO, "2022-10", "in_progress", text))
    saves = [e for e in task_history(store, "air-2022:2") if e.action == "report.save"]
    assert [e.new["progress"] for e in saves] == ["第一稿", "第二稿", "第三稿"]
    assert [e.old["progress"] if e.old else None for e in saves] == [None, "第一稿", "第二稿"]


def test_group_member_can_report_but_unassigned_unit_cannot(store):
    # air row 10: 各乡（镇）人民政府 — 嘉峰镇 reports through the group.
    save_report(store, ReportInput("air-2022:10", "嘉峰镇", "2022-10", "ongoing", "完成裸地排查 6 处"))
    assert list_reports(store, task_id="air-2022:10")[0].unit == "嘉峰镇人民政府"
    with pytest.raises(InvalidInput, match="不是任务"):
        save_report(store, ReportInput("air-2022:2", "嘉峰镇", "2022-10", "done", "x"))


def test_a_group_reports_only_through_its_members(store):
    """各乡（镇）人民政府 is assigned to air row 10, but a report must say which township did the work."""
    with pytest.raises(InvalidInput, match="是单位组，不能直接填报"):
        save_report(store, ReportInput("air-2022:10", "各乡（镇）人民政府", "2022-10", "ongoing", "汇总"))
    assert list_reports(store, task_id="air-2022:10") == []


def test_close_needs_approved_done_and_can_be_undone(store):
    with pytest.raises(InvalidInput, match="已完成"):
        review.close_task(store, "air-2022:21")
    save_report(store, ReportInput("air-2022:21", ECO, "2022-09", "done", "全部整改完毕"))
    review.approve(store, "air-2022:21", ECO, "2022-09")
    review.close_task(store, "air-2022:21", "验收合格")
    assert _alerts(store)[21] == ()
    with pytest.raises(InvalidInput):
        save_report(store, ReportInput("air-2022:21", ECO, "2022-10", "done", "x"))
    with pytest.raises(InvalidInput, match="原因"):
        review.reopen_task(store, "air-2022:21", "")
    review.reopen_task(store, "air-2022:21", "复查发现问题")
    assert [e.action for e in task_history(store, "air-2022:21")][-2:] == ["task.close", "task.reopen"]


def test_due_date_extension_clears_overdue_and_keeps_phrase(store):
    review.set_due(store, "air-2022:27", date(2022, 12, 31), "市局统一延期")
    st = {s.task.seq: s for s in task_statuses(store, list_tasks(store, ledger="air-2022"), AS_OF)}[27]
    assert "overdue" not in st.alerts
    assert st.task.deadline == "2022 年 9 月底前" and st.task.due_override == date(2022, 12, 31)
    (event,) = [e for e in task_history(store, "air-2022:27") if e.action == "task.due"]
    assert event.new == {"due_override": "2022-12-31", "reason": "市局统一延期"}


def _unreported(store, task_id, as_of):
    (st,) = task_statuses(store, list_tasks(store, ledger=task_id.split(":")[0]), as_of)[int(task_id.split(":")[1]) - 1:][:1]
    assert st.task.id == task_id
    return st.assessment.unreported_units


def test_unreported_follows_the_report_day(store):
    # Reports for October are due by 5 November: on the 5th September is the period due, on the 6th October.
    # air-2022:1 has five lead units; 县发改局's report clears only 县发改局.
    assert "县发改局" in _unreported(store, "air-2022:1", date(2022, 11, 6))
    save_report(store, ReportInput("air-2022:1", "县发改局", "2022-10", "ongoing", "严格审批，无新上两高项目"))
    assert "县发改局" in _unreported(store, "air-2022:1", date(2022, 11, 5))  # September still owed
    assert _unreported(store, "air-2022:1", date(2022, 11, 6)) == ["县工信局", "县行政审批服务管理局", "县能源局",
                                                                   "市生态环境局沁水分局"]
    assert "unreported" in _alerts(store, as_of=date(2022, 11, 6))[1]
    assert "县发改局" in _unreported(store, "air-2022:1", date(2022, 12, 6))


def test_unknown_task_or_draft_review(store):
    with pytest.raises(NotFound):
        save_report(store, ReportInput("air-2022:99", ECO, "2022-10", "done", "x"))
    save_report(store, ReportInput("air-2022:2", ECO, "2022-10", "in_progress", "草稿", submit=False))
    with pytest.raises(InvalidInput, match="草稿"):
        review.approve(store, "air-2022:2", ECO, "2022-10")


def test_drafts_and_returned_reports_do_not_count_as_reported(store):
    as_of = date(2022, 11, 6)  # October is owed
    save_report(store, ReportInput("air-2022:1", "县发改局", "2022-10", "ongoing", "草拟中", submit=False))
    assert "县发改局" in _unreported(store, "air-2022:1", as_of)
    save_report(store, ReportInput("air-2022:1", "县发改局", "2022-10", "ongoing", "严格审批"))
    assert "县发改局" not in _unreported(store, "air-2022:1", as_of)
    review.return_report(store, "air-2022:1", "县发改局", "2022-10", "请写明审批项目数")
    assert "县发改局" in _unreported(store, "air-2022:1", as_of)


def test_only_approved_reports_move_the_status(store):
    def status(seq: int) -> str:
        return {s.task.seq: s.status for s in task_statuses(store, list_tasks(store, ledger="air-2022"), AS_OF)}[seq]

    assert status(28) == "not_started"  # 秋冬季: a window, nothing reported yet; led by 县工信局 and ECO
    save_report(store, ReportInput("air-2022:28", ECO, "2022-10", "done", "应急减排清单已修订"))
    assert status(28) == "not_started"
    review.approve(store, "air-2022:28", ECO, "2022-10")
    assert status(28) == "in_progress"  # done for one unit of two: under way, not done (县工信局 has not reported)
    save_report(store, ReportInput("air-2022:28", "县工信局", "2022-10", "done", "企业减排措施已落实"))
    review.approve(store, "air-2022:28", "县工信局", "2022-10")
    assert status(28) == "done"


def test_a_return_needs_a_reason_and_a_refused_review_changes_nothing(store):
    save_report(store, ReportInput("air-2022:6", ECO, "2022-09", "in_progress", "部分单位已安装"))
    before = task_history(store, "air-2022:6")
    with pytest.raises(InvalidInput, match="退回原因"):
        review.return_report(store, "air-2022:6", ECO, "2022-09", "  ")
    (r,) = list_reports(store, task_id="air-2022:6")
    assert (r.state, r.review_comment) == ("submitted", "")
    assert task_history(store, "air-2022:6") == before


def test_close_and_reopen_are_audited_with_actor_and_values(store):
    save_report(store, ReportInput("air-2022:21", ECO, "2022-09", "done", "全部整改完毕"))
    review.approve(store, "air-2022:21", ECO, "2022-09")
    review.close_task(store, "air-2022:21", "验收合格")
    review.reopen_task(store, "air-2022:21", "复查发现问题")
    close, reopen = [e for e in task_history(store, "air-2022:21") if e.entity == "task"]
    assert {close.actor, reopen.actor} == {"县环委会办公室"}
    assert (close.note, reopen.note) == ("验收合格", "复查发现问题")
    assert close.old["closed_at"] is None and close.new["closed_at"]
    assert reopen.old["closed_at"] == close.new["closed_at"] and reopen.new["closed_at"] is None


def test_a_report_records_who_entered_it_and_keeps_its_first_time(store):
    save_report(store, ReportInput("air-2022:6", ECO, "2022-09", "in_progress", "部分单位已安装"))
    (first,) = list_reports(store, task_id="air-2022:6")
    store.actor = "市生态环境局沁水分局"
    save_report(store, ReportInput("air-2022:6", ECO, "2022-09", "in_progress", "已安装 12 家"))
    (revised,) = list_reports(store, task_id="air-2022:6")
    assert (first.reporter, revised.reporter) == ("县环委会办公室", "市生态环境局沁水分局")
    assert revised.created_at == first.created_at and revised.updated_at >= first.updated_at
    assert [e.actor for e in task_history(store, "air-2022:6")] == ["县环委会办公室", "市生态环境局沁水分局"]
