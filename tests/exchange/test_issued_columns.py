"""Each ledger prints in the columns it was issued with: the water key projects (附件 2) as the
annex has them, unit names as written there, and the air ledger's 按职责分工负责 in row 4."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import openpyxl
import pytest

from qs_desktop.exchange.ledgers import export_ledger_xlsx
from qs_desktop.exchange.pdf_ledger import write_ledger_pdf
from qs_desktop.ops.catalog import list_tasks
from qs_desktop.ops.setup import open_ledger
from qs_desktop.ops.status import ledger_document

from ..conftest import FIXTURES

AS_OF = date(2022, 10, 31)
# The seed, 附件 2: 序号 | 工作任务 | 责任主体 | 完成时限 | 备注; the app adds its two columns before 备注.
ANNEX_2 = ["序号", "工作任务", "责任主体", "完成时限", "进展情况", "完成状态", "备注"]
# 责任主体 as the seed prints each row (晋城市生态局 / 沁水分局 are one name over two lines).
AS_ISSUED = ["县住建局", "沁城监狱", "端氏镇政府", "晋城市生态局沁水分局", "晋城市生态局沁水分局",
             "中村镇政府", "晋城市生态局沁水分局", "嘉峰镇政府", "晋城市生态局沁水分局", "郑村镇政府", "嘉峰镇政府"]


def header_and_rows(path):
    ws = openpyxl.load_workbook(path).active
    header = next(r for r in range(1, 10) if "序号" in (ws.cell(r, 1).value, ws.cell(r, 2).value))
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=header + 1, values_only=False)]
    return [c.value for c in ws[header] if c.value], rows


def test_water_key_projects_workbook_has_the_annex_columns_and_names(store, tmp_path):
    path = tmp_path / "重点工程.xlsx"
    export_ledger_xlsx(store, "water-projects-2022", path, as_of=AS_OF)
    header, rows = header_and_rows(path)
    assert header == ANNEX_2
    assert [r[2] for r in rows] == AS_ISSUED
    assert rows[2][:4] == [3, "沁水县端氏镇生活污水处理厂建设主体工程", "端氏镇政府", "2022 年 12 月开工"]
    assert rows[0][6] == "省重点"


def test_water_key_projects_pdf_reads_like_the_annex(store, tmp_path, poppler):
    path = tmp_path / "重点工程.pdf"
    write_ledger_pdf(ledger_document(store, "water-projects-2022", AS_OF), path)
    text = poppler.flat(path)
    positions = [text.index(h) for h in ANNEX_2]
    assert positions == sorted(positions)
    assert "任务类别" not in text and "具体措施" not in text and "牵头单位" not in text
    assert "端氏镇政府" in text and "端氏镇人民政府" not in text
    # the issue line under the title: 文号, issuer and date
    assert "沁政办发〔2022〕27号" in text and "沁水县人民政府办公室2022年7月8日印发" in text


def test_names_as_issued_still_link_to_the_canonical_unit(store):
    doc = ledger_document(store, "water-projects-2022", AS_OF)
    mine = [t.id for t in list_tasks(store, unit="端氏镇")]
    assert "water-projects-2022:3" in mine
    assert doc.lines[2].cells[2] == "端氏镇政府"


def test_air_row_4_prints_its_duty_phrase(store, tmp_path):
    path = tmp_path / "空气.xlsx"
    export_ledger_xlsx(store, "air-2022", path, as_of=AS_OF)
    header, rows = header_and_rows(path)
    assert header == ["任务类别", "序号", "具体措施", "完成时限", "牵头单位", "进展情况", "完成状态", "备注"]
    row4 = next(r for r in rows if r[1] == 4)
    assert row4[4] == "县公安局、县工信局、县市场监管局、县应急管理局、市生态环境局沁水分局按职责分工负责"


def test_an_older_ledger_file_prints_the_annex_columns_after_upgrading(tmp_path):
    path = tmp_path / "ledger.sqlite"
    shutil.copy(FIXTURES / "ledger-v1.sqlite", path)
    store = open_ledger(path)
    try:
        doc = ledger_document(store, "water-projects-2022", AS_OF)
    finally:
        store.close()
    assert [c.heading for c in doc.columns] == ANNEX_2
    assert [line.cells[2] for line in doc.lines] == AS_ISSUED


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_the_workbook_prints_the_annex_headings_through_libreoffice(store, tmp_path, poppler):
    path = tmp_path / "wp.xlsx"
    export_ledger_xlsx(store, "water-projects-2022", path, as_of=AS_OF)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    text = poppler.flat(tmp_path / "wp.pdf")
    positions = [text.index(h) for h in ANNEX_2]
    assert positions == sorted(positions)
    assert "端氏镇政府" in text
