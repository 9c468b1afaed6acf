"""The ledger grows from one county's year to a city's four years of history; listing tasks and
loading a ledger still ask the database the same few questions (statements counted, not timed)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from qs_desktop.ops import catalog, sample, status
from qs_desktop.ops.setup import open_ledger

AS_OF = date(2025, 10, 20)


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory, _built_once):
    """A county sample and a city sample (≥ 2,000 tasks, ≥ 100,000 report versions)."""
    folder = tmp_path_factory.mktemp("scale")
    paths = {}
    for scale in ("county", "city"):
        paths[scale] = folder / f"{scale}.sqlite"
        shutil.copy(_built_once, paths[scale])
        store = open_ledger(paths[scale])
        sample.fill(store, scale)
        store.close()
    return paths


def _statements(path, work) -> int:
    """Statements `work` runs, not counting sqlite-utils' SAVEPOINT / RELEASE around each query."""
    store = open_ledger(path)
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    work(store)
    store.conn.set_trace_callback(None)
    store.close()
    return sum(1 for sql in seen if not sql.lstrip().startswith(("SAVEPOINT", "RELEASE")))


def _tasks(unit: str | None):
    """What `qs-ledger tasks [--unit …] --as-of … --json` does."""
    return lambda store: status.task_statuses(store, catalog.list_tasks(store, unit=unit), AS_OF)


def test_the_city_sample_is_city_sized(ledgers):
    store = open_ledger(ledgers["city"])
    tasks = catalog.list_tasks(store)
    versions = store.query("SELECT count(*) AS n FROM report_versions")[0]["n"]
    store.close()
    assert len(tasks) >= 2000 and versions >= 100_000


@pytest.mark.parametrize("unit", [None, "龙港镇", "县住建局"])
def test_listing_tasks_asks_as_often_for_a_city_as_for_a_county(ledgers, unit):
    county = _statements(ledgers["county"], _tasks(unit))
    city = _statements(ledgers["city"], _tasks(unit))
    assert city == county
    assert county <= 15  # the unit, tasks and their units, settings, plan terms, the directory, reports


def test_loading_a_ledger_asks_as_often_for_a_city_as_for_a_county(ledgers):
    def load(store):
        status.ledger_view(store, "air-2022", AS_OF, "2025-09")

    county = _statements(ledgers["county"], load)
    city = _statements(ledgers["city"], load)
    assert city == county
    assert county <= 20


@pytest.mark.parametrize("work", ["alerts", "dashboard"])
def test_alerts_and_figures_ask_as_often_for_a_city_as_for_a_county(ledgers, work):
    from qs_desktop.ops import alerts, dashboard

    run = {
        "alerts": lambda store: alerts.alerts_by_unit(store, AS_OF),
        "dashboard": lambda store: dashboard.figures(store, AS_OF, "2025-09"),
    }[work]
    assert _statements(ledgers["city"], run) == _statements(ledgers["county"], run)
