"""Reading a new plan's ledger from the spreadsheet it arrives in.

Issuers lay their tables out differently: title rows above the header, two-level headers
(责任单位 over 牵头 / 配合), no 序号 or no category column, categories in merged cells or in rows
of their own, unit lists separated by 、 , ， spaces or line breaks. This module finds the header,
maps columns to fields by their header text, and returns plain rows; matching unit names against
the directory and writing the plan is the ops layer's job.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from openpyxl.worksheet.worksheet import Worksheet

from ..core.errors import ImportRejected, InvalidInput, RowProblem
from ..core.units import split_units
from .xlsx_safety import MAX_COLS, MAX_ROWS, MAX_TASK_ROWS, bounded_rows, open_workbook
from .xlsx_style import cell_text

FIELDS = ("section", "seq", "title", "measure", "deadline", "lead_units", "cooperating_units", "remarks")
FIELD_LABELS = {
    "section": "任务类别", "seq": "序号", "title": "任务名称", "measure": "具体措施",
    "deadline": "完成时限", "lead_units": "牵头单位", "cooperating_units": "配合单位", "remarks": "备注",
}
# Synonyms in order of preference; matched against header text without spaces, lower-cased.
SYNONYMS = {
    "section": ("任务类别", "工作类别", "任务分类", "重点任务", "重点领域", "类别", "分类", "领域",
                "category", "section"),
    "seq": ("序号", "编号", "序", "no", "no.", "#", "number"),
    # 工作任务 / 主要任务 title a 措施 column beside them; alone they are the measure (see _assign).
    "title": ("任务名称", "项目名称", "工程名称", "重点工作", "工作任务", "主要任务", "title", "name",
              "project"),
    "measure": ("具体措施", "工作措施", "主要措施", "具体任务", "任务内容", "工作内容", "建设内容",
                "重点工作任务", "工作任务", "主要任务", "措施", "measure", "measures", "task", "action"),
    "deadline": ("完成时限", "完成时间", "时间节点", "完成期限", "时限要求", "进度安排", "时限",
                 "deadline", "due", "due date", "timeline"),
    "lead_units": ("牵头单位", "牵头部门", "责任单位", "责任主体", "责任部门", "主责单位", "负责单位",
                   "牵头", "lead", "lead unit", "lead units", "responsible"),
    "cooperating_units": ("配合单位", "协办单位", "配合部门", "参与单位", "协作单位", "配合", "协办",
                          "cooperating", "cooperating units", "support", "partners"),
    "remarks": ("备注", "说明", "remarks", "remark", "notes", "note"),
}
HEADER_SCAN_ROWS = 30
_HEADING = re.compile(r"^(第?[一二三四五六七八九十百]+[、.．章部分]|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))")
_NOTE = re.compile(r"^(注|备注|说明)[:：]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PlanSheetMapping:
    sheet: str
    header_row: int  # first header row (1-based); a two-level header also uses the row below
    first_data_row: int
    columns: dict[str, tuple[int, str]]  # field -> (1-based column, header text)
    headers: dict[int, str] = field(default_factory=dict)  # every header column's text, for editing


@dataclass(frozen=True)
class PlanRow:
    row: int
    section: str
    seq: str | None
    title: str
    measure: str
    deadline: str
    lead_units: list[str]
    cooperating_units: list[str]
    remarks: str


@dataclass
class PlanSheet:
    mapping: PlanSheetMapping
    rows: list[PlanRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)  # texts above the header: 附件, title, doc number


@dataclass
class _Grid:
    values: list[list[object]]  # raw values, 0-based [row][col]
    merges: dict[tuple[int, int], tuple[int, int, int, int]]  # cell -> its merged range (r1, c1, r2, c2)

    @classmethod
    def of(cls, ws: Worksheet) -> _Grid:
        values = [list(r) for r in bounded_rows(ws)]
        for r, row in enumerate(values, start=1):
            for c, value in enumerate(row, start=1):
                if isinstance(value, datetime | date):
                    row[c - 1] = _date_text(value, ws.cell(r, c).number_format)
        merges = {}
        for m in ws.merged_cells.ranges:  # their total area is capped by xlsx_safety
            box = (m.min_row, m.min_col, min(m.max_row, MAX_ROWS), min(m.max_col, MAX_COLS))
            for r in range(box[0], box[2] + 1):
                for c in range(box[1], box[3] + 1):
                    merges[r, c] = box
        return cls(values, merges)

    def raw(self, row: int, col: int) -> str:
        if row > len(self.values) or col > len(self.values[row - 1]):
            return ""
        return cell_text(self.values[row - 1][col - 1])

    def filled(self, row: int, col: int, *, across: bool) -> str:
        """Value shown at (row, col): a merged range's text fills it (horizontally only if `across`)."""
        box = self.merges.get((row, col))
        if box and (across or box[1] == col):
            return self.raw(box[0], box[1])
        return self.raw(row, col)

    def span(self, row: int, col: int) -> int:
        """Columns covered by a merged range at (row, col); 1 when not merged."""
        box = self.merges.get((row, col))
        return box[3] - box[1] + 1 if box else 1

    @property
    def ncols(self) -> int:
        return max((len(r) for r in self.values), default=0)


