"""No traceback reaches the user: a full disk during a batch export is one plain line, and an
unexpected internal error is one line naming the log file that keeps its traceback."""

from __future__ import annotations

import sys

import pytest

from qs_desktop.exchange import ledgers
from tests import reliability_kit as kit


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("limit", [2_000, 9_000])
def test_disk_full_during_forms_for_every_unit_is_one_plain_line(db_path, tmp_path, limit):
    out = tmp_path / "forms"
    code, err = kit.forms_full_disk(db_path, out, limit)
    assert code == 1
    assert "磁盘空间不足" in err
    assert "Traceback" not in err and "Exception ignored" not in err
    assert len(err.strip().splitlines()) <= 2  # the message, and perhaps the close-time backup warning
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_an_internal_error_says_where_its_traceback_went(cli, monkeypatch, tmp_path, error_log):
    def broken(*args, **kwargs):
        return {}["sheet"]

    monkeypatch.setattr(ledgers, "export_ledger_xlsx", broken)
    code, _, err = cli("export", "ledger", "--plan", "air-2022", "-o", str(tmp_path / "台账.xlsx"))
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "内部错误" in err and str(error_log) in err
    logged = error_log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'sheet'" in logged and "broken" in logged
