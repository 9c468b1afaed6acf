"""The rules that keep a unit's reports in step between its installation and the county's."""

from __future__ import annotations

from qs_desktop.core import sync
from qs_desktop.core.sync import (
    ADOPT,
    APPLIED,
    BEHIND,
    CONFLICT,
    KEEP,
    SAME,
    STALE,
    UNCHANGED,
    check_code,
    content_hash,
    county_decision,
    unit_decision,
)

A, B, C, X = "hash-a", "hash-b", "hash-c", "hash-x"


def content(progress, quantity=None):
    return {"status": "in_progress", "progress": progress, "quantity": quantity, "problems": "", "next_steps": ""}


def test_a_report_the_county_never_had_is_taken_whole():
    assert county_decision(None, None, 0, None, [A, B], ()) == (APPLIED, 0)


def test_what_the_county_already_holds_changes_nothing():
    assert county_decision(2, B, 1, A, [A, B], ()) == (UNCHANGED, 2)


def test_only_the_versions_after_the_one_the_county_holds_are_saved():
    # the county took A from an earlier package that was lost on the way back
    assert county_decision(1, A, 0, None, [A, B, C], ()) == (APPLIED, 1)


def test_a_revision_on_what_the_county_still_holds_is_applied():
    # the unit revised version 3 (e.g. after a return); the county has not changed it since
    assert county_decision(3, A, 3, A, [B], ()) == (APPLIED, 0)


def test_both_sides_changed_it_since_the_base_is_a_conflict():
    assert county_decision(4, X, 3, A, [B], ()) == (CONFLICT, 1)


def test_the_county_changed_it_and_the_unit_did_not_is_stale_not_a_conflict():
    # (the unit sent A, then B, then went back to A)
    assert county_decision(4, X, 3, A, [B, A], ()) == (STALE, 2)


def test_a_conflict_already_recorded_or_decided_is_not_raised_again():
    assert county_decision(4, X, 3, A, [C, B], {B}) == (UNCHANGED, 2)
    assert county_decision(4, X, 3, A, [B, C], {B}) == (CONFLICT, 2)


def test_the_unit_takes_a_report_it_does_not_have():
    assert unit_decision(None, set(), None, X, ()) == ADOPT


def test_same_content_on_both_sides_takes_the_county_review_state():
    assert unit_decision(A, {A}, A, A, ()) == SAME


def test_the_county_holding_an_earlier_version_of_ours_keeps_our_newer_one():
    assert unit_decision(B, {A, B}, None, A, ()) == BEHIND


def test_a_county_change_to_a_report_the_unit_left_alone_is_taken():
    assert unit_decision(A, {A}, A, X, ()) == ADOPT


def test_a_report_changed_here_and_there_is_kept_for_the_county_to_decide():
    assert unit_decision(B, {A, B}, A, X, ()) == KEEP


def test_a_version_the_coordinator_declined_gives_way_to_the_county():
    assert unit_decision(B, {A, B}, A, X, {B}) == ADOPT


def test_content_hash_ignores_the_type_of_a_whole_number_quantity():
    assert content_hash(sync.content_of(content("x", 120))) == content_hash(sync.content_of(content("x", 120.0)))
    assert content_hash(content("x", 120)) != content_hash(content("x", 121))
    assert content_hash(content("x")) != content_hash(content("y"))
    for field in ("status", "problems", "next_steps"):
        assert content_hash(content("x") | {field: "done"}) != content_hash(content("x")), field


def test_check_code_is_eight_unambiguous_characters_read_in_two_groups():
    code = check_code(b"package bytes")
    assert len(code) == 9 and code[4] == "-"
    assert not set(code) & set("ILOU")  # nothing to mishear over the phone
    assert code == check_code(b"package bytes")
    assert code != check_code(b"package bytez")


def test_fingerprint_groups_sixteen_hex_digits():
    fp = sync.fingerprint(bytes(32))
    assert len(fp.split(" ")) == 4 and all(len(g) == 4 for g in fp.split(" "))
    assert fp != sync.fingerprint(bytes(31) + b"\x01")
