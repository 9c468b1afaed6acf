"""Starting on a ledger named with --db that is not there: the app asks before creating one
(a shortcut to a USB stick that is not plugged in must not open an empty ledger)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from qs_desktop.ui import app


@pytest.fixture
def answer(monkeypatch):
    """Click the button whose text is `answer.text` in the next question box; records what was asked."""
    asked = []

    def exec_(box):
        asked.append(box.text())
        for button in box.buttons():
            if button.text() == answer.text:
                monkeypatch.setattr(box, "clickedButton", lambda b=button: b)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: asked.append(a[2]))
    answer.text = ""
    answer.asked = asked
    return answer


def test_declining_leaves_no_file_no_lock_and_no_folder(qtbot, tmp_path, answer):
    missing = tmp_path / "U盘" / "台账.sqlite"
    missing.parent.mkdir()
    answer.text = "退出"
    with pytest.raises(SystemExit) as stopped:
        app.main(["--db", str(missing)])
    assert stopped.value.code == 1
    assert "找不到台账文件" in answer.asked[0] and str(missing) in answer.asked[0]
    assert list(missing.parent.iterdir()) == []


def test_a_missing_folder_is_said_and_nothing_is_created(qtbot, tmp_path, answer):
    missing = tmp_path / "E盘" / "台账.sqlite"
    with pytest.raises(SystemExit):
        app.main(["--db", str(missing)])
    assert "文件夹也不存在" in answer.asked[0]
    assert list(tmp_path.iterdir()) == []


def test_agreeing_creates_the_ledger(qtbot, tmp_path, answer):
    missing = tmp_path / "台账.sqlite"
    answer.text = "新建台账"
    assert app.may_create(missing, explicit=True) is True
    store = app.open_store(missing, create=True)
    try:
        assert store.query("SELECT count(*) AS n FROM plans")[0]["n"] == 3
    finally:
        store.close()


def test_the_default_place_is_created_on_first_start_without_asking(tmp_path, answer):
    assert app.may_create(tmp_path / "ledger.sqlite", explicit=False) is True
    assert answer.asked == []


def test_an_existing_empty_file_is_not_turned_into_a_ledger(qtbot, tmp_path, answer):
    empty = tmp_path / "台账.sqlite"
    empty.write_bytes(b"")
    assert app.may_create(empty, explicit=True) is False
    with pytest.raises(Exception, match="不是台账数据库文件"):
        app.open_store(empty)
    assert empty.stat().st_size == 0
