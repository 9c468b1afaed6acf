"""One cold start, timed from the parent: print `painted` once a ledger table shows rows, then exit.

    python benchmarks/paint.py app DB AS_OF      # qs-desktop on DB (its own main(), fresh settings)
    python benchmarks/paint.py bare DB LEDGER    # a bare QTableView of the same ledger's rows

`benchmarks/run` starts this as a subprocess and measures the wall time until `painted` and
the peak RSS of the whole process. The bare window reads the rows the ledger page shows
(section, seq, measure, deadline, lead units, remarks) with sqlite3 straight into a
QStandardItemModel, and registers the one CJK font it needs to paint them (this machine has
no system CJK font; the app registers the same one).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

ROOT = Path(__file__).resolve().parent.parent
_sql = """
SELECT coalesce(s.heading, ''), coalesce(t.seq, ''), t.measure, t.deadline,
       (SELECT group_concat(u.name, '、') FROM assignments a JOIN units u ON u.id = a.unit_id
        WHERE a.task_id = t.id AND a.role = 'lead'),
       '', '', t.remarks
FROM tasks t LEFT JOIN sections s ON s.id = t.section_id WHERE t.ledger_code = ? ORDER BY t.position
"""


class _WhenPainted(QObject):
    """After the first paint of a table viewport that has rows: say so and leave at once."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            table = obj.parent()
            if isinstance(table, QTableView) and table.model() is not None and table.model().rowCount() > 0 \
                    and table.isVisible() and obj is table.viewport():
                QTimer.singleShot(0, _done)
        return False


_WATCHER = _WhenPainted()


def _done() -> None:
    print("painted", flush=True)
    os._exit(0)


def bare(db: str, ledger: str) -> None:
    import sqlite3

    from PySide6.QtGui import QFont, QFontDatabase, QStandardItem, QStandardItemModel

    app = QApplication(sys.argv[:1])
    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(ROOT / "resources/fonts/wqy-microhei.ttc")))
    app.setFont(QFont(families[0], 10))
    app.installEventFilter(_WATCHER)
    rows = sqlite3.connect(db).execute(_sql, [ledger]).fetchall()
    model = QStandardItemModel(len(rows), 8)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem(str(value or "")))
    table = QTableView()
    table.setModel(model)
    table.setWordWrap(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.resize(1280, 800)
    table.show()
    app.exec()


def app(db: str, as_of: str) -> None:
    sys.path.insert(0, str(ROOT))
    qt = QApplication(sys.argv[:1])
    qt.installEventFilter(_WATCHER)
    from qs_desktop.ui.app import main

    main(["--db", db, "--as-of", as_of])


if __name__ == "__main__":
    mode, db, arg = sys.argv[1:4]
    (bare if mode == "bare" else app)(db, arg)
