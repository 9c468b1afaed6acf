"""Fill-in forms between the ledger and the units: export one, import returned ones in one go."""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..core import rules
from ..core.dates import cn_date, cn_period, parse_period
from ..core.errors import InvalidInput, QsError, RowProblem
from ..ops import Changes
from ..ops.backups import backup_before
from ..ops.catalog import check_acting, list_ledgers, list_tasks, list_units, resolve_unit
from ..ops.forms import ImportedFile, IssuedForm, imported_file, issued_form, record_form
from ..ops.intake import Batch, Incoming, Verdict, judge, take_in
from ..ops.obligations import check_period
from ..ops.reports import ReportInput, previous_report
from ..store.db import Store
from .xlsx_form import FormDocument, FormLine, FormReturn, form_fingerprint, read_form, write_form


def form_document(store: Store, unit: str, period: str) -> FormDocument:
    """The form for a unit and period: its open tasks (directly or through a group), last report shown."""
    check_period(store, None, period)
    who = resolve_unit(store, unit)
    check_acting(who)
    names = {who.name} | {g.name for g in list_units(store) if who.name in g.members}
    ledgers = {lg.code: lg.title for lg in list_ledgers(store)}
    lines = []
    for task in list_tasks(store, unit=who.name):
        if task.closed_at:
            continue
        prev = previous_report(store, task.id, who.name, period)
        lines.append(FormLine(
            task_id=task.id, ledger=ledgers.get(task.ledger, task.ledger), section=task.section or "",
            seq="" if task.seq is None else str(task.seq), measure=task.measure, deadline=task.deadline,
            role="牵头" if names & set(task.lead_units) else "配合",
            target_quantity=task.target_quantity, target_unit=task.target_unit,
            prev_progress=prev.progress if prev else "",
            prev_status=rules.status_label(prev.status) if prev else "",
        ))
    if not lines:
        raise InvalidInput(f"“{who.name}”没有需要填报的任务（未分派任务，或任务均已销号），无需导出填报表。")
    return FormDocument(unit=who.name, period=period, form_id=f"{period}-{uuid.uuid4().hex[:8]}",
                        lines=lines, issued_at=datetime.now().replace(microsecond=0))


def export_form(store: Store, unit: str, period: str, path: str | os.PathLike[str]) -> FormDocument:
    doc = form_document(store, unit, period)
    write_form(doc, path)
    record_form(store, IssuedForm(doc.form_id, doc.unit, doc.period, form_fingerprint(doc),
                                  doc.issued_at.isoformat()))
    return doc


def export_all_forms(store: Store, period: str, folder: str | os.PathLike[str], *,
                     progress: Callable[[int, int, str], bool | None] | None = None) -> list[Path]:
    """One form per unit with open tasks, named 单位-期-填报表.xlsx (groups reach units through members).

    `progress` returning False stops after the forms already written (the user cancelled).
    """
    parse_period(period)
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
    verdicts: list[Verdict] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    error: str = ""  # the whole file was refused
    changes: Changes | None = None  # set once applied
    fingerprint: str = ""  # sha256 of the file's bytes
    imported_before: str = ""  # when these very bytes were last applied (ISO time), if ever

    @property
    def pending(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.applies]


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
    progress: Callable[[int, int, Path], None] | None = None,
) -> list[FormImport]:
    """Check every file fully before writing; each file is applied in one transaction or not at all.

    With any invalid row a file is refused as a whole unless `skip_invalid`, which applies the
    valid rows and lists the rest. Rows whose content is already stored change nothing.
    """
    results, backed_up = [], None
    for i, path in enumerate(paths):
        if progress:
            progress(i, len(paths), path)
        result = check_form(store, path)
        if not result.error and result.problems and not skip_invalid:
            result.error = f"有 {len(result.problems)} 处问题，整份未导入（可改正后重新导入，或选择跳过有问题的行）。"
        if not (result.error or dry_run):
            entries = [Incoming(v.row, v.entry) for v in result.verdicts if v.kind != "refused"]
            try:
                if result.pending and not backed_up:  # one backup per batch, before its first write
                    backed_up = backup_before(store, "import")
                applied = ImportedFile(result.fingerprint, path.name, f"{len(result.pending)} 项报送")
                if result.pending:
                    intake = take_in(store, [Batch(entries, applied)])
                    result.verdicts, result.changes = intake.verdicts[0], intake.changes
                else:
                    result.changes = Changes(summary="没有需要更新的内容。")
            except QsError as exc:  # e.g. the database is busy: this file is not applied, the others go on
                result.error = exc.message
        results.append(result)
    if progress:
        progress(len(paths), len(paths), Path())
    return results


def check_form(store: Store, path: Path) -> FormImport:
    result = FormImport(path)
    try:
        form = read_form(path)
        unit = resolve_unit(store, form.unit).name
    except QsError as exc:
        result.error = exc.message
        return result
    result.fingerprint = hashlib.sha256(path.read_bytes()).hexdigest()
    before = imported_file(store, result.fingerprint)
    result.imported_before = before.imported_at if before else ""
    issued = issued_form(store, form.form_id)  # forms issued by another copy of the ledger are unknown
    if issued and (issued.unit, issued.period, issued.fingerprint) != (unit, form.period, form.fingerprint):
        result.error = "这份填报表与下发时的记录不符（单位、报送期或任务内容被改动），无法导入。"
        return result
    result.form = form
    result.problems = list(form.problems)
    source = f"xlsx-form:{form.form_id}"
    incoming = []
    for entry in form.entries:
        report = ReportInput(
            task_id=entry.task_id, unit=unit, period=form.period, status=entry.status_label,
            progress=entry.progress, problems=entry.problems, next_steps=entry.next_steps,
            quantity=entry.quantity, source=source,
        )
        if not entry.status_label:
            result.problems.append(RowProblem(entry.row, "完成状态", "请选择完成状态。"))
            continue
        incoming.append(Incoming(entry.row, report))
    for verdict in judge(store, incoming):
        if verdict.kind == "refused":
            result.problems.append(RowProblem(verdict.row, None, verdict.text))
        else:
            result.verdicts.append(verdict)
    result.problems.sort(key=lambda p: p.row or 0)
    return result


def describe(result: FormImport) -> list[str]:
    """Plain lines for the CLI and the GUI's details box."""
    head = result.path.name
    if result.form:
        head += f"：{result.form.unit} {cn_period(result.form.period)}"
    if result.error and not result.form:
        return [f"{head}：{result.error}"]
    counts = {k: sum(v.kind == k for v in result.verdicts) for k in ("new", "changed", "unchanged")}
    lines = [f"{head}，新增 {counts['new']} 项、修改 {counts['changed']} 项、无变化 {counts['unchanged']} 项"]
    if result.imported_before:
        when = datetime.fromisoformat(result.imported_before).astimezone()
        lines.append(f"  此文件已于 {cn_date(when.date())} {when:%H:%M} 导入过。")
    for v in result.pending:
        label = "新增" if v.kind == "new" else "修改"
        lines.append(f"  {label} 第 {v.row} 行 {v.entry.task_id}：{v.entry.status} {v.entry.progress[:40]}")
    lines += [f"  问题 {problem}" for problem in result.problems]
    if result.error:
        lines.append(f"  {result.error}")
    elif result.changes is not None:
        lines.append(f"  {result.changes.summary}")
    return lines

