"""Quantities toward a numeric target: how offices write them, and what is refused."""

from __future__ import annotations

import pytest

from qs_desktop.core.errors import InvalidInput
from qs_desktop.core.quantity import (
    Quantity,
    check_against_target,
    format_quantity,
    parse_quantity,
    progress_note,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("120", Quantity(120, "")),
        ("120个", Quantity(120, "个")),
        ("１２０ 个", Quantity(120, "个")),
        ("23％", Quantity(23, "%")),
        ("2.5万吨", Quantity(2.5, "万吨")),
        ("1,200", Quantity(1200, "")),
    ],
)
def test_numbers_as_offices_write_them(text, expected):
    assert parse_quantity(text) == expected


@pytest.mark.parametrize("text", ["十二", "-3", "", "约 100", "100-120"])
def test_not_a_quantity(text):
    with pytest.raises(InvalidInput, match="无法识别，请填写不小于 0 的数字"):
        parse_quantity(text)


def test_unit_must_match_the_target_and_is_never_converted():
    assert check_against_target(Quantity(120, ""), 300, "个", "t") == 120
    assert check_against_target(Quantity(120, "个"), 300, "个", "t") == 120
    with pytest.raises(InvalidInput, match="“吨”与任务 t 的目标单位“个”不一致"):
        check_against_target(Quantity(120, "吨"), 300, "个", "t")
    with pytest.raises(InvalidInput, match="没有数量目标"):
        check_against_target(Quantity(1, ""), None, "", "t")


def test_progress_note():
    assert progress_note(120, 300, "个") == "完成 120/300 个"
    assert progress_note(18.5, 23, "%") == "完成 18.5/23%"
    assert progress_note(None, 300, "个") == ""


@pytest.mark.parametrize(("value", "unit", "expected"), [
    (40, "%", "40%"),  # against a target of 70 %: what the clerk typed
    (120, "个", "120 个"),
    (2.5, "万吨", "2.5 万吨"),
    (1234567, "吨", "1234567 吨"),  # no 1.23457e+06 on a form
    (0.35, "％", "0.35%"),  # the target's unit as parse_quantity reads it
    (12, "", "12"),
])
def test_a_stored_quantity_is_shown_with_its_unit_and_reads_back_the_same(value, unit, expected):
    shown = format_quantity(value, unit)
    assert shown == expected
    assert check_against_target(parse_quantity(shown), 100, unit, "air-2022:1") == value
