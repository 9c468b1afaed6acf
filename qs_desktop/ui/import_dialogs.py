"""导入填报表: check returned forms, show per file and per task what would change, then apply.

The check is `import_forms(dry_run=True)`; applying calls it again for real on the files shown as
importable, all in one transaction, so a file that changed on disk in between is checked anew and
nothing is ever half-written. Stale rows (the report changed since the form was issued) are shown
with the reason and never applied.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core import rules
from qs_desktop.core.dates import cn_period
from qs_desktop.core.errors import FileRejected
from qs_desktop.exchange.forms import FormImport, form_files, import_forms
from qs_desktop.ops import Changes
from qs_desktop.ops.catalog import list_tasks
from qs_desktop.ops.intake import Verdict

from .context import AppContext
from .i18n import translate_said

PROBLEM_COLOUR = QColor("#b42318")
QUIET_COLOUR = QColor("#6e7781")
CHANGE_COLOURS = {"new": QColor("#1a7f37"), "changed": QColor("#0b5cad"), "stale": QColor("#9a6700")}
CHANGE_LABELS = {
    "new": QT_TRANSLATE_NOOP("FormImport", "新增"),
    "changed": QT_TRANSLATE_NOOP("FormImport", "修改"),
    "unchanged": QT_TRANSLATE_NOOP("FormImport", "无变化"),
    "stale": QT_TRANSLATE_NOOP("FormImport", "已过时"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormImport", text)


def check_forms(store, paths: list[Path], skip_invalid: bool,
                progress: Callable[[int, int], bool] | None = None) -> tuple[list[FormImport], dict[str, str]]:
    """Dry run over every file; also the measure of each task, to say which task a row is."""
    results = import_forms(store, paths, dry_run=True, skip_invalid=skip_invalid, progress=_each(progress))
    measures = {t.id: t.measure for t in list_tasks(store)}
    return results, measures


def apply_forms(store, paths: list[Path], skip_invalid: bool,
                progress: Callable[[int, int], bool] | None = None) -> list[FormImport]:
    """Every file in one transaction: all are applied or none (cancelling writes nothing)."""
    return import_forms(store, paths, skip_invalid=skip_invalid, progress=_each(progress))


def _each(progress: Callable[[int, int], bool] | None) -> Callable[[int, int, Path], bool] | None:
    if progress is None:
        return None
    return lambda done, total, _path: progress(done, total) is not False


def _dropped(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FormImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, paths: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths: list[Path] = []
        self.results: list[FormImport] = []
        self.applied = False
        self._generation = 0
        self.setWindowTitle(self.tr("导入填报表"))
        self.resize(980, 620)

        self.files_button = QPushButton(self.tr("选择文件…"))
        self.folder_button = QPushButton(self.tr("选择文件夹…"))
        self.source = QLabel(self.tr("请选择单位交回的填报表（可多选）或存放它们的文件夹，也可以把文件、文件夹拖到这里。"))
        self.source.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("文件 / 行"), self.tr("任务"), self.tr("变化"), self.tr("完成状态"),
                                   self.tr("进展情况 / 问题")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 300, 64, 80)):
            self.tree.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.skip_invalid = QCheckBox(self.tr("跳过有问题的行（只导入没有问题的行，其余列在上面）"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)

        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addWidget(self.files_button)
        top.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.skip_invalid.toggled.connect(self.check)
        self.import_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.setAcceptDrops(True)
        if paths:
            self.set_paths(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if paths := _dropped(event.mimeData()):
            event.acceptProposedAction()
            self.set_paths(paths)

    # -- choosing ------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择填报表"), self.ctx.folder(),
                                                self.tr("Excel 工作簿 (*.xlsx)"))
        if paths:
            self.ctx.remember_folder(paths[0])
            self.set_paths([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择存放填报表的文件夹"), self.ctx.folder())
        if folder:
            self.ctx.remember_folder(folder)
            self.set_paths([Path(folder)])

    def set_paths(self, targets: list[Path]) -> None:
        """Files, or folders standing for every .xlsx in them."""
        self.paths = [f for target in targets for f in form_files(target)]
        folders = [t for t in targets if Path(t).is_dir()]
        where = str(folders[0]) if len(folders) == 1 and len(targets) == 1 else ""
        self.source.setText(self.tr("{where}共 {n} 个文件").format(
            where=self.tr("文件夹 {folder}：").format(folder=where) if where else "", n=len(self.paths)))
        self.applied = False
        self.skip_invalid.setEnabled(True)
        self.close_button.setText(self.tr("关闭"))
        if not self.paths:
            self.tree.clear()
            self.summary.setText(self.tr("文件夹中没有 .xlsx 文件。"))
            self.import_button.setEnabled(False)
            return
        self.check()

    # -- checking ------------------------------------------------------------------------------
    def check(self) -> None:
        if not self.paths or self.applied:
            return
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("正在检查…"))
        self._generation += 1
        generation = self._generation
        label = self.tr("正在检查填报表…") if len(self.paths) > 1 else None
        self.ctx.run(check_forms, self.ctx.store, self.paths, self.skip_invalid.isChecked(), label=label,
                     on_done=lambda outcome: self._checked(generation, *outcome),
                     on_error=lambda _exc: self.summary.setText(self.tr("检查未完成。")))

    def _checked(self, generation: int, results: list[FormImport], measures: dict[str, str]) -> None:
        if generation != self._generation:
            return  # other files or options were chosen meanwhile
        self.results, self.measures = results, measures
        self._show()
        unreadable = [r for r in self.results if r.form is None and r.error]
        if unreadable:
            self.ctx.report_error(FileRejected(
                self.tr("{n} 个文件无法作为填报表读取：").format(n=len(unreadable)) + "\n"
                + "\n".join(f"{r.path.name}：{r.error}" for r in unreadable)))
        ready = [r for r in self.results if not r.error and r.pending]
        self.import_button.setEnabled(bool(ready))
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        ready = [r for r in self.results if not r.error and not r.imported_before]
        before = sum(1 for r in self.results if r.imported_before and not r.error)
        refused = sum(1 for r in self.results if r.error)
        counts = {k: sum(len(r.of(k)) for r in ready) for k in ("new", "changed", "stale")}
        skipped = sum(len(r.problems) for r in ready)
        text = self.tr("共 {n} 个文件：可导入 {ok} 个（新增 {new} 项、修改 {changed} 项），整份未导入 {bad} 个。").format(
            n=len(self.results), ok=len(ready), new=counts["new"], changed=counts["changed"], bad=refused)
        if before:
            text += self.tr("{n} 个文件以前已导入过，不再导入。").format(n=before)
        if counts["stale"]:
            text += self.tr("{n} 行在填报表下发后已有更新的版本或已审核，不会导入。").format(n=counts["stale"])
        if skipped:
            text += self.tr("将跳过 {n} 处有问题的行。").format(n=skipped)
        if refused and any(r.pending for r in ready):
            text += self.tr("点击“导入”将一次导入可导入的文件（全部成功或全部不导入），整份未导入的文件不受影响。")
        if not any(r.pending for r in ready) and ready:
            text += self.tr("没有需要更新的内容。")
        return text

    def _show(self) -> None:
        self.tree.clear()
        for result in self.results:
            item = QTreeWidgetItem(self.tree, [f"{result.path.name}　{self._file_note(result)}"])
            item.setFirstColumnSpanned(True)
            item.setToolTip(0, "\n".join(filter(None, (str(result.path), result.error))))
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
            if result.error:
                item.setForeground(0, QBrush(PROBLEM_COLOUR))
            for verdict in result.verdicts:
                self._add_row(item, verdict, refused=bool(result.error))
            for problem in result.problems + result.notes:
                kind = self.tr("问题") if problem in result.problems else self.tr("提示")
                child = QTreeWidgetItem(item, [
                    self.tr("第 {row} 行").format(row=problem.row) if problem.row else "",
                    self.tr("“{column}”列").format(column=problem.column) if problem.column else "",
                    kind, "", problem.message])
                colour = PROBLEM_COLOUR if problem in result.problems else QUIET_COLOUR
                for column in range(5):
                    child.setForeground(column, QBrush(colour))
                child.setToolTip(4, str(problem))
            item.setExpanded(True)

    def _file_note(self, result: FormImport) -> str:
        parts = []
        if result.form:
            parts.append(f"{result.unit}　{cn_period(result.form.period)}")
        if result.changes is not None:
            parts.append(self.tr("已导入：{summary}").format(summary=translate_said(result.changes.outcome)))
        elif result.error:
            parts.append(self.tr("整份未导入：{reason}").format(reason=result.error))
        elif result.imported_before:
            when = datetime.fromisoformat(result.imported_before).astimezone()
            parts.append(self.tr("此文件已于 {when} 导入过，不再导入").format(when=f"{when:%Y-%m-%d %H:%M}"))
        else:
            counts = {k: len(result.of(k)) for k in CHANGE_LABELS}
            text = self.tr("新增 {new} 项，修改 {changed} 项，无变化 {unchanged} 项").format(**counts)
            if counts["stale"]:
                text += self.tr("，已过时 {n} 项").format(n=counts["stale"])
            parts.append(text)
        return "　—　".join(parts)

    def _add_row(self, parent: QTreeWidgetItem, verdict: Verdict, refused: bool) -> None:
        entry, row = verdict.entry, verdict.row
        measure = self.measures.get(entry.task_id, "")
        change = self.tr("不导入") if refused and verdict.applies else _tr(CHANGE_LABELS[verdict.kind])
        text = verdict.text if verdict.kind == "stale" else entry.progress.replace("\n", " ")
        child = QTreeWidgetItem(parent, [
            self.tr("第 {row} 行").format(row=row), f"{entry.task_id}　{measure}",
            change, rules.status_label(rules.parse_status(entry.status)), text])
        child.setToolTip(1, measure)
        tip = entry.progress
        if verdict.old is not None and verdict.kind in ("changed", "stale"):
            tip = self.tr("现为第 {version} 版：{old}\n本表：{new}").format(
                version=verdict.old.version, old=verdict.old.progress, new=entry.progress)
        child.setToolTip(4, tip)
        if verdict.kind == "unchanged" or refused and verdict.applies:
            for column in range(5):
                child.setForeground(column, QBrush(QUIET_COLOUR))
        else:
            child.setForeground(2, QBrush(CHANGE_COLOURS[verdict.kind]))
            if verdict.kind == "stale":
                child.setForeground(4, QBrush(CHANGE_COLOURS["stale"]))

    # -- applying ------------------------------------------------------------------------------
    def apply(self) -> None:
        paths = [r.path for r in self.results if not r.error and r.pending]
        if not paths:
            return
        self.import_button.setEnabled(False)
        self.skip_invalid.setEnabled(False)
        label = self.tr("正在导入填报表…") if len(paths) > 1 else None
        self.ctx.run(apply_forms, self.ctx.store, paths, self.skip_invalid.isChecked(), label=label,
                     on_done=self._applied, on_error=lambda _exc: self.skip_invalid.setEnabled(True))

    def _applied(self, results: list[FormImport]) -> None:
        self.applied = True
        by_path = {r.path: r for r in results}
        self.results = [by_path.get(r.path, r) for r in self.results]
        changes = [r.changes for r in results if r.changes is not None]
        combined = Changes()
        for more in changes:
            combined = combined | more
        if not combined.empty:
            self.ctx.changed.emit(combined)
        self._show()
        done = sum(1 for r in results if r.changes is not None)
        self.summary.setText(self.tr("已导入 {done} 个文件，共保存 {n} 项报送，等待审核。").format(
            done=done, n=len(combined.tasks)))
        self.close_button.setText(self.tr("完成"))
        self.close_button.setFocus()
