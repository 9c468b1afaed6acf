"""Damaged, truncated, foreign, newer and read-only files: refused with a plain message, never modified."""

from __future__ import annotations

import sqlite3

import pytest

from qs_desktop.core.errors import DatabaseError, UnusableDatabase
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ops.setup import open_ledger
from qs_desktop.store.db import Store, latest_version
from tests import reliability_kit as kit

REPORT = ReportInput("air-2022:6", "市生态环境局沁水分局", "2022-08", "in_progress", "已安装 40 套门禁")


def _refused(path) -> UnusableDatabase:
    before = kit.digest(path)
    with pytest.raises(UnusableDatabase) as info:
        open_ledger(path)
    assert kit.digest(path) == before
    assert "Traceback" not in info.value.message
    return info.value


def test_garbage_is_refused(tmp_path):
    path = tmp_path / "ledger.sqlite"
    path.write_bytes(bytes(range(256)) * 64)
    assert "不是台账数据库" in _refused(path).message


@pytest.mark.parametrize(
    "cut",
    [lambda n: 100, lambda n: 4096, lambda n: n // 2, lambda n: n - 4096, lambda n: n - 100],
    ids=["header-only", "first-page", "half", "last-page-missing", "last-page-short"],
)
def test_truncated_file_is_refused(db_path, cut):
    data = db_path.read_bytes()
    db_path.write_bytes(data[: cut(len(data))])
    assert "损坏" in _refused(db_path).message


def test_a_flipped_page_type_is_refused(db_path):
    data = bytearray(db_path.read_bytes())
    page = kit.btree_pages(bytes(data))[len(kit.btree_pages(bytes(data))) // 2]
    data[page * kit.PAGE] ^= 0xFF
    db_path.write_bytes(bytes(data))
    assert "损坏" in _refused(db_path).message


def test_a_flipped_cell_pointer_is_refused(db_path):
    data = bytearray(db_path.read_bytes())
    page = kit.btree_pages(bytes(data))[-1]
    header = 12 if data[page * kit.PAGE] in (0x02, 0x05) else 8
    data[page * kit.PAGE + header] ^= 0xFF
    db_path.write_bytes(bytes(data))
    assert "损坏" in _refused(db_path).message


def test_a_byte_flipped_in_the_middle_of_every_page_is_caught(db_path, tmp_path):
    """Flip the length of the cell nearest each page's middle, one page at a time."""
    pristine = db_path.read_bytes()
    pages = kit.btree_pages(pristine)
    assert len(pages) > 20
    for page in pages:
        damaged = tmp_path / f"page-{page}.sqlite"
        damaged.write_bytes(pristine)
        kit.flip_in_cell(damaged, page)
        _refused(damaged)


def test_a_flipped_header_field_is_refused(db_path):
    data = bytearray(db_path.read_bytes())
    data[16] ^= 0xFF  # page size
    db_path.write_bytes(bytes(data))
    _refused(db_path)


def test_newer_user_version_is_refused_and_not_modified(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.close()
    assert "更新版本" in _refused(db_path).message


def test_a_read_only_store_refuses_writes_plainly(db_path):
    before = kit.digest(db_path)
    store = open_ledger(db_path, read_only=True)
    try:
        with pytest.raises(DatabaseError, match="只读"):
            save_report(store, REPORT)
    finally:
        store.close()
    assert kit.digest(db_path) == before


def test_a_file_sqlite_opens_read_only_gives_a_plain_message(db_path):
    """As on a write-protected USB stick: SQLite itself refuses the write (mode=ro, since CI runs as root)."""
    before = kit.digest(db_path)
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    store = Store(db_path, conn)
    store.actor = "县环委会办公室"
    try:
        with pytest.raises(DatabaseError, match="只读") as info:
            save_report(store, REPORT)
    finally:
        store.close()
    assert str(db_path) in info.value.message
    assert kit.digest(db_path) == before


def test_a_big_file_opens_first_and_its_deferred_check_refuses_writes(db_path, monkeypatch):
    """The window of a big ledger opens before the whole-file check; the check then runs before
    any write, and a damaged file stays read-only with the same plain message."""
    from qs_desktop.ops.setup import verify
    from qs_desktop.store import db as store_db

    data = bytearray(db_path.read_bytes())
    page = kit.btree_pages(bytes(data))[-1]
    header = 12 if data[page * kit.PAGE] in (0x02, 0x05) else 8
    data[page * kit.PAGE + header] ^= 0xFF
    db_path.write_bytes(bytes(data))
    before = kit.digest(db_path)
    monkeypatch.setattr(store_db, "DEFER_CHECK_BYTES", 0)  # every file counts as big
    store = open_ledger(db_path, defer_check=True)
    assert store.unchecked
    with pytest.raises(UnusableDatabase, match="损坏"):
        verify(store)
    with pytest.raises(DatabaseError, match="只读"):
        save_report(store, REPORT)
    store.close()
    assert kit.digest(db_path) == before


def test_a_sound_big_file_passes_its_deferred_check(db_path, monkeypatch):
    from qs_desktop.ops.setup import verify
    from qs_desktop.store import db as store_db

    monkeypatch.setattr(store_db, "DEFER_CHECK_BYTES", 0)
    store = open_ledger(db_path, defer_check=True)
    verify(store)
    assert not store.unchecked
    save_report(store, REPORT)
    store.close()