def _date_text(value: date, number_format: str) -> str:
    """A date cell as the issuer wrote it: a month shown as 2023年6月 means the month, not its 1st day."""
    shows_day = "d" in re.sub(r'"[^"]*"|\[[^\]]*\]', "", number_format.lower())
    return f"{value.year}年{value.month}月" + (f"{value.day}日" if shows_day else "")


def _norm(text: str) -> str:
    return _SPACES.sub("", text).lower().rstrip(":：")


def _match(text: str) -> list[tuple[int, str]]:
    """(score, field) for every field whose synonym matches `text`; exact beats contained, long beats short."""
    t = _norm(text)
    if not t:
        return []
    found = []
    for fld, words in SYNONYMS.items():
        best = 0
        for rank, word in enumerate(words):
            w = _norm(word)
            if t == w:
                score = 1000 - rank
            elif w.isascii():
                score = 0  # English words only as whole headers: "no" must not match "notes"
            elif w in t:
                score = 100 + 10 * len(w) - rank
            else:
                continue
            best = max(best, score)
        if best:
            found.append((best, fld))
    return found


def _header_texts(grid: _Grid, row: int) -> dict[int, tuple[str, str]]:
    """col -> (parent, child) header text for a header at `row`, using `row + 1` if it is a sub-header."""
    ncols = range(1, grid.ncols + 1)
    top = {c: grid.filled(row, c, across=True) for c in ncols}
    sub = {c: grid.filled(row + 1, c, across=True) for c in ncols}
    own = {c: grid.raw(row + 1, c) for c in ncols if grid.raw(row + 1, c)}
    # A sub-header names parts of a group: it sits under a merged parent (or an empty one),
    # in a header whose own row names columns too (a doc-number line above a header does not).
    is_sub = (
        bool(own)
        and any(_match(t) for t in top.values())
        and all(len(t) <= 10 and not _HEADING.match(t) for t in own.values())
        and any(_match(t) and _in_group(grid, row, c) for c, t in own.items())
    )
    texts = {}
    for c in ncols:
        parent, child = top[c], sub[c] if is_sub else ""
        if child == parent:
            child = ""
        if parent or child:
            texts[c] = (parent, child)
    return texts


def _in_group(grid: _Grid, row: int, col: int) -> bool:
    """Whether (row, col) heads a group of sub-columns: merged across, or written once to the left."""
    if len(grid.filled(row, col, across=True)) > 12:
        return False  # a title merged across the table is not a group header
    if grid.span(row, col) > 1:
        return True
    left = grid.raw(row, col - 1) if col > 1 else ""
    # the same length bound: an unmerged title row ending in column A is not a group either
    return not grid.raw(row, col) and 0 < len(left) <= 12 and bool(grid.raw(row + 1, col - 1))


