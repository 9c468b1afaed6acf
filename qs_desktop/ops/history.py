"""The audit trail of a task and of the whole ledger."""

from __future__ import annotations

from ..core.model import AuditEvent
from ..store import audit
from ..store.db import Store
from .catalog import get_task


def task_history(store: Store, task_id: str) -> list[AuditEvent]:
    get_task(store, task_id)
    with store.read() as db:
        return audit.events(db, task_id=task_id)


def audit_log(store: Store, *, action: str | None = None, actor: str | None = None, limit: int | None = None) -> list[AuditEvent]:
    with store.read() as db:
        return audit.events(db, action=action, actor=actor, limit=limit)
