"""Scenarios for the ledger file's reliability: crashes, a full disk, damage, two writers.

Shared by tests/store, tests/ops, tests/cli and benchmarks/reliability_report.py. Child
processes run this module's `child_*` functions with `python -c`, importing the same
checkout as the parent.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import qs_desktop

ROOT = Path(qs_desktop.__file__).resolve().parent.parent
BIG_PLAN = "crash-2030"
BIG_TASKS = 3000
UNITS = ("县住建局", "县能源局")
_TASK_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+[\[\"`]?tasks\b", re.IGNORECASE)


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def big_plan(n: int = BIG_TASKS):
    from qs_desktop.core.model import LedgerSpec, PlanSpec, TaskSpec

    tasks = [
        TaskSpec(measure=f"第 {i} 项：推进重点行业深度治理，按月报送进展。", seq=i, section=f"类别 {i // 100}",
                 deadline="2030 年 12 月底前", lead_units=[UNITS[0]], cooperating_units=[UNITS[1]])
        for i in range(1, n + 1)
    ]
    return PlanSpec(code=BIG_PLAN, title="压力测试计划", year=2030,
                    ledgers=[LedgerSpec(code=f"{BIG_PLAN}-tasks", title="压力测试台账", tasks=tasks)])


def import_big_plan(store, trace=None) -> None:
    """What a plan import does: a backup first, then every row in one transaction."""
    from qs_desktop.ops.backups import backup_before
    from qs_desktop.store import catalog, units

    backup_before(store, "import")
    store.conn.set_trace_callback(trace)
    try:
        with store.write() as db:
            catalog.insert_plan(db, big_plan(), {n: units.find(db, n) for n in UNITS})
    finally:
        store.conn.set_trace_callback(None)


def plan_rows(db_path: Path) -> int:
    from qs_desktop.ops.setup import open_ledger

    store = open_ledger(db_path, load_builtin=False)
    try:
        return store.query("SELECT count(*) AS n FROM tasks WHERE ledger_code = ?", (f"{BIG_PLAN}-tasks",))[0]["n"]
    finally:
        store.close()


def check_ok(db_path: Path) -> bool:
    from qs_desktop.ops.check import check_database
    from qs_desktop.ops.setup import open_ledger

    store = open_ledger(db_path, load_builtin=False)
    try:
        return check_database(store).ok
    finally:
        store.close()


# --- children -------------------------------------------------------------------------


def _signal(label: str, block: bool) -> None:
    sys.stdout.write(label + "\n")
    sys.stdout.flush()
    if block:  # wait here until the parent kills us
        sys.stdin.readline()


def child_import(db: str, stop_at: str) -> None:
    """Import the big plan; at `stop_at` ("backup", a task count, "commit", "done") say so and wait.

    With stop_at "free" it only announces the start of the transaction and runs on.
    """
    from qs_desktop.ops.setup import open_ledger

    store = open_ledger(Path(db), load_builtin=False)
    seen = 0

    def trace(sql: str) -> None:
        nonlocal seen
        if sql.startswith("BEGIN"):
            _signal("begin", block=False)
        elif _TASK_INSERT.match(sql):
            seen += 1
            if str(seen) == stop_at:
                _signal(f"rows {seen}", block=True)
        elif sql.strip().upper() == "COMMIT" and stop_at == "commit":
            _signal("commit", block=True)

    if stop_at == "backup":
        from qs_desktop.ops.backups import backup_before

        backup_before(store, "import")
        _signal("backup", block=True)
    import_big_plan(store, trace)
    _signal("done", block=stop_at == "done")
    store.close()


def child_disk_full(db: str, headroom: str) -> None:
    """Import with the file size limited to the database's size + `headroom` bytes."""
    import resource

    from qs_desktop.core.errors import QsError
    from qs_desktop.ops.setup import open_ledger
    from qs_desktop.store import catalog, units

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing us
    store = open_ledger(Path(db), load_builtin=False)
    limit = os.path.getsize(db) + int(headroom)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    try:
        with store.write() as wdb:
            catalog.insert_plan(wdb, big_plan(), {n: units.find(wdb, n) for n in UNITS})
    except QsError as exc:
        print(exc.message, file=sys.stderr)
        sys.exit(1)
    finally:
        store.close()


def child_forms_full_disk(db: str, limit: str, folder: str) -> None:
    """`export form --all-units` with every file capped at `limit` bytes, as on a full disk."""
    import resource

    from qs_desktop.cli.main import main

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    sys.exit(main(["--db", db, "export", "form", "--all-units", "--period", "2022-10", "-o", folder]))


