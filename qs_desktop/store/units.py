"""The unit directory: canonical names, aliases, kinds and groups."""

from __future__ import annotations

import json

import sqlite_utils

from ..core.model import Unit
from ..core.units import normalize


def all_units(db: sqlite_utils.Database) -> list[Unit]:
    aliases: dict[int, list[str]] = {}
    for r in db.query("SELECT alias, unit_id FROM unit_aliases ORDER BY alias"):
        aliases.setdefault(r["unit_id"], []).append(r["alias"])
    members: dict[int, list[str]] = {}
    sql = """SELECT g.group_id, u.name FROM group_members g JOIN units u ON u.id = g.member_id
             ORDER BY g.group_id, u.position"""
    for r in db.query(sql):
        members.setdefault(r["group_id"], []).append(r["name"])
    return [
        Unit(
            id=r["id"],
            name=r["name"],
            kind=r["kind"],
            aliases=tuple(aliases.get(r["id"], ())),
            members=tuple(members.get(r["id"], ())),
            note=r["note"],
        )
        for r in db.query("SELECT * FROM units ORDER BY position, id")
    ]


def is_empty(db: sqlite_utils.Database) -> bool:
    return not list(db.query("SELECT 1 FROM units LIMIT 1"))


def name_index(db: sqlite_utils.Database) -> dict[str, int]:
    """Every known spelling (canonical names and aliases, normalised) -> unit id."""
    index = {normalize(r["name"]): r["id"] for r in db.query("SELECT id, name FROM units")}
    for r in db.query("SELECT alias, unit_id FROM unit_aliases"):
        index.setdefault(normalize(r["alias"]), r["unit_id"])
    return index


def find(db: sqlite_utils.Database, name: str) -> int | None:
    return name_index(db).get(normalize(name))


def groups_of(db: sqlite_utils.Database, unit_id: int) -> list[int]:
    return [r["group_id"] for r in db.query("SELECT group_id FROM group_members WHERE member_id = ?", [unit_id])]


def add_unit(db: sqlite_utils.Database, name: str, kind: str, aliases: list[str] = (), note: str = "") -> int:
    position = next(db.query("SELECT coalesce(max(position), 0) + 1 AS p FROM units"))["p"]
    uid = db["units"].insert({"name": name, "kind": kind, "position": position, "note": note}).last_pk
    for alias in aliases:
        db["unit_aliases"].insert({"alias": alias, "unit_id": uid})
    return uid


def set_members(db: sqlite_utils.Database, group_id: int, member_ids: list[int]) -> None:
    db.execute("DELETE FROM group_members WHERE group_id = ?", [group_id])
    for mid in member_ids:
        db["group_members"].insert({"group_id": group_id, "member_id": mid})


def set_aliases(db: sqlite_utils.Database, unit_id: int, aliases: list[str]) -> None:
    db.execute("DELETE FROM unit_aliases WHERE unit_id = ?", [unit_id])
    for alias in aliases:
        db["unit_aliases"].insert({"alias": alias, "unit_id": unit_id})


def update_unit(db: sqlite_utils.Database, unit_id: int, **fields) -> None:
    db["units"].update(unit_id, fields)


def get(db: sqlite_utils.Database, unit_id: int) -> Unit:
    return next(u for u in all_units(db) if u.id == unit_id)


def assigned(db: sqlite_utils.Database, task_id: str) -> dict[int, str]:
    """unit id -> role, for units assigned directly to a task."""
    return {
        r["unit_id"]: r["role"]
        for r in db.query("SELECT unit_id, role FROM assignments WHERE task_id = ?", [task_id])
    }


def assignments(db: sqlite_utils.Database, task_ids: list[str]) -> dict[str, dict[int, str]]:
    """task id -> {unit id -> role} for many tasks in one query."""
    out: dict[str, dict[int, str]] = {t: {} for t in task_ids}
    sql = "SELECT task_id, unit_id, role FROM assignments WHERE task_id IN (SELECT value FROM json_each(?))"
    for r in db.query(sql, [json.dumps(task_ids)]):
        out[r["task_id"]][r["unit_id"]] = r["role"]
    return out
