"""The coordinator's review loop: approve / return, close (销号) and reopen, due-date changes."""

from __future__ import annotations

from datetime import date

from ..core.dates import cn_period
from ..core.errors import CloseRefused, InvalidInput, NotFound
from ..core.message import said
from ..core.obligations import listed
from ..store import audit, catalog, units
from ..store import reports as store_reports
from ..store.db import Store, now_iso
from . import Changes, Revert, undo
from .catalog import get_task, ledger_codes, resolve_unit_id
from .obligations import check_period, load
from .office import read_office
from .reports import list_reports
from .undo import Key


def approve(store: Store, task_id: str, unit: str, period: str) -> Changes:
    return _review(store, task_id, unit, period, "approved", "")


def return_report(store: Store, task_id: str, unit: str, period: str, reason: str) -> Changes:
    if not reason.strip():
        raise InvalidInput(said("退回时请写明退回原因。"))
    return _review(store, task_id, unit, period, "returned", reason.strip())


def _review(store: Store, task_id: str, unit: str, period: str, state: str, comment: str) -> Changes:
    check_period(store, get_task(store, task_id), period)
    with store.write() as db:
        _coordinator_only(db)
        old = _set_review(db, store.actor, (task_id, unit, period), state, comment)
    if old is None:
        return Changes(outcome=said("审核结果没有变化。"))
    # whose report: approving 13 townships on one group task must not print 13 identical lines
    said_as = {"unit": old[0][1], "task": task_id, "period": cn_period(period), "month": period}
    outcome = (said("{unit} {task} {period}的报送已通过。", **said_as) if state == "approved"
               else said("{unit} {task} {period}的报送已退回。", **said_as))
    return Changes(tasks=frozenset({task_id}), reports=True, outcome=outcome,
                   revert=Revert(undo.revert_reviews, ([old],)))


def approve_reports(store: Store, keys: list[Key]) -> Changes:
    """Approve several reports in one transaction: all of them, or — if one cannot be — none."""
    for task_id, _unit, period in keys:
        check_period(store, get_task(store, task_id), period)
    with store.write() as db:
        _coordinator_only(db)
        olds = [old for key in keys if (old := _set_review(db, store.actor, key, "approved", "")) is not None]
    if not olds:
        return Changes(outcome=said("没有需要通过的报送。"))
    return Changes(tasks=frozenset(old[0][0] for old in olds), reports=True,
                   outcome=said("已通过 {n} 份报送。", n=len(olds)), revert=Revert(undo.revert_reviews, (olds,)))


def approve_all(store: Store, *, period: str | None = None, unit: str | None = None,
                plan: str | None = None) -> Changes:
    """Approve every submitted report (of a period, a unit, a plan) as one operation."""
    ledgers = set(ledger_codes(store, plan)) if plan else None
    waiting = list_reports(store, period=period, unit=unit, state="submitted")
    keys = [(r.task_id, r.unit, r.period) for r in waiting if ledgers is None or r.task_id.split(":")[0] in ledgers]
    return approve_reports(store, keys)


def _coordinator_only(db) -> None:
    """Reviewing, closing and deadlines are the coordinator's; a unit installation only reports."""
    office = read_office(db)
    if office.unit_only:
        raise InvalidInput(said("本机是“{unit}”的单位安装：审核、销号和调整时限只能在县环委会办公室的电脑上进行。",
                                unit=office.unit))


def _set_review(db, actor: str, key: Key, state: str, comment: str) -> tuple[Key, str, str] | None:
    """Review one report inside the caller's transaction; its (key, old state, old comment), None if unchanged."""
    task_id, unit, period = key
    unit_id = resolve_unit_id(db, unit)
    name = units.get(db, unit_id).name
    row = store_reports.find_row(db, task_id, unit_id, period)
    if row is None:
        raise NotFound(said("{unit} 没有任务 {task} 在 {period} 的报送，无法审核。", unit=name, task=task_id,
                            period=period))
    if row["state"] == "draft":
        raise InvalidInput(said("{unit} 的 {task} {period} 还是草稿，尚未提交，不能审核。", unit=name, task=task_id,
                                period=period))
    if row["state"] == state and row["review_comment"] == comment:
        return None
    new = store_reports.review(db, row["id"], state, comment, actor)
    audit.record(
        db,
        actor=actor,
        action="report.approve" if state == "approved" else "report.return",
        entity="report",
        entity_id=f"{task_id}|{name}|{period}",
        task_id=task_id,
        old={"state": row["state"], "review_comment": row["review_comment"]},
        new={"state": new["state"], "review_comment": new["review_comment"]},
        note=comment,
    )
    return (task_id, name, period), row["state"], row["review_comment"]


