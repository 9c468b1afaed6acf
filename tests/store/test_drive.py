"""Warnings for a database on a network share or a removable drive (Linux mountinfo parsing)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from qs_desktop.drive import drive_kind, storage_warning

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="parses Linux mountinfo")

MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 27 0:45 / /srv/share rw,relatime shared:20 - cifs //fileserver/环保 rw,vers=3.0
41 27 0:46 / /home/kezhang/nfs rw,relatime - nfs4 server:/export rw
42 27 0:47 / /home/kezhang/remote rw,nosuid - fuse.sshfs kz@host:/data rw
43 27 8:17 / /media/kezhang/KINGSTON rw,nosuid shared:30 - vfat /dev/sdb1 rw
44 27 8:33 / /run/media/kezhang/My\\040Disk rw,nosuid - exfat /dev/sdc1 rw
45 40 8:2 / /srv/share/local rw - ext4 /dev/sda2 rw
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/kezhang/台账/ledger.sqlite", "local"),
        ("/srv/share/ledger.sqlite", "network"),
        ("/home/kezhang/nfs/ledger.sqlite", "network"),
        ("/home/kezhang/remote/a/b.sqlite", "network"),
        ("/media/kezhang/KINGSTON/ledger.sqlite", "removable"),
        ("/run/media/kezhang/My Disk/ledger.sqlite", "removable"),
        ("/srv/share/local/ledger.sqlite", "local"),  # the deepest mount decides
        ("/srv/shared/ledger.sqlite", "local"),  # a name that merely starts like a mount point
    ],
)
def test_drive_kind_from_mountinfo(path, kind):
    assert drive_kind(Path(path), MOUNTINFO) == kind


def test_warnings_are_plain_chinese_and_only_when_needed():
    assert storage_warning(Path("/home/kezhang/ledger.sqlite"), MOUNTINFO) is None
    assert "网络" in storage_warning(Path("/srv/share/ledger.sqlite"), MOUNTINFO)
    assert "U 盘" in storage_warning(Path("/media/kezhang/KINGSTON/ledger.sqlite"), MOUNTINFO)


def test_this_machines_temp_folder_is_not_flagged(tmp_path):
    assert storage_warning(tmp_path / "ledger.sqlite") is None
