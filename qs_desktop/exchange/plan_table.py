"""Reading a plan's task table, wherever it came from (a worksheet, a table in a Word notice).

Issuers lay their tables out differently: title rows and an 附件 line above the header, headings
typed with spaces between the characters or in full-width forms, two-level headers (责任单位 over
牵头 / 配合), no 序号 or no category column, categories in merged cells or in rows of their own,
unit lists separated by 、 , ， spaces or line breaks, columns the app does not know (责任领导,
工作目标 …). This module finds the header, maps columns to fields by their header text, keeps every
other non-empty column as an extra, and returns plain rows; matching unit names against the
directory and writing the plan is the ops layer's job.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..core.columns import FIELD_LABELS, FIELDS
from ..core.errors import ImportRejected, InvalidInput, RowProblem
from ..core.model import EXTRA, LedgerColumn
from ..core.units import split_units
from .xlsx_safety import MAX_TASK_ROWS

__all__ = ["FIELDS", "FIELD_LABELS", "Grid", "PlanRow", "PlanSheet", "PlanSheetMapping", "detect", "read_grid"]

# Synonyms in order of preference; matched against header text normalised by `_norm`. Collected
# from published 任务分解表, 责任清单 and 重点工作台账 of county and city governments.
SYNONYMS = {
    "section": ("任务类别", "工作类别", "任务分类", "重点任务", "重点领域", "工作领域", "任务板块", "类别",
                "分类", "领域", "板块", "category", "section"),
    "seq": ("序号", "编号", "序", "no", "no.", "#", "number"),
    # 工作任务 / 主要任务 title a 措施 column beside them; alone they are the measure (see _assign).
    "title": ("任务名称", "项目名称", "工程名称", "重点工作", "工作任务", "主要任务", "目标任务", "工作目标",
              "任务目标", "title", "name", "project"),
    "measure": ("具体措施", "工作措施", "任务措施", "主要措施", "推进措施", "落实措施", "工作举措", "具体任务",
                "任务内容", "工作内容", "主要内容", "具体内容", "建设内容", "具体工作", "重点工作任务",
                "工作任务", "主要任务", "措施", "measure", "measures", "task", "action"),
    "deadline": ("完成时限", "完成时间", "时间节点", "完成期限", "时限要求", "完成时间节点", "进度安排",
                 "时间安排", "进度要求", "完成节点", "时限", "deadline", "due", "due date", "timeline"),
    "lead_units": ("牵头单位", "牵头部门", "责任单位", "责任主体", "责任部门", "主责单位", "主责部门",
                   "主要责任单位", "负责单位", "责任科室", "牵头", "lead", "lead unit", "lead units",
                   "responsible"),
    # 责任单位 beside a 牵头单位 column names the units that carry the work with the lead.
    "cooperating_units": ("配合单位", "协办单位", "配合部门", "参与单位", "协作单位", "协同单位", "协办部门",
                          "配合", "协办", "协同配合单位", "责任单位", "cooperating", "cooperating units",
                          "support", "partners"),
    "remarks": ("备注", "说明", "remarks", "remark", "notes", "note"),
}
# People, not units: 牵头领导, 责任人, 分管领导 … are kept as extra columns, never read as units.
_PEOPLE = re.compile(r"领导|责任人|负责人|联系人|分管|电话|签字")
HEADER_SCAN_ROWS = 30
_HEADING = re.compile(r"^(第?[一二三四五六七八九十百]+[、.．章部分]|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))")
_NOTE = re.compile(r"^(注|备注|说明)[:：]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PlanSheetMapping:
    sheet: str  # the worksheet's name, or "表 N" for the N-th table of a Word document
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
    issued: dict[str, str] = field(default_factory=dict)  # column key -> text as issued (units, extras)


@dataclass
class PlanSheet:
    mapping: PlanSheetMapping
    rows: list[PlanRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)  # texts above the header: 附件, title, doc number
    columns: list[LedgerColumn] = field(default_factory=list)  # as issued, in order; extras included

    @property
    def extras(self) -> list[tuple[str, int]]:
        """(heading, rows with text) of every column kept without a field of its own."""
        return [(c.heading, sum(1 for r in self.rows if r.issued.get(c.key))) for c in self.columns
                if c.field == EXTRA]


@dataclass
class Grid:
    """A table's cell texts and merged ranges, however the file stored them."""

    values: list[list[str]]  # cell texts, 0-based [row][col]
    merges: dict[tuple[int, int], tuple[int, int, int, int]]  # cell -> its merged range (r1, c1, r2, c2)

    def raw(self, row: int, col: int) -> str:
        if row > len(self.values) or col > len(self.values[row - 1]):
            return ""
        return self.values[row - 1][col - 1]

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


