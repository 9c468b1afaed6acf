"""qs-ledger sample: a trainer makes a demo ledger from the command line; real work is never mixed in."""

from __future__ import annotations


def test_command_line_fills_a_new_file_and_refuses_real_data(tmp_path, cli):
    fresh = tmp_path / "demo" / "sample.sqlite"
    code, out, err = cli("sample", "--scale", "county", db=fresh)
    assert code == 0 and "示例数据" in out and fresh.exists()
    code, out, _ = cli("report", "add", "air-2022:2", "--unit", "市生态环境局沁水分局", "--period", "2022-10",
                       "--status", "in_progress", "--text", "已完成排查")
    assert code == 0
    code, _, err = cli("sample", "--scale", "county")  # the ledger with a real report
    assert code == 1 and "真实数据" in err and "Traceback" not in err
