"""Keystroke or filter change to repainted ledger, in ms (median), on the 台账 page of each database.

    python benchmarks/search.py CITY_DB AS_OF ONE_LEDGER_DB REPEAT

For each database the page shows its biggest ledger. Each step sets the search text the way a
keystroke (or an input method's commit) does, or changes a filter box, then processes events
until the table has repainted; the time is from the change to the end of that paint. Prints one
line per database: "<size>\t<median ms>".
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qs_desktop.ops import catalog  # noqa: E402
from qs_desktop.ops.setup import open_ledger  # noqa: E402
from qs_desktop.ui.context import AppContext  # noqa: E402
from qs_desktop.ui.ledger import LedgerPage  # noqa: E402


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _idle(app: QApplication, ctx: AppContext) -> None:
    for _ in range(2000):
        app.processEvents()
        if not ctx.busy:
            app.processEvents()
            return
        time.sleep(0.005)


def measure(app: QApplication, path: str, as_of: date, repeat: int) -> tuple[str, float]:
    store = open_ledger(path)
    ledgers = catalog.list_ledgers(store)
    biggest = max(ledgers, key=lambda lg: lg.task_count)
    ctx = AppContext(store, settings=QSettings(str(Path(path).with_suffix(".ini")), QSettings.Format.IniFormat))
    ctx.set_as_of(as_of)
    page = LedgerPage(ctx)
    page.resize(1280, 760)
    page.show()
    _idle(app, ctx)
    page.ledger_box.setCurrentIndex(page.ledger_box.findData(biggest.code))
    _idle(app, ctx)
    app.processEvents()
    page._key_in_background(page._generation)  # the pinyin keys a user has after the first second
    _idle(app, ctx)
    painted = _Painted()
    page.table.viewport().installEventFilter(painted)
    unit = next(u.name for u in catalog.list_units(store) if u.kind == "township")
    steps = [
        lambda: page.search.setText("z"), lambda: page.search.setText("zj"), lambda: page.search.setText("zjj"),
        lambda: page.search.setText(""), lambda: page.search.setText("扬尘"), lambda: page.search.setText(""),
        lambda: page.mark_box.setCurrentIndex(1), lambda: page.mark_box.setCurrentIndex(0),
        lambda: page.unit_box.setCurrentIndex(page.unit_box.findData(unit)),
        lambda: page.unit_box.setCurrentIndex(0),
    ]
    times = []
    for _ in range(repeat):
        for step in steps:
            before = painted.count
            start = time.perf_counter()
            step()
            for _ in range(100):
                app.processEvents()
                if painted.count > before:
                    break
            times.append((time.perf_counter() - start) * 1000)
    ctx.shutdown()
    page.close()
    store.close()
    return f"{biggest.task_count:,}-task ledger ({Path(path).stem})", statistics.median(times)


def main() -> None:
    city, as_of, one, repeat = sys.argv[1], date.fromisoformat(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    app = QApplication(sys.argv[:1])
    for path in (city, one):
        size, median = measure(app, path, as_of, repeat)
        print(f"{size}\t{median:.1f}", flush=True)


if __name__ == "__main__":
    main()
