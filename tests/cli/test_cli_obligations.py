"""End to end: a group task owed by three townships and the lead bureau; one township reports.

The other three stay 未报送 in `tasks`, `todo`, `stats`, the alert PDF and their unit reports.
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date

import pytest

from qs_desktop.core.model import LedgerSpec, PlanSpec, TaskSpec
from qs_desktop.ops import units as unit_ops
from qs_desktop.ops.plans import add_plan
from qs_desktop.ops.setup import open_ledger

MEASURE = "试点乡镇开展裸地排查整治"
AS_OF = "2022-11-15"  # October is owed (due 5 November)
OTHERS = ["县住建局", "龙港镇人民政府", "嘉峰镇人民政府"]


@pytest.fixture
def pilot(db_path):
    """A 2022 plan issued 2022-07-08 with one task led by 县住建局 and the group 试点乡镇 (three townships)."""
    store = open_ledger(db_path)
    unit_ops.add_unit(store, "试点乡镇", "group")
    unit_ops.edit_unit(store, "试点乡镇", members=["龙港镇", "嘉峰镇", "端氏镇"])
    spec = PlanSpec(code="pilot-2022", title="沁水县裸地治理试点 2022 年行动计划", year=2022,
                    issued_on=date(2022, 7, 8), ledgers=[LedgerSpec(code="pilot-2022", title="裸地治理试点台账", tasks=[
                        TaskSpec(measure=MEASURE, seq=1, deadline="长期坚持", lead_units=["县住建局", "试点乡镇"])])])
    add_plan(store, spec)
    store.close()


def pdf_lines(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True)
    return out.stdout.splitlines()


def run_json(cli, *args):
    code, out, err = cli(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_one_township_reports_and_the_other_owing_units_stay_unreported_everywhere(pilot, cli, tmp_path):
    code, _, err = cli("report", "add", "pilot-2022:1", "--unit", "端氏镇", "--period", "2022-10",
                       "--status", "推进中", "--text", "排查裸地 6 处，已苫盖 4 处")
    assert code == 0, err

    # tasks: who owes, who has not reported, each unit's own status
    (task,) = run_json(cli, "tasks", "--plan", "pilot-2022", "--as-of", AS_OF)
    # The group's members in directory order (龙港镇 中村镇 郑庄镇 端氏镇 嘉峰镇 …).
    assert [(u["unit"], u["role"]) for u in task["owing_units"]] == [
        ("县住建局", "lead"), ("龙港镇人民政府", "lead"), ("端氏镇人民政府", "lead"), ("嘉峰镇人民政府", "lead")]
    assert task["owed_period"] == "2022-10"
    assert task["unreported_units"] == OTHERS
    assert task["unit_status"]["端氏镇人民政府"] == "not_started"  # only an approved report moves a status
    assert "unreported" in task["alerts"]
    for unit in ("嘉峰镇", "县住建局", "龙港镇"):
        assert "pilot-2022:1" in [t["id"] for t in run_json(cli, "tasks", "--unit", unit, "--alert", "unreported",
                                                             "--as-of", AS_OF)]
    assert "pilot-2022:1" not in [t["id"] for t in run_json(cli, "tasks", "--unit", "端氏镇", "--alert",
                                                             "unreported", "--as-of", AS_OF)]

    # todo: July to October for 嘉峰镇; 端氏镇 still owes July to September, October waits for review
    jiafeng = [(i["period"], i["state"], i["role"]) for i in run_json(cli, "todo", "--unit", "嘉峰镇", "--as-of", AS_OF)
               if i["task"] == "pilot-2022:1"]
    assert jiafeng == [(p, "unreported", "lead") for p in ("2022-07", "2022-08", "2022-09", "2022-10")]
    duanshi = [(i["period"], i["state"]) for i in run_json(cli, "todo", "--unit", "端氏镇", "--as-of", AS_OF)
               if i["task"] == "pilot-2022:1"]
    assert duanshi[-1] == ("2022-10", "submitted")
    label = next(i["label"] for i in run_json(cli, "todo", "--unit", "嘉峰镇", "--as-of", AS_OF)
                 if i["task"] == "pilot-2022:1")
    assert label == f"裸地治理试点台账 1 {MEASURE}"

    # stats: four owed, one in, three missing
    (row,) = [r for r in run_json(cli, "stats", "--as-of", AS_OF) if r["key"] == "pilot-2022"]
    assert {k: row[k] for k in ("period", "tasks", "owed", "submitted", "approved", "unreported", "report_rate")} == {
        "period": "2022-10", "tasks": 1, "owed": 4, "submitted": 1, "approved": 0, "unreported": 3,
        "report_rate": 0.25}

    # the alert PDF: the task under each of the three, marked 未报送, and not under 端氏镇
    assert cli("export", "alerts", "--as-of", AS_OF, "-o", str(tmp_path / "alerts.pdf"))[0] == 0
    hits = [line for line in pdf_lines(tmp_path / "alerts.pdf") if MEASURE in line]
    assert len(hits) == 3 and all("未报送" in line for line in hits)
    text = re.sub(r"\s+", "", "".join(pdf_lines(tmp_path / "alerts.pdf")))
    for unit in OTHERS:
        assert unit in text

    # the unit reports: 未报送 for 嘉峰镇, its own text for 端氏镇
    for unit, expected in (("嘉峰镇", "未报送"), ("端氏镇", "推进中")):
        path = tmp_path / f"{unit}.pdf"
        assert cli("export", "report", "--unit", unit, "--period", "2022-10", "--as-of", AS_OF, "-o", str(path))[0] == 0
        (row_line,) = [line for line in pdf_lines(path) if MEASURE in line]
        assert expected in row_line


def test_reports_for_impossible_periods_are_refused_and_nothing_is_stored(pilot, cli, tmp_path):
    for period, said in (("2030-03", "还没有到"), ("2021-12", "早于计划年度")):
        form = tmp_path / f"{period}.xlsx"
        code, _, err = cli("export", "form", "--unit", "嘉峰镇", "--period", period, "-o", str(form))
        assert code == 1 and said in err and not form.exists()
        code, out, err = cli("report", "add", "pilot-2022:1", "--unit", "端氏镇", "--period", period,
                             "--status", "推进中", "--text", "排查裸地")
        assert code == 1 and said in err and len(err.strip().splitlines()) == 1
        code, _, err = cli("review", "pilot-2022:1", "--unit", "端氏镇", "--period", period, "--approve")
        assert code == 1 and said in err
    assert run_json(cli, "reports", "--task", "pilot-2022:1") == []


def test_plan_settings_from_the_command_line(pilot, cli):
    assert run_json(cli, "plan", "pilot-2022") == {"plan": "pilot-2022", "title": "沁水县裸地治理试点 2022 年行动计划",
                                                  "year": 2022, "cooperating_report": False, "report_until": "2022-12"}
    # A 2022 plan opened years later: what was missed in 2022, nothing after.
    periods = {i["period"] for i in run_json(cli, "todo", "--unit", "嘉峰镇", "--as-of", "2026-12-01")
               if i["task"] == "pilot-2022:1"}
    assert max(periods) == "2022-12" and min(periods) == "2022-07"
    code, out, _ = cli("plan", "pilot-2022", "--report-until", "2023-02", "--reason", "延续至春节后")
    assert code == 0 and "2023年2月" in out
    periods = {i["period"] for i in run_json(cli, "todo", "--unit", "嘉峰镇", "--as-of", "2026-12-01")
               if i["task"] == "pilot-2022:1"}
    assert max(periods) == "2023-02"
    code, _, err = cli("plan", "pilot-2022", "--report-until", "2022-10")
    assert code == 1 and "只能延长" in err
