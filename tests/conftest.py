"""Shared fixtures: every test gets a fresh database file in its own temp dir."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def error_log(tmp_path, monkeypatch) -> Path:
    """Internal errors are logged into the test's folder, not the user's."""
    from qs_desktop import paths

    folder = tmp_path / "logs"
    monkeypatch.setattr(paths, "log_dir", lambda: folder, raising=False)
    return folder / "errors.log"


@pytest.fixture(scope="session")
def _built_once(tmp_path_factory) -> Path:
    """Building the built-in plans takes a moment; copy one pristine file per test."""
    from qs_desktop.ops.setup import open_ledger

    path = tmp_path_factory.mktemp("pristine") / "ledger.sqlite"
    open_ledger(path).close()
    return path


@pytest.fixture
def db_path(tmp_path, _built_once) -> Path:
    path = tmp_path / "ledger.sqlite"
    shutil.copy(_built_once, path)
    return path


@pytest.fixture
def store(db_path):
    from qs_desktop.ops.setup import open_ledger

    s = open_ledger(db_path)
    s.actor = "县环委会办公室"
    yield s
    s.close()


@pytest.fixture
def cli(db_path, capsysbinary):
    """Run `qs-ledger --db <fresh db> ARGS…` in-process; returns (exit code, stdout, stderr)."""
    from qs_desktop.cli.main import main

    def run(*args: str, db: Path | None = None):
        code = main(["--db", str(db or db_path), *args])
        out, err = capsysbinary.readouterr()
        return code, out.decode("utf-8"), err.decode("utf-8")

    return run


@pytest.fixture
def python() -> str:
    return sys.executable


@pytest.fixture
def digest(db_path):
    """digest() -> a digest of everything stored in the ledger (not of its bytes, which opening may touch)."""

    def of(path: Path | None = None) -> str:
        con = sqlite3.connect(f"file:{path or db_path}?mode=ro", uri=True)
        try:
            return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
        finally:
            con.close()

    return of
