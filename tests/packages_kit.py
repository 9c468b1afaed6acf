"""Three offices on one test machine: the county's ledger and the installations of its units."""

from __future__ import annotations

from pathlib import Path

from qs_desktop.exchange import envelope
from qs_desktop.exchange.packages import export_package, import_packages, init_from_setup
from qs_desktop.ops import packages
from qs_desktop.ops.reports import ReportInput, save_report


class Offices:
    def __init__(self, county, folder: Path) -> None:
        self.county = county
        self.folder = folder
        self.units = {}
        self.n = 0

    def path(self, stem: str) -> Path:
        self.n += 1
        return self.folder / f"{self.n:02d}-{stem}.qspkg"

    def set_up(self, unit: str, county=None):
        """The county makes the unit's setup package; the unit creates its installation from it."""
        made = export_package(county or self.county, self.path(f"setup-{unit}"), unit)
        assert made.kind == "setup"
        store, _result = init_from_setup(self.folder / f"{unit}-{self.n}.sqlite", made.path)
        self.units[unit] = store
        return store

    def report(self, store, unit: str, task: str, period: str, text: str, status: str = "in_progress"):
        return save_report(store, ReportInput(task_id=task, unit=unit, period=period, status=status, progress=text))

    def send(self, store, unit: str | None = None) -> Path:
        """A package from `store`: a unit's return, or the county's update for `unit`."""
        return export_package(store, self.path(f"from-{unit or 'unit'}"), unit).path

    def take(self, store, *paths: Path, dry_run: bool = False):
        results = import_packages(store, list(paths), dry_run=dry_run)
        return results[0] if len(results) == 1 else results

    def conflict(self, unit_store, unit: str, task: str, county_text: str, unit_text: str):
        """Both sides change one report after the unit learned the county holds it: the county
        types a correction in (a phone call), the unit revises on its own and sends it."""
        self.report(unit_store, unit, task, "2022-10", "巡查 4 次")
        self.take(self.county, self.send(unit_store))
        self.take(unit_store, self.send(self.county, unit))
        save_report(self.county, ReportInput(task_id=task, unit=unit, period="2022-10", status="in_progress",
                                             progress=county_text))
        self.report(unit_store, unit, task, "2022-10", unit_text)
        return self.take(self.county, self.send(unit_store))


def forge(store, change, *, unit: str | None = None) -> bytes:
    """A package made and signed by `store`'s own key, with `change(manifest, data)` applied first:
    what a tampered copy of the app could send."""
    out = packages.package_for(store, unit)
    change(out.manifest, out.data)
    payload = envelope.pack(out.manifest, out.data, out.attachments)
    return envelope.seal(out.private_key, payload, out.token or envelope.NO_TOKEN)


def seal_raw(store, payload: bytes, *, token: bytes | None = None) -> bytes:
    """An arbitrary payload signed with `store`'s key (and its enrolment token, on a unit)."""
    out = packages.package_for(store)
    return envelope.seal(out.private_key, payload, out.token if token is None else token)
