"""What each printed column of a ledger shows, for the columns its plan was issued with."""

from __future__ import annotations

from datetime import date

from qs_desktop.core.columns import (
    DEFAULT_COLUMNS,
    cell_text,
    document_columns,
    issue_note,
    issued_columns,
    printed_columns,
)
from qs_desktop.core.model import LedgerColumn, LedgerDocument, LedgerLine, Task

ANNEX_2 = (LedgerColumn("序号", "seq"), LedgerColumn("工作任务", "measure"), LedgerColumn("责任主体", "lead_units"),
           LedgerColumn("完成时限", "deadline"), LedgerColumn("备注", "remarks"))


def task(**fields) -> Task:
    base = dict(id="p:3", ledger="p", section=None, seq=3, title=None, measure="端氏镇生活污水处理厂建设主体工程",
                deadline="2022 年 12 月开工", lead_units=("端氏镇人民政府",), cooperating_units=(), remarks="市重点",
                position=3)
    return Task(**(base | fields))


def headings(columns):
    return [c.heading for c in columns]


def test_the_app_columns_go_before_a_closing_remarks_column():
    assert headings(printed_columns(ANNEX_2)) == ["序号", "工作任务", "责任主体", "完成时限", "进展情况", "完成状态", "备注"]


def test_without_a_closing_remarks_column_the_app_columns_come_last():
    columns = ANNEX_2[:4] + (LedgerColumn("责任领导", "extra"),)
    assert headings(printed_columns(columns)) == ["序号", "工作任务", "责任主体", "完成时限", "责任领导",
                                                  "进展情况", "完成状态"]


def test_grouped_tasks_without_a_category_column_get_one_first():
    grouped = [task(section="一、水污染防治")]
    assert headings(issued_columns(ANNEX_2, grouped))[:2] == ["任务类别", "序号"]
    assert issued_columns(ANNEX_2, [task()]) == ANNEX_2
    assert issued_columns((), [task()]) == DEFAULT_COLUMNS  # an older ledger: the layout it always had
    # one grouped task is enough; a declared category column is not doubled
    assert headings(issued_columns(ANNEX_2, [task(), task(section="一、水")]))[0] == "任务类别"
    assert issued_columns(DEFAULT_COLUMNS, grouped) == DEFAULT_COLUMNS


def test_unit_cells_print_as_issued_and_fall_back_to_canonical_names():
    lead = ANNEX_2[2]
    assert cell_text(task(issued=(("lead_units", "端氏镇政府"),)), lead, ANNEX_2, "") == "端氏镇政府"
    assert cell_text(task(), lead, ANNEX_2, "") == "端氏镇人民政府"


def test_a_duty_phrase_after_the_units_is_printed_with_them():
    t = task(lead_units=("县公安局", "县工信局"), units_note="按职责分工负责")
    assert cell_text(t, ANNEX_2[2], ANNEX_2, "") == "县公安局、县工信局按职责分工负责"


def test_cooperating_units_join_the_lead_cell_only_when_there_is_no_column_for_them():
    t = task(lead_units=("县住建局",), cooperating_units=("县水利局", "县能源局"))
    assert cell_text(t, ANNEX_2[2], ANNEX_2, "") == "县住建局\n（配合：县水利局、县能源局）"
    own = ANNEX_2 + (LedgerColumn("配合单位", "cooperating_units"),)
    assert cell_text(t, ANNEX_2[2], own, "") == "县住建局"
    assert cell_text(t, own[-1], own, "") == "县水利局、县能源局"


def test_a_title_heads_the_measure_unless_it_has_its_own_column():
    t = task(title="强化饮用水水源保护", measure="完成规范化建设")
    assert cell_text(t, ANNEX_2[1], ANNEX_2, "") == "强化饮用水水源保护\n完成规范化建设"
    titled = (LedgerColumn("重点工作", "title"), *ANNEX_2)
    assert cell_text(t, ANNEX_2[1], titled, "") == "完成规范化建设"
    assert cell_text(t, titled[0], titled, "") == "强化饮用水水源保护"


def test_an_empty_deadline_shows_the_phrase_read_from_the_text():
    assert cell_text(task(deadline=""), ANNEX_2[3], ANNEX_2, "10 月底前") == "10 月底前"
    assert cell_text(task(), ANNEX_2[3], ANNEX_2, "10 月底前") == "2022 年 12 月开工"


def test_number_remarks_section_and_extra_cells():
    extra = LedgerColumn("责任领导", "extra")
    t = task(seq=None, section="一、水", issued=(("责任领导", "王副县长"),))
    assert cell_text(t, ANNEX_2[0], ANNEX_2, "") == ""
    assert cell_text(task(), ANNEX_2[0], ANNEX_2, "") == "3"
    assert cell_text(t, ANNEX_2[4], ANNEX_2, "") == "市重点"
    assert cell_text(t, LedgerColumn("任务类别", "section"), ANNEX_2, "") == "一、水"
    assert cell_text(task(), LedgerColumn("任务类别", "section"), ANNEX_2, "") == ""
    assert cell_text(task(), LedgerColumn("重点工作", "title"), ANNEX_2, "") == ""
    assert cell_text(t, extra, ANNEX_2, "") == "王副县长"
    assert cell_text(task(), extra, ANNEX_2, "") == ""
    assert cell_text(task(), LedgerColumn("序号", "seq"), ANNEX_2, "") == "3"
    assert cell_text(task(issued=(("seq", "（三）"),)), ANNEX_2[0], ANNEX_2, "") == "（三）"


def test_a_document_without_columns_prints_the_default_layout_from_its_lines():
    line = LedgerLine("a:1", "一、工业", "1", "措施", "长期坚持", "县工信局", progress="进展", status="推进中", remarks="注")
    columns, rows = document_columns(LedgerDocument("a", "台账", "", "附件", [line]))
    assert headings(columns) == ["任务类别", "序号", "具体措施", "完成时限", "牵头单位", "进展情况", "完成状态", "备注"]
    assert rows == [("一、工业", "1", "措施", "长期坚持", "县工信局", "进展", "推进中", "注")]
    own = (LedgerColumn("序号", "seq"),)
    assert document_columns(LedgerDocument("a", "台账", "", "", [LedgerLine("a:1", "", "1", "m", "", "",
                                                                        cells=("1",))], columns=own)) == (own, [("1",)])


def test_the_issue_note_names_number_issuer_and_date():
    doc = LedgerDocument("a", "台账", "沁政办发〔2022〕27 号", "附件", issuer="沁水县人民政府办公室",
                         issued_on=date(2022, 7, 8))
    assert issue_note(doc) == "沁政办发〔2022〕27 号　沁水县人民政府办公室　2022年7月8日印发"
    assert issue_note(LedgerDocument("a", "台账", "", "")) == ""
    assert issue_note(LedgerDocument("a", "台账", "", "", issuer="某县政府办")) == "某县政府办"
