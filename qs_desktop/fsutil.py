"""File writing that never leaves a half-written file in place of a good one.

Every file the app writes (exports, backups, screenshots) goes to a temp file beside
the target and is renamed into place, and only after `check_target` has accepted the
target: never the open ledger, its journal or its backups, and never a device, a pipe
or anything else that is not a regular file — checked with `stat`, without opening it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from .core.errors import QsError, StorageFull

SIDECARS = ("-journal", "-wal", "-shm")
BACKUP_DIR = "backups"
STALE_AFTER_S = 24 * 3600  # no write of ours takes a day: an older temp file is debris even if its PID was reused
# `.<target name>.<pid>.<mkstemp's 8 characters>.tmp`, and SQLite's journal of such a file.
_TEMP = re.compile(r"^\..+\.(?P<pid>\d+)\.[a-z0-9_]{8}\.tmp(?:-journal)?$")

_ledgers: set[str] = set()  # every ledger this process has opened (normalised real paths)
_ledgers_lock = threading.Lock()


def protect(ledger: Path) -> None:
    """Remember an opened ledger: no export or backup may be written over it, its journal or its backups."""
    with _ledgers_lock:
        _ledgers.add(_real(ledger))


def check_target(path: str | os.PathLike[str], *, backup: bool = False) -> Path:
    """The real path to write `path` to, or a `QsError` saying why it must not be written.

    `backup` allows a new name inside a ledger's backups folder (the app's own backups);
    nothing ever replaces an existing file there.
    """
    given = Path(path)
    if given.name in ("", ".", ".."):
        raise QsError(f"“{path}”不是文件名，请给出要写入的文件名。")
    target = Path(_real(given))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise as_user_error(exc, target) from exc
    if st is None:
        try:
            parent_ok = stat.S_ISDIR(os.stat(target.parent).st_mode)
        except OSError:
            parent_ok = False
        if not parent_ok:
            raise QsError(f"无法写入“{given}”：文件夹“{target.parent}”不存在或不是文件夹。")
    elif stat.S_ISDIR(st.st_mode):
        raise QsError(f"“{given}”是一个文件夹，请给出要写入的文件名。")
    elif not stat.S_ISREG(st.st_mode):
        raise QsError(f"“{given}”不是普通文件（是设备、管道或套接字），不能写入，请换一个文件名。")
    with _ledgers_lock:
        ledgers = sorted(_ledgers)
    for ledger in ledgers:
        ledger_path = Path(ledger)
        if any(_same(target, st, Path(ledger + side)) for side in ("", *SIDECARS)):
            raise QsError(f"“{given}”是正在使用的台账数据库（或它的日志文件），不能把导出或备份写在它上面，请换一个文件名。")
        backups = ledger_path.parent / BACKUP_DIR
        if _same(target.parent, None, backups) and (st is not None or not backup):
            raise QsError(f"“{given}”在台账的备份文件夹里，不能把导出写在那里，以免覆盖备份。请换一个文件夹。")
    return target


def ensure_folder(folder: Path) -> Path:
    """Create a folder the user named for several files (or the backups folder); plain message on failure."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise as_user_error(exc, folder) from exc
    return folder


def _real(path: Path) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(os.path.expanduser(path))))


def _same(path: Path, st: os.stat_result | None, other: Path) -> bool:
    """Same file by real path, or by device and inode (hard links)."""
    if _real(path) == _real(other):
        return True
    try:
        a = st if st is not None else os.stat(path)
        b = os.stat(other)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino) and a.st_ino != 0


def temp_beside(target: Path) -> tuple[int, str]:
    """A temp file in `target`'s folder (so the final rename is atomic), named after this process
    (so a later start can tell a leftover from a live write), with a normal file's permissions."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
    with contextlib.suppress(OSError):  # mkstemp's files are owner-only; Windows ignores modes
        os.chmod(tmp, 0o666 & ~_umask())
    return fd, tmp


def _umask() -> int:
    """The process umask without changing it (os.umask would, for every thread at once).

    Linux reports it in /proc; elsewhere it is the value read once at import, before any thread starts.
    """
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii", errors="replace") as fh:
        for line in fh:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return _UMASK_AT_START


def _read_umask_once() -> int:
    if sys.platform == "win32":
        return 0o022
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK_AT_START = _read_umask_once()


def remove_stale_temps(folder: Path, now: float | None = None) -> list[Path]:
    """Delete leftover temp files of our own naming in `folder` (a killed export or backup).

    A file is left alone while the process that named it still runs, unless it is a day old.
    """
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _TEMP.match(entry.name)
        if not m:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
            pid = int(m["pid"])
            if pid == os.getpid() or (age < STALE_AFTER_S and _running(pid)):
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _running(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: someone else's process
        return True
    return True


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb") -> Iterator:
    """Write to a temp file in the target folder, fsync, then rename it into place.

    On any failure the temp file is removed and the previous file (if any) is untouched.
    Disk-full and permission errors become `QsError`s with a Chinese message.
    """
    target = check_target(path)
    try:
        fd, tmp = temp_beside(target)
    except OSError as exc:
        raise as_user_error(exc, target) from exc
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise as_user_error(exc, target) from exc
        raise


def as_user_error(exc: OSError, target: Path) -> QsError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return StorageFull(f"磁盘空间不足，未能写入“{target.name}”；原有文件未受影响。", details=str(exc))
    held_elsewhere = target.exists() and os.access(target.parent, os.W_OK)
    if exc.errno == errno.EROFS or (exc.errno in (errno.EACCES, errno.EPERM) and not held_elsewhere):
        return QsError(f"无法写入“{target}”：所在位置只读（或没有写入权限）。请换一个文件夹。原有文件未受影响。",
                       details=str(exc))
    if exc.errno in (errno.EACCES, errno.EPERM):
        # On Windows a file open in WPS/Excel cannot be replaced: the commonest cause in an office.
        return QsError(
            f"无法写入“{target}”：文件可能正在 WPS / Excel 中打开。请关闭该文件后重试，或换一个文件名。原有文件未受影响。",
            details=str(exc),
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EEXIST):
        return QsError(f"无法写入“{target}”：文件夹“{target.parent}”不存在或不是文件夹。", details=str(exc))
    if exc.errno == errno.EISDIR:
        return QsError(f"“{target}”是一个文件夹，请给出要写入的文件名。", details=str(exc))
    return QsError(f"写入“{target}”失败，原有文件未受影响。（{exc.strerror or exc}）", details=str(exc))

