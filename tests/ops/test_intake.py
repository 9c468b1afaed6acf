"""Taking in reports from outside: a stale entry never replaces what the ledger holds now."""

from __future__ import annotations

import pytest

from qs_desktop.core.errors import BusyError
from qs_desktop.ops import review
from qs_desktop.ops.forms import ImportedFile, imported_file
from qs_desktop.ops.intake import Batch, Incoming, judge, take_in
from qs_desktop.ops.reports import ReportInput, list_reports, save_report

ECO = "市生态环境局沁水分局"
P = "2022-09"


def _entry(task="air-2022:6", text="已安装 12 家", *, row=5, base=0, state="", source="xlsx-form:A",
           unit=ECO, status="in_progress"):
    return Incoming(row, ReportInput(task, unit, P, status, text, source=source), base, state)


def _current(store, task="air-2022:6"):
    (r,) = list_reports(store, task_id=task, unit=ECO, period=P)
    return r


def test_new_entry_is_saved_and_the_file_remembered(store):
    result = take_in(store, [Batch([_entry()], ImportedFile("f1", "a.xlsx"))])
    assert [v.kind for v in result.of("new")] == ["new"]
    assert (_current(store).version, _current(store).state) == (1, "submitted")
    assert imported_file(store, "f1") is not None
    assert result.changes.tasks == {"air-2022:6"}


def test_return_revision_approval_then_the_old_entry_changes_nothing_and_says_why(store):
    take_in(store, [Batch([_entry(text="部分单位已安装", source="xlsx-form:A")])])
    review.return_report(store, "air-2022:6", ECO, P, "请列明已安装单位数量")
    # the next form was issued on version 1 (returned); the clerk revises it
    take_in(store, [Batch([_entry(text="已安装 12 家", base=1, state="returned", source="xlsx-form:B")])])
    review.approve(store, "air-2022:6", ECO, P)
    # the first form, sent again with its original base (no report yet)
    old = _entry(text="部分单位已安装 另补一句", row=12, base=0, source="xlsx-form:A")
    result = take_in(store, [Batch([old])])
    (stale,) = result.of("stale")
    assert stale.message == "第 12 行：此任务在填报表下发后已有第 2 版（已通过），本行未导入"
    now = _current(store)
    assert (now.version, now.state, now.progress) == (2, "approved", "已安装 12 家")
    assert not result.changes.tasks


def test_a_review_after_issue_makes_the_row_stale_even_at_the_same_version(store):
    save_report(store, ReportInput("air-2022:6", ECO, P, "in_progress", "部分单位已安装", source="gui"))
    entry = _entry(text="改写的内容", base=1, state="submitted", source="xlsx-form:C")
    review.approve(store, "air-2022:6", ECO, P)
    (verdict,) = judge(store, [entry])
    assert verdict.kind == "stale"
    assert verdict.text == "此任务在填报表下发后第 1 版已审核（已通过），本行未导入"


def test_same_content_is_unchanged_whatever_its_state(store):
    take_in(store, [Batch([_entry(text="部分单位已安装")])])
    review.return_report(store, "air-2022:6", ECO, P, "请补充")
    result = take_in(store, [Batch([_entry(text="部分单位已安装")])])  # the same file again
    assert [v.kind for v in result.of("unchanged")] == ["unchanged"]
    assert (_current(store).version, _current(store).state) == (1, "returned")  # not resubmitted


def test_a_clerk_correcting_their_own_unreviewed_row_is_applied(store):
    take_in(store, [Batch([_entry(text="已安装 11 家")])])
    result = take_in(store, [Batch([_entry(text="已安装 12 家")])])  # same form, base still 0
    assert [v.kind for v in result.of("changed")] == ["changed"]
    assert (_current(store).version, _current(store).progress) == (2, "已安装 12 家")


def test_another_form_based_on_nothing_cannot_replace_a_report_it_never_saw(store):
    take_in(store, [Batch([_entry(text="已安装 11 家", source="xlsx-form:A")])])
    (verdict,) = judge(store, [_entry(text="别的内容", source="xlsx-form:OTHER")])
    assert verdict.kind == "stale"


def test_refused_rows_name_the_reason_and_the_rest_applies(store):
    entries = [
        _entry(row=5),
        _entry(task="air-2022:999", row=6),
        _entry(task="air-2022:10", row=7),  # 县住建局 / 各乡（镇）: not the bureau's task
        _entry(row=8),  # the same task twice in one file
    ]
    result = take_in(store, [Batch(entries)])
    assert [v.row for v in result.of("new")] == [5]
    refused = {v.row: v.text for v in result.of("refused")}
    assert "找不到任务" in refused[6]
    assert "不是任务 air-2022:10 的责任单位" in refused[7]
    assert refused[8] == "同一任务在本文件中出现了两次，本行未导入"


def test_two_files_in_one_intake_cannot_both_win(store):
    first = Batch([_entry(text="甲的内容", source="xlsx-form:A")])
    second = Batch([_entry(text="乙的内容", source="xlsx-form:B")])
    result = take_in(store, [first, second])
    assert [[v.kind for v in batch] for batch in result.verdicts] == [["new"], ["stale"]]
    assert _current(store).progress == "甲的内容"


def test_a_failed_intake_writes_nothing_of_any_batch(store, monkeypatch):
    from qs_desktop.ops import intake

    def busy(*_a, **_k):
        raise BusyError("数据库正被另一个程序使用")

    monkeypatch.setattr(intake, "remember_import", busy)
    with pytest.raises(BusyError):
        take_in(store, [Batch([_entry()], ImportedFile("f1", "a.xlsx")),
                        Batch([_entry(task="air-2022:2")], ImportedFile("f2", "b.xlsx"))])
    assert list_reports(store, unit=ECO, period=P) == []
    assert imported_file(store, "f1") is None
