"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator

from ..core.errors import MissingDatabase, QsError, UnusableDatabase
from ..drive import storage_warning
from ..ops.backups import backup_on_close, unusable
from ..ops.setup import open_ledger
from ..paths import resolve_db_path
from ..store.db import Store


@contextlib.contextmanager
def opened(args, *, read_only: bool = False, load_builtin: bool = True, create: bool = False) -> Iterator[Store]:
    """The ledger for one command: warns about risky storage, backs up on close (rate-limited).

    Only `init` and `sample` (which makes a new ledger of sample data) pass `create`: a mistyped
    --db must not quietly become a new, empty ledger.
    """
    path = resolve_db_path(args.db)
    try:
        store = open_ledger(path, read_only=read_only, load_builtin=load_builtin, create=create)
    except MissingDatabase as exc:
        init = f'qs-ledger --db "{args.db}" init' if args.db else "qs-ledger init"
        raise MissingDatabase(f"{exc.message}。如要在这里新建台账，请运行：{init}") from exc
    except UnusableDatabase as exc:
        raise UnusableDatabase(unusable(exc, path), details=exc.details) from exc
    warning = storage_warning(path)
    if warning:
        print(f"警告：{warning}", file=sys.stderr)
    try:
        yield store
        try:
            backup_on_close(store)
        except QsError as exc:  # the command itself succeeded; say so and carry on
            print(f"警告：关闭时自动备份失败：{exc.message}", file=sys.stderr)
    finally:
        store.close()


OWED_HELP = "报送期（默认：应报期，即截止日已过的最近一期）"


def emit_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(text: str) -> None:
    print(text)


def plan_year(text: str) -> int:
    """argparse type for --year: a plan year, not any integer (year 0 would read every deadline as unparsed)."""
    if not text.strip().isdigit() or not 1900 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"年份“{text}”不合理，应为 1900 到 2100 之间的四位年份")
    return int(text)
