from __future__ import annotations

from datetime import date

from qs_desktop.core.model import LedgerLine
from qs_desktop.exchange.pdf_reports import (
    AlertEntry,
    DashboardRow,
    UnitReport,
    write_alerts_pdf,
    write_dashboard_pdf,
    write_unit_report_pdf,
)

AS_OF = date(2022, 10, 31)


def test_unit_report_lists_the_units_tasks_by_ledger_with_a_signature_block(tmp_path, poppler):
    lines = [
        LedgerLine("air-7", "空气质量改善台账", "7", "强化部门联动，确保施工工地全部落实扬尘治理“六个百分之百”。",
                   "长期坚持", "县住建局", progress="本月检查工地 12 个。", status="推进中", mark="due_soon"),
        LedgerLine("water-3", "水环境质量巩固提升台账", "3", "完成县城污水处理厂提标改造。",
                   "2022 年 9 月底前", "县住建局", progress="", status="", mark="overdue"),
    ]
    path = tmp_path / "unit.pdf"
    result = write_unit_report_pdf(UnitReport("县住建局", "2022-10", lines, AS_OF), path)
    text = poppler.flat(path)
    assert "县住建局重点任务进展情况（2022年10月）" in text
    assert "截至2022年10月31日" in text
    for part in ("空气质量改善台账", "水环境质量巩固提升台账", "本月检查工地12个。", "完成县城污水处理厂提标改造。",
                 "推进中▲临期", "●逾期", "填报单位（盖章）：", "审核人："):
        assert part in text, part
    assert result.missing_chars == ()


def test_alert_list_groups_by_unit_worst_first(tmp_path, poppler):
    entries = [
        AlertEntry("县住建局", "air-9", "空气质量改善", "9", "开展围挡专项整治行动。", "unreported"),
        AlertEntry("嘉峰镇", "air-2", "空气质量改善", "2", "完成散煤清零。", "due_soon", date(2022, 11, 15)),
        AlertEntry("县住建局", "air-8", "空气质量改善", "8", "拆除不必要的围挡。", "overdue", date(2022, 9, 30)),
        AlertEntry("县住建局", "air-7", "空气质量改善", "7", "规范设置建筑施工工地围挡。", "due_soon", date(2022, 11, 10)),
    ]
    path = tmp_path / "alerts.pdf"
    write_alerts_pdf(entries, path, as_of=AS_OF)
    counts = next(line for line in poppler.text(path, layout=True).splitlines() if "逾期" in line)
    assert counts.split()[:6] == ["逾期", "1", "项", "临期", "2", "项"] and "未报送 1 项" in counts
    text = poppler.flat(path)
    assert text.count("县住建局") == 1 and text.count("嘉峰镇") == 1  # one merged cell per unit
    order = [text.index(m) for m in ("拆除不必要的围挡。", "规范设置建筑施工工地围挡。", "开展围挡专项整治行动。", "完成散煤清零。")]
    assert order == sorted(order)
    assert "●逾期" in text and "▲临期" in text and "○未报送" in text
    assert "2022年9月30日" in text


def test_dashboard_figures(tmp_path, poppler):
    rows = [DashboardRow("县住建局", 20, 5, 12, 3, 0.9, 2, 1), DashboardRow("嘉峰镇", 4, 0, 4, 0, None),
            DashboardRow("县水务局", 0, 0, 0, 0, 1.0)]
    path = tmp_path / "dash.pdf"
    write_dashboard_pdf(rows, path, as_of=AS_OF)
    text = poppler.text(path, layout=True)
    zhu = next(line for line in text.splitlines() if "县住建局" in line).split()
    assert zhu == ["县住建局", "20", "5", "25.0%", "12", "3", "2", "1", "90.0%"]  # … 逾期 未报送 退回 报送率
    jia = next(line for line in text.splitlines() if "嘉峰镇" in line).split()
    assert jia == ["嘉峰镇", "4", "0", "0.0%", "4", "0", "0", "0", "—"]
    shui = next(line for line in text.splitlines() if "县水务局" in line).split()
    assert shui[3] == "—"
