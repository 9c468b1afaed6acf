"""Every `qs-ledger` command starts without the spreadsheet and Word libraries: a clerk's
`plans` or `todo` should not wait for openpyxl to load, only `export` / `import` need it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_command_line_loads_no_spreadsheet_or_word_library_until_a_command_needs_one():
    probe = ("import sys, qs_desktop.cli.main\n"
             "print(' '.join(m for m in ('openpyxl', 'docx', 'python_calamine') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert out.stdout.strip() == ""
