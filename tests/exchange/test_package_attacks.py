"""Packages that must be refused with a plain message, leaving the receiving database exactly as it was."""

from __future__ import annotations

import io
import shutil
import zipfile

import pytest

from qs_desktop.exchange import envelope
from qs_desktop.exchange.packages import describe
from qs_desktop.ops.office import set_office
from qs_desktop.ops.setup import open_ledger
from tests.packages_kit import forge, seal_raw

LG, ZJ = "龙港镇人民政府", "县住建局"
LG_TASK, ZJ_TASK = "air-2022:16", "air-2022:7"


@pytest.fixture
def lg(offices):
    """龙港镇, enrolled: its first return has been taken in by the county."""
    unit = offices.set_up(LG)
    offices.take(offices.county, offices.send(unit))
    offices.report(unit, LG, LG_TASK, "2022-10", "巡查 4 次")
    return unit


def refused(offices, store, path, digest, match: str) -> str:
    before = digest(store.path)
    result = offices.take(store, path)
    assert result.verdict == "refused", describe(result)
    assert match in result.error
    assert "Traceback" not in result.error
    assert digest(store.path) == before
    return result.error


def test_one_flipped_byte_anywhere_in_the_payload(offices, lg, digest):
    sent = offices.send(lg)
    raw = bytearray(sent.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    sent.write_bytes(bytes(raw))
    refused(offices, offices.county, sent, digest, "签名与内容不符")


def test_a_flipped_byte_in_the_signer_key_makes_an_unknown_signer(offices, lg, digest):
    sent = offices.send(lg)
    raw = bytearray(sent.read_bytes())
    raw[len(envelope.MAGIC) + 3] ^= 0x80
    sent.write_bytes(bytes(raw))
    refused(offices, offices.county, sent, digest, "签名与内容不符")


def test_a_truncated_file(offices, lg, digest):
    sent = offices.send(lg)
    whole = sent.read_bytes()
    sent.write_bytes(whole[: len(whole) - 300])
    refused(offices, offices.county, sent, digest, "签名与内容不符")
    sent.write_bytes(whole[:100])
    refused(offices, offices.county, sent, digest, "不完整")


def test_not_a_package_at_all(offices, digest, tmp_path):
    other = tmp_path / "表格.qspkg"
    other.write_bytes(b"PK\x03\x04 a spreadsheet renamed")
    refused(offices, offices.county, other, digest, "不是台账数据包")


def test_a_package_relabelled_as_another_unit(offices, lg, digest):
    offices.set_up(ZJ)

    def as_zj(manifest, data):
        manifest["from"] = data["unit"] = ZJ

    path = offices.folder / "relabelled.qspkg"
    path.write_bytes(forge(lg, as_zj))
    error = refused(offices, offices.county, path, digest, "签名属于")
    assert ZJ in error and LG in error


def another_county(tmp_path, pristine):
    """Another county's installation of the app: the same built-in plans, its own key."""
    path = tmp_path / "other-county.sqlite"
    shutil.copy(pristine, path)
    return open_ledger(path)


def test_a_package_from_a_unit_of_another_county(offices, digest, tmp_path, _built_once):
    other = another_county(tmp_path, _built_once)
    try:
        set_office(other, "县环委会办公室")
        theirs = offices.set_up(LG, county=other)  # 龙港镇 as another county's installation sees it
        offices.report(theirs, LG, LG_TASK, "2022-10", "巡查 4 次")
        refused(offices, offices.county, offices.send(theirs), digest, "未在本机登记")
    finally:
        other.close()


def test_a_replayed_older_package_never_rolls_back_newer_data(offices, lg, digest):
    older = offices.send(lg)
    offices.report(lg, LG, LG_TASK, "2022-10", "巡查 6 次，整改 2 处")
    newer = offices.send(lg)
    assert offices.take(offices.county, newer).verdict == "accepted"
    refused(offices, offices.county, older, digest, "较早的数据包")


def test_a_report_on_a_task_the_unit_does_not_own(offices, lg, digest):
    def add_zj_task(manifest, data):
        entry = dict(data["reports"][0], task_id=ZJ_TASK)
        data["reports"].append(entry)

    path = offices.folder / "overreach.qspkg"
    path.write_bytes(forge(lg, add_zj_task))
    error = refused(offices, offices.county, path, digest, "不是任务 air-2022:7 的责任单位")
    assert "整包未导入" in error


def test_an_update_for_another_unit_is_refused_by_this_unit(offices, lg, digest):
    zj = offices.set_up(ZJ)
    offices.take(offices.county, offices.send(zj))
    for_zj = offices.send(offices.county, ZJ)
    refused(offices, lg, for_zj, digest, "不是发给本机")


def test_a_return_package_taken_to_another_county_is_refused_there(offices, lg, digest, tmp_path, _built_once):
    other = another_county(tmp_path, _built_once)
    try:
        refused(offices, other, offices.send(lg), digest, "未在本机登记")
    finally:
        other.close()


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)
    return buf.getvalue()


