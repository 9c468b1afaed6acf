"""Portable mode in the desktop: the status bar says so, settings and exports stay on the stick,
and the last export folder is found again under the stick's next drive letter.

The frozen layout is simulated (see tests/cli/test_portable.py); packaging/check runs the bundle.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from qs_desktop import paths
from qs_desktop.ui.context import AppContext
from qs_desktop.ui.main_window import MainWindow

from .conftest import idle


def as_bundle(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "qs-desktop"))


@pytest.fixture
def stick(tmp_path, monkeypatch) -> Path:
    bundle = tmp_path / "E" / "qs-ledger"
    (bundle / "data").mkdir(parents=True)
    as_bundle(monkeypatch, bundle)
    return bundle


def status_texts(window) -> list[str]:
    return [label.text() for label in window.statusBar().findChildren(QLabel)]


def open_window(qtbot, store, db_path, settings=None):
    ctx = AppContext(store, db_path=db_path, settings=settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    idle(qtbot, ctx)
    return ctx, window


def test_the_status_bar_says_portable_mode_only_on_a_stick(qtbot, store, db_path, tmp_path, monkeypatch):
    installed = tmp_path / "Program" / "qs-ledger"
    installed.mkdir(parents=True)
    as_bundle(monkeypatch, installed)
    assert paths.settings_file() is None  # the platform's usual place, as without the bundle
    ctx, window = open_window(qtbot, store, db_path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert "便携模式" not in status_texts(window)
    ctx.shutdown()

    (installed / "data").mkdir()
    ctx, window = open_window(qtbot, store, db_path)
    assert "便携模式" in status_texts(window)
    assert str(installed / "data") in window.portable_badge.toolTip()
    ctx.shutdown()


def test_settings_are_an_ini_file_on_the_stick(qtbot, stick, store, db_path):
    ctx, window = open_window(qtbot, store, db_path)  # settings from app_settings()
    ctx.settings.setValue("language", "en")
    window.save_settings()
    ctx.settings.sync()
    ini = stick / "data" / "settings.ini"
    assert Path(ctx.settings.fileName()) == ini
    assert "language=en" in ini.read_text(encoding="utf-8")
    ctx.shutdown()


def test_exports_start_on_the_stick_and_follow_it_to_another_drive_letter(qtbot, stick, tmp_path, monkeypatch, store, db_path):
    ctx = AppContext(store, db_path=db_path)
    assert Path(ctx.folder()) == stick / "data" / "exports"
    assert (stick / "data" / "exports").is_dir()
    chosen = stick / "data" / "exports" / "十月"
    chosen.mkdir()
    ctx.remember_folder(str(chosen / "台账.xlsx"))
    ctx.settings.sync()
    ctx.shutdown()

    moved = tmp_path / "F" / "qs-ledger"
    moved.parent.mkdir()
    shutil.move(stick, moved)
    as_bundle(monkeypatch, moved)
    ctx = AppContext(store, db_path=db_path)
    assert Path(ctx.folder()) == moved / "data" / "exports" / "十月"
    ctx.shutdown()


def test_a_last_folder_that_is_gone_falls_back_to_the_export_folder(ctx, tmp_path):
    gone = tmp_path / "U盘" / "报表"
    gone.mkdir(parents=True)
    ctx.remember_folder(str(gone))
    shutil.rmtree(tmp_path / "U盘")
    assert ctx.folder() == str(paths.exports_dir())


def test_the_ledger_on_the_stick_gets_advice_not_a_move_it_warning(qtbot, stick, _built_once, tmp_path):
    from qs_desktop.ops.setup import open_ledger

    on_stick = stick / "data" / "ledger.sqlite"
    shutil.copy(_built_once, on_stick)
    store = open_ledger(on_stick)
    ctx, window = open_window(qtbot, store, on_stick)
    window.show_storage_warning("数据库位于 U 盘或移动硬盘上……建议复制到本机硬盘使用")
    assert not hasattr(window, "storage_warning")
    assert "先关闭本程序再拔出 U 盘" in window.portable_badge.toolTip()
    ctx.shutdown()
    store.close()

    elsewhere = tmp_path / "share" / "ledger.sqlite"  # a ledger opened with --db from a share
    elsewhere.parent.mkdir()
    shutil.copy(_built_once, elsewhere)
    store = open_ledger(elsewhere)
    ctx, window = open_window(qtbot, store, elsewhere)
    window.show_storage_warning("数据库位于网络共享文件夹")
    assert window.storage_warning.toolTip() == "数据库位于网络共享文件夹"
    ctx.shutdown()
    store.close()


def test_copying_to_this_pc_reopens_the_copy_in_the_bundled_program(qtbot, stick, store, db_path, monkeypatch):
    """数据库 → 复制到本机磁盘 → 重新打开: the bundle has no Python to run `-m qs_desktop.ui.app`."""
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    copy = stick.parent / "本机" / "ledger.sqlite"
    copy.parent.mkdir()
    started = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append([program, *args]))
    ctx, window = open_window(qtbot, store, db_path)
    window.database_menu.move_to_local()
    idle(qtbot, ctx)
    assert copy.is_file()
    assert started == [[str(stick / "qs-desktop"), "--db", str(copy)]]
    ctx.shutdown()
