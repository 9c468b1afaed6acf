"""Importing a new plan from the file it arrives in: a spreadsheet, or the Word notice itself.

Reading the table is in plan_table (xlsx_plan / docx_plan turn each file into grids); this module
turns the tables into a plan — its columns as issued, numbers, unit names, issuing details — and
says what it found: the mapping, extra columns kept, dates it could not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..core.errors import FileRejected
from ..core.model import LedgerSpec, PlanSpec, TaskSpec
from ..core.schedule import names_unread_date, parse_deadline, schedule_for
from ..core.units import join_wrapped, normalize
from ..ops import Changes
from ..ops.backups import backup_before
from ..ops.plans import add_plan, check_code, code_taken, known_unit, spec_units, unknown_units
from ..store.db import Store
from .docx_plan import read_plan_document
from .plan_table import FIELD_LABELS, FIELDS, PlanSheet, PlanSheetMapping
from .xlsx_plan import read_plan_sheet

__all__ = ["FIELDS", "Issue", "PlanImport", "describe", "import_plan_file", "plan_spec", "read_plan_file"]

WORD_SUFFIXES = (".docx",)
OLD_WORD = (".doc", ".wps")


@dataclass(frozen=True)
class Issue:
    """The plan's issuing details (文号, 印发日期, 印发单位); empty ones are read from the file or left out."""

    doc_no: str = ""
    issued_on: date | None = None
    issuer: str = ""


@dataclass
class PlanImport:
    sheets: list[PlanSheet]
    spec: PlanSpec
    unknown_units: list[str] = field(default_factory=list)
    unparsed: list[tuple[int, str]] = field(default_factory=list)  # (row, deadline phrase kept as written)
    undated: list[tuple[int, str]] = field(default_factory=list)  # (row, text naming a date not read)
    dated_from_text: int = 0  # tasks without a time column whose schedule came from their text
    skipped_tables: list[tuple[str, int]] = field(default_factory=list)  # (表 N, rows) of a document, not tasks
    code_taken: bool = False
    changes: Changes | None = None

    @property
    def sheet(self) -> PlanSheet:
        """The first (usually the only) task table."""
        return self.sheets[0]


_DOC_NO = re.compile(r"\S+〔\d{4}〕\s*\d+\s*号")
_ANNEX = re.compile(r"^(附\s*件\s*\d*)\s*[:：]?\s*(.*)$")


def ledger_spec(sheet: PlanSheet, *, code: str, title: str | None, known: Callable[[str], bool]) -> LedgerSpec:
    """One task table as a ledger: 附件 line and title from above the table, columns as issued."""
    annex, heading = "", ""
    for text in sheet.preamble:
        if _DOC_NO.search(text):
            continue
        if not annex and (m := _ANNEX.match(text)):
            annex, text = m.group(1), m.group(2)  # "附件：<title>" names the table on the same line
        heading = heading or text
    has_seq = "seq" in sheet.mapping.columns
    seqs = [r.seq for r in sheet.rows]
    tasks = []
    for n, r in enumerate(sheet.rows, start=1):
        issued = dict(r.issued)
        if has_seq:
            # A number is the task's id within the ledger; "（一）" or a repeated number is not.
            seq = int(r.seq) if r.seq and r.seq.isdigit() and seqs.count(r.seq) == 1 else None
            if r.seq and str(seq) != r.seq:
                issued["seq"] = r.seq
        else:
            seq = n  # a table without 序号 is numbered in the order it is printed
        tasks.append(TaskSpec(
            measure=r.measure, seq=seq, title=r.title or None, section=r.section, deadline=r.deadline,
            lead_units=join_wrapped([normalize(u) for u in r.lead_units], known),
            cooperating_units=join_wrapped([normalize(u) for u in r.cooperating_units], known),
            remarks=r.remarks, issued=issued,
        ))
    return LedgerSpec(code=code, title=heading or title or code, tasks=tasks, annex=annex,
                      columns=list(sheet.columns))


def plan_spec(sheets: list[PlanSheet] | PlanSheet, *, code: str, year: int, title: str | None, source: str,
              issue: Issue = Issue(), known: Callable[[str], bool] = lambda _name: True) -> PlanSpec:
    """The plan as the tables give it: one ledger per task table (code, code-2, code-3 …).

    `known` tells directory names from others, to rejoin a name wrapped onto two lines.
    """
    sheets = [sheets] if isinstance(sheets, PlanSheet) else sheets
    ledgers = [ledger_spec(s, code=code if i == 0 else f"{code}-{i + 1}", title=title, known=known)
               for i, s in enumerate(sheets)]
    doc_no = issue.doc_no or next((m.group(0) for s in sheets for t in s.preamble if (m := _DOC_NO.search(t))), "")
    return PlanSpec(code=code, title=title or ledgers[0].title, year=year, source=source, doc_no=doc_no,
                    issued_on=issue.issued_on, issuer=issue.issuer, ledgers=ledgers)


