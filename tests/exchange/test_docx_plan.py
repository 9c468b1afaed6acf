"""Plan notices in Word: the seed's air annex rebuilt as the Word table it was printed from, and
hostile or old-format documents refused before they are parsed, the ledger untouched."""

from __future__ import annotations

import json
import zipfile

import pytest

from qs_desktop.core.errors import FileRejected
from qs_desktop.exchange.plans import import_plan_file
from qs_desktop.ops.catalog import list_tasks
from qs_desktop.paths import PLANS_DIR

from .office_builders import Table, word_notice
from .test_xlsx_safety import BILLION_LAUGHS, with_part

HEADER = ["任务类别", "序号", "具 体 措 施", "完成时限", "牵头单位", "备注"]
PAGE_BREAKS = (7, 13, 21)  # the annex's header is printed again on each page


def air_annex(path):
    """附件 of 沁政办发〔2022〕27 号 as a Word table: categories merged down their rows on each page,
    the unit cell as printed (row 4 ends in 按职责分工负责, rows with units on separate lines)."""
    data = json.loads((PLANS_DIR / "qinshui-2022.json").read_text(encoding="utf-8"))
    ledger = data["plans"][0]["ledgers"][0]
    rows = [(s["heading"], t) for s in ledger["sections"] for t in s["tasks"]]
    pages = [rows[a - 1:b - 1] for a, b in zip((1, *PAGE_BREAKS), (*PAGE_BREAKS, len(rows) + 1), strict=True)]
    blocks: list = ["沁政办发〔2022〕27 号", "附件", "沁水县空气质量改善 2022 年行动计划重点工作任务台账"]
    for n, page in enumerate(pages):
        body, merges, start = [HEADER], [], 1
        for i, (heading, task) in enumerate(page, start=1):
            newline = task["seq"] in (15, 16, 18, 19, 24, 25, 28)
            units = ("\n" if newline else "、").join(task["lead_units"]) + task["units_note"]
            body.append([heading if i == start or heading != page[i - 2][0] else "", str(task["seq"]),
                         task["measure"], task["deadline"], units, ""])
            if i == len(page) or page[i][0] != heading:
                if i > start:
                    merges.append((start, 0, i, 0))
                start = i + 1
        if n:
            blocks.append("")  # the page break Word leaves between the pieces
        blocks.append(Table(body, merges))
    return word_notice(path, *blocks)


def test_the_seed_air_annex_as_a_word_table_imports_to_the_built_in_28_rows(store, tmp_path):
    path = air_annex(tmp_path / "沁政办发〔2022〕27号.docx")
    result = import_plan_file(store, path, code="air-word", year=2022)
    assert result.changes is not None and result.sheet.extras == []
    (ledger,) = result.spec.ledgers
    assert (ledger.annex, ledger.title) == ("附件", "沁水县空气质量改善 2022 年行动计划重点工作任务台账")
    assert result.spec.doc_no == "沁政办发〔2022〕27 号"
    built_in = list_tasks(store, ledger="air-2022")
    imported = list_tasks(store, ledger="air-word")
    assert len(imported) == len(built_in) == 28

    def row(t):
        return (t.seq, t.section, t.measure, t.deadline, t.lead_units, t.cooperating_units, t.remarks)

    assert [row(t) for t in imported] == [row(t) for t in built_in]


def test_an_old_word_file_gets_the_save_as_advice(store, tmp_path, digest):
    before = digest()
    for name in ("通知.doc", "通知.wps"):
        (tmp_path / name).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
        with pytest.raises(FileRejected, match="请用 WPS 或 Word 另存为 .docx 后再导入"):
            import_plan_file(store, tmp_path / name, code="x", year=2023)
    # the same binary file renamed .docx is recognised by its content
    (tmp_path / "改名.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(FileRejected, match="旧版 Word（.doc）/ WPS（.wps）.*另存为 .docx"):
        import_plan_file(store, tmp_path / "改名.docx", code="x", year=2023)
    # the notice as the PDF on the government website: ask for the Word version
    (tmp_path / "通知.pdf").write_bytes(b"%PDF-1.7\n")
    with pytest.raises(FileRejected, match="索取 Word（.docx）或 Excel（.xlsx）版本"):
        import_plan_file(store, tmp_path / "通知.pdf", code="x", year=2023)
    assert digest() == before


def test_hostile_documents_are_refused_before_parsing(store, tmp_path, digest):
    before = digest()
    good = word_notice(tmp_path / "ok.docx", Table([["序号", "具体措施"], ["1", "措施"]]))
    entity = with_part(good, tmp_path / "entity.docx", "word/document.xml", BILLION_LAUGHS)
    with pytest.raises(FileRejected, match="实体声明"):
        import_plan_file(store, entity, code="x", year=2023)
    bomb = with_part(good, tmp_path / "bomb.docx", "word/media/zeros.bin", b"\0" * (60 * 1024 * 1024))
    with pytest.raises(FileRejected, match="压缩炸弹"):
        import_plan_file(store, bomb, code="x", year=2023)
    cells = b"".join(b"<w:tc><w:p><w:r><w:t>%d</w:t></w:r></w:p></w:tc>" % (i * 7919 % 1000003)
                     for i in range(450_000))
    with zipfile.ZipFile(good) as zf:
        xml = zf.read("word/document.xml")
    huge = with_part(good, tmp_path / "huge.docx", "word/document.xml",
                     xml.replace(b"</w:tr>", b"</w:tr><w:tr>" + cells + b"</w:tr>", 1))
    with pytest.raises(FileRejected, match="超过 400000 个单元格"):
        import_plan_file(store, huge, code="x", year=2023)
    (tmp_path / "text.docx").write_text("不是 Word 文档", encoding="utf-8")
    with pytest.raises(FileRejected, match="不是有效的 Word 文档"):
        import_plan_file(store, tmp_path / "text.docx", code="x", year=2023)
    assert digest() == before


def test_a_notice_without_a_task_table_says_what_it_looked_for(store, tmp_path):
    path = word_notice(tmp_path / "通知.docx", "附件 1", Table([["序号", "断面名称", "目标水质"], ["1", "郑庄", "Ⅲ类"]]))
    with pytest.raises(Exception, match="没有找到台账的表头行"):
        import_plan_file(store, path, code="x", year=2023)
