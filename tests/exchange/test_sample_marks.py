"""A trainer fills a ledger with sample data and prints everything for a practice session: the
alert list, the statistics (PDF, Excel, CSV), a unit's report, a fill-in form. Every one of them,
like the ledger, must say 示例数据 — a printed sample must never pass for a real ledger. The same
prints from a real ledger carry no such mark."""

from __future__ import annotations

import csv
import re
import subprocess
from datetime import date

import openpyxl
import pytest

from qs_desktop.exchange.figures import write_figures
from qs_desktop.exchange.pdf_reports import DashboardRow, write_dashboard_pdf
from qs_desktop.ops.dashboard import figures

MARK = "示例数据"
AS_OF = date(2022, 11, 15)


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True)
    return re.sub(r"\s+", "", out.stdout)


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory):
    """(sample ledger, real ledger), made once: filling a sample takes a while."""
    from qs_desktop.cli.main import main

    folder = tmp_path_factory.mktemp("ledgers")
    sample, real = folder / "sample.db", folder / "real.db"
    assert main(["--db", str(sample), "sample"]) == 0
    assert main(["--db", str(real), "init"]) == 0
    return {"sample": sample, "real": real}


@pytest.mark.parametrize("kind", ["sample", "real"])
def test_alert_list_and_unit_report(kind, ledgers, cli, tmp_path):
    alerts, report = tmp_path / "预警.pdf", tmp_path / "报告.pdf"
    assert cli("export", "alerts", "--as-of", "2022-11-15", "-o", str(alerts), db=ledgers[kind])[0] == 0
    code, _, err = cli("export", "report", "--unit", "龙港镇", "--period", "2022-10", "-o", str(report),
                       db=ledgers[kind])
    assert code == 0, err
    for path in (alerts, report):
        assert (MARK in pdf_text(path)) == (kind == "sample"), path.name


@pytest.mark.parametrize("kind", ["sample", "real"])
def test_fill_in_form(kind, ledgers, cli, tmp_path):
    form = tmp_path / "龙港镇.xlsx"
    code, _, err = cli("export", "form", "--unit", "龙港镇", "--period", "2022-10", "-o", str(form), db=ledgers[kind])
    assert code == 0, err
    ws = openpyxl.load_workbook(form)["填报表"]
    assert (MARK in ws["A1"].value) == (kind == "sample")
    assert (ws.oddHeader.right.text == MARK) == (kind == "sample")  # on every printed page


@pytest.mark.parametrize("kind", ["sample", "real"])
def test_statistics_as_pdf_excel_and_csv(kind, ledgers, tmp_path):
    from qs_desktop.ops.setup import open_ledger

    store = open_ledger(ledgers[kind])
    try:
        dash = figures(store, AS_OF, "2022-10")
    finally:
        store.close()
    write_figures(dash, tmp_path / "统计.csv")
    write_figures(dash, tmp_path / "统计.xlsx")
    rows = [DashboardRow(r.label, r.tasks, r.done, r.on_schedule, r.overdue) for r in dash.units]
    write_dashboard_pdf(rows, tmp_path / "统计.pdf", as_of=AS_OF, sample=dash.sample)
    with open(tmp_path / "统计.csv", encoding="utf-8-sig") as fh:
        title = next(csv.reader(fh))[0]
    book = openpyxl.load_workbook(tmp_path / "统计.xlsx")
    expected = kind == "sample"
    assert (MARK in title) == expected
    assert all((MARK in ws["A1"].value) == expected for ws in book.worksheets)
    assert (MARK in pdf_text(tmp_path / "统计.pdf")) == expected
