"""Files the app writes replace the old one whole, with ordinary permissions."""

from __future__ import annotations

import os
import stat

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
