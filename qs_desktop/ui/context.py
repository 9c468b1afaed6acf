"""What every page shares: the open store, settings, who and when, and the database worker.

Writes and long work go through `AppContext.run`, which executes an ops function on the
single database worker thread and delivers its result back on the UI thread. A result
that is an ops `Changes` is also broadcast through `changed`, so each page refreshes
only what it shows. Errors from any job end up in the one error dialog.
"""

from __future__ import annotations

import inspect
import itertools
import queue
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QProgressDialog, QWidget

from qs_desktop.core.message import said
from qs_desktop.ops import Changes
from qs_desktop.ops.obligations import owed_period
from qs_desktop.ops.office import get_office
from qs_desktop.paths import exports_dir, recalled, remembered, settings_file

from .collector import MainThreadCollector
from .errors import show_error


@dataclass
class _Job:
    id: int
    fn: Callable[..., Any]
    args: tuple
    kwargs: dict
    cancel: threading.Event = field(default_factory=threading.Event)
    result: Any = None
    error: tuple[BaseException, str] | None = None  # (exception, formatted traceback)


class _Worker(QThread):
    """The one thread that talks to the database for long or writing work."""

    finished_job = Signal(int)  # the job's result or error is on the job itself
    progressed = Signal(int, int, int)

    def __init__(self) -> None:
        super().__init__()
        self.jobs: queue.Queue[_Job | None] = queue.Queue()

    def run(self) -> None:
        while (job := self.jobs.get()) is not None:
            kwargs = dict(job.kwargs)
            if _accepts_progress(job.fn):
                kwargs["progress"] = self._progress_for(job)
            try:
                job.result = job.fn(*job.args, **kwargs)
            except BaseException as exc:  # every failure must reach the UI, never kill the thread
                job.error = (exc, traceback.format_exc())
            job_id = job.id
            # From here the UI thread (AppContext._pending) holds the only references to the
            # job, its function, arguments and result. Had the worker dropped the last one, a
            # Qt object among them would be destroyed on the wrong thread: a crash.
            del job, kwargs
            self.finished_job.emit(job_id)

    def _progress_for(self, job: _Job) -> Callable[[int, int], bool]:
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(job.id, done, total)
            return not job.cancel.is_set()

        return progress


def app_settings() -> QSettings:
    """The settings: an INI file in `data/` in portable mode, else the platform's usual place."""
    portable = settings_file()
    return QSettings(str(portable), QSettings.Format.IniFormat) if portable else QSettings()


