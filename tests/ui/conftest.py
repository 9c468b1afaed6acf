"""A real main window on a fresh copy of the built-in plans, with its own settings file."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings

AS_OF = date(2022, 10, 20)
PERIOD = "2022-10"  # the month being reported (the owed period on this day would be 2022-09)


@pytest.fixture
def ctx(qtbot, store, db_path, tmp_path):
    from qs_desktop.ui.context import AppContext

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(store, db_path=db_path, settings=settings)
    context.set_as_of(AS_OF, PERIOD)
    yield context
    context.shutdown()


@pytest.fixture
def window(qtbot, ctx):
    yield _main_window(qtbot, ctx)
    ctx.window = None


@pytest.fixture
def town_office(store):
    """龙港镇's own installation: 本机单位 chosen before the window (and its context) opens."""
    from qs_desktop.ops.office import set_office

    set_office(store, "龙港镇")


@pytest.fixture
def town_window(qtbot, town_office, ctx):
    yield _main_window(qtbot, ctx)
    ctx.window = None


def _main_window(qtbot, ctx):
    from qs_desktop.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    idle(qtbot, ctx)
    return win


def idle(qtbot, ctx) -> None:
    """Wait until every job queued on the database worker has been delivered.

    Generous: this waits for work to finish, it does not judge its speed (benchmarks/ does), and a
    loaded CI machine needed more than 10 s for all units' forms."""
    qtbot.waitUntil(lambda: not ctx.busy, timeout=60_000)


def shown_page(qtbot, ctx, page_class, size=(1100, 700)):
    """A page on its own, shown, once its first load from the database worker has arrived."""
    widget = page_class(ctx)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    idle(qtbot, ctx)
    return widget


def as_sample(ctx) -> None:
    """Mark the ledger as sample data, as `qs-ledger sample` leaves it (without its minute of filling)."""
    from qs_desktop.core import sample
    from qs_desktop.store import settings

    with ctx.store.write() as db:
        settings.put(db, sample.SETTING, "county")


def pdf_text(path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
