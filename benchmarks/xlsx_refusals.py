"""How fast hostile workbooks are refused, and what openpyxl alone would have done with them.

    python benchmarks/xlsx_refusals.py [--repeat N] [--openpyxl]

For each attack in tests/hostile_xlsx.py: the file's size, the median time `open_workbook`
takes to refuse it (the pre-scan; openpyxl never sees the file), and the message. With
--openpyxl it also times openpyxl.load_workbook on the same file in a child process capped
at 30 s and 2 GB, to show what the pre-scan saves (slow: minutes in all).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from table import cells, pad  # noqa: E402 — benchmarks/ is the script's own folder

from qs_desktop.core.errors import FileRejected  # noqa: E402
from qs_desktop.exchange.xlsx_safety import open_workbook  # noqa: E402
from tests.hostile_xlsx import ATTACKS  # noqa: E402

_OPENPYXL = """
import resource, sys, time, openpyxl
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
start = time.perf_counter()
openpyxl.load_workbook(sys.argv[1])
print(f"{time.perf_counter() - start:.1f} s")
"""


def refusal(path: Path) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        open_workbook(path)
    except FileRejected as exc:
        return time.perf_counter() - start, exc.message
    return time.perf_counter() - start, "（未拒绝！）"


def openpyxl_alone(path: Path) -> str:
    try:
        proc = subprocess.run([sys.executable, "-c", _OPENPYXL, str(path)], capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        return "> 30 s"
    if proc.returncode:
        return "内存 > 2 GB" if "MemoryError" in proc.stderr else "失败"
    return proc.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--openpyxl", action="store_true", help="also time openpyxl alone (slow)")
    args = parser.parse_args()
    rows, slowest = [], 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for title, build, _phrase in ATTACKS:
            folder = Path(tmp) / build.__name__
            folder.mkdir()
            path = build(folder)
            times, message = zip(*(refusal(path) for _ in range(args.repeat)), strict=True)
            median = statistics.median(times)
            slowest = max(slowest, median)
            alone = openpyxl_alone(path) if args.openpyxl else ""
            rows.append((title, path.stat().st_size / 1024, median, alone, message[0]))
    width = max(cells(r[0]) for r in rows) + 2
    print(f"{pad('攻击', width)}{'文件 KB':>9}{'拒绝耗时':>10}  {'openpyxl 单独':<14}提示")
    for title, kb, seconds, alone, message in rows:
        print(f"{pad(title, width)}{kb:>9.0f}{seconds * 1000:>9.0f}ms  {alone:<14}{message}")
    return 0 if slowest < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
