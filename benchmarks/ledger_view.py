"""Time what the ledger view (台账) does on the UI thread and on the worker, for big ledgers.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/ledger_view.py [--sizes 1000 5000 20000] [--repeat 3]

For each size a fresh database gets the built-in plans plus one synthetic plan of that many
tasks (texts, deadline phrases and sections reused from the built-in plans, 1–4 units each from
the built-in directory, a submitted or approved report on every tenth task). Each figure is the
median of --repeat runs, in milliseconds.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from qs_desktop.core import schedule  # noqa: E402
from qs_desktop.core.model import LedgerSpec, PlanSpec, TaskSpec  # noqa: E402
from qs_desktop.ops import catalog, review, status  # noqa: E402
from qs_desktop.ops.builtin import plan_specs  # noqa: E402
from qs_desktop.ops.reports import ReportInput, save_report  # noqa: E402
from qs_desktop.ops.setup import open_ledger  # noqa: E402
from qs_desktop.store import catalog as store_catalog  # noqa: E402
from qs_desktop.store import units as store_units  # noqa: E402
from qs_desktop.ui.ledger import load_ledger  # noqa: E402
from qs_desktop.ui.ledger_model import MEASURE, STATUS, LedgerProxy, LedgerTableModel  # noqa: E402

CODE = "bench"
AS_OF, LATER = date(2022, 10, 20), date(2022, 12, 20)
PERIOD = "2022-10"


def build(path: Path, size: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    store = open_ledger(path)
    store.actor = "市生态环境局沁水分局"
    samples = [t for spec in plan_specs() for lg in spec.ledgers for t in lg.tasks]
    names = [u.name for u in catalog.list_units(store) if u.kind != "group"]
    tasks = []
    for n in range(size):  # texts get a number so that no two are alike, as in real plans
        base = rng.choice(samples)
        units = rng.sample(names, rng.randint(1, 4))
        tasks.append(TaskSpec(
            measure=f"{base.measure}（{n + 1}）", seq=n + 1, section=f"{n // 40 + 1}、{base.section or '重点任务'}",
            deadline=base.deadline, lead_units=units[:1], cooperating_units=units[1:],
        ))
    spec = PlanSpec(CODE, "基准测试计划", 2022, [LedgerSpec(CODE, f"基准测试台账（{size} 项）", tasks)])
    with store.write() as db:
        store_catalog.insert_plan(db, spec, {n: store_units.find(db, n) for n in names})
    for task in catalog.list_tasks(store, ledger=CODE)[::10]:
        unit = task.lead_units[0]
        save_report(store, ReportInput(task.id, unit, PERIOD, "in_progress", f"{task.id} 本月进展"))
        if rng.random() < 0.5:
            review.approve(store, task.id, unit, PERIOD)
    store.close()


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(path: Path, repeat: int) -> dict[str, float]:
    store = open_ledger(path)
    tasks = catalog.list_tasks(store, ledger=CODE)
    model = LedgerTableModel()
    proxy = LedgerProxy()
    proxy.setSourceModel(model)

    def load(as_of: date) -> None:  # worker: ops + rows; UI thread: the model reset
        model.set_rows(*load_ledger(store, CODE, as_of, PERIOD))

    def cold_statuses() -> None:  # as on the first load after start
        schedule.parse_deadline.cache_clear()
        schedule.find_deadline_in_text.cache_clear()
        status.task_statuses(store, tasks, AS_OF)

    def search(text: str) -> None:
        proxy.set_filter(query=text)
        proxy.rowCount()
        proxy.set_filter(query="")

    def sort(column: int) -> None:
        proxy.sort(column, Qt.SortOrder.AscendingOrder)
        proxy.sort(-1)

    results = {"task_statuses, first time (worker)": median_ms(cold_statuses, repeat)}
    results["task_statuses again (worker)"] = median_ms(lambda: status.task_statuses(store, tasks, AS_OF), repeat)
    results["load ledger + rows (worker)"] = median_ms(lambda: load_ledger(store, CODE, AS_OF, PERIOD), repeat)
    rows, _headings = load_ledger(store, CODE, AS_OF, PERIOD)
    results["set rows in the model (UI)"] = median_ms(lambda: model.set_rows(rows), repeat)
    results["search text (UI)"] = median_ms(lambda: search("扬尘"), repeat)
    results["search pinyin zjj (UI)"] = median_ms(lambda: search("zjj"), repeat)
    results["sort by 具体措施 (UI)"] = median_ms(lambda: sort(MEASURE), repeat)
    results["sort by 完成状态 (UI)"] = median_ms(lambda: sort(STATUS), repeat)
    results["switch as-of date (worker + UI)"] = median_ms(lambda: (load(LATER), load(AS_OF)), repeat) / 2
    store.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    table: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"ledger-{size}.sqlite"
            build(path, size)
            table[size] = measure(path, args.repeat)
            print(f"{size} tasks done", file=sys.stderr)
    steps = list(next(iter(table.values())))
    print(f"| step (ms, median of {args.repeat}) | " + " | ".join(f"{s:,} tasks" for s in args.sizes) + " |")
    print("|---|" + "---:|" * len(args.sizes))
    for step in steps:
        print(f"| {step} | " + " | ".join(f"{table[s][step]:.0f}" for s in args.sizes) + " |")


if __name__ == "__main__":
    main()
