from __future__ import annotations

import os
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qs_desktop.core.model import LedgerDocument, LedgerLine
from qs_desktop.exchange.pdf_ledger import write_ledger_pdf

from .conftest import squash

RARE = "堃喆珺镕犇"
MEASURES = (
    "严格落实产业政策、“三线一单”、规划环评、能耗双控、产能置换、煤炭消费减量替代、区域污染物倍量削减等要求，坚决控制“两高”项目体量，20 公里范围内不再新上涉气项目。",
    "山西明源集团沁泽焦化有限公司全面完成清洁运输、有组织、无组织环节超低排放改造备案工作。",
    "加大对城市空气质量影响较大的国道、省道、县道、城市主次干道、人行道、背街小巷等的机械化清扫力度，增加洒水、喷雾降尘范围、频次和力度。",
)
SECTIONS = ("一、强化工业企业深度治理和精准管控", "二、强化机动车辆污染管控", "三、强化扬尘综合管控和治理")


def ledger(rows: int, *, sections: tuple[str, ...] = SECTIONS, **extra) -> LedgerDocument:
    marks = (None, "overdue", "due_soon", "done")
    lines = [
        LedgerLine(
            task_id=f"air-{i + 1}", section=sections[i * len(sections) // rows], seq=str(i + 1),
            measure=f"第{i + 1}项：{MEASURES[i % 3]}", deadline="2022 年 10 月底前",
            lead_units="县住建局、市生态环境局沁水分局" if i % 2 else f"{RARE}化工有限公司",
            progress=f"已完成第{i + 1}批次检查，下达整改通知 {i} 份。" if i % 4 else "",
            status={"done": "已完成", "overdue": "未完成"}.get(marks[i % 4], ""),
            remarks="省级督办" if i % 5 == 0 else "", mark=marks[i % 4],
        )
        for i in range(rows)
    ]
    fields = {"code": "air", "title": "沁水县空气质量改善 2022 年行动计划重点工作任务",
              "doc_no": "沁政办发〔2022〕27 号", "annex": "附件", "lines": lines,
              "as_of": date(2022, 10, 31), "period": "2022-10"} | extra
    return LedgerDocument(**fields)


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    """A 60-row ledger: several pages, sections breaking across pages."""
    path = tmp_path_factory.mktemp("pdf") / "air.pdf"
    doc = ledger(60)
    return doc, path, write_ledger_pdf(doc, path, signature=True)


def test_fonts_are_all_embedded_as_subsets(long_pdf, poppler):
    _, path, _ = long_pdf
    fonts = poppler.fonts(path)
    assert fonts
    assert all(f["emb"] == "yes" and f["sub"] == "yes" and f["uni"] == "yes" for f in fonts), fonts


def test_every_cell_of_every_task_is_in_the_pdf(long_pdf, poppler):
    doc, path, result = long_pdf
    text = poppler.flat(path)
    for line in doc.lines:
        for cell in (line.measure, line.lead_units, line.progress, line.deadline, line.remarks, line.status):
            assert squash(cell) in text, cell
    assert result.missing_chars == ()


def test_rare_characters_print(long_pdf, poppler):
    _, path, _ = long_pdf
    assert f"{RARE}化工有限公司" in poppler.flat(path)


def test_title_block_on_first_page(long_pdf, poppler):
    _, path, _ = long_pdf
    first = poppler.flat(path, 1)
    for part in ("附件", "沁水县空气质量改善2022年行动计划重点工作任务", "沁政办发〔2022〕27号",
                 "截至2022年10月31日", "报送期：2022年10月"):
        assert part in first
    assert "附件" not in poppler.flat(path, 2)


def test_header_row_and_page_number_on_every_page(long_pdf, poppler):
    _, path, result = long_pdf
    assert result.pages == poppler.pages(path) >= 3
    for page in range(1, result.pages + 1):
        text = poppler.text(path, page)
        for heading in ("任务类别", "序号", "具体措施", "完成时限", "牵头单位", "进展情况", "完成状态", "备注"):
            assert heading in text, (page, heading)
        assert f"— {page} —" in text


def test_pages_are_a4_landscape(long_pdf, poppler):
    _, path, _ = long_pdf
    sizes = poppler.page_sizes(path)
    assert len(sizes) == poppler.pages(path)
    assert all(round(w) == 842 and round(h) == 595 for w, h in sizes)


def test_a_section_breaking_across_pages_is_labelled_continued(long_pdf, poppler):
    _, path, result = long_pdf
    assert "（续）" not in poppler.text(path, 1)
    continued = [p for p in range(2, result.pages + 1) if "（续）" in poppler.flat(path, p)]
    assert continued
    for page in continued:
        text = poppler.flat(path, page)
        assert any(f"{s}（续）" in text for s in SECTIONS)


def test_each_section_label_printed_once_per_page(tmp_path, poppler):
    path = tmp_path / "short.pdf"
    write_ledger_pdf(ledger(6, sections=("一、强化面源污染治理",)), path)
    assert poppler.flat(path).count("一、强化面源污染治理") == 1


def test_status_marks_read_without_colour(long_pdf, poppler):
    _, path, _ = long_pdf
    text = poppler.flat(path)
    assert "未完成●逾期" in text and "▲临期" in text and "✓已完成" in text


def test_signature_block_only_when_asked(long_pdf, tmp_path, poppler):
    _, path, result = long_pdf
    last = poppler.flat(path, result.pages)
    for part in ("填报单位（盖章）：", "填报人：", "审核人：", "日期："):
        assert part in last
    plain = tmp_path / "plain.pdf"
    write_ledger_pdf(ledger(3), plain)
    assert "填报人" not in poppler.flat(plain)


def test_characters_no_font_has_are_reported_not_dropped(tmp_path, poppler):
    doc = ledger(2)
    odd = doc.lines[0].__class__(**{**doc.lines[0].__dict__, "measure": "治理\U0010fffd企业\U000f0001"})
    path = tmp_path / "odd.pdf"
    result = write_ledger_pdf(LedgerDocument(**{**doc.__dict__, "lines": [odd, doc.lines[1]]}), path)
    assert result.missing_chars == ("\U000f0001", "\U0010fffd")
    assert "U+10FFFD" in result.warning and "U+F0001" in result.warning
    assert "治理〓企业〓" in poppler.flat(path)


def test_no_line_of_a_narrow_cell_starts_with_closing_punctuation(tmp_path, poppler):
    # 牵头单位 lists end each unit with "、"; the column is narrow, so breaks fall next to them
    units = "、".join(["县发改局", "县工信局", "县行政审批服务管理局", "县能源局", "市生态环境局沁水分局"] * 3)
    doc = ledger(4)
    lines = [LedgerLine(**{**ln.__dict__, "lead_units": units}) for ln in doc.lines]
    path = tmp_path / "units.pdf"
    write_ledger_pdf(LedgerDocument(**{**doc.__dict__, "lines": lines}), path)
    rows = poppler.text(path, layout=True).splitlines()
    assert not [r for r in rows if r.strip().startswith(("、", "，", "。"))]
    assert squash(units) in poppler.flat(path)


def test_a_failed_export_leaves_the_previous_file_untouched(tmp_path):
    path = tmp_path / "air.pdf"
    write_ledger_pdf(ledger(3), path)
    before = path.read_bytes()
    broken = ledger(3)
    broken.lines.append(LedgerLine("x", "一、", "4", None, "", ""))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        write_ledger_pdf(broken, path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["air.pdf"]


def test_empty_ledger_still_prints_title_and_header(tmp_path, poppler):
    path = tmp_path / "empty.pdf"
    result = write_ledger_pdf(ledger(1) .__class__(code="x", title="空台账", doc_no="", annex=""), path)
    assert result.pages == 1
    text = poppler.flat(path)
    assert "空台账" in text and "具体措施" in text


def test_a_row_taller_than_a_page_continues_on_the_next_pages(tmp_path, poppler):
    progress = "".join(f"第{i}次：组织开展扬尘专项检查，下达整改通知并跟踪复查。" for i in range(1, 121))
    doc = ledger(3)
    lines = [doc.lines[0], LedgerLine(**{**doc.lines[1].__dict__, "progress": progress}), doc.lines[2]]
    path = tmp_path / "tall.pdf"
    result = write_ledger_pdf(LedgerDocument(**{**doc.__dict__, "lines": lines}), path, signature=True)
    assert result.pages >= 3
    text = poppler.flat(path)
    assert all(f"第{i}次：" in text for i in range(1, 121))
    for page in range(1, result.pages + 1):
        words = poppler.words(path, page)
        body = [w for w in words if w[0] not in ("—", str(page))]
        assert max(y_max for _, y_max in body) < 595 - 40, page  # nothing runs into the foot



CLAUSES = tuple(c for m in MEASURES for c in m.rstrip("。").split("，"))


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_ledger_lays_out_within_the_page(tmp_path_factory, poppler, data):
    """Short and page-long rows, many or few sections: every row prints, with the header on
    every page and nothing in the margins."""
    n = data.draw(st.integers(1, 30), "rows")
    sections = data.draw(st.lists(st.sampled_from(SECTIONS + ("四、强化面源污染治理和秸秆综合利用",)),
                                  min_size=1, max_size=4, unique=True), "sections")
    lines = [
        LedgerLine(f"t{i}", sections[i * len(sections) // n], str(i + 1),
                   f"第{i + 1}项" + "，".join(data.draw(st.lists(st.sampled_from(CLAUSES), min_size=1, max_size=40))),
                   "长期坚持", "县住建局", progress="；".join(data.draw(st.lists(st.sampled_from(CLAUSES), max_size=60))))
        for i in range(n)
    ]
    path = tmp_path_factory.mktemp("any") / "any.pdf"
    signature = data.draw(st.booleans(), "signature")
    doc = ledger(1, lines=lines)
    result = write_ledger_pdf(doc, path, signature=signature)
    text = poppler.flat(path)
    assert all(f"第{i + 1}项" in text for i in range(n))
    for page in range(1, result.pages + 1):
        assert "具体措施" in poppler.text(path, page)
        words = poppler.words(path, page)
        body = [y for w, y in words if w not in ("—", str(page))]
        assert max(body) < 595 - 40 and min(y for _, y in words) > 30
    if signature:
        assert "审核人：" in poppler.flat(path, result.pages)


@pytest.mark.parametrize("clauses", range(8, 18))
def test_a_row_that_fits_only_without_the_signature_still_starts_under_the_title(tmp_path, poppler, clauses):
    """Growing one row line by line: at some length it fits page 1 but the signature does not;
    the row must then continue overleaf rather than leave page 1 with a title and no table."""
    measure = "第1项" + "，".join([CLAUSES[0]] * clauses)
    doc = ledger(1, lines=[LedgerLine("t1", SECTIONS[0], "1", measure, "长期坚持", "县住建局")])
    path = tmp_path / "one.pdf"
    result = write_ledger_pdf(doc, path, signature=True)
    for page in range(1, result.pages + 1):
        assert "具体措施" in poppler.text(path, page), (clauses, page)
    assert "填报人" in poppler.text(path, result.pages)
