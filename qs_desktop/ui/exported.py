"""After an export: say where the file went and offer 打开文件 / 打开所在文件夹."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


class ExportedDialog(QMessageBox):
    def __init__(self, path: Path, detail: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("导出完成"))
        self.setText((detail + "\n" if detail else "") + self.tr("已保存到：{path}").format(path=path))
        self.open_file = None
        if path.is_file():
            self.open_file = self.addButton(self.tr("打开文件"), QMessageBox.ButtonRole.ActionRole)
            self.open_file.clicked.connect(lambda: _open(path))
        self.open_folder = self.addButton(self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
        self.open_folder.clicked.connect(lambda: _open(path if path.is_dir() else path.parent))
        self.addButton(self.tr("关闭"), QMessageBox.ButtonRole.RejectRole)


def _open(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_exported(widget: QWidget, path: str | Path, detail: str = "") -> ExportedDialog:
    """Status bar line plus a non-blocking dialog with the two buttons; returns the dialog."""
    target = Path(path)
    window = widget.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(ExportedDialog.tr("已导出：{path}").format(path=target), 8000)
    dialog = ExportedDialog(target, detail, window)
    dialog.open()
    widget.exported_dialog = dialog  # kept for tests and so it is not collected while shown
    return dialog