def _norm(text: str) -> str:
    """Heading text as compared: full-width forms folded (ＮＯ．→ no.), no spaces, lower case."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).lower().rstrip(":")


def heading_text(text: str) -> str:
    """A heading as printed: the spaces that justified it in a wide cell removed (具 体 措 施)."""
    return _SPACES.sub("", text)


def _match(text: str) -> list[tuple[int, str]]:
    """(score, field) for every field whose synonym matches `text`; exact beats contained, long beats short."""
    t = _norm(text)
    if not t or _PEOPLE.search(t):
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


def _header_texts(grid: Grid, row: int) -> dict[int, tuple[str, str]]:
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


def _in_group(grid: Grid, row: int, col: int) -> bool:
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


def detect(grid: Grid, name: str) -> PlanSheetMapping | None:
    """The table's header row and column mapping, or None when it has no task-table header."""
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
        sheet=name, header_row=row, first_data_row=row + (2 if two_level else 1),
        columns=_assign(texts), headers={c: _display(t) for c, t in texts.items()},
    )


NO_HEADER = "没有找到台账的表头行（需要有“具体措施”或“工作任务”等列名，以及序号、完成时限、牵头单位等列）。"


def locate(grids: Sequence[tuple[str, Grid]]) -> tuple[Grid, PlanSheetMapping]:
    """The first table that has a task-table header."""
    for name, grid in grids:
        mapping = detect(grid, name)
        if mapping:
            return grid, mapping
    raise ImportRejected(NO_HEADER, [])


def override(mapping: PlanSheetMapping, overrides: dict[str, str]) -> PlanSheetMapping:
    """`mapping` with fields tied to the columns whose header reads as given (spaces and widths aside)."""
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


def read_grid(grid: Grid, mapping: PlanSheetMapping, overrides: dict[str, str] | None = None) -> PlanSheet:
    """Rows of the plan table. Rows that cannot be a task (no measure) are listed in `problems`.

    `overrides` maps fields to header texts (the CLI's --map); `mapping` may come from a mapping
    editor (detect's result with `columns` changed).
    """
    if overrides:
        mapping = override(mapping, overrides)
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
    # Every other column with text somewhere below the header is kept, headed or not.
    field_of = {col: fld for fld, col in cols.items()}
    loose = [c for c in range(1, grid.ncols + 1) if c not in field_of and any(
        grid.raw(r, c) for r in range(mapping.first_data_row, len(grid.values) + 1))]
    extra_heading: dict[int, str] = {}
    for c in loose:  # each extra keeps its text under its own heading, so two 责任人 columns stay two
        heading = heading_text(mapping.headers.get(c, "")) or f"第 {c} 列"
        extra_heading[c] = heading if heading not in extra_heading.values() else f"{heading}（第 {c} 列）"
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
        issued = {f: value[f] for f in ("lead_units", "cooperating_units") if value.get(f)}
        issued |= {extra_heading[c]: t for c in loose if (t := grid.filled(row, c, across=False))}
        result.rows.append(PlanRow(
            row=row, section=section, seq=seq or None, title=value.get("title", ""), measure=measure,
            deadline=value.get("deadline", ""), lead_units=split_units(value.get("lead_units", "")),
            cooperating_units=split_units(value.get("cooperating_units", "")),
            remarks=value.get("remarks", ""), issued=issued,
        ))
    if len(result.rows) > MAX_TASK_ROWS:  # refuse, never cut: a plan imported in part would look whole
        raise ImportRejected(
            f"这张计划表有 {len(result.rows)} 项任务，超过一次最多导入 {MAX_TASK_ROWS} 项的上限，文件未导入。"
            "请把它分成几个文件分别导入。", [])
    for c in sorted(set(field_of) | set(loose)):
        if c in field_of:
            result.columns.append(LedgerColumn(column_heading(mapping.headers.get(c, "")) or
                                               FIELD_LABELS[field_of[c]], field_of[c]))
        elif any(extra_heading[c] in r.issued for r in result.rows):
            result.columns.append(LedgerColumn(extra_heading[c], EXTRA))
    return result


def column_heading(display: str) -> str:
    """The printed heading of a (possibly two-level) column: 责任单位/牵头 → 责任单位（牵头）."""
    parent, _, child = heading_text(display).partition("/")
    if not child:
        return parent
    return child if len(child) >= 4 else f"{parent}（{child}）"


def _is_heading(grid: Grid, row: int, col: int, text: str, table_cols: list[int],
                cols: dict[str, int]) -> bool:
    """A row holding one text alone is a category heading when it looks like one."""
    if _HEADING.match(text) or _NOTE.match(text) or grid.span(row, col) >= 2:
        return True
    first = table_cols[0]
    return col in (first, cols.get("section")) and not text.replace(".", "").isdigit()
