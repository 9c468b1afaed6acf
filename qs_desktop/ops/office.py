"""Which office this installation works for (本机单位), and whether it is the coordinator's.

Two kinds of installation share one app: the county coordinator's sees and reviews
everything; a unit's (a township or bureau) is fixed to its unit. Every change made here
is signed with the office's name — never with the operating-system account. Until an
office is chosen, changes are signed `UNSET_ACTOR` and the installation behaves as the
coordinator's (scripts and a first look work), and the GUI asks again at every start.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from ..core.errors import InvalidInput
from ..core.message import said
from ..core.model import UNSET_ACTOR
from ..store import audit, settings, units
from ..store.db import Store
from . import Changes

# The coordinating office: 县环委会办公室 is the committee's office, in practice the city bureau's branch.
COORDINATOR_OFFICE = "县环委会办公室"
COORDINATOR_UNITS = (COORDINATOR_OFFICE, "市生态环境局沁水分局")


@dataclass(frozen=True)
class Office:
    unit: str  # canonical unit name of 本机单位; "" = not chosen yet
    coordinator: bool  # the county coordinator's installation
    fixed: bool  # a unit installation made from a setup package: the unit cannot be changed

    @property
    def actor(self) -> str:
        """The name that signs changes made here."""
        return self.unit or UNSET_ACTOR

    @property
    def unit_only(self) -> bool:
        """A unit's installation: it files only its own reports."""
        return bool(self.unit) and not self.coordinator

    @property
    def role_label(self) -> str:
        return "协调办公室" if self.coordinator else "责任单位"


def read_office(db: sqlite_utils.Database) -> Office:
    unit = settings.get(db, "actor")
    role = settings.get(db, "role")
    coordinator = role == "coordinator" if role else (not unit or unit in COORDINATOR_UNITS)
    return Office(unit=unit, coordinator=coordinator, fixed=settings.get(db, "unit_fixed") == "1")


def get_office(store: Store) -> Office:
    with store.read() as db:
        return read_office(db)


def write_office(db: sqlite_utils.Database, actor: str, office: Office) -> bool:
    """Store `office` inside the caller's transaction (a setup package uses it); audited. False if unchanged."""
    old = read_office(db)
    if old == office:
        return False
    settings.put(db, "actor", office.unit)
    settings.put(db, "role", "coordinator" if office.coordinator else "unit")
    settings.put(db, "unit_fixed", "1" if office.fixed else "")
    audit.record(db, actor=actor, action="settings.office", entity="settings", entity_id="office",
                 old=_audit_view(old), new=_audit_view(office))
    return True


def set_office(store: Store, unit: str, *, coordinator: bool | None = None) -> Changes:
    """Choose 本机单位 from the unit directory; `coordinator=None` means: the coordinator's units are."""
    name = unit.strip()
    if not name:
        raise InvalidInput("请选择本机所属的单位。")
    with store.write() as db:
        current = read_office(db)
        if current.fixed:
            raise InvalidInput(
                f"本机是“{current.unit}”的单位安装，本机单位不能更改。如需更换，请向县环委会办公室索取新的安装包。"
            )
        canonical = _canonical(db, name)
        if coordinator is None:
            coordinator = canonical in COORDINATOR_UNITS
        office = Office(unit=canonical, coordinator=coordinator, fixed=False)
        changed = write_office(db, canonical, office)
    store.actor = office.actor
    if not changed:
        return Changes(outcome=said("本机单位没有变化。"))
    return Changes(settings=True, outcome=said("本机单位已设为“{unit}”（{role}）。", unit=canonical, role=office.role_label))


def _canonical(db: sqlite_utils.Database, name: str) -> str:
    if name == COORDINATOR_OFFICE:
        return name
    uid = units.find(db, name)
    if uid is None:
        raise InvalidInput(said("单位目录中没有“{name}”，请从单位目录中选择（或先在“单位”页添加）。", name=name))
    unit = units.get(db, uid)
    if unit.kind == "group":
        raise InvalidInput(said("“{unit}”是单位组，不能作为本机单位，请选择其中一个具体单位。", unit=unit.name))
    return unit.name


def _audit_view(office: Office) -> dict:
    return {"unit": office.unit, "role": "coordinator" if office.coordinator else "unit", "fixed": office.fixed}
