"""From a read plan sheet to the plan the ledger stores."""

from __future__ import annotations

import openpyxl

from qs_desktop.exchange.plans import plan_spec
from qs_desktop.exchange.xlsx_plan import read_plan_sheet


def test_title_rows_give_annex_ledger_title_and_doc_number(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["附件 1"], ["沁水县土壤污染防治 2023 年行动计划工作任务"], ["沁政办发〔2023〕12 号"],
              ["序号", "具体措施", "完成时限", "牵头单位"],
              [1, "措施一", "长期坚持", "县农业农村局"],
              [1, "措施二（序号重复）", "长期坚持", "县农业农村局"],
              ["（三）", "措施三", "年底前", "县自然资源局按职责分工负责"],
              [4, "措施四", "年底前", "县林业局"]]:
        ws.append(r)
    wb.save(tmp_path / "soil.xlsx")

    sheet = read_plan_sheet(tmp_path / "soil.xlsx")
    assert sheet.mapping.header_row == 4  # the doc-number line above is not a parent header row
    spec = plan_spec(sheet, code="soil-2023", year=2023, title=None, source="xlsx:soil.xlsx")
    assert (spec.doc_no, spec.title) == ("沁政办发〔2023〕12 号", "沁水县土壤污染防治 2023 年行动计划工作任务")
    [ledger] = spec.ledgers
    assert (ledger.code, ledger.annex) == ("soil-2023", "附件 1")
    # Only a unique plain number can be a task's id; the rest are numbered by position.
    assert [t.seq for t in ledger.tasks] == [None, None, None, 4]
    assert ledger.tasks[2].lead_units == ["县自然资源局"]

    named = plan_spec(read_plan_sheet(tmp_path / "soil.xlsx"), code="s", year=2023,
                      title="沁水县土壤污染防治 2023 年行动计划", source="")
    assert named.title == "沁水县土壤污染防治 2023 年行动计划"
    assert named.ledgers[0].title == "沁水县土壤污染防治 2023 年行动计划工作任务"
