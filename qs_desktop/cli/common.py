"""Helpers shared by the command modules."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator

from ..ops.setup import open_ledger
from ..paths import resolve_db_path
from ..store.db import Store


@contextlib.contextmanager
def opened(args, *, read_only: bool = False, load_builtin: bool = True) -> Iterator[Store]:
    store = open_ledger(resolve_db_path(args.db), read_only=read_only, load_builtin=load_builtin)
    try:
        yield store
    finally:
        store.close()


def emit_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(text: str) -> None:
    print(text)
