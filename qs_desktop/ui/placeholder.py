"""Stand-in for pages not yet built (the pages owned by branch gui2 replace it in main_window.PAGES)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .context import AppContext


class PlaceholderPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("此页面正在建设中。"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        QVBoxLayout(self).addWidget(label)
