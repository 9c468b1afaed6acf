"""Run the ledger file's reliability scenarios and print how many were run and survived.

    python benchmarks/reliability_report.py [--random N]

Survived means: the file passes "check database" afterwards, an import is entirely absent
or entirely present, a refused file is byte-for-byte unchanged, and the user got a plain
message instead of a traceback. Exit status 1 when any scenario did not survive.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402
from table import cells, pad  # noqa: E402 — benchmarks/ is the script's own folder

from qs_desktop.cli.main import main as cli_main  # noqa: E402
from qs_desktop.core.errors import (  # noqa: E402
    DatabaseError,
    FileRejected,
    ImportRejected,
    QsError,
    StorageFull,
    UnusableDatabase,
)
from qs_desktop.exchange.ledgers import export_ledger_xlsx  # noqa: E402
from qs_desktop.exchange.xlsx_plan import read_plan_sheet  # noqa: E402
from qs_desktop.exchange.xlsx_safety import MAX_TASK_ROWS, open_workbook  # noqa: E402
from qs_desktop.ops import backups  # noqa: E402
from qs_desktop.ops.reports import ReportInput, list_reports, save_report  # noqa: E402
from qs_desktop.ops.setup import open_ledger  # noqa: E402
from qs_desktop.store.db import latest_version  # noqa: E402
from tests import hostile_xlsx  # noqa: E402
from tests import reliability_kit as kit  # noqa: E402

REPORT = ReportInput("air-2022:6", "市生态环境局沁水分局", "2022-08", "in_progress", "已安装 40 套门禁")


class Lab:
    """Hands out fresh copies of one pristine ledger."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pristine = folder / "pristine.sqlite"
        open_ledger(self.pristine).close()
        self.count = 0

    def fresh(self) -> Path:
        self.count += 1
        path = self.folder / f"case-{self.count}" / "ledger.sqlite"
        path.parent.mkdir()
        shutil.copy(self.pristine, path)
        return path


def refused_untouched(path: Path) -> bool:
    before = kit.digest(path)
    try:
        open_ledger(path).close()
    except UnusableDatabase:
        return kit.digest(path) == before
    return False


def crash_points(lab: Lab) -> Iterator[bool]:
    for stop_at in ("backup", "1", "1500", "2999", "commit", "done"):
        outcome = kit.crash_import(lab.fresh(), stop_at)
        yield outcome.check_ok and outcome.rows == (kit.BIG_TASKS if stop_at == "done" else 0)


def crash_random(lab: Lab, runs: int) -> Iterator[bool]:
    rng = random.Random(7)
    for _ in range(runs):
        outcome = kit.crash_import(lab.fresh(), "free", rng.uniform(0, 0.5))
        yield outcome.check_ok and outcome.all_or_nothing


def disk_full(lab: Lab) -> Iterator[bool]:
    for headroom in (0, 16 * 1024, 256 * 1024):
        path = lab.fresh()
        before = kit.digest(path)
        code, err = kit.disk_full_import(path, headroom)
        yield code == 1 and "本次修改未保存" in err and kit.digest(path) == before and kit.check_ok(path)


def sqlite_full(lab: Lab) -> Iterator[bool]:
    path = lab.fresh()
    store = open_ledger(path)
    store.conn.execute(f"PRAGMA max_page_count = {store.conn.execute('PRAGMA page_count').fetchone()[0] + 20}")
    try:
        kit.import_big_plan(store)
        yield False
    except StorageFull:
        store.close()
        yield kit.plan_rows(path) == 0 and kit.check_ok(path)