def child_writer(db: str, year: str, count: str) -> None:
    """Save `count` reports (one transaction each), periods in `year`, racing another writer."""
    from qs_desktop.ops.reports import ReportInput, save_report
    from qs_desktop.ops.setup import open_ledger

    store = open_ledger(Path(db), load_builtin=False)
    tasks = [r["id"] for r in store.query("SELECT id FROM tasks WHERE ledger_code = 'air-2022' ORDER BY position")]
    lead = "市生态环境局沁水分局"
    mine = [t for t in tasks if lead in _leads(store, t)]
    _signal("ready", block=True)  # the parent starts both writers at once
    for i in range(int(count)):  # a new task × period each time, so every save adds a report
        task, month = mine[i % len(mine)], i // len(mine)
        period = f"{int(year) + month // 12}-{month % 12 + 1:02d}"
        # reports for a future month are refused: "today" is set after the last period written
        save_report(store, ReportInput(task, lead, period, "in_progress", f"{year} 第 {i} 条",
                                       today=date(int(year) + 10, 12, 31)))
    store.close()


def _leads(store, task_id: str) -> set[str]:
    sql = "SELECT u.name FROM assignments a JOIN units u ON u.id = a.unit_id WHERE a.task_id = ?"
    return {r["name"] for r in store.query(sql, (task_id,))}


def child_hold_write_lock(db: str) -> None:
    """Hold a write transaction open (another program busy with the file) until killed."""
    import sqlite3

    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    _signal("locked", block=True)


def child_hold_instance_lock(db: str) -> None:
    from qs_desktop.store.lock import acquire_instance_lock

    lock = acquire_instance_lock(Path(db))
    _signal("held" if lock else "refused", block=True)


def spawn(function: str, *args, preexec=None) -> subprocess.Popen:
    """Run `function(*args)` from this module in a fresh interpreter with pipes to talk to it."""
    call = f"import tests.reliability_kit as k; k.{function}(*{[str(a) for a in args]!r})"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", call], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, cwd=ROOT, text=True, encoding="utf-8", preexec_fn=preexec,
    )


def wait_for(proc: subprocess.Popen, label: str, timeout: float = 30) -> None:
    """Read the child's signals until `label` (prefix) arrives."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"child ended before {label!r}: {proc.stderr.read()}")
        if line.startswith(label):
            return
    raise AssertionError(f"child never reached {label!r}")


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        stream.close()


# --- scenarios ------------------------------------------------------------------------


@dataclass(frozen=True)
class CrashOutcome:
    rows: int  # tasks of the big plan found afterwards: 0 or BIG_TASKS if all went well
    check_ok: bool

    @property
    def all_or_nothing(self) -> bool:
        return self.rows in (0, BIG_TASKS)


def crash_import(db_path: Path, stop_at: str, delay: float = 0.0) -> CrashOutcome:
    """SIGKILL an importing child at `stop_at` (or `delay` seconds after it begins, with "free")."""
    proc = spawn("child_import", db_path, stop_at)
    try:
        if stop_at == "free":
            wait_for(proc, "begin")
            time.sleep(delay)
        else:
            wait_for(proc, "rows" if stop_at.isdigit() else stop_at)
    finally:
        kill(proc)
    return CrashOutcome(plan_rows(db_path), check_ok(db_path))


def disk_full_import(db_path: Path, headroom: int = 64 * 1024) -> tuple[int, str]:
    proc = spawn("child_disk_full", db_path, headroom)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, err


def forms_full_disk(db_path: Path, folder: Path, limit: int) -> tuple[int, str]:
    """(exit code, stderr) of exporting every unit's form onto a disk that fills at `limit` bytes a file."""
    proc = spawn("child_forms_full_disk", db_path, limit, folder)
    _out, err = proc.communicate(timeout=120)
    return proc.returncode, err


def two_writers(db_path: Path, count: int) -> int:
    """Two processes save `count` reports each at the same time; returns the reports found after."""
    # Periods from 2023 and 2025: past months of a year the 2022 plans still accept (no future periods).
    procs = [spawn("child_writer", db_path, year, count) for year in ("2023", "2025")]
    for proc in procs:
        wait_for(proc, "ready")
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    from qs_desktop.ops.setup import open_ledger

    store = open_ledger(db_path, load_builtin=False)
    try:
        return store.query("SELECT count(*) AS n FROM reports")[0]["n"]
    finally:
        store.close()


# --- damage ---------------------------------------------------------------------------

PAGE = 4096


def btree_pages(data: bytes) -> list[int]:
    """Page numbers (0-based) of table/index b-tree pages that hold at least one cell."""
    found = []
    for page in range(1, len(data) // PAGE):
        base = page * PAGE
        if data[base] in (0x02, 0x05, 0x0A, 0x0D) and int.from_bytes(data[base + 3 : base + 5], "big"):
            found.append(page)
    return found


def flip_in_cell(path: Path, page: int) -> int:
    """Flip a byte of the cell nearest the middle of `page` (its payload length); returns the offset."""
    data = bytearray(Path(path).read_bytes())
    base = page * PAGE
    header = 12 if data[base] in (0x02, 0x05) else 8
    cells = int.from_bytes(data[base + 3 : base + 5], "big")
    pointers = [int.from_bytes(data[base + header + 2 * i : base + header + 2 * i + 2], "big") for i in range(cells)]
    offset = base + min(pointers, key=lambda p: abs(p - PAGE // 2))
    data[offset] ^= 0xFF
    Path(path).write_bytes(bytes(data))
    return offset
