"""Years after the 2022 plans' reporting ended (December 2022, none extended), a coordinator asks for
September 2025: the 2022 tasks are owed nothing then, so no form, no to-do and no report lists them."""

from __future__ import annotations

import re
import subprocess


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True)
    return re.sub(r"\s+", "", out.stdout)


def test_a_form_for_a_period_after_the_plans_ended_is_refused(tmp_path, cli):
    target = tmp_path / "龙港镇.xlsx"
    code, _, err = cli("export", "form", "--unit", "龙港镇", "--period", "2025-09", "-o", str(target))
    assert code == 1 and "没有需要填报的任务" in err and not target.exists()


def test_forms_for_every_unit_after_the_plans_ended_write_nothing(tmp_path, cli):
    code, out, err = cli("export", "form", "--all-units", "--period", "2025-09", "-o", str(tmp_path / "forms"))
    assert code == 0, err
    assert "0 份" in out and not list((tmp_path / "forms").glob("*.xlsx"))


def test_todo_years_later_lists_only_periods_of_the_plans_year(cli):
    code, out, err = cli("todo", "--unit", "龙港镇", "--as-of", "2025-10-20")
    assert code == 0, err
    periods = {line.split()[0] for line in out.splitlines() if line[:2] == "20"}
    assert periods and all(p.startswith("2022-") for p in periods)


def test_a_unit_report_after_the_plans_ended_is_refused_not_a_page_of_无需报送(tmp_path, cli):
    target = tmp_path / "龙港镇.pdf"
    code, _, err = cli("export", "report", "--unit", "龙港镇", "--period", "2025-09", "-o", str(target))
    assert code == 1 and "龙港镇人民政府" in err and not target.exists()
    code, _, err = cli("export", "report", "--unit", "龙港镇", "--period", "2022-12", "-o", str(target))
    assert code == 0, err
    assert "在全县范围内开展裸地治理专项行动" in pdf_text(target)  # its last month still lists the tasks
