"""A ledger is opened exactly as named: # ? % [ ] ( ), spaces, %20 and Chinese are file-name
characters, not URI syntax — and its backups hold that ledger, not another file."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from qs_desktop.ops import backups
from qs_desktop.ops.reports import ReportInput, list_reports, save_report
from qs_desktop.ops.setup import open_ledger

NAMES = ["台账#2.sqlite", "台账%20副本.sqlite", "台账 (2022) [终稿].sqlite", "a%2Fb%.sqlite", "问题?.sqlite"]
if sys.platform == "win32":
    NAMES.remove("问题?.sqlite")  # not a legal Windows file name


@pytest.mark.parametrize("name", NAMES)
def test_a_ledger_with_an_unusual_name_is_that_file_and_its_backup_holds_it(tmp_path, db_path, name):
    path = tmp_path / "office" / name
    path.parent.mkdir()
    path.write_bytes(db_path.read_bytes())
    store = open_ledger(path)
    save_report(store, ReportInput("air-2022:6", "市生态环境局沁水分局", "2022-08", "in_progress", "已安装 40 套门禁"))
    copy = backups.backup_before(store, "manual")
    store.close()

    assert sorted(p.name for p in path.parent.iterdir() if not p.name.startswith(name)) == ["backups"]
    raw = sqlite3.connect(path)  # a plain path: no URI decoding involved
    try:
        assert raw.execute("SELECT progress FROM reports").fetchall() == [("已安装 40 套门禁",)]
    finally:
        raw.close()
    assert copy.ok and copy.path.name.startswith(path.stem)
    restored = open_ledger(copy.path, read_only=True)
    try:
        assert [r.progress for r in list_reports(restored)] == ["已安装 40 套门禁"]
    finally:
        restored.close()
