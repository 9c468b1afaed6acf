"""Opening the ledger: create or upgrade the file, load the built-in plans on first use."""

from __future__ import annotations

import getpass
from pathlib import Path

from ..core.errors import InvalidInput
from ..store import audit, catalog, settings
from ..store.db import Store, open_db
from . import Changes, builtin


def open_ledger(path: Path, *, read_only: bool = False, load_builtin: bool = True, create: bool = True) -> Store:
    """Open (upgrading, and with `create` creating) the ledger; first use loads the built-in plans."""
    store = open_db(Path(path), read_only=read_only, create=create)
    if load_builtin and not read_only:
        init(store)
    with store.read() as db:
        store.actor = settings.get(db, "actor") or _os_user()
    return store


def init(store: Store) -> Changes:
    """Load the built-in plans if the database has none. Running it twice is harmless."""
    with store.read() as db:
        if catalog.has_plans(db):
            return Changes(summary="数据库已就绪。")
    with store.write() as db:
        if catalog.has_plans(db):
            return Changes(summary="数据库已就绪。")
        ids = builtin.load(db)
    return Changes(tasks=frozenset(ids), plans=True, units=True, summary=f"已载入内置计划，共 {len(ids)} 项任务。")


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 — no user name on some Windows set-ups
        return ""


def office_is_set(store: Store) -> bool:
    """Whether someone has said which office this installation works for (else the OS user signs)."""
    with store.read() as db:
        return bool(settings.get(db, "actor"))


def set_actor(store: Store, name: str) -> Changes:
    """Name the office this installation works for; it signs every change made from here."""
    name = name.strip()
    if not name:
        raise InvalidInput("请填写本机所属单位的名称。")
    with store.write() as db:
        old = settings.get(db, "actor")
        if old == name:
            return Changes(summary="本机单位没有变化。")
        settings.put(db, "actor", name)
        audit.record(db, actor=name, action="settings.actor", entity="settings", entity_id="actor",
                     old={"actor": old}, new={"actor": name})
    store.actor = name
    return Changes(settings=True, summary=f"本机单位已设为“{name}”。")
