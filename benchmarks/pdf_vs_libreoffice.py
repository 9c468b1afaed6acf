"""Time write_ledger_pdf against LibreOffice printing the xlsx export of the same ledger.

    /work/venv/bin/python benchmarks/pdf_vs_libreoffice.py [--sizes 100 500 2000 10000] [--lo-max N] [--repeat 3]

Synthetic ledgers reuse sentences from the air-quality plan so line lengths are realistic.
LibreOffice gets one untimed warm-up conversion (profile creation) before the timed ones;
each figure is the median of --repeat runs.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qs_desktop.core.model import LedgerDocument, LedgerLine  # noqa: E402
from qs_desktop.exchange.fonts import register  # noqa: E402
from qs_desktop.exchange.pdf_ledger import write_ledger_pdf  # noqa: E402

MEASURES = (
    "严格落实产业政策、“三线一单”、规划环评、能耗双控、产能置换、煤炭消费减量替代、区域污染物倍量削减等要求，坚决控制“两高”项目体量，20 公里范围内不再新上涉气项目。加强排污许可证管理，强化重点行业企业总量控制。",
    "山西明源集团沁泽焦化有限公司全面完成清洁运输、有组织、无组织环节超低排放改造备案工作。",
    "强化部门联动，加强联合执法，确保市区建成区内的施工工地全部落实扬尘治理“六个百分之百”。",
    "开展围挡专项整治行动，拆除不必要的围挡，规范设置建筑施工工地围挡。",
    "加大对城市空气质量影响较大的国道、省道、县道、城市主次干道、人行道、背街小巷等的机械化清扫力度，增加洒水、喷雾降尘范围、频次和力度，推动道路保洁能力提升，做到路面见底色、不起尘。",
)
UNITS = (
    "县发改局、县工信局、县行政审批服务管理局、县能源局、市生态环境局沁水分局",
    "市生态环境局沁水分局",
    "县住建局",
    "县住建局、山西省沁水公路管理段、县交通运输局",
)
PROGRESS = (
    "已完成备案，正在组织验收。",
    "按月开展专项检查，累计检查工地 37 个，下达整改通知 5 份，已全部整改到位。",
    "",
    "已完成 PM2.5 在线监测设备安装调试，数据已接入省级平台。",
)
SECTIONS = (
    "一、强化工业企业深度治理和精准管控",
    "二、强化机动车辆污染管控",
    "三、强化扬尘综合管控和治理",
    "四、强化面源污染治理",
    "五、强化重污染天气应对",
)
DEADLINES = ("长期坚持", "2022 年 10 月底前", "2022 年 12 月底前", "每季度")
MARKS = ((None, ""), ("overdue", "未完成"), ("due_soon", "推进中"), ("done", "已完成"))


CLAUSES = tuple(c for m in MEASURES for c in m.rstrip("。").split("，"))
PROGRESS_CLAUSES = tuple(c for p in PROGRESS if p for c in p.rstrip("。").split("，"))


def _sentence(rnd: random.Random, clauses: tuple[str, ...], lo: int, hi: int) -> str:
    """A unique-looking sentence of lo..hi clauses, so no row's text repeats another's."""
    return "，".join(rnd.choice(clauses) for _ in range(rnd.randint(lo, hi))) + "。"


def synthetic_ledger(rows: int) -> LedgerDocument:
    rnd = random.Random(rows)
    lines = []
    for i in range(rows):
        mark, status = rnd.choice(MARKS)
        lines.append(LedgerLine(
            task_id=f"air-{i + 1}", section=SECTIONS[i * len(SECTIONS) // rows], seq=str(i + 1),
            measure=_sentence(rnd, CLAUSES, 1, 5), deadline=rnd.choice(DEADLINES),
            lead_units=rnd.choice(UNITS), progress=_sentence(rnd, PROGRESS_CLAUSES, 0, 3).lstrip("。"),
            status=status, mark=mark,
        ))
    return LedgerDocument(code="air", title="沁水县空气质量改善 2022 年行动计划重点工作任务",
                          doc_no="沁政办发〔2022〕27 号", annex="附件", lines=lines,
                          as_of=date(2022, 10, 31), period="2022-10")


def write_xlsx(doc: LedgerDocument, path: Path) -> str:
    """The app's own xlsx export when it exists; else a comparable hand-made sheet."""
    try:
        from qs_desktop.exchange.xlsx_ledger import write_ledger_workbook
    except ImportError:
        _minimal_xlsx(doc, path)
        return "minimal openpyxl sheet (app exporter not on main yet)"
    write_ledger_workbook([doc], path)
    return "app export (write_ledger_workbook)"


