"""Inverse operations behind the GUI's undo: each puts a report back as it was, with an audit entry."""

from __future__ import annotations

from ..core.dates import parse_period
from ..core.errors import InvalidInput, NotFound
from ..core.message import said
from ..store import audit
from ..store import reports as store_reports
from ..store.db import Store
from . import Changes
from .catalog import get_task, resolve_unit_id

Key = tuple[str, str, str]  # task id, unit, period


def revert_reviews(store: Store, reviews: list[tuple[Key, str, str]]) -> Changes:
    """Undo approvals/returns in one transaction: each report ((task, unit, period), state, comment)
    goes back to `state` (normally "submitted") with its old review comment."""
    for (task_id, _unit, period), state, _comment in reviews:
        if state not in ("submitted", "approved", "returned"):
            raise InvalidInput(said("无法把报送恢复为“{state}”状态。", state=state))
        _check(store, task_id, period)
    with store.write() as db:
        for (task_id, unit, period), state, comment in reviews:
            row = _row(db, task_id, unit, period)
            store_reports.set_state(db, row["id"], state, comment)
            audit.record(db, actor=store.actor, action="report.review_undo", entity="report",
                         entity_id=f"{task_id}|{unit}|{period}", task_id=task_id,
                         old={"state": row["state"], "review_comment": row["review_comment"]},
                         new={"state": state, "review_comment": comment}, note="撤销审核")
    if len(reviews) == 1:
        (task_id, _unit, period), _state, _comment = reviews[0]
        outcome = said("已撤销 {task} {period} 的审核。", task=task_id, period=period)
    else:
        outcome = said("已撤销 {n} 份报送的审核。", n=len(reviews))
    return Changes(tasks=frozenset(key[0] for key, _s, _c in reviews), reports=True, outcome=outcome)


def revert_report(store: Store, task_id: str, unit: str, period: str, version: int | None) -> Changes:
    """Undo a save: back to `version` of the report (None: the report did not exist before)."""
    _check(store, task_id, period)
    with store.write() as db:
        row = _row(db, task_id, unit, period)
        if version is None:
            store_reports.delete(db, row["id"])
            new = None
        else:
            content = store_reports.rewind(db, row["id"], version)
            if content is None:
                raise NotFound(said("找不到这份报送的第 {version} 版，无法撤销。", version=version))
            new = {"version": version, "state": content["state"]}
        audit.record(db, actor=store.actor, action="report.save_undo", entity="report",
                     entity_id=f"{task_id}|{unit}|{period}", task_id=task_id,
                     old={"version": row["version"], "state": row["state"], "progress": row["progress"]},
                     new=new, note="撤销报送")
    return Changes(tasks=frozenset({task_id}), reports=True,
                   outcome=said("已撤销 {task} {period} 的填报。", task=task_id, period=period))


def _check(store: Store, task_id: str, period: str) -> None:
    parse_period(period)
    get_task(store, task_id)


def _row(db, task_id: str, unit: str, period: str) -> dict:
    row = store_reports.find_row(db, task_id, resolve_unit_id(db, unit), period)
    if row is None:
        raise NotFound(said("{unit} 没有任务 {task} 在 {period} 的报送，无法撤销。", unit=unit, task=task_id, period=period))
    return row
