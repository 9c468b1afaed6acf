"""An unexpected error in the desktop: the dialog says where its traceback was written, and the
log file holds it (the message itself never shows a traceback)."""

from __future__ import annotations

from qs_desktop.ui.errors import describe


def _broken() -> None:
    raise KeyError("sheet")


def test_the_message_names_the_log_that_holds_the_traceback(error_log):
    try:
        _broken()
    except KeyError as exc:
        message, details = describe(exc)
    assert str(error_log) in message and "Traceback" not in message
    logged = error_log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "_broken" in logged and "KeyError: 'sheet'" in logged
    assert "_broken" in details  # still copyable from the dialog


def test_without_a_writable_log_the_message_still_says_what_to_do(error_log, monkeypatch):
    from qs_desktop import paths

    blocker = error_log.parent.parent / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(paths, "log_dir", lambda: blocker / "logs")
    message, details = describe(RuntimeError("boom"))
    assert "显示详情" in message and "RuntimeError: boom" in details
