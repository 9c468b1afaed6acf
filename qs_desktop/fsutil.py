"""File writing that never leaves a half-written file in place of a good one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .core.errors import QsError, StorageFull


def temp_beside(target: Path) -> tuple[int, str]:
    """A temp file in `target`'s folder (so the final rename is atomic), with the
    permissions a normally created file would get (mkstemp's are owner-only)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o666 & ~umask)
    return fd, tmp


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb") -> Iterator:
    """Write to a temp file in the target folder, fsync, then rename it into place.

    On any failure the temp file is removed and the previous file (if any) is untouched.
    Disk-full and permission errors become `QsError`s with a Chinese message.
    """
    target = Path(path)
    if target.name in ("", ".", ".."):
        raise QsError(f"“{path}”不是文件名，请给出要写入的文件名。")
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
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        # On Windows a file open in WPS/Excel cannot be replaced: the commonest cause in an office.
        return QsError(
            f"无法写入“{target}”：文件可能正在 WPS / Excel 中打开，或该文件夹不允许写入。"
            "请关闭该文件后重试，或换一个文件夹。原有文件未受影响。",
            details=str(exc),
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EEXIST):
        return QsError(f"无法写入“{target}”：文件夹“{target.parent}”不存在或不是文件夹。", details=str(exc))
    if exc.errno == errno.EISDIR:
        return QsError(f"“{target}”是一个文件夹，请给出要写入的文件名。", details=str(exc))
    return QsError(f"写入“{target}”失败，原有文件未受影响。（{exc.strerror or exc}）", details=str(exc))
