"""The dashboard's figures as a .csv (UTF-8 with BOM, so Excel/WPS read the Chinese) or .xlsx."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from ..core.dates import cn_date, cn_period
from ..core.errors import InvalidInput
from ..core.sample import MARK as SAMPLE_MARK
from ..fsutil import atomic_write
from ..ops.dashboard import Dashboard
from ..ops.stats import StatsRow
from .xlsx_style import save_workbook

HEADER = ("任务数", "已完成", "按期推进", "逾期", "应报", "已报送", "未报送", "退回", "报送率")


def figure_table(dash: Dashboard) -> list[tuple[str, list[list]]]:
    """[(section title, rows incl. header)] — what both file formats contain."""
    def rows(first: str, figures: list[StatsRow]) -> list[list]:
        out: list[list] = [[first, *HEADER]]
        for f in figures:
            rate = f"{f.report_rate:.0%}" if f.report_rate is not None else "—"
            out.append([f.label, f.tasks, f.done, f.on_schedule, f.overdue, f.owed, f.reported, f.unreported,
                        f.returned, rate])
        return out

    return [("按台账", rows("台账", [*dash.ledgers, dash.total])), ("按单位", rows("单位", dash.units))]


def write_figures(dash: Dashboard, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    title = f"重点任务完成情况统计（截至 {cn_date(dash.as_of)}，报送期 {cn_period(dash.period)}）"
    if dash.sample:
        title += f"　{SAMPLE_MARK}"
    suffix = target.suffix.lower()
    if suffix == ".csv":
        with atomic_write(target, "w") as fh:
            fh.write("\ufeff")
            writer = csv.writer(fh)
            writer.writerow([title])
            for section, rows in figure_table(dash):
                writer.writerow([])
                writer.writerow([section])
                writer.writerows(rows)
    elif suffix == ".xlsx":
        book = Workbook()
        book.remove(book.active)
        for section, rows in figure_table(dash):
            sheet = book.create_sheet(section)
            sheet.append([title])
            sheet["A1"].font = Font(bold=True)
            for row in rows:
                sheet.append(row)
            for cell in sheet[2]:
                cell.font = Font(bold=True)
            sheet.column_dimensions["A"].width = 44
            if dash.sample:
                sheet.oddHeader.right.text = SAMPLE_MARK
        save_workbook(book, target)
    else:
        raise InvalidInput(f"不支持导出为“{target.suffix or '无扩展名'}”文件，请选择 .xlsx 或 .csv。")
    return target
