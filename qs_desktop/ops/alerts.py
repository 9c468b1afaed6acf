"""Alerts as of a date, grouped by the units that must act on them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..core import rules
from ..store import catalog
from ..store import units as store_units
from ..store.db import Store
from .status import task_statuses


@dataclass(frozen=True)
class AlertItem:
    task_id: str
    ledger: str
    seq: int | None
    measure: str
    alert: str  # one of core.rules.ALERTS
    due: date | None  # effective due date, when the task has one
    role: str = "lead"  # the unit's role on the task: "lead" | "cooperating"


@dataclass
class UnitAlerts:
    unit: str
    items: list[AlertItem] = field(default_factory=list)

    def count(self, alert: str) -> int:
        return sum(1 for item in self.items if item.alert == alert)


def alerts_by_unit(store: Store, as_of: date) -> list[UnitAlerts]:
    """One `UnitAlerts` per unit with at least one alert, in directory order.

    Each owing unit carries its own alerts (core.obligations): 未报送 only where that unit has not
    reported the owed period, 逾期 / 临期 only while that unit is not done. Cooperating units
    appear only where their plan makes them report. Items follow ledger order, and within a
    task the order of `rules.ALERTS` (overdue, due soon, unreported).
    """
    with store.read() as db:
        tasks = catalog.tasks(db)
        directory = store_units.all_units(db)
    by_unit: dict[str, UnitAlerts] = {u.name: UnitAlerts(u.name) for u in directory}
    for st in task_statuses(store, tasks, as_of):
        due = rules.effective_due(st.schedule, st.task.due_override)
        for unit in st.assessment.units:
            for alert in unit.alerts:
                item = AlertItem(st.task.id, st.task.ledger, st.task.seq, st.task.measure, alert, due, unit.role)
                by_unit.setdefault(unit.unit, UnitAlerts(unit.unit)).items.append(item)
    return [group for group in by_unit.values() if group.items]
