"""A plan's issuing details (文号, 印发日期, 印发单位): imported without them, given when the signed
notice arrives, corrected, printed on every ledger of the plan, and logged."""

from __future__ import annotations

from datetime import date

import pytest

from qs_desktop.core.errors import NotFound
from qs_desktop.ops.history import audit_log
from qs_desktop.ops.plans import set_plan_issue
from qs_desktop.ops.status import ledger_document


def test_details_given_later_print_on_each_ledger_of_the_plan(store):
    changes = set_plan_issue(store, "water-projects-2022", doc_no="沁政办发〔2022〕27 号（修订）",
                             issued_on=date(2022, 7, 20), reason="修订稿")
    assert changes.plans and "沁政办发〔2022〕27 号（修订）　沁水县人民政府办公室　2022年7月20日印发" in changes.summary
    for code in ("water-2022", "water-projects-2022"):  # one plan, two ledgers
        doc = ledger_document(store, code, date(2022, 10, 31))
        assert (doc.doc_no, doc.issued_on, doc.issuer) == ("沁政办发〔2022〕27 号（修订）", date(2022, 7, 20),
                                                           "沁水县人民政府办公室")
    (event,) = [e for e in audit_log(store) if e.action == "plan.issue"]
    assert event.entity_id == "water-2022" and event.note == "修订稿"
    assert event.old["issued_on"] == "2022-07-08" and event.new["issued_on"] == "2022-07-20"


def test_only_the_details_given_change_and_none_clears_the_date(store):
    set_plan_issue(store, "air-2022", issued_on=None)
    doc = ledger_document(store, "air-2022", date(2022, 10, 31))
    assert (doc.doc_no, doc.issued_on, doc.issuer) == ("沁政办发〔2022〕27 号", None, "沁水县人民政府办公室")


def test_nothing_to_change_writes_nothing(store):
    before = len(audit_log(store))
    assert set_plan_issue(store, "air-2022", issuer="沁水县人民政府办公室").summary == "计划的印发信息没有变化。"
    assert len(audit_log(store)) == before


def test_an_unknown_plan_is_named(store):
    with pytest.raises(NotFound, match="没有代码为“air-2030”的计划或台账"):
        set_plan_issue(store, "air-2030", doc_no="x")
