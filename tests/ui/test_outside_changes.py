"""A report added from the command line while the window is open shows up without touching anything."""

from __future__ import annotations

from qs_desktop.cli.main import main as cli_main

from .conftest import idle


def test_a_cli_write_appears_in_the_open_window(window, ctx, qtbot, db_path, capsys):
    page = window.show_page("review")
    assert page.rows == []
    code = cli_main(["--db", str(db_path), "report", "add", "air-2022:7", "--unit", "县住建局",
                     "--period", "2022-09", "--status", "常态推进", "--text", "检查工地 23 处"])
    assert code == 0, capsys.readouterr().err
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=10_000)  # the timer notices data_version
    idle(qtbot, ctx)
    assert page.rows[0].progress == "检查工地 23 处"
    assert window.statusBar().currentMessage() == "台账已被另一个程序修改，已刷新。"


def test_our_own_writes_do_not_count_as_outside_changes(window, ctx, qtbot):
    from qs_desktop.ops.reports import ReportInput, save_report

    ctx.run(save_report, ctx.store, ReportInput("air-2022:7", "县住建局", "2022-09", "ongoing", "检查工地"))
    idle(qtbot, ctx)
    assert not ctx.check_outside_changes()
