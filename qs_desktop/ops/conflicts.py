"""Conflicts: a unit's report that arrived in a package while the county's copy had changed too.

Both versions are kept (the county's as the current report, the unit's here) until the coordinator
chooses; the unit learns the choice from its next update package (`ops.packages`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core import sync
from ..core.errors import InvalidInput, NotFound
from ..core.message import said
from ..store import audit, catalog
from ..store import packages as stored
from ..store.db import Store
from . import Changes
from .reports import ReportInput, report_fields, write_report


@dataclass(frozen=True)
class Conflict:
    id: int
    task_id: str
    unit: str
    period: str
    ours: dict  # the county's current content
    ours_state: str
    theirs: dict  # the unit's version that arrived
    package: str
    found_at: str
    measure: str = ""  # the task's text, so the coordinator knows which task it is


def list_conflicts(store: Store) -> list[Conflict]:
    with store.read() as db:
        out = []
        for c in stored.conflicts(db):
            row = db["reports"].get(c["report_id"])
            measure = catalog.tasks(db, ids=[c["task_id"]])[0].measure
            out.append(Conflict(c["id"], c["task_id"], c["unit_name"], c["period"], sync.content_of(row), row["state"],
                                c["content"], c["package"], c["found_at"], measure))
    return out


def resolve(store: Store, conflict_id: int, choice: str) -> Changes:
    """Keep the county's version ("ours") or take the unit's ("theirs", saved as a new version)."""
    if choice not in ("ours", "theirs"):
        raise InvalidInput("请选择保留县里的版本或采用单位的版本。")
    with store.write() as db:
        found = stored.conflicts(db, open_only=False, conflict_id=conflict_id)
        if not found:
            raise NotFound(said("没有编号为 {id} 的冲突。", id=conflict_id))
        c = found[0]
        if c["resolved_at"]:
            raise InvalidInput("这个冲突已经处理过了。")
        if choice == "theirs":
            content, task = c["content"], catalog.tasks(db, ids=[c["task_id"]])[0]
            entry = ReportInput(task_id=c["task_id"], unit=c["unit_name"], period=c["period"], status=content["status"],
                                progress=content["progress"], problems=content["problems"],
                                next_steps=content["next_steps"], quantity=content["quantity"], source=c["package"])
            unit_id = db["reports"].get(c["report_id"])["unit_id"]
            write_report(db, store.actor, task.id, unit_id, c["unit_name"], entry,
                         report_fields(task, entry, store.actor))
        stored.resolve_conflict(db, conflict_id, choice, store.actor)
        audit.record(db, actor=store.actor, action="report.conflict", entity="report",
                     entity_id=f"{c['task_id']}|{c['unit_name']}|{c['period']}", task_id=c["task_id"],
                     new={"choice": choice, **({"unit_version": c["content"]} if choice == "ours" else {})},
                     note="采用单位的版本" if choice == "theirs" else "保留县里的版本")
    said_as = {"task": c["task_id"], "period": c["period"]}
    return Changes(tasks=frozenset({c["task_id"]}), reports=True,
                   outcome=said("{task} {period}：采用了单位的版本。", **said_as) if choice == "theirs"
                   else said("{task} {period}：保留了县里的版本。", **said_as))