def _assign(texts: dict[int, tuple[str, str]]) -> dict[str, tuple[int, str]]:
    candidates = []
    for col, (parent, child) in texts.items():
        # A sub-header (牵头 under 责任单位) says more than its parent does.
        candidates += [(score + 5000, fld, col) for score, fld in _match(child)]
        candidates += [(score, fld, col) for score, fld in _match(parent)]
    columns: dict[str, tuple[int, str]] = {}
    used: set[int] = set()
    for _score, fld, col in sorted(candidates, key=lambda x: (-x[0], x[2])):
        if fld not in columns and col not in used:
            columns[fld] = (col, _display(texts[col]))
            used.add(col)
    if "measure" not in columns and "title" in columns:  # a lone 工作任务 / 项目名称 column is the task
        columns["measure"] = columns.pop("title")
    section = columns.get("section")
    if "measure" not in columns and section and _norm(section[1].split("/")[-1]) == "重点任务":
        columns["measure"] = columns.pop("section")  # 重点任务 heads categories only beside a measure column
    return columns


def _display(pair: tuple[str, str]) -> str:
    parent, child = pair
    return f"{parent}/{child}" if parent and child else parent or child


def _detect(grid: _Grid, sheet: str) -> PlanSheetMapping | None:
    best: tuple[int, int] | None = None
    for row in range(1, min(HEADER_SCAN_ROWS, len(grid.values)) + 1):
        texts = _header_texts(grid, row)
        if len({t for t in texts.values()}) < 2:
            continue  # a title merged across the table is not a header
        cols = _assign(texts)
        if "measure" in cols and len(cols) >= 2 and (best is None or len(cols) > best[0]):
            best = (len(cols), row)
    if best is None:
        return None
    row = best[1]
    texts = _header_texts(grid, row)
    two_level = any(child for _parent, child in texts.values())
    return PlanSheetMapping(
        sheet=sheet, header_row=row, first_data_row=row + (2 if two_level else 1),
        columns=_assign(texts), headers={c: _display(t) for c, t in texts.items()},
    )


def detect_mapping(path: str | os.PathLike[str], *, sheet: str | None = None) -> PlanSheetMapping:
    """Find the header row and map its columns; the first sheet that has a ledger header wins."""
    return _locate(open_workbook(path), sheet)[1]


def _locate(wb, sheet: str | None) -> tuple[_Grid, PlanSheetMapping]:
    if sheet is not None and sheet not in wb.sheetnames:
        raise InvalidInput(f"工作簿中没有名为“{sheet}”的工作表；现有：{'、'.join(wb.sheetnames)}。")
    for name in [sheet] if sheet else wb.sheetnames:
        grid = _Grid.of(wb[name])
        mapping = _detect(grid, name)
        if mapping:
            return grid, mapping
    raise ImportRejected(
        "没有找到台账的表头行（需要有“具体措施”或“工作任务”等列名，以及序号、完成时限、牵头单位等列）。", [])


def _override(mapping: PlanSheetMapping, overrides: dict[str, str]) -> PlanSheetMapping:
    columns = dict(mapping.columns)
    for fld, header in overrides.items():
        if fld not in FIELDS:
            raise InvalidInput(f"不认识的字段“{fld}”；可用字段：{'、'.join(FIELDS)}。")
        columns.pop(fld, None)
        if not header.strip():
            continue  # an empty header means "this table has no such column"
        want = _norm(header)
        hits = [c for c, text in mapping.headers.items() if _norm(text) == want]
        hits = hits or [c for c, text in mapping.headers.items() if want in _norm(text).split("/")]
        if len(hits) != 1:
            raise InvalidInput(
                f"表头中{'没有' if not hits else '有多个'}“{header}”列；表头有：{'、'.join(mapping.headers.values())}。")
        for other, (col, _t) in list(columns.items()):
            if col == hits[0]:
                del columns[other]
        columns[fld] = (hits[0], mapping.headers[hits[0]])
    return PlanSheetMapping(mapping.sheet, mapping.header_row, mapping.first_data_row, columns,
                            mapping.headers)