def damaged(lab: Lab) -> Iterator[bool]:
    path = lab.fresh()
    path.write_bytes(bytes(range(256)) * 64)
    yield refused_untouched(path)
    size = lab.pristine.stat().st_size
    for cut in (100, 4096, size // 2, size - 4096, size - 100):
        path = lab.fresh()
        path.write_bytes(lab.pristine.read_bytes()[:cut])
        yield refused_untouched(path)
    for page in kit.btree_pages(lab.pristine.read_bytes()):
        path = lab.fresh()
        kit.flip_in_cell(path, page)
        yield refused_untouched(path)


def newer_version(lab: Lab) -> Iterator[bool]:
    path = lab.fresh()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    yield refused_untouched(path)


def two_writers(lab: Lab) -> Iterator[bool]:
    path = lab.fresh()
    yield kit.two_writers(path, 50) == 100 and kit.check_ok(path)


def round_trip(lab: Lab) -> Iterator[bool]:
    path = lab.fresh()
    store = open_ledger(path)
    save_report(store, REPORT)
    copy = backups.backup_to(store, path.parent / "copy.sqlite")
    save_report(store, ReportInput(REPORT.task_id, REPORT.unit, "2022-09", "in_progress", "九月"))
    backups.restore(store, copy.path)
    periods = [r.period for r in list_reports(store, task_id=REPORT.task_id)]
    store.close()
    yield periods == ["2022-08"] and kit.check_ok(path)


def read_only(lab: Lab) -> Iterator[bool]:
    path = lab.fresh()
    before = kit.digest(path)
    store = open_ledger(path, read_only=True)
    try:
        save_report(store, REPORT)
        yield False
    except DatabaseError as exc:
        yield "只读" in exc.message and kit.digest(path) == before
    finally:
        store.close()


def upgrade(lab: Lab) -> Iterator[bool]:
    path = lab.fresh()
    shutil.copy(ROOT / "tests" / "fixtures" / "ledger-v1.sqlite", path)
    store = open_ledger(path)
    reports = list_reports(store)
    store.close()
    kept = [b for b in backups.list_backups(path) if b.reason == "upgrade-v1" and b.ok]
    yield len(reports) == 1 and len(kept) == 1 and kit.check_ok(path)


def output_targets(lab: Lab) -> Iterator[bool]:
    """Exports and backups aimed at the ledger (however spelled), its journal, its backups, a pipe."""
    path = lab.fresh()
    store = open_ledger(path)
    backups.backup_before(store, "manual")
    kept = next((path.parent / "backups").iterdir())
    os.link(path, path.parent / "hard.sqlite")
    os.symlink(path, path.parent / "soft.xlsx")
    os.mkfifo(path.parent / "pipe.xlsx")
    before = kit.digest(path), kit.digest(kept)
    targets = [path, f"{path.parent}/x/../{path.name}", path.parent / "hard.sqlite", path.parent / "soft.xlsx",
               f"{path}-wal", f"{path}-journal", kept, path.parent / "pipe.xlsx"]
    (path.parent / "x").mkdir()
    for target in targets:
        try:
            export_ledger_xlsx(store, "air-2022", target)
            yield False
        except QsError:
            yield True
    try:
        backups.backup_to(store, path)
        yield False
    except QsError:
        yield True
    store.close()
    yield (kit.digest(path), kit.digest(kept)) == before and stat.S_ISFIFO(os.stat(path.parent / "pipe.xlsx").st_mode)


def odd_names(lab: Lab) -> Iterator[bool]:
    for name in ("台账#2.sqlite", "台账%20副本.sqlite", "台账 (2022) [终稿].sqlite", "问题?.sqlite"):
        path = lab.fresh().with_name(name)
        shutil.copy(lab.pristine, path)
        store = open_ledger(path)
        save_report(store, REPORT)
        copy = backups.backup_before(store, "manual")
        store.close()
        check = open_ledger(copy.path, read_only=True)
        others = [p.name for p in path.parent.iterdir() if not p.name.startswith(name)]
        yield len(list_reports(check)) == 1 and sorted(others) == ["backups", "ledger.sqlite"]
        check.close()


def typos(lab: Lab) -> Iterator[bool]:
    folder = lab.fresh().parent
    before = sorted(folder.iterdir())
    for args in (["check"], ["tasks", "--json"], ["backup"], ["export", "alerts", "-o", str(folder / "a.pdf")]):
        code, err = _cli(["--db", str(folder / "typo" / "x.sqlite"), *args])
        yield code == 1 and err.startswith("找不到数据库文件") and sorted(folder.iterdir()) == before
    empty = folder / "empty.sqlite"
    empty.write_bytes(b"")
    code, err = _cli(["--db", str(empty), "check"])
    yield code == 1 and "不是台账数据库文件" in err and empty.stat().st_size == 0


def foreign_files(lab: Lab) -> Iterator[bool]:
    for version in (0, 1, 2, 3):
        path = lab.fresh().with_name("contacts.db")
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
        conn.close()
        before = kit.digest(path)
        try:
            open_ledger(path).close()
            yield False
        except UnusableDatabase as exc:
            yield ("不是台账数据库文件" in exc.message and kit.digest(path) == before
                   and not (path.parent / "backups").exists())


def hostile_workbooks(lab: Lab) -> Iterator[bool]:
    folder = lab.fresh().parent

    def never(*args, **kwargs):
        raise AssertionError("openpyxl reached")

    real = openpyxl.load_workbook
    openpyxl.load_workbook = never
    try:
        for _title, build, phrase in hostile_xlsx.ATTACKS:
            try:
                open_workbook(build(folder))
                yield False
            except FileRejected as exc:
                yield phrase in exc.message
    finally:
        openpyxl.load_workbook = real


def plan_limit(lab: Lab) -> Iterator[bool]:
    folder = lab.fresh().parent
    for tasks in (MAX_TASK_ROWS, MAX_TASK_ROWS + 1):
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("计划")
        ws.append(["序号", "具体措施", "完成时限", "牵头单位"])
        for n in range(1, tasks + 1):
            ws.append([n, f"第{n}项任务", "2023年10月底前", "县住建局"])
        wb.save(folder / f"{tasks}.xlsx")
        try:
            yield len(read_plan_sheet(folder / f"{tasks}.xlsx").rows) == tasks == MAX_TASK_ROWS
        except ImportRejected as exc:
            yield tasks > MAX_TASK_ROWS and str(MAX_TASK_ROWS) in exc.message


def forms_disk_full(lab: Lab) -> Iterator[bool]:
    for limit in (2_000, 9_000):
        path = lab.fresh()
        code, err = kit.forms_full_disk(path, path.parent / "forms", limit)
        yield code == 1 and "磁盘空间不足" in err and "Traceback" not in err and "Exception ignored" not in err


def killed_backup_leftovers(lab: Lab) -> Iterator[bool]:
    path = lab.fresh()
    usb = path.parent / "usb"
    usb.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", "pass"])  # a writer that has ended: its PID is free
    proc.wait()
    stale = [usb / f".ledger-manual.sqlite.{proc.pid}.abcd1234.tmp", path.parent / f".台账.xlsx.{proc.pid}.abcd1234.tmp"]
    stale.append(usb / f"{stale[0].name}-journal")
    for leftover in stale:
        leftover.write_bytes(b"x" * 4096)
    store = open_ledger(path)
    yield not stale[1].exists()
    info = backups.backup_to(store, str(usb) + os.sep)
    store.close()
    yield sorted(usb.iterdir()) == [info.path]


def read_only_place(lab: Lab) -> Iterator[bool]:
    path = lab.fresh()
    store = open_ledger(path)
    real = tempfile.mkstemp

    def erofs(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    tempfile.mkstemp = erofs
    try:
        backups.backup_to(store, path.parent / "copy.sqlite")
        yield False
    except QsError as exc:
        yield "所在位置只读" in exc.message and "WPS" not in exc.message
    finally:
        tempfile.mkstemp = real
        store.close()


def _cli(args: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli_main(args)
    return code, err.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=10, metavar="N", help="kills at random moments (default 10)")
    args = parser.parse_args()
    scenarios: list[tuple[str, Callable[[Lab], Iterator[bool]]]] = [
        ("导入中途被强制结束（指定位置）", crash_points),
        ("导入中途被强制结束（随机时刻）", lambda lab: crash_random(lab, args.random)),
        ("磁盘写满（RLIMIT_FSIZE）", disk_full),
        ("数据库写满（SQLITE_FULL）", sqlite_full),
        ("损坏 / 截断 / 字节翻转的文件", damaged),
        ("更新版本的文件", newer_version),
        ("两个程序同时写入", two_writers),
        ("备份 → 修改 → 恢复", round_trip),
        ("只读数据库上的写入", read_only),
        ("旧版本文件升级", upgrade),
        ("导出 / 备份写向台账、日志、备份、管道", output_targets),
        ("含 # ? % [ ] ( ) 的文件名", odd_names),
        ("打错的路径、空文件", typos),
        ("其他程序的 SQLite 文件", foreign_files),
        ("恶意表格（超链接、空行、合并…）", hostile_workbooks),
        ("计划表行数上限（20000 / 20001）", plan_limit),
        ("导出全部填报表时磁盘写满", forms_disk_full),
        ("被杀死的备份留下的临时文件", killed_backup_leftovers),
        ("只读位置上的备份", read_only_place),
    ]
    rows, failed = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        lab = Lab(Path(tmp))
        for title, scenario in scenarios:
            started = time.monotonic()
            try:
                results = list(scenario(lab))
            except QsError as exc:  # a scenario that blew up did not survive
                results = [False]
                print(f"{title}: {exc.message}", file=sys.stderr)
            failed += results.count(False)
            rows.append((title, len(results), results.count(True), time.monotonic() - started))
    width = max(cells(t) for t, *_ in rows) + 2
    print(f"{pad('场景', width)}{'运行':>4}{'存活':>4}{'耗时':>6}")
    for title, run, survived, seconds in rows:
        print(f"{pad(title, width)}{run:>6}{survived:>6}{seconds:>7.1f}s")
    total = sum(r[1] for r in rows)
    print(f"{pad('合计', width)}{total:>6}{total - failed:>6}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
