"""Python's cyclic garbage collection, run only on the UI thread.

The collector runs on whichever thread happens to allocate when a threshold is crossed.
If that is the database worker and the garbage holds Qt wrappers made on the UI thread
(a closed dialog, last test's widgets), Qt objects are destroyed on the wrong thread and
the process dies with a segmentation fault or bus error — seen here in about one test run
in five. Anki's answer, used here too: switch automatic collection off while the worker
exists and collect from a timer on the UI thread, generation by generation as Python would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        count0, count1, count2 = gc.get_count()
        if count0 > self.threshold[0]:
            gc.collect(0)
            if count1 > self.threshold[1]:
                gc.collect(1)
                if count2 > self.threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        """Once the worker has stopped, collection may run anywhere again."""
        self.timer.stop()
        gc.collect()
        if self.was_enabled:
            gc.enable()
