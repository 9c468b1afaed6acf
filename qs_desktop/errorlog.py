"""Internal errors: the traceback goes to a log file for the maintainers, never to the user.

The user sees one plain sentence that names the file (`paths.log_dir()/errors.log`).
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path

from . import paths

LOG_NAME = "errors.log"
MAX_BYTES = 1024 * 1024  # then the log starts afresh, the previous one kept as errors.log.1


def record(exc: BaseException, tb: str = "") -> Path | None:
    """Append `exc`'s traceback to the error log; the log's path, or None when it cannot be written."""
    text = tb or "".join(traceback.format_exception(exc))
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / LOG_NAME
        with contextlib.suppress(OSError):
            if log.stat().st_size > MAX_BYTES:
                os.replace(log, log.with_name(LOG_NAME + ".1"))
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} {' '.join(sys.argv)}\n{text}\n")
        return log
    except OSError:
        return None


def where(log: Path | None) -> str:
    """The sentence that tells the user where the details went."""
    if log is None:
        return "详细信息未能记录到日志文件。"
    return f"详细信息已记录在“{log}”，请把这个文件发给维护人员。"


def log_unraisable() -> None:
    """Errors Python can only report on stderr (a finaliser failing) go to the log instead."""

    def hook(unraisable) -> None:
        if unraisable.exc_value is not None:
            record(unraisable.exc_value)

    sys.unraisablehook = hook