def read_plan_sheet(path: str | os.PathLike[str], overrides: dict[str, str] | None = None,
                    *, sheet: str | None = None, mapping: PlanSheetMapping | None = None) -> PlanSheet:
    """Rows of the plan table. Rows that cannot be a task (no measure) are listed in `problems`.

    `overrides` maps fields to header texts (the CLI's --map); `mapping` is a whole mapping as
    a mapping editor returns it (detect_mapping's result with `columns` changed).
    """
    wb = open_workbook(path)
    if mapping is not None:
        if mapping.sheet not in wb.sheetnames:
            raise InvalidInput(f"工作簿中没有名为“{mapping.sheet}”的工作表。")
        grid = _Grid.of(wb[mapping.sheet])
    else:
        grid, mapping = _locate(wb, sheet)
    if overrides:
        mapping = _override(mapping, overrides)
    if "measure" not in mapping.columns:
        raise ImportRejected("没有指定“具体措施”列，无法读取任务。", [])
    result = PlanSheet(mapping)
    for row in range(1, mapping.header_row):
        texts = [grid.raw(row, c) for c in range(1, grid.ncols + 1)]
        if any(texts):
            result.preamble.append(" ".join(t for t in texts if t))
    cols = {fld: col for fld, (col, _t) in mapping.columns.items()}
    header_norm = {c: _norm(t).split("/")[-1] for c, t in mapping.headers.items()}
    table_cols = sorted(mapping.headers)
    section = ""
    for row in range(mapping.first_data_row, len(grid.values) + 1):
        raw = {c: grid.raw(row, c) for c in table_cols}
        present = [c for c, t in raw.items() if t]
        if not present:
            continue
        if len(present) == 1 and _is_heading(grid, row, present[0], raw[present[0]], table_cols, cols):
            if not _NOTE.match(raw[present[0]]):
                section = raw[present[0]]
            continue
        value = {fld: grid.filled(row, col, across=False) for fld, col in cols.items()}
        if all(_norm(value[f]) == header_norm[cols[f]] for f in value if value[f]):
            continue  # the header repeated (a table printed across pages)
        section = value.get("section") or section
        measure = value.get("measure", "")
        if not measure:
            missing = mapping.columns["measure"][1]
            result.problems.append(RowProblem(row, missing, "没有具体措施，这一行未导入。"))
            continue
        seq = value.get("seq", "")
        result.rows.append(PlanRow(
            row=row, section=section, seq=seq or None, title=value.get("title", ""), measure=measure,
            deadline=value.get("deadline", ""), lead_units=split_units(value.get("lead_units", "")),
            cooperating_units=split_units(value.get("cooperating_units", "")),
            remarks=value.get("remarks", ""),
        ))
    if len(result.rows) > MAX_TASK_ROWS:  # refuse, never cut: a plan imported in part would look whole
        raise ImportRejected(
            f"这张计划表有 {len(result.rows)} 项任务，超过一次最多导入 {MAX_TASK_ROWS} 项的上限，文件未导入。"
            "请把它分成几个文件分别导入。", [])
    return result


def _is_heading(grid: _Grid, row: int, col: int, text: str, table_cols: list[int],
                cols: dict[str, int]) -> bool:
    """A row holding one text alone is a category heading when it looks like one."""
    if _HEADING.match(text) or _NOTE.match(text) or grid.span(row, col) >= 2:
        return True
    first = table_cols[0]
    return col in (first, cols.get("section")) and not text.replace(".", "").isdigit()
