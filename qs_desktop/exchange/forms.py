"""Fill-in forms between the ledger and the units: export them signed, import returned ones in one go.

A form is signed with this ledger's key and recorded (its rows, with the version of the unit's
report each row was issued on). A returned form is accepted only when the signature holds and the
record exists; its rows then go through `ops.intake`, so a row based on an older version than the
one now held is listed and not applied. A folder is checked completely first and then applied in
one transaction: every file or none.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from ..core import rules
from ..core.dates import cn_date, cn_period, parse_period
from ..core.errors import InvalidInput, QsError, RowProblem
from ..fsutil import ensure_folder
from ..ops import Changes
from ..ops.backups import backup_before
from ..ops.catalog import list_units
from ..ops.forms import (
    FormRow,
    ImportedFile,
    IssuedForm,
    form_key,
    form_tasks,
    imported_file,
    issued_form,
    record_form,
)
from ..ops.intake import Batch, Incoming, Verdict, judge, summary, take_in
from ..ops.reports import ReportInput
from ..ops.sample import sample_scale
from ..store.db import Store
from .xlsx_form import (
    FormDocument,
    FormLine,
    FormReturn,
    form_mac,
    locked_rows,
    read_form,
    write_form,
)

NOT_ISSUED = ("这份填报表不是本台账下发的（可能来自另一台电脑上的台账，或是仿造的），无法导入。"
              "请使用本台账导出的填报表填写。")
ALTERED = "这份填报表的表单标识在下发后被改动过（单位、报送期或任务与下发记录不符），无法导入。请使用原下发的表格填写。"


def form_document(store: Store, unit: str, period: str) -> FormDocument:
    """The form for a unit and period: the tasks it owes (ops.forms.form_tasks), each with this
    period's report prefilled (and its review) and the previous period's progress for reference."""
    who, owed = form_tasks(store, unit, period)
    if not owed:
        raise InvalidInput(f"“{who.name}”在 {cn_period(period)} 没有需要填报的任务（未分派任务，或任务均已完成、"
                           f"销号，或不在该期），无需导出填报表。")
    lines = []
    for item in owed:
        task = item.task
        now = next((r for r in item.reports if r.period == period), None)
        prev = next((r for r in reversed(item.reports) if r.period < period), None)
        lines.append(FormLine(
            task_id=task.id, ledger=item.ledger_title, section=task.section or "",
            seq="" if task.seq is None else str(task.seq), measure=task.measure, deadline=task.deadline,
            role="牵头" if item.role == "lead" else "配合",
            target_quantity=task.target_quantity, target_unit=task.target_unit,
            prev_progress=prev.progress if prev else "",
            prev_status=rules.status_label(prev.status) if prev else "",
            **(_prefill(now) if now else {}),
        ))
    return FormDocument(unit=who.name, period=period, form_id=f"{period}-{uuid.uuid4().hex[:12]}",
                        lines=lines, issued_at=datetime.now().replace(microsecond=0),
                        sample=bool(sample_scale(store)))


def _prefill(report) -> dict:
    return {"state": report.state, "version": report.version,
            "review_comment": report.review_comment if report.state == "returned" else "",
            "status": rules.status_label(report.status), "progress": report.progress,
            "problems": report.problems, "next_steps": report.next_steps, "quantity": report.quantity}


def export_form(store: Store, unit: str, period: str, path: str | os.PathLike[str]) -> FormDocument:
    """Sign, write, then record the form; a file whose record could not be saved is removed again
    (it could never be imported)."""
    doc = form_document(store, unit, period)
    doc = replace(doc, mac=form_mac(form_key(store), doc.form_id, doc.unit, doc.period, locked_rows(doc)))
    write_form(doc, path)
    try:
        record_form(store, IssuedForm(doc.form_id, doc.unit, doc.period, doc.mac, doc.issued_at.isoformat(),
                                      tuple(FormRow(ln.task_id, ln.version, ln.state) for ln in doc.lines)))
    except BaseException:
        Path(path).unlink(missing_ok=True)
        raise
    return doc


def export_all_forms(store: Store, period: str, folder: str | os.PathLike[str], *,
                     progress: Callable[[int, int, str], bool | None] | None = None) -> list[Path]:
    """One form per unit with open tasks, named 单位-期-填报表.xlsx (groups reach units through members).

    `progress` returning False stops after the forms already written (the user cancelled).
    """
    parse_period(period)
    ensure_folder(Path(folder))
    units = [u.name for u in list_units(store) if u.kind != "group"]
    written = []
    for i, unit in enumerate(units):
        if progress and progress(i, len(units), unit) is False:
            break
        path = Path(folder) / f"{_UNSAFE.sub('_', unit)}-{period}-填报表.xlsx"
        try:
            export_form(store, unit, period, path)
        except InvalidInput:  # no open tasks: nothing to send
            continue
        written.append(path)
    return written


_UNSAFE = re.compile(r'[\\/:*?"<>|]')


@dataclass
class FormImport:
    """One returned file: what it would change, what is wrong with it, and whether it was applied."""

    path: Path
    form: FormReturn | None = None
    unit: str = ""  # the unit the form was issued to
    verdicts: list[Verdict] = field(default_factory=list)  # new / changed / unchanged / stale rows
    problems: list[RowProblem] = field(default_factory=list)  # refuse the file unless skipped
    notes: list[RowProblem] = field(default_factory=list)
    error: str = ""  # the whole file was refused
    changes: Changes | None = None  # set once applied
    fingerprint: str = ""  # sha256 of the file's bytes
    imported_before: str = ""  # when these very bytes were applied (ISO time): not applied again
    incoming: list[Incoming] = field(default_factory=list)

    @property
    def pending(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.applies]

    def of(self, kind: str) -> list[Verdict]:
        return [v for v in self.verdicts if v.kind == kind]


def form_files(target: str | os.PathLike[str]) -> list[Path]:
    """A file, or every .xlsx in a folder (not Office lock files '~$…' or hidden files)."""
    p = Path(target)
    if p.is_dir():
        return sorted(f for f in p.iterdir()
                      if f.suffix.lower() == ".xlsx" and not f.name.startswith(("~$", ".")) and f.is_file())
    return [p]


def import_forms(
    store: Store,
    paths: list[Path],
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Callable[[int, int, Path], bool | None] | None = None,
) -> list[FormImport]:
    """Check every file fully, then apply all of them in ONE transaction, or none.

    A file with a problem (unreadable, not issued here, an invalid row) stops the whole batch unless
    `skip_invalid`, which leaves out the refused files and rows and applies the rest. Stale rows (the
    report changed since the form was issued) are never applied and never stop the others.
    `progress` returning False cancels before anything is written.
    """
    key = form_key(store)
    results = []
    for i, path in enumerate(paths):
        if progress and progress(i, len(paths), path) is False:
            raise InvalidInput("已取消，没有导入任何内容。")
        results.append(check_form(store, path, key))
    if progress:
        progress(len(paths), len(paths), Path())
    for result in results:
        if not result.error and result.problems and not skip_invalid:
            result.error = f"有 {len(result.problems)} 处问题，整份未导入（可改正后重新导入，或选择跳过有问题的行）。"
    bad = [r for r in results if r.error]
    ready = [r for r in results if not r.error and r.pending]
    if dry_run or not ready:
        return results
    if bad and not skip_invalid:
        for r in ready:
            r.error = f"同批有 {len(bad)} 个文件不能导入，整批未导入（可改正或移出这些文件后重新导入，或选择跳过有问题的文件和行）。"
        return results
    try:
        backup_before(store, "import")
        intake = take_in(store, [Batch(r.incoming, ImportedFile(r.fingerprint, r.path.name, str(summary(r.pending))))
                                 for r in ready])
    except QsError as exc:  # e.g. the database is busy or read-only: nothing of the batch was written
        for r in ready:
            r.error = exc.message
        return results
    for r, verdicts in zip(ready, intake.verdicts, strict=True):
        _sort(r, verdicts)
        applied = frozenset(v.entry.task_id for v in r.pending)
        r.changes = Changes(tasks=applied, reports=bool(applied), outcome=summary(verdicts))
    return results


def check_form(store: Store, path: Path, key: bytes | None = None) -> FormImport:
    result = FormImport(path)
    try:
        form = read_form(path)
    except QsError as exc:
        result.error = exc.message
        return result
    issued = issued_form(store, form.form_id)
    signed = form_mac(key or form_key(store), form.form_id, form.unit, form.period, form.locked)
    if issued is None:
        result.error = NOT_ISSUED
        return result
    if not hmac.compare_digest(signed, form.mac) or issued.period != form.period or \
            [r.task_id for r in issued.rows] != [t for t, _m, _d in form.locked]:
        result.error = ALTERED
        return result
    result.form, result.unit = form, issued.unit
    result.problems, result.notes = list(form.problems), list(form.notes)
    result.fingerprint = hashlib.sha256(path.read_bytes()).hexdigest()
    before = imported_file(store, result.fingerprint)
    if before:
        result.imported_before = before.imported_at
        return result
    base = {r.task_id: r for r in issued.rows}
    source = f"xlsx-form:{form.form_id}"
    for e in form.entries:
        report = ReportInput(
            task_id=e.task_id, unit=issued.unit, period=issued.period, status=e.status, progress=e.progress,
            problems=e.problems, next_steps=e.next_steps, source=source, reporter=issued.unit,
            quantity=e.quantity.value if e.quantity else None, quantity_unit=e.quantity.unit if e.quantity else "",
        )
        row = base[e.task_id]
        result.incoming.append(Incoming(e.row, report, row.base_version, row.base_state))
    _sort(result, judge(store, result.incoming))
    return result


def _sort(result: FormImport, verdicts: list[Verdict]) -> None:
    """Refused rows are problems of the file; the other verdicts are what it does."""
    result.verdicts = [v for v in verdicts if v.kind != "refused"]
    refused = [RowProblem(v.row, None, v.text) for v in verdicts if v.kind == "refused"]
    result.problems = sorted({str(p): p for p in result.problems + refused}.values(), key=lambda p: p.row or 0)


def describe(result: FormImport) -> list[str]:
    """Plain lines for the CLI and the GUI's details box."""
    head = result.path.name
    if result.form:
        head += f"：{result.unit} {cn_period(result.form.period)}"
    if result.error and not result.form:
        return [f"{head}：{result.error}"]
    if result.imported_before:
        when = datetime.fromisoformat(result.imported_before).astimezone()
        return [f"{head}：此文件已于 {cn_date(when.date())} {when:%H:%M} 导入过，未再次导入。"]
    counts = {k: len(result.of(k)) for k in ("new", "changed", "unchanged", "stale")}
    line = f"{head}，新增 {counts['new']} 项、修改 {counts['changed']} 项、无变化 {counts['unchanged']} 项"
    lines = [line + (f"、已过时 {counts['stale']} 项" if counts["stale"] else "")]
    for v in result.pending:
        label = "新增" if v.kind == "new" else "修改"
        status = rules.status_label(rules.parse_status(v.entry.status))
        lines.append(f"  {label} 第 {v.row} 行 {v.entry.task_id}：{status} {v.entry.progress[:40]}")
    lines += [f"  未导入 {v.message}" for v in result.of("stale")]
    lines += [f"  问题 {problem}" for problem in result.problems]
    lines += [f"  提示 {note}" for note in result.notes]
    if result.error:
        lines.append(f"  {result.error}")
    elif result.changes is not None:
        lines.append(f"  {result.changes.summary}")
    return lines
