"""The coordinator's review loop: approve / return, close (销号) and reopen, due-date changes."""

from __future__ import annotations

from datetime import date

from ..core.dates import cn_period
from ..core.errors import CloseRefused, InvalidInput, NotFound
from ..core.obligations import listed
from ..store import audit, catalog, units
from ..store import reports as store_reports
from ..store.db import Store, now_iso
from . import Changes
from .catalog import get_task, resolve_unit_id
from .obligations import check_period, load


def approve(store: Store, task_id: str, unit: str, period: str) -> Changes:
    return _review(store, task_id, unit, period, "approved", "")


def return_report(store: Store, task_id: str, unit: str, period: str, reason: str) -> Changes:
    if not reason.strip():
        raise InvalidInput("退回时请写明退回原因。")
    return _review(store, task_id, unit, period, "returned", reason.strip())


def _review(store: Store, task_id: str, unit: str, period: str, state: str, comment: str) -> Changes:
    check_period(store, get_task(store, task_id), period)
    with store.write() as db:
        unit_id = resolve_unit_id(db, unit)
        name = units.get(db, unit_id).name
        row = store_reports.find_row(db, task_id, unit_id, period)
        if row is None:
            raise NotFound(f"{units.get(db, unit_id).name} 没有任务 {task_id} 在 {period} 的报送，无法审核。")
        if row["state"] == "draft":
            raise InvalidInput("这份报送还是草稿，尚未提交，不能审核。")
        if row["state"] == state and row["review_comment"] == comment:
            return Changes(summary="审核结果没有变化。")
        new = store_reports.review(db, row["id"], state, comment, store.actor)
        audit.record(
            db,
            actor=store.actor,
            action="report.approve" if state == "approved" else "report.return",
            entity="report",
            entity_id=f"{task_id}|{units.get(db, unit_id).name}|{period}",
            task_id=task_id,
            old={"state": row["state"], "review_comment": row["review_comment"]},
            new={"state": new["state"], "review_comment": new["review_comment"]},
            note=comment,
        )
    label = "已通过" if state == "approved" else "已退回"
    return Changes(tasks=frozenset({task_id}), reports=True, summary=f"{name} {task_id} {cn_period(period)}的报送{label}。")


def close_task(store: Store, task_id: str, reason: str = "", force: bool = False) -> Changes:
    """销号: only when every owing unit's own latest approved report says 已完成 — unless `force`
    (a task the higher authority cancelled), which needs a reason and is audited with the units
    not done. Obligations end after the closing period (core.obligations.closing_period)."""
    task = get_task(store, task_id)
    if task.closed_at:
        raise InvalidInput(f"任务 {task_id} 已经销号。")
    reason = reason.strip()
    if force and not reason:
        raise InvalidInput("强制销号时请写明原因（例如：上级已取消该任务）。")
    stamp = now_iso()
    _, found = load(store, [task]).assess(task, date.fromisoformat(stamp[:10]))
    not_done = [u.unit for u in found.units if u.status != "done"]
    if not force and not found.units and found.status != "done":
        raise InvalidInput(f"任务 {task_id} 还没有审核通过的“已完成”报送，不能销号。")
    if not force and not_done:
        raise CloseRefused(
            f"任务 {task_id} 还有 {len(not_done)}/{len(found.units)} 个单位未完成（最新审核通过的报送不是“已完成”）："
            f"{listed(not_done)}，不能销号。如确需销号（例如上级已取消该任务），请写明原因后强制销号。"
        )
    forced = force and (bool(not_done) or found.status != "done")
    with store.write() as db:
        catalog.update_task(db, task_id, closed_at=stamp, closed_reason=reason)
        new = {"closed_at": stamp} | ({"forced": True, "not_done": not_done} if forced else {})
        audit.record(db, actor=store.actor, action="task.close", entity="task", entity_id=task_id,
                     task_id=task_id, old={"closed_at": None}, new=new,
                     note=f"强制销号：{reason}" if forced else reason)
    summary = (f"任务 {task_id} 已强制销号（{len(not_done)} 个单位未完成）。" if forced else f"任务 {task_id} 已销号。")
    return Changes(tasks=frozenset({task_id}), summary=summary)


def reopen_task(store: Store, task_id: str, reason: str) -> Changes:
    task = get_task(store, task_id)
    if not task.closed_at:
        raise InvalidInput(f"任务 {task_id} 没有销号，无需撤销。")
    if not reason.strip():
        raise InvalidInput("撤销销号时请写明原因。")
    with store.write() as db:
        catalog.update_task(db, task_id, closed_at=None, closed_reason="")
        audit.record(db, actor=store.actor, action="task.reopen", entity="task", entity_id=task_id,
                     task_id=task_id, old={"closed_at": task.closed_at, "closed_reason": task.closed_reason},
                     new={"closed_at": None}, note=reason.strip())
    return Changes(tasks=frozenset({task_id}), summary=f"已撤销任务 {task_id} 的销号。")


def set_due(store: Store, task_id: str, due: date | None, reason: str) -> Changes:
    """Set or extend a task's due date by hand (延期); `None` goes back to the deadline phrase."""
    task = get_task(store, task_id)
    if not reason.strip():
        raise InvalidInput("调整完成时限时请写明原因。")
    if due == task.due_override:
        return Changes(summary="完成时限没有变化。")
    with store.write() as db:
        catalog.update_task(db, task_id, due_override=due.isoformat() if due else None,
                            due_override_reason=reason.strip() if due else "")
        audit.record(db, actor=store.actor, action="task.due", entity="task", entity_id=task_id, task_id=task_id,
                     old={"due_override": task.due_override.isoformat() if task.due_override else None,
                          "reason": task.due_override_reason},
                     new={"due_override": due.isoformat() if due else None, "reason": reason.strip()},
                     note=reason.strip())
    return Changes(tasks=frozenset({task_id}), summary=f"任务 {task_id} 的完成时限已调整。")


def set_target(store: Store, task_id: str, quantity: float | None, unit: str, reason: str) -> Changes:
    """Give a task a numeric target (e.g. for an imported plan), change it, or remove it (None)."""
    task = get_task(store, task_id)
    if not reason.strip():
        raise InvalidInput("设置数量目标时请写明原因。")
    if quantity is not None and (quantity <= 0 or not unit.strip()):
        raise InvalidInput("数量目标须大于 0，并写明单位，例如 300 个。")
    unit = unit.strip() if quantity is not None else ""
    if (quantity, unit) == (task.target_quantity, task.target_unit):
        return Changes(summary="数量目标没有变化。")
    with store.write() as db:
        catalog.update_task(db, task_id, target_quantity=quantity, target_unit=unit)
        audit.record(db, actor=store.actor, action="task.target", entity="task", entity_id=task_id, task_id=task_id,
                     old={"target_quantity": task.target_quantity, "target_unit": task.target_unit},
                     new={"target_quantity": quantity, "target_unit": unit}, note=reason.strip())
    return Changes(tasks=frozenset({task_id}), summary=f"任务 {task_id} 的数量目标已更新。")
