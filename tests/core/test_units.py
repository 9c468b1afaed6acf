"""Unit names as issuers write them."""

from __future__ import annotations

from qs_desktop.core.units import join_wrapped, split_units

DIRECTORY = {"市生态环境局沁水分局", "晋城市生态局沁水分局", "县住建局", "县能源局", "县发改局"}


def known(name: str) -> bool:
    return name in DIRECTORY


def test_a_name_wrapped_onto_two_lines_is_rejoined():
    assert join_wrapped(split_units("晋城市生态局\n沁水分局"), known) == ["晋城市生态局沁水分局"]


def test_a_wrapped_name_after_other_units_is_rejoined_with_its_own_first_line():
    assert join_wrapped(split_units("县住建局、县能源局\n晋城市生态局\n沁水分局"), known) == [
        "县住建局", "县能源局", "晋城市生态局沁水分局"]


def test_units_on_separate_lines_stay_separate():
    assert join_wrapped(split_units("县住建局\n县能源局\n县发改局"), known) == ["县住建局", "县能源局", "县发改局"]


def test_a_known_unit_is_never_glued_to_its_neighbour():
    assert join_wrapped(["县住建局", "县能源局"], lambda n: n in DIRECTORY | {"县住建局县能源局"}) == ["县住建局", "县能源局"]


def test_unknown_pieces_that_do_not_make_a_known_name_stay_as_written():
    assert join_wrapped(["某某公司", "第一分厂"], known) == ["某某公司", "第一分厂"]
    assert join_wrapped([], known) == []
