"""The one dialog that shows errors: a plain Chinese message, details only behind a button."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from qs_desktop import errorlog
from qs_desktop.core.errors import QsError

from .i18n import translate_said


def describe(exc: BaseException, tb: str = "") -> tuple[str, str]:
    """(message, details) a user may see for `exc`. Tracebacks never reach the message;
    an unexpected error's traceback is also kept in the error log, which the message names."""
    if isinstance(exc, QsError):
        return translate_said(exc.said), exc.details
    details = tb or "".join(traceback.format_exception(exc))
    log = errorlog.record(exc, details)
    if log is None:
        return QCoreApplication.translate(
            "errors",
            "程序遇到了意外问题，这次操作没有完成，数据未被修改。\n"
            "如问题反复出现，请点“显示详情”，复制内容发给维护人员。",
        ), details
    message = QCoreApplication.translate(
        "errors",
        "程序遇到了意外问题，这次操作没有完成，数据未被修改。\n"
        "详细信息已记录在“{log}”，如问题反复出现，请把这个文件发给维护人员。",
    ).format(log=log)
    return message, details


class ErrorDialog(QMessageBox):
    """Warning box with copyable details; opened window-modal so the event loop keeps running."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("操作未完成"))
        self.setText(message)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if details:
            self.setDetailedText(details)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        copy = self.addButton(self.tr("复制信息"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # keep the dialog open after copying
        copy.clicked.connect(self.copy_to_clipboard)

    def copy_to_clipboard(self) -> None:
        text = self.text() + ("\n\n" + self.detailedText() if self.detailedText() else "")
        QApplication.clipboard().setText(text)


def show_error(exc: BaseException, parent: QWidget | None = None, tb: str = "") -> ErrorDialog:
    message, details = describe(exc, tb)
    dialog = ErrorDialog(message, details, parent)
    dialog.open()
    return dialog