def close_task(store: Store, task_id: str, reason: str = "", force: bool = False) -> Changes:
    """销号: only when every owing unit's own latest approved report says 已完成 — unless `force`
    (a task the higher authority cancelled), which needs a reason and is audited with the units
    not done. Obligations end after the closing period (core.obligations.closing_period)."""
    task = get_task(store, task_id)
    if task.closed_at:
        raise InvalidInput(said("任务 {task} 已经销号。", task=task_id))
    with store.read() as db:
        _coordinator_only(db)
    reason = reason.strip()
    if force and not reason:
        raise InvalidInput("强制销号时请写明原因（例如：上级已取消该任务）。")
    stamp = now_iso()
    _, found = load(store, [task]).assess(task, date.fromisoformat(stamp[:10]))
    not_done = [u.unit for u in found.units if u.status != "done"]
    if not force and not found.units and found.status != "done":
        raise InvalidInput(said("任务 {task} 还没有审核通过的“已完成”报送，不能销号。", task=task_id))
    if not force and not_done:
        raise CloseRefused(said(
            "任务 {task} 还有 {count}/{owing} 个单位未完成（最新审核通过的报送不是“已完成”）：{units}，不能销号。"
            "如确需销号（例如上级已取消该任务），请写明原因后强制销号。",
            task=task_id, count=len(not_done), owing=len(found.units), units=listed(not_done)))
    forced = force and (bool(not_done) or found.status != "done")
    with store.write() as db:
        _coordinator_only(db)
        catalog.update_task(db, task_id, closed_at=stamp, closed_reason=reason)
        new = {"closed_at": stamp} | ({"forced": True, "not_done": not_done} if forced else {})
        audit.record(db, actor=store.actor, action="task.close", entity="task", entity_id=task_id,
                     task_id=task_id, old={"closed_at": None}, new=new,
                     note=f"强制销号：{reason}" if forced else reason)
    outcome = (said("任务 {task} 已强制销号（{count} 个单位未完成）。", task=task_id, count=len(not_done)) if forced
               else said("任务 {task} 已销号。", task=task_id))
    return Changes(tasks=frozenset({task_id}), outcome=outcome, revert=Revert(reopen_task, (task_id, "撤销销号操作")))


def reopen_task(store: Store, task_id: str, reason: str) -> Changes:
    task = get_task(store, task_id)
    if not task.closed_at:
        raise InvalidInput(said("任务 {task} 没有销号，无需撤销。", task=task_id))
    if not reason.strip():
        raise InvalidInput("撤销销号时请写明原因。")
    with store.write() as db:
        _coordinator_only(db)
        catalog.update_task(db, task_id, closed_at=None, closed_reason="")
        audit.record(db, actor=store.actor, action="task.reopen", entity="task", entity_id=task_id,
                     task_id=task_id, old={"closed_at": task.closed_at, "closed_reason": task.closed_reason},
                     new={"closed_at": None}, note=reason.strip())
    return Changes(tasks=frozenset({task_id}), outcome=said("已撤销任务 {task} 的销号。", task=task_id),
                   revert=Revert(close_task, (task_id, task.closed_reason or "撤销操作", True)))


def set_due(store: Store, task_id: str, due: date | None, reason: str) -> Changes:
    """Set or extend a task's due date by hand (延期); `None` goes back to the deadline phrase."""
    task = get_task(store, task_id)
    if not reason.strip():
        raise InvalidInput("调整完成时限时请写明原因。")
    if due == task.due_override:
        return Changes(outcome=said("完成时限没有变化。"))
    with store.write() as db:
        _coordinator_only(db)
        catalog.update_task(db, task_id, due_override=due.isoformat() if due else None,
                            due_override_reason=reason.strip() if due else "")
        audit.record(db, actor=store.actor, action="task.due", entity="task", entity_id=task_id, task_id=task_id,
                     old={"due_override": task.due_override.isoformat() if task.due_override else None,
                          "reason": task.due_override_reason},
                     new={"due_override": due.isoformat() if due else None, "reason": reason.strip()},
                     note=reason.strip())
    return Changes(tasks=frozenset({task_id}), outcome=said("任务 {task} 的完成时限已调整。", task=task_id),
                   revert=Revert(set_due, (task_id, task.due_override, task.due_override_reason or "撤销操作")))


def set_target(store: Store, task_id: str, quantity: float | None, unit: str, reason: str) -> Changes:
    """Give a task a numeric target (e.g. for an imported plan), change it, or remove it (None)."""
    task = get_task(store, task_id)
    if not reason.strip():
        raise InvalidInput("设置数量目标时请写明原因。")
    if quantity is not None and (quantity <= 0 or not unit.strip()):
        raise InvalidInput("数量目标须大于 0，并写明单位，例如 300 个。")
    unit = unit.strip() if quantity is not None else ""
    if (quantity, unit) == (task.target_quantity, task.target_unit):
        return Changes(outcome=said("数量目标没有变化。"))
    with store.write() as db:
        _coordinator_only(db)
        catalog.update_task(db, task_id, target_quantity=quantity, target_unit=unit)
        audit.record(db, actor=store.actor, action="task.target", entity="task", entity_id=task_id, task_id=task_id,
                     old={"target_quantity": task.target_quantity, "target_unit": task.target_unit},
                     new={"target_quantity": quantity, "target_unit": unit}, note=reason.strip())
    return Changes(tasks=frozenset({task_id}), outcome=said("任务 {task} 的数量目标已更新。", task=task_id),
                   revert=Revert(set_target, (task_id, task.target_quantity, task.target_unit, "撤销操作")))
