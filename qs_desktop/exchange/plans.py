"""Importing next year's plan from the spreadsheet it arrives in (reading is in xlsx_plan)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..core.model import LedgerSpec, PlanSpec, TaskSpec
from ..core.schedule import parse_deadline
from ..core.units import normalize
from ..ops import Changes
from ..ops.backups import backup_before
from ..ops.plans import add_plan, check_code, code_taken, spec_units, unknown_units
from ..store.db import Store
from .xlsx_plan import FIELD_LABELS, FIELDS, PlanSheet, PlanSheetMapping, read_plan_sheet

__all__ = ["FIELDS", "PlanImport", "describe", "import_plan_file", "plan_spec"]


@dataclass
class PlanImport:
    sheet: PlanSheet
    spec: PlanSpec
    unknown_units: list[str] = field(default_factory=list)
    unparsed: list[tuple[int, str]] = field(default_factory=list)  # (row, deadline phrase kept as written)
    code_taken: bool = False
    changes: Changes | None = None


_DOC_NO = re.compile(r"\S+〔\d{4}〕\s*\d+\s*号")


def plan_spec(sheet: PlanSheet, *, code: str, year: int, title: str | None, source: str) -> PlanSpec:
    """The plan as the sheet gives it: title rows above the header name the annex, ledger and doc number."""
    annex = next((t for t in sheet.preamble if t.startswith("附件")), "")
    doc_no = next((m.group(0) for t in sheet.preamble if (m := _DOC_NO.search(t))), "")
    heading = next((t for t in sheet.preamble if not t.startswith("附件") and not _DOC_NO.search(t)), "")
    seqs = [r.seq for r in sheet.rows]
    tasks = [
        TaskSpec(
            measure=r.measure,
            # A number is the task's id within the ledger; "（一）" or a repeated number is not.
            seq=int(r.seq) if r.seq and r.seq.isdigit() and seqs.count(r.seq) == 1 else None,
            title=r.title or None, section=r.section, deadline=r.deadline,
            lead_units=[normalize(u) for u in r.lead_units],
            cooperating_units=[normalize(u) for u in r.cooperating_units],
            remarks=r.remarks,
        )
        for r in sheet.rows
    ]
    ledger_title = heading or title or code
    return PlanSpec(code=code, title=title or ledger_title, year=year, source=source, doc_no=doc_no,
                    ledgers=[LedgerSpec(code=code, title=ledger_title, tasks=tasks, annex=annex)])


def import_plan_file(store: Store, path: Path, *, code: str, year: int, title: str | None = None,
                     overrides: dict[str, str] | None = None, sheet: str | None = None,
                     mapping: PlanSheetMapping | None = None, add_units: bool = False,
                     replace: bool = False, dry_run: bool = False) -> PlanImport:
    check_code(code)
    read = read_plan_sheet(path, overrides, sheet=sheet, mapping=mapping)
    spec = plan_spec(read, code=code, year=year, title=title, source=f"xlsx:{path.name}")
    result = PlanImport(read, spec, unknown_units=unknown_units(store, spec_units(spec)),
                        unparsed=[(r.row, r.deadline) for r in read.rows
                                  if r.deadline and parse_deadline(r.deadline, year).kind == "unparsed"],
                        code_taken=code_taken(store, code))
    if not dry_run:
        backup_before(store, "import")
        result.changes = add_plan(store, spec, replace=replace, add_units=add_units)
    return result


def describe(result: PlanImport) -> list[str]:
    m = result.sheet.mapping
    lines = [f"工作表“{m.sheet}”，表头在第 {m.header_row} 行；列对应："]
    for fld in FIELDS:
        col = m.columns.get(fld)
        lines.append(f"  {fld}（{FIELD_LABELS[fld]}）= {col[1] if col else '（无）'}")
    lines.append(f"识别出 {len(result.sheet.rows)} 项任务。")
    lines += [f"  问题 {p}" for p in result.sheet.problems]
    lines += [f"  第 {row} 行的完成时限“{text}”无法自动识别，已原样保留，可稍后手工指定日期。"
              for row, text in result.unparsed]
    if result.unknown_units:
        lines.append("单位目录中没有：" + "、".join(result.unknown_units))
    if result.code_taken and not result.changes:
        lines.append(f"计划代码“{result.spec.code}”已存在：只有选择替换才能导入，替换时其报送记录将一并删除。")
    if result.changes:
        lines.append(result.changes.summary)
    return lines