def read_plan_file(path: Path, overrides: dict[str, str] | None = None, *, sheet: str | None = None,
                   mapping: PlanSheetMapping | None = None,
                   skipped: list[tuple[str, int]] | None = None) -> list[PlanSheet]:
    """The task tables of a workbook (one sheet) or of a Word notice (every task table in it;
    the document's other tables are listed in `skipped`)."""
    suffix = path.suffix.lower()
    if suffix in OLD_WORD:
        raise FileRejected(f"文件“{path.name}”是 {suffix} 格式，本程序只能读取 .docx 或 .xlsx。请用 WPS 或 Word 另存为 .docx 后再导入。")
    if suffix in (".pdf", ".ofd"):
        raise FileRejected(f"文件“{path.name}”是 {suffix} 格式，无法读出其中的表格。请向发文单位索取 Word（.docx）"
                           "或 Excel（.xlsx）版本，或用 WPS 将它转换为 Word 后再导入。")
    if suffix in WORD_SUFFIXES:
        return read_plan_document(path, overrides, table=sheet, mapping=mapping, skipped=skipped)
    return [read_plan_sheet(path, overrides, sheet=sheet, mapping=mapping)]


def import_plan_file(store: Store, path: Path, *, code: str, year: int, title: str | None = None,
                     overrides: dict[str, str] | None = None, sheet: str | None = None,
                     mapping: PlanSheetMapping | None = None, add_units: bool = False,
                     replace: bool = False, dry_run: bool = False, issue: Issue = Issue()) -> PlanImport:
    check_code(code)
    skipped: list[tuple[str, int]] = []
    sheets = read_plan_file(path, overrides, sheet=sheet, mapping=mapping, skipped=skipped)
    kind = "docx" if path.suffix.lower() in WORD_SUFFIXES else "xlsx"
    spec = plan_spec(sheets, code=code, year=year, title=title, source=f"{kind}:{path.name}", issue=issue,
                     known=known_unit(store))
    result = PlanImport(sheets, spec, unknown_units=unknown_units(store, spec_units(spec)),
                        code_taken=code_taken(store, code), skipped_tables=skipped)
    for sheet in sheets:
        for r in sheet.rows:
            if r.deadline and parse_deadline(r.deadline, year).kind == "unparsed":
                result.unparsed.append((r.row, r.deadline))
            elif not r.deadline and "deadline" not in sheet.mapping.columns:
                if schedule_for("", r.measure, year).text:
                    result.dated_from_text += 1
                elif names_unread_date(r.measure, year):
                    result.undated.append((r.row, r.measure))
    if not dry_run:
        backup_before(store, "import")
        result.changes = add_plan(store, spec, replace=replace, add_units=add_units)
    return result


def describe(result: PlanImport) -> list[str]:
    lines = []
    for sheet, ledger in zip(result.sheets, result.spec.ledgers, strict=True):
        lines += _describe_table(sheet, ledger)
    lines += [f"文档{name}（{rows} 行）没有“具体措施”“工作任务”等任务列，不是任务表，未导入。"
              for name, rows in result.skipped_tables]
    spec = result.spec
    issued = [t for t in (spec.doc_no, spec.issuer, f"{spec.issued_on:%Y年%-m月%-d日}印发" if spec.issued_on else "") if t]
    if issued:
        lines.append("印发信息：" + "　".join(issued))
    lines += [f"  第 {row} 行的完成时限“{text}”无法自动识别，已原样保留，可稍后手工指定日期。"
              for row, text in result.unparsed]
    if result.dated_from_text:
        lines.append(f"表格没有完成时限列：{result.dated_from_text} 项任务的时限取自任务文字中的日期。")
    lines += [f"  第 {row} 行的文字提到日期，但未能读出完成时限（按常态工作处理，可稍后手工指定）：{_excerpt(text)}"
              for row, text in result.undated]
    if result.unknown_units:
        lines.append("单位目录中没有：" + "、".join(result.unknown_units))
    if result.code_taken and not result.changes:
        lines.append(f"计划代码“{result.spec.code}”已存在：只有选择替换才能导入，替换时其报送记录将一并删除。")
    if result.changes:
        lines.append(result.changes.summary)
    return lines


def _describe_table(sheet: PlanSheet, ledger: LedgerSpec) -> list[str]:
    m = sheet.mapping
    where = f"工作表“{m.sheet}”" if not m.sheet.startswith("表 ") else f"文档{m.sheet}"
    lines = [f"{where}（台账“{ledger.title}”，代码 {ledger.code}），表头在第 {m.header_row} 行；列对应："]
    for fld in FIELDS:
        col = m.columns.get(fld)
        lines.append(f"  {fld}（{FIELD_LABELS[fld]}）= {col[1] if col else '（无）'}")
    for heading, count in sheet.extras:
        lines.append(f"  未对应字段的列“{heading}”（{count} 行有内容）：作为附加列保留，台账中照原样打印。")
    numbered = "" if "seq" in m.columns else "（表中无序号，按出现顺序编号）"
    lines.append(f"识别出 {len(sheet.rows)} 项任务{numbered}。")
    lines += [f"  问题 {p}" for p in sheet.problems]
    return lines


def _excerpt(text: str, size: int = 30) -> str:
    flat = re.sub(r"\s+", "", text)
    return flat if len(flat) <= size else flat[:size] + "…"
