"""Sample data (示例数据): a trainer fills a fresh ledger to show the app to a township clerk,
or a developer fills a big one to measure; real work is never mixed with it."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from qs_desktop.core.errors import InvalidInput
from qs_desktop.exchange.ledgers import export_ledger_xlsx
from qs_desktop.exchange.pdf_ledger import write_ledger_pdf
from qs_desktop.ops import catalog, reports, sample, status
from qs_desktop.ops.reports import ReportInput, save_report
from qs_desktop.ops.setup import open_ledger

COUNTY_AS_OF = date(2023, 7, 20)


@pytest.fixture
def county(store):
    sample.fill(store, "county")
    return store


def test_county_sample_is_the_built_in_plans_with_a_year_of_reports(county):
    assert sum(lg.task_count for lg in catalog.list_ledgers(county)) == 85  # no plans added
    found = reports.list_reports(county)
    periods = {r.period for r in found}
    # The plans were issued on 2022-07-08: twelve months of reports from July 2022.
    assert min(periods) == "2022-07" and max(periods) == "2023-06" and len(periods) == 12
    # A real office's mix: approved, waiting for review, returned, still a draft.
    assert {r.state for r in found} == {"approved", "submitted", "returned", "draft"}
    assert sum(r.state == "approved" for r in found) > len(found) / 2
    assert all(r.review_comment for r in found if r.state == "returned")  # a return says why


def test_every_owing_unit_reports_and_only_owing_units_do(county):
    tasks = {t.id: t for t in catalog.list_tasks(county)}
    members = {u.name: u.members for u in catalog.list_units(county) if u.kind == "group"}
    owing = {
        (t.id, m) for t in tasks.values() for name in t.lead_units for m in (members.get(name) or (name,))
    }
    reported = {(r.task_id, r.unit) for r in reports.list_reports(county)}
    assert reported <= owing  # cooperating units and groups themselves owe nothing
    assert len(reported) > 0.95 * len(owing)  # a few never send anything, most do


def test_the_same_scale_gives_the_same_data(county, tmp_path, _built_once):
    import shutil

    other_path = tmp_path / "again.sqlite"
    shutil.copy(_built_once, other_path)
    other = open_ledger(other_path)
    sample.fill(other, "county")
    keys = ("task_id", "unit", "period", "state", "status", "progress", "version", "created_at")
    first = [tuple(getattr(r, k) for k in keys) for r in reports.list_reports(county)]
    second = [tuple(getattr(r, k) for k in keys) for r in reports.list_reports(other)]
    other.close()
    assert first == second


def test_sample_status_is_meaningful_on_its_own_date(county):
    statuses = status.task_statuses(county, catalog.list_tasks(county), COUNTY_AS_OF)
    seen = {st.status for st in statuses}
    assert "done" in seen and ("ongoing" in seen or "in_progress" in seen)
    # June's reports are due by 5 July; some units have not sent theirs by the 20th.
    assert any("unreported" in st.alerts for st in statuses) or all(st.status == "done" for st in statuses)


def test_a_ledger_with_real_reports_is_refused_and_left_alone(store):
    save_report(store, ReportInput("air-2022:2", "市生态环境局沁水分局", "2022-10", "in_progress", "已完成排查"))
    before = reports.list_reports(store)
    with pytest.raises(InvalidInput, match="真实数据"):
        sample.fill(store, "county")
    assert reports.list_reports(store) == before
    assert sample.sample_scale(store) == ""


def test_filling_twice_is_refused(county):
    with pytest.raises(InvalidInput, match="已经是示例数据"):
        sample.fill(county, "county")


def test_an_unknown_scale_is_refused_with_the_choices(store):
    with pytest.raises(InvalidInput, match="county、city、stress"):
        sample.fill(store, "huge")


def test_printed_ledger_says_sample_data(county, tmp_path):
    xlsx = tmp_path / "air.xlsx"
    export_ledger_xlsx(county, "air-2022", xlsx, as_of=COUNTY_AS_OF)
    ws = load_workbook(xlsx).active
    texts = [str(c.value) for row in ws.iter_rows(max_row=4) for c in row if c.value]
    assert any("示例数据" in t for t in texts)
    assert "示例数据" in ws.oddHeader.right.text  # on every printed page

    pdf = tmp_path / "air.pdf"
    doc = status.ledger_document(county, "air-2022", COUNTY_AS_OF)
    write_ledger_pdf(doc, pdf)
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    assert all("示例数据" in page for page in pages if page.strip())


def test_real_ledger_prints_no_sample_mark(store, tmp_path):
    doc = status.ledger_document(store, "air-2022", COUNTY_AS_OF)
    assert not doc.sample

