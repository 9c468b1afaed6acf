"""A unit's to-do list: what it still owes, why, and in which role."""

from __future__ import annotations

from datetime import date

import pytest

from qs_desktop.core.errors import InvalidInput
from qs_desktop.ops.plans import set_plan_reporting
from qs_desktop.ops.todo import todo

AS_OF = date(2022, 9, 6)  # August owed; the plans were issued 2022-07-08


def test_a_cooperating_unit_has_nothing_to_do_until_the_plan_asks_for_it(store):
    # soil-2022:1 is led by county bureaus; 开发区管委会 only cooperates.
    assert [i for i in todo(store, "开发区管委会", AS_OF) if i.task == "soil-2022:1"] == []
    set_plan_reporting(store, "soil-2022", cooperating_report=True, reason="配合单位也需报送")
    items = [i for i in todo(store, "开发区管委会", AS_OF) if i.task == "soil-2022:1"]
    assert [(i.period, i.state, i.role) for i in items] == [("2022-07", "unreported", "cooperating"),
                                                           ("2022-08", "unreported", "cooperating")]
    assert items[0].to_json()["role_label"] == "配合"
    assert items[0].label.startswith("土壤污染防治 1 ")


def test_a_group_has_no_list_of_its_own(store):
    with pytest.raises(InvalidInput, match="单位组"):
        todo(store, "各乡（镇）人民政府", AS_OF)


def test_nothing_is_owed_before_the_plans_were_issued(store):
    assert todo(store, "嘉峰镇", date(2022, 8, 5)) == []  # 2022-06 is owed, before 2022-07