def _accepts_progress(fn: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _is_changes(result: object) -> bool:
    from qs_desktop import ops

    changes_type = getattr(ops, "Changes", None)
    return changes_type is not None and isinstance(result, changes_type)


class AppContext(QObject):
    """Shared state of one main window. Pages get it as `Page(ctx, parent)`."""

    asOfChanged = Signal(object, str)  # (as_of: date, period: "YYYY-MM")
    changed = Signal(object)  # an ops `Changes`
    busyChanged = Signal(bool)
    taskRequested = Signal(str)  # "show me this task" from any page (alerts, review, …)
    reportRequested = Signal(str, str, str)  # (task_id, unit, period) → open report entry
    navigateRequested = Signal(str)  # page key, see main_window.PAGES
    errorShown = Signal(str)  # the plain message shown in the error dialog

    def __init__(
        self,
        store: Any,
        db_path: Path | None = None,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.db_path = db_path
        self.settings = settings or app_settings()
        self.office = get_office(store)
        self.undo_stack = QUndoStack(self)
        self.window: QWidget | None = None  # parent of dialogs; set by the main window
        self.last_error: Any = None
        self._as_of = date.today()
        self._period = owed_period(store, self._as_of)
        self._ids = itertools.count(1)
        # job id -> (on_done, on_error, progress dialog, the job itself — owned by this thread)
        self._pending: dict[int, tuple[Callable | None, Callable | None, QProgressDialog | None, _Job]] = {}
        self._collector = MainThreadCollector(self)  # before the worker thread exists
        self._worker = _Worker()
        self._worker.finished_job.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker.start()
        self._data_version = store.data_version() if hasattr(store, "data_version") else None
        self._watch = QTimer(self)  # another process's commits (the CLI, a second window) show up
        self._watch.setInterval(3000)
        self._watch.timeout.connect(self.check_outside_changes)
        self._watch.start()
        app = QCoreApplication.instance()
        if app is not None and hasattr(app, "applicationStateChanged"):
            app.applicationStateChanged.connect(self._on_app_state)

    @property
    def actor(self) -> str:
        """The office that signs changes made in this window."""
        return getattr(self.store, "actor", "") or self.office.actor

    # -- when ------------------------------------------------------------------------------
    @property
    def as_of(self) -> date:
        return self._as_of

    @property
    def period(self) -> str:
        """Reporting period "YYYY-MM" the progress columns and report entry refer to (default: 应报期)."""
        return self._period

    def set_as_of(self, as_of: date, period: str | None = None) -> None:
        period = period or owed_period(self.store, as_of)
        if (as_of, period) == (self._as_of, self._period):
            return
        self._as_of, self._period = as_of, period
        self.asOfChanged.emit(as_of, period)

    # -- files -----------------------------------------------------------------------------
    def folder(self) -> str:
        """Where file dialogs start: the last folder used for any export or import while it
        still exists, else `paths.exports_dir()`."""
        last = str(self.settings.value("exchange/dir", "") or "")
        if last and recalled(last).is_dir():
            return str(recalled(last))
        return str(exports_dir())

    def suggest(self, name: str) -> str:
        return str(Path(self.folder()) / name)

    def remember_folder(self, path: str) -> None:
        folder = Path(path) if Path(path).is_dir() else Path(path).parent
        self.settings.setValue("exchange/dir", remembered(folder))

    # -- work ------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        label: str | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> int:
        """Queue `fn(*args, **kwargs)` on the database worker; returns a job id.

        `label` names long work: a progress dialog with a cancel button appears if the job
        takes more than half a second; cancelling makes the op's `progress` callback return
        False. `on_done(result)` runs on the UI thread. Errors go to the error dialog, and
        then to `on_error` if given (e.g. to keep a form open).
        """
        job = _Job(next(self._ids), fn, args, kwargs)
        dialog = self._progress_dialog(label, job) if label else None
        was_busy = self.busy
        self._pending[job.id] = (on_done, on_error, dialog, job)
        if not was_busy:
            self.busyChanged.emit(True)
        self._worker.jobs.put(job)
        return job.id

    def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a quick read on the UI thread (the store serialises access); None on error."""
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            self.report_error(exc, traceback.format_exc())
            return None

    def report_error(self, exc: BaseException, tb: str = "") -> None:
        self.last_error = show_error(exc, self.window, tb)
        self.errorShown.emit(self.last_error.text())

    def catch_uncaught(self) -> None:
        """Show an exception escaping a slot on the UI thread in the error dialog, not on stderr
        (which a windowed app on Windows does not even have); the event loop carries on."""

        def hook(kind, exc, tb) -> None:
            self.report_error(exc, "".join(traceback.format_exception(kind, exc, tb)))

        sys.excepthook = hook

    def shutdown(self) -> None:
        self._watch.stop()
        self._worker.jobs.put(None)
        self._worker.wait(10_000)
        self._collector.stop()

    def check_outside_changes(self) -> bool:
        """If another process committed to the file since we last looked, refresh everything."""
        if self.busy or not hasattr(self.store, "data_version"):
            return False
        version = self.store.data_version()
        if version is None or version == self._data_version:
            return False
        self._data_version = version
        self.office = get_office(self.store)
        self.changed.emit(Changes(reports=True, units=True, plans=True, settings=True,
                                  outcome=said("台账已被另一个程序修改，已刷新。")))
        return True

    def _on_app_state(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_outside_changes()

    def _progress_dialog(self, label: str, job: _Job) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("取消"), 0, 0, self.window)
        dialog.setWindowTitle(self.tr("请稍候"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel.set)
        return dialog

    def _on_finished(self, job_id: int) -> None:
        on_done, on_error, dialog, job = self._pending.pop(job_id)
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        if not self._pending:
            self.busyChanged.emit(False)
        if job.error is not None:
            exc, tb = job.error
            self.report_error(exc, tb)
            if on_error is not None:
                on_error(exc)
            return
        result = job.result
        if _is_changes(result):
            if result.settings:
                self.office = get_office(self.store)
            self.changed.emit(result)
        if on_done is not None:
            on_done(result)

    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        dialog = self._pending.get(job_id, (None, None, None, None))[2]
        if dialog is not None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