def test_a_signed_zip_with_dot_dot_names_is_refused_and_nothing_is_extracted(offices, lg, digest):
    payload = _zip({"manifest.json": b"{}", "data.json": b"{}", "../../evil.txt": b"owned"})
    path = offices.folder / "evil.qspkg"
    path.write_bytes(seal_raw(lg, payload))
    refused(offices, offices.county, path, digest, "不允许的文件名“../../evil.txt”")
    assert not (offices.folder.parent / "evil.txt").exists()
    assert not (offices.folder.parent.parent / "evil.txt").exists()


@pytest.mark.parametrize("name", ["/etc/passwd", "attachments/../data.json", "C:\\x.json", "attachments/photo.jpg"])
def test_member_names_outside_the_fixed_set_are_refused(offices, lg, digest, name):
    payload = _zip({"manifest.json": b"{}", "data.json": b"{}", name: b"x"})
    path = offices.folder / "names.qspkg"
    path.write_bytes(seal_raw(lg, payload))
    refused(offices, offices.county, path, digest, "不允许的文件名")


def test_oversized_members_are_refused_before_they_are_read(offices, lg, digest):
    big = bytes(envelope.MAX_ATTACHMENT + 1)  # zeros: a few KB once compressed
    sha = "0" * 64
    payload = _zip({"manifest.json": b"{}", "data.json": b"{}", f"attachments/{sha}": big})
    assert len(payload) < 64 * 1024
    path = offices.folder / "big.qspkg"
    path.write_bytes(seal_raw(lg, payload))
    refused(offices, offices.county, path, digest, "超过上限")


def test_too_many_members_are_refused(offices, lg, digest):
    members = {"manifest.json": b"{}", "data.json": b"{}"}
    members |= {f"attachments/{i:064x}": b"" for i in range(envelope.MAX_MEMBERS)}
    path = offices.folder / "many.qspkg"
    path.write_bytes(seal_raw(lg, _zip(members)))
    refused(offices, offices.county, path, digest, "超过上限")


def test_a_package_made_here_is_skipped_here(offices, lg, digest):
    mine = offices.send(lg)
    before = digest(lg.path)
    result = offices.take(lg, mine)
    assert result.verdict == "skipped" and "本机自己制作" in result.error
    assert digest(lg.path) == before


def test_an_older_update_never_takes_back_an_approval_on_the_unit(offices, lg, digest):
    from qs_desktop.ops.reports import list_reports
    from qs_desktop.ops.review import approve, return_report

    county = offices.county
    offices.take(county, offices.send(lg))
    return_report(county, LG_TASK, LG, "2022-10", "请补充巡查记录")
    returned = offices.send(county, LG)
    approve(county, LG_TASK, LG, "2022-10")  # the coordinator changed her mind after a phone call
    approved = offices.send(county, LG)
    assert offices.take(lg, approved).verdict == "accepted"
    refused(offices, lg, returned, digest, "较早的数据包")
    assert list_reports(lg, task_id=LG_TASK, unit=LG)[0].state == "approved"
