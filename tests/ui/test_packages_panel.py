"""数据交换 → 数据包: the coordinator makes packages, imports a stick's folder, reads the receipt,
and settles a conflict side by side."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from qs_desktop.ops import packages
from qs_desktop.ops.office import set_office
from qs_desktop.ops.reports import list_reports
from tests.packages_kit import Offices

from .conftest import idle, shown_page

LG, TASK = "龙港镇人民政府", "air-2022:16"


@pytest.fixture
def offices(ctx, tmp_path):
    set_office(ctx.store, "县环委会办公室")
    kit = Offices(ctx.store, tmp_path / "stick")
    (tmp_path / "stick").mkdir()
    yield kit
    for s in kit.units.values():
        s.close()


def make_page(qtbot, ctx):
    from qs_desktop.ui.exchange_page import ExchangePage

    return shown_page(qtbot, ctx, ExchangePage, size=(1100, 900))


def cell(table, row, col):
    return table.item(row, col).text()


def test_the_panel_says_who_this_is_and_what_went_out(qtbot, ctx, offices, tmp_path):
    from qs_desktop.ui.packages_panel import make_package

    page = make_page(qtbot, ctx)
    panel = page.packages
    assert "协调办公室" in panel.who.text()
    assert packages.identity(ctx.store).fingerprint in panel.who.text()
    assert panel.make_all.isVisible() and not panel.conflicts.isEnabled()
    page.unit_box.setCurrentIndex(page.unit_box.findData(LG))
    ctx.run(make_package, ctx.store, page.unit_box.currentData(), str(tmp_path / "lg.qspkg"),
            on_done=panel._made)
    idle(qtbot, ctx)
    assert "安装包第 1 号" in panel.last_dialog.text.toPlainText()
    assert cell(panel.peers, 0, 0) == LG
    assert cell(panel.peers, 0, 1) == "已发安装包，待首次回报"
    assert cell(panel.peers, 0, 3).startswith("第 1 号")


def test_a_folder_of_returns_ends_with_the_receipt(qtbot, ctx, offices, tmp_path):
    lg = offices.set_up(LG)
    offices.report(lg, LG, TASK, "2022-10", "禁煤区巡查 4 次")
    sent = offices.send(lg)
    (tmp_path / "stick" / "坏的.qspkg").write_bytes(sent.read_bytes()[:-10])
    page = make_page(qtbot, ctx)
    from qs_desktop.exchange.packages import package_files

    page.packages.take(package_files(tmp_path / "stick"))
    idle(qtbot, ctx)
    receipt = page.packages.last_dialog
    assert "已接收 1 个" in receipt.lead.text() and "未导入 1 个" in receipt.lead.text()
    assert "本机制作的 1 个已跳过" in receipt.lead.text()  # the setup package, still on the stick
    assert "签名与内容不符" in receipt.text.toPlainText()
    assert list_reports(ctx.store, task_id=TASK, unit=LG)[0].progress == "禁煤区巡查 4 次"
    assert cell(page.packages.peers, 0, 1).startswith("已登记")
    assert cell(page.packages.peers, 0, 2).startswith("第 1 号")
    receipt.grab().save(str(tmp_path / "receipt.png"))


def test_a_conflict_is_shown_side_by_side_and_settled_with_one_click(qtbot, ctx, offices):
    county = ctx.store
    offices.conflict(offices.set_up(LG), LG, TASK, "巡查 4 次（电话补记：查处散煤点 1 处）", "巡查 5 次，整改 2 处")
    page = make_page(qtbot, ctx)
    panel = page.packages
    assert panel.conflicts.isEnabled() and "（1）" in panel.conflicts.text()
    panel.open_conflicts()
    dialog = panel.last_dialog
    assert "查处散煤点 1 处" in dialog.ours.toPlainText()
    assert "巡查 5 次，整改 2 处" in dialog.theirs.toPlainText()
    dialog.findChild(QPushButton, "take_theirs").click()
    idle(qtbot, ctx)
    assert list_reports(county, task_id=TASK, unit=LG)[0].progress == "巡查 5 次，整改 2 处"
    assert dialog.list.count() == 0 and not dialog.keep.isEnabled()
    assert not panel.conflicts.isEnabled()
