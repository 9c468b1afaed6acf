"""A ledger's own columns: the headings as issued, their order, and the field each one feeds.

Every issuer lays out its annex differently (序号 | 工作任务 | 责任主体 | 完成时限 | 备注, or
任务类别 | 序号 | 具体措施 | 完成时限 | 牵头单位 | 备注, …), and the printed ledger must look like
the annex that was issued. A column the app does not interpret is an "extra": its text is kept
per task and printed as issued. The app's own columns (进展情况, 完成状态) are added when
printing, before a closing 备注 column as the built-in ledgers always had them.
"""

from __future__ import annotations

from .dates import cn_date
from .model import EXTRA, LedgerColumn, LedgerDocument, Task

FIELDS = ("section", "seq", "title", "measure", "deadline", "lead_units", "cooperating_units", "remarks")
FIELD_LABELS = {
    "section": "任务类别", "seq": "序号", "title": "任务名称", "measure": "具体措施",
    "deadline": "完成时限", "lead_units": "牵头单位", "cooperating_units": "配合单位", "remarks": "备注",
    EXTRA: "附加列",
}
PROGRESS, STATUS = "progress", "status"  # the app's columns, printed beside the issued ones
APP_HEADINGS = {PROGRESS: "进展情况", STATUS: "完成状态"}
COOP_NOTE = "\n（配合："  # opens the cooperating units in a 牵头单位 cell when no column of their own holds them


# A ledger that declares no columns (an older file, a plan imported before columns were kept)
# prints the layout every ledger had then.
DEFAULT_COLUMNS = (
    LedgerColumn("任务类别", "section"),
    LedgerColumn("序号", "seq"),
    LedgerColumn("具体措施", "measure"),
    LedgerColumn("完成时限", "deadline"),
    LedgerColumn("牵头单位", "lead_units"),
    LedgerColumn("备注", "remarks"),
)


def issued_columns(columns: tuple[LedgerColumn, ...], tasks: list[Task]) -> tuple[LedgerColumn, ...]:
    """The columns to print: the declared ones, with 任务类别 first when the tasks are grouped
    but no column holds the group (a category given as a row of its own in the issued table)."""
    columns = columns or DEFAULT_COLUMNS
    if any(t.section for t in tasks) and all(c.field != "section" for c in columns):
        columns = (LedgerColumn(FIELD_LABELS["section"], "section"), *columns)
    return columns


def printed_columns(columns: tuple[LedgerColumn, ...]) -> tuple[LedgerColumn, ...]:
    """The issued columns plus the app's progress and status, before a closing 备注 column."""
    app = (LedgerColumn(APP_HEADINGS[PROGRESS], PROGRESS), LedgerColumn(APP_HEADINGS[STATUS], STATUS))
    if columns and columns[-1].field == "remarks":
        return (*columns[:-1], *app, columns[-1])
    return (*columns, *app)


def cell_text(task: Task, column: LedgerColumn, columns: tuple[LedgerColumn, ...], schedule_text: str) -> str:
    """What the issued table shows in `column` for `task`.

    Unit cells print as issued (端氏镇政府) when the issuer's text is known, else the canonical
    names; the title heads the measure when the table has no title column of its own; a task
    whose deadline column is empty shows the phrase its schedule was read from.
    """
    issued = dict(task.issued)
    if column.key in issued:
        return issued[column.key]
    fld = column.field
    if fld == "section":
        return task.section or ""
    if fld == "seq":
        return str(task.seq) if task.seq is not None else ""
    if fld == "title":
        return task.title or ""
    if fld == "measure":
        has_title = any(c.field == "title" for c in columns)
        return f"{task.title}\n{task.measure}" if task.title and not has_title else task.measure
    if fld == "deadline":
        return task.deadline or schedule_text
    if fld == "lead_units":
        text = "、".join(task.lead_units) + task.units_note
        if task.cooperating_units and all(c.field != "cooperating_units" for c in columns):
            text += COOP_NOTE + "、".join(task.cooperating_units) + "）"
        return text
    if fld == "cooperating_units":
        return "、".join(task.cooperating_units)
    if fld == "remarks":
        return task.remarks
    return ""


def document_columns(doc: LedgerDocument) -> tuple[tuple[LedgerColumn, ...], list[tuple[str, ...]]]:
    """The printed columns of a ledger document and each line's cells in that order.

    A document built without columns (a unit's report, an older caller) prints the default layout
    from the line's own fields.
    """
    if doc.columns:
        return doc.columns, [line.cells for line in doc.lines]
    columns = printed_columns(DEFAULT_COLUMNS)
    rows = []
    for line in doc.lines:
        by_field = {"section": line.section, "seq": line.seq, "measure": line.measure,
                    "deadline": line.deadline, "lead_units": line.lead_units, "remarks": line.remarks,
                    PROGRESS: line.progress, STATUS: line.status}
        rows.append(tuple(by_field[c.field] for c in columns))
    return columns, rows


def issue_note(doc: LedgerDocument) -> str:
    """文号, issuer and issue date, as the note line under the title says them."""
    parts = [doc.doc_no, doc.issuer, f"{cn_date(doc.issued_on)}印发" if doc.issued_on else ""]
    return "　".join(p for p in parts if p)
