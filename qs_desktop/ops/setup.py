"""Opening the ledger: create or upgrade the file, load the built-in plans on first use."""

from __future__ import annotations

from pathlib import Path

from ..core.message import said
from ..store import catalog, db
from ..store.db import Store, open_db
from . import Changes, builtin
from .office import read_office


def open_ledger(path: Path, *, read_only: bool = False, load_builtin: bool = True, create: bool = True,
                defer_check: bool = False) -> Store:
    """Open (upgrading, and with `create` creating) the ledger; first use loads the built-in plans.

    `defer_check`: see `store.db.open_db`; the caller then runs `verify(store)` on the worker."""
    store = open_db(Path(path), read_only=read_only, create=create, defer_check=defer_check)
    if load_builtin and not read_only:
        init(store)
    with store.read() as db:
        store.actor = read_office(db).actor
    return store


def verify(store: Store) -> None:
    """The integrity check an opening deferred (a big file); a damaged file is left read-only."""
    db.verify(store)


def init(store: Store) -> Changes:
    """Load the built-in plans if the database has none. Running it twice is harmless."""
    with store.read() as db:
        if catalog.has_plans(db):
            return Changes(outcome=said("数据库已就绪。"))
    with store.write() as db:
        if catalog.has_plans(db):
            return Changes(outcome=said("数据库已就绪。"))
        ids = builtin.load(db)
    return Changes(tasks=frozenset(ids), plans=True, units=True, outcome=said("已载入内置计划，共 {n} 项任务。", n=len(ids)))
