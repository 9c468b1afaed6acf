"""After an export the user is offered to open the file or the folder it went to."""

from __future__ import annotations

from qs_desktop.ui import exported
from qs_desktop.ui.exchange_page import ExchangePage

from .conftest import idle, shown_page


def test_export_offers_open_file_and_open_folder(qtbot, ctx, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(exported.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page = shown_page(qtbot, ctx, ExchangePage)
    target = tmp_path / "台账.xlsx"
    monkeypatch.setattr(exported.QMessageBox, "open", lambda self: None)  # no window manager offscreen
    monkeypatch.setattr("qs_desktop.ui.exchange_page.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    page.export_ledger_xlsx()
    idle(qtbot, ctx)
    dialog = page.exported_dialog
    assert target.is_file() and str(target) in dialog.text()
    dialog.open_file.click()
    dialog.open_folder.click()
    assert opened == [str(target), str(tmp_path)]


def test_a_folder_export_offers_only_the_folder(qtbot, ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(exported.QMessageBox, "open", lambda self: None)
    page = shown_page(qtbot, ctx, ExchangePage)
    dialog = exported.show_exported(page, tmp_path, "已生成 3 份填报表。")
    assert dialog.open_file is None and "3 份" in dialog.text()