def _minimal_xlsx(doc: LedgerDocument, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.append([doc.title])
    ws.append(["任务类别", "序号", "具体措施", "完成时限", "牵头单位", "进展情况", "完成状态", "备注"])
    for ln in doc.lines:
        ws.append([ln.section, ln.seq, ln.measure, ln.deadline, ln.lead_units, ln.progress, ln.status, ln.remarks])
    wrap = Alignment(wrap_text=True, vertical="center")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    for col, width in zip("ABCDEFGH", (10, 5, 40, 10, 16, 28, 9, 8), strict=True):
        ws.column_dimensions[col].width = width
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "2:2"
    wb.save(path)


def soffice_pdf(xlsx: Path, outdir: Path, profile: Path) -> tuple[float, int]:
    """Seconds LibreOffice takes to print xlsx to PDF, and the pages it made."""
    start = time.perf_counter()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(outdir), str(xlsx)],
        check=True, capture_output=True, timeout=1800,
    )
    seconds = time.perf_counter() - start
    info = subprocess.run(["pdfinfo", str(xlsx.with_suffix(".pdf"))], capture_output=True, text=True).stdout
    pages = next((int(ln.split()[-1]) for ln in info.splitlines() if ln.startswith("Pages:")), 0)
    return seconds, pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000, 10000])
    ap.add_argument("--lo-max", type=int, default=10000, help="largest ledger LibreOffice is timed on")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure (the median is shown)")
    args = ap.parse_args()
    soffice = shutil.which("soffice")
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        profile = tmpdir / "lo-profile"
        rows_out, xlsx_kind = [], ""
        start = time.perf_counter()
        register()
        fonts_s = time.perf_counter() - start
        if soffice:
            warm = tmpdir / "warm.xlsx"
            _minimal_xlsx(synthetic_ledger(3), warm)
            soffice_pdf(warm, tmpdir, profile)
        for n in args.sizes:
            doc = synthetic_ledger(n)
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                result = write_ledger_pdf(doc, tmpdir / f"ledger-{n}.pdf")
                times.append(time.perf_counter() - start)
            ours = statistics.median(times)
            lo = None
            if soffice and n <= args.lo_max:
                xlsx = tmpdir / f"ledger-{n}.xlsx"
                xlsx_kind = write_xlsx(doc, xlsx)
                runs = [soffice_pdf(xlsx, tmpdir, profile) for _ in range(args.repeat)]
                lo = (statistics.median(r[0] for r in runs), runs[0][1])
            rows_out.append((n, result.pages, ours, lo))
            print(f"{n} rows done", file=sys.stderr)
    print(f"xlsx: {xlsx_kind or 'not timed'}; font loading, once per process: {fonts_s:.2f} s\n")
    print("| rows | write_ledger_pdf (s) | pages | LibreOffice xlsx→pdf (s) | pages | ratio |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n, pages, ours, lo in rows_out:
        lo_s, lo_pages, ratio = (f"{lo[0]:.2f}", f"{lo[1]:,}", f"{ours / lo[0]:.2f}") if lo else ("not run", "—", "—")
        print(f"| {n:,} | {ours:.2f} | {pages:,} | {lo_s} | {lo_pages} | {ratio} |")


if __name__ == "__main__":
    main()
