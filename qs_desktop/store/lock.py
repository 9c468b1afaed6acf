"""One app per database: an inter-process lock held for as long as a window has the file open.

The lock is an OS lock on `<database>.lock` beside the database (flock on POSIX,
msvcrt.locking on Windows), so it disappears with the process even after a crash;
the file itself is left in place and only says which process held it last.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from pathlib import Path

from ..core.errors import DatabaseError

_PID_BYTES = 32  # the PID is written at the start; Windows locks a byte after it


class InstanceLock:
    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def instance_key(db_path: Path) -> str:
    """A short name for the database, the same in every process (e.g. a QLocalServer name)."""
    resolved = os.path.normcase(str(Path(db_path).expanduser().resolve()))
    return "qs-ledger-" + hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:16]


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def acquire_instance_lock(db_path: Path) -> InstanceLock | None:
    """The lock for `db_path`, or None when another process holds it.

    Raises DatabaseError when the lock file cannot be created (e.g. a read-only folder).
    """
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise DatabaseError(
            f"无法在“{path.parent}”中创建锁文件，台账只能以只读方式打开。", details=str(exc)
        ) from exc
    try:
        if not _try_lock(fd):
            os.close(fd)
            return None
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, str(os.getpid()).encode().ljust(_PID_BYTES))
    except BaseException:
        os.close(fd)
        raise
    return InstanceLock(path, fd)


def lock_owner(db_path: Path) -> int | None:
    """PID recorded by the last holder (meaningful while `acquire_instance_lock` returns None)."""
    try:
        with open(lock_path(db_path), "rb") as fh:
            return int(fh.read(_PID_BYTES).strip() or b"0") or None
    except (OSError, ValueError):
        return None


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _PID_BYTES, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _PID_BYTES, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
