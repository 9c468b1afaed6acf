"""A unit's to-do list: every report it owes up to the owed period that is not yet approved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..core.model import task_label
from ..core.obligations import ROLES, outstanding, owed_period
from ..store import catalog
from ..store.db import Store
from .catalog import check_acting, resolve_unit
from .obligations import load


@dataclass(frozen=True)
class TodoItem:
    task: str  # task id
    period: str
    state: str  # "unreported" | "draft" | "submitted" | "returned"
    review_comment: str  # why it was returned ("" otherwise)
    role: str  # "lead" | "cooperating"
    label: str  # e.g. "空气质量改善 10 推动建筑工地…"

    def to_json(self) -> dict:
        return {"task": self.task, "period": self.period, "state": self.state,
                "review_comment": self.review_comment, "role": self.role, "role_label": ROLES[self.role],
                "label": self.label}


def todo(store: Store, unit: str, as_of: date) -> list[TodoItem]:
    """Within each plan's reporting periods, up to its owed period as of `as_of`; ledger order, then period.

    Returned reports carry the coordinator's reason; submitted ones wait for review and are listed so
    the unit sees they are not settled yet. A task closed (销号) by `as_of` lists nothing: reports on
    it are refused, so a to-do there could never be done; its missed months stay in their figures.
    """
    who = resolve_unit(store, unit)
    check_acting(who)
    world = load(store)
    with store.read() as db:
        tasks = catalog.tasks(db)
        titles = {lg.code: lg.title for lg in catalog.ledgers(db)}
    out = []
    for task in tasks:
        duty = world.duty_of(task, who.name)
        if duty is None or (task.closed_at is not None and task.closed_at[:10] <= as_of.isoformat()):
            continue
        terms = world.terms[task.ledger]
        up_to = owed_period(as_of, world.settings.report_day, terms)
        label = task_label(titles[task.ledger], task.seq, task.title or task.measure)
        for item in outstanding(world.schedule(task), terms, up_to, world.own(task, who.name),
                                world.closed_after(task)):
            out.append(TodoItem(task.id, item.period, item.state, item.review_comment, duty.role, label))
    return out
