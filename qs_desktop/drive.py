"""Where the database file lives: a local disk, a network share or a removable drive.

SQLite's locking and fsync cannot be trusted on network file systems, and a USB stick
pulled out mid-write loses the last changes, so the app warns about both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS = ("nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs", "ceph",
              "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "fuse.rclone", "fuse.gvfsd-fuse")
REMOVABLE_ROOTS = ("/media/", "/run/media/")
_DRIVE_REMOVABLE, _DRIVE_REMOTE = 2, 4  # GetDriveTypeW


def drive_kind(path: Path, mountinfo: str | None = None) -> str:
    """'network', 'removable' or 'local' ('local' also when it cannot be told)."""
    path = Path(os.path.abspath(path))
    if sys.platform == "win32":
        return _windows_kind(path)
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "local"
    mount = _mount_of(path, mountinfo)
    if mount is None:
        return "local"
    point, fstype = mount
    if fstype in NETWORK_FS or fstype.startswith(("nfs", "fuse.sshfs")):
        return "network"
    if any((point + "/").startswith(root) for root in REMOVABLE_ROOTS):
        return "removable"
    return "local"


def storage_warning(path: Path, mountinfo: str | None = None) -> str | None:
    """A Chinese warning when the database should not be used where it is, else None."""
    kind = drive_kind(path, mountinfo)
    if kind == "network":
        return (
            f"数据库位于网络共享文件夹（{path}）。在网络盘上 SQLite 无法可靠加锁和写盘，多人同时使用可能损坏台账。"
            "建议把它复制到本机硬盘后再使用（qs-ledger backup -o 本机路径）。"
        )
    if kind == "removable":
        return (
            f"数据库位于 U 盘或移动硬盘上（{path}）。拔出或断电时可能丢失最近的修改甚至损坏台账。"
            "建议复制到本机硬盘使用，U 盘只用来传递备份。"
        )
    return None


def _mount_of(path: Path, mountinfo: str) -> tuple[str, str] | None:
    """(mount point, file system type) of the deepest mount containing `path`."""
    best: tuple[str, str] | None = None
    target = path.as_posix()
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields or len(fields) < 5:
            continue
        point = _unescape(fields[4])
        fstype = fields[fields.index("-") + 1]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, fstype)
    return best


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _windows_kind(path: Path) -> str:
    text = str(path)
    if text.startswith("\\\\") and not text.startswith("\\\\?\\"):
        return "network"  # UNC path: \\server\share
    import ctypes

    root = os.path.splitdrive(text)[0] + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))
    return {_DRIVE_REMOTE: "network", _DRIVE_REMOVABLE: "removable"}.get(kind, "local")
