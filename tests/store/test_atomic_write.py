"""Files the app writes replace the old one whole, with ordinary permissions."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from qs_desktop.core.errors import QsError
from qs_desktop.fsutil import atomic_write


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "台账.xlsx"
    target.write_bytes(b"good")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write(b"half")
        raise RuntimeError("power cut")
    assert target.read_bytes() == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["台账.xlsx"]


def test_new_file_gets_the_umask_permissions_not_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        with atomic_write(tmp_path / "out.pdf") as fh:
            fh.write(b"%PDF")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.pdf").stat().st_mode) == 0o644


def test_folder_that_is_a_file_is_a_plain_message(tmp_path):
    (tmp_path / "usb").write_text("not a folder")
    with pytest.raises(QsError, match="usb"), atomic_write(tmp_path / "usb" / "台账.pdf") as fh:
        fh.write(b"x")


def test_target_that_is_a_folder_asks_for_a_file_name_in_chinese(tmp_path):
    (tmp_path / "导出").mkdir()
    with pytest.raises(QsError) as caught, atomic_write(tmp_path / "导出") as fh:
        fh.write(b"x")
    assert "是一个文件夹" in caught.value.message and "directory" not in caught.value.message
    assert [p.name for p in tmp_path.iterdir()] == ["导出"] and not any((tmp_path / "导出").iterdir())


@pytest.mark.parametrize("given", ["", ".", ".."])
def test_a_path_without_a_file_name_is_refused_before_anything_is_written(tmp_path, monkeypatch, given):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(QsError, match="不是文件名"), atomic_write(given) as fh:
        fh.write(b"x")
    assert list(tmp_path.iterdir()) == []


def test_file_held_open_elsewhere_says_so(tmp_path, monkeypatch):
    """Windows refuses to replace a workbook open in WPS/Excel (PermissionError on rename)."""
    target = tmp_path / "台账.xlsx"
    target.write_bytes(b"good")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(QsError, match="WPS / Excel 中打开"), atomic_write(target) as fh:
        fh.write(b"new")
    assert target.read_bytes() == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["台账.xlsx"]


@pytest.mark.skipif(sys.platform != "linux", reason="elsewhere the umask is read once, at import")
def test_the_process_umask_is_honoured_without_being_changed(tmp_path, monkeypatch):
    """os.umask changes the mask for every thread at once (the database worker writes files too)."""
    old = os.umask(0o027)
    try:
        def forbidden(mask):
            raise AssertionError("fsutil must not change the process umask")

        monkeypatch.setattr(os, "umask", forbidden)
        with atomic_write(tmp_path / "out.pdf") as fh:
            fh.write(b"%PDF")
    finally:
        monkeypatch.undo()
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.pdf").stat().st_mode) == 0o640
