"""数据交换: export the ledger (Excel, PDF) and unit forms, import filled-in forms, exchange packages.

The work runs on the database worker (`ctx.run`) with progress and cancel; the functions
here are what the worker calls, so they never touch widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.errors import QsError
from qs_desktop.exchange import forms
from qs_desktop.exchange.pdf_ledger import write_ledger_pdf
from qs_desktop.exchange.unit_report import export_unit_report
from qs_desktop.exchange.xlsx_ledger import write_ledger_workbook
from qs_desktop.ops.catalog import list_ledgers, list_units
from qs_desktop.ops.status import ledger_document

from .context import AppContext
from .exported import show_exported
from .packages_panel import PackagePanel
from .widgets import screen_date, screen_period


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


@dataclass(frozen=True)
class Feature:
    key: str
    title: str
    description: str


FEATURES = (
    Feature("ledger_xlsx", QT_TRANSLATE_NOOP("Exchange", "导出台账 Excel…"),
            QT_TRANSLATE_NOOP("Exchange", "按官方列序导出所选台账（含进展情况、完成状态），每个台账一张工作表。")),
    Feature("ledger_pdf", QT_TRANSLATE_NOOP("Exchange", "导出台账 PDF…"),
            QT_TRANSLATE_NOOP("Exchange", "导出可直接打印、盖章的台账 PDF（A4 横向，内嵌中文字体）。")),
    Feature("form_xlsx", QT_TRANSLATE_NOOP("Exchange", "导出填报表…"),
            QT_TRANSLATE_NOOP("Exchange", "为所选单位生成本报送期的 Excel 填报表，可用 WPS/Excel 填写后交回。")),
    Feature("forms_all", QT_TRANSLATE_NOOP("Exchange", "全部单位填报表…"),
            QT_TRANSLATE_NOOP("Exchange", "为每个有任务的单位各生成一份本报送期的填报表，放进所选文件夹，便于统一下发。")),
    Feature("report_pdf", QT_TRANSLATE_NOOP("Exchange", "导出单位报送 PDF…"),
            QT_TRANSLATE_NOOP("Exchange", "所选单位本报送期的进展情况（含存在问题、下一步计划和审核状态），附签章栏，可打印盖章。")),
    Feature("form_import", QT_TRANSLATE_NOOP("Exchange", "导入填报表…"),
            QT_TRANSLATE_NOOP("Exchange", "读取单位交回的填报表，先逐行检查并列出将新增、修改的内容，确认后保存为待审核的报送。")),
    Feature("plan_import", QT_TRANSLATE_NOOP("Exchange", "导入行动计划…"),
            QT_TRANSLATE_NOOP("Exchange", "从印发通知（Word .docx）或 Excel 读取新的行动计划台账：自动识别表头，先预览列对应、附加列、任务数和目录中没有的单位，确认后加入。")),
)


def export_ledgers_xlsx(store, codes: list[str], as_of: date, period: str, path: str, progress=None) -> Path:
    docs = []
    for n, code in enumerate(codes):
        docs.append(ledger_document(store, code, as_of, period))
        if progress and not progress(n + 1, len(codes) + 1):
            raise QsError("已取消导出，没有写入文件。")
    write_ledger_workbook(docs, path)
    return Path(path)


def export_ledgers_pdf(store, codes: list[str], as_of: date, period: str, folder: str, progress=None) -> list[str]:
    """One PDF per ledger; returns the warnings (characters no font has) to show the user."""
    warnings = []
    for n, code in enumerate(codes):
        if progress and not progress(n, len(codes)):
            raise QsError(f"已取消导出，已写入 {n} 个文件。")
        result = write_ledger_pdf(ledger_document(store, code, as_of, period),
                                  Path(folder) / f"{code}_{as_of.isoformat()}.pdf")
        if result.warning:
            warnings.append(f"{code}：{result.warning}")
    return warnings


def export_all_forms(store, period: str, folder: str, progress=None) -> list[Path]:
    report = (lambda done, total, _unit: progress(done, total)) if progress else None
    return forms.export_all_forms(store, period, folder, progress=report)


def export_form(store, unit: str, period: str, path: str) -> Path:
    forms.export_form(store, unit, period, path)
    return Path(path)


class ExchangePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ledger_box = QComboBox()
        self.unit_box = QComboBox()
        self.buttons: dict[str, QPushButton] = {}
        scope = QGroupBox(self.tr("范围"))
        scope_form = QFormLayout(scope)
        scope_form.addRow(self.tr("台账："), self.ledger_box)
        scope_form.addRow(self.tr("单位（填报表、报送 PDF、数据包）："), self.unit_box)
        self.when = QLabel()
        scope_form.addRow(self.tr("截至 / 报送期："), self.when)

        exports = QGroupBox(self.tr("导出"))
        imports = QGroupBox(self.tr("导入"))
        grids = {exports: QGridLayout(exports), imports: QGridLayout(imports)}
        handlers = {
            "ledger_xlsx": self.export_ledger_xlsx,
            "ledger_pdf": self.export_ledger_pdf,
            "form_xlsx": self.export_form,
            "forms_all": self.export_all_forms,
            "report_pdf": self.export_unit_report,
            "form_import": self.import_form,
            "plan_import": self.import_plan,
        }
        for feature in FEATURES:
            box = imports if feature.key.endswith("_import") else exports
            grid = grids[box]
            button = QPushButton(_tr(feature.title))
            button.setObjectName(feature.key)
            button.setMinimumWidth(150)
            button.setToolTip(_tr(feature.description))
            button.clicked.connect(handlers[feature.key])
            note = QLabel(_tr(feature.description))
            note.setWordWrap(True)
            row = grid.rowCount()
            grid.addWidget(button, row, 0)
            grid.addWidget(note, row, 1)
            grid.setColumnStretch(1, 1)
            self.buttons[feature.key] = button

        layout = QVBoxLayout(self)
        layout.addWidget(scope)
        layout.addWidget(exports)
        layout.addWidget(imports)
        self.packages = PackagePanel(ctx, self.unit_box.currentData)
        layout.addWidget(self.packages)
        layout.addStretch(1)
        self.setFocusProxy(self.ledger_box)  # Ctrl+6 lands in the first choice, Tab walks the buttons
        ctx.asOfChanged.connect(self._show_when)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes) -> None:
        if changes.plans or changes.units:
            self.refresh()

    def refresh(self) -> None:
        ledgers = self.ctx.read(list_ledgers, self.ctx.store) or []
        units = self.ctx.read(list_units, self.ctx.store) or []
        current_ledger, current_unit = self.ledger_box.currentData(), self.unit_box.currentData()
        self.ledger_box.clear()
        self.ledger_box.addItem(self.tr("全部台账"), None)
        for ledger in ledgers:
            self.ledger_box.addItem(ledger.title, ledger.code)
        self.ledger_box.setCurrentIndex(max(0, self.ledger_box.findData(current_ledger)))
        self.unit_box.clear()
        for unit in units:
            if unit.kind != "group":
                self.unit_box.addItem(unit.name, unit.name)
        self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(current_unit)))
        self._ledger_codes = [ledger.code for ledger in ledgers]
        self._show_when()

    def _show_when(self, *_: object) -> None:
        self.when.setText(f"{screen_date(self.ctx.as_of)} / {screen_period(self.ctx.period)}")

    def codes(self) -> list[str]:
        code = self.ledger_box.currentData()
        return [code] if code else list(self._ledger_codes)

    def _done(self, target: object, detail: str = "") -> None:
        show_exported(self, str(target), detail)

    def _pdf_done(self, target: str, warnings: list[str]) -> None:
        """A character no font has is printed as 〓: the user must hear about it, not find it on paper."""
        self._done(target)
        if warnings:
            self.last_dialog = QMessageBox(QMessageBox.Icon.Warning, self.tr("PDF 中有无法显示的字"),
                                           "\n".join(warnings), parent=self)
            self.last_dialog.open()

    # -- actions ----------------------------------------------------------------------------
    def export_ledger_xlsx(self) -> None:
        name = f"台账_{self.ctx.as_of.isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出台账 Excel"), self.ctx.suggest(name),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.ctx.remember_folder(path)
            self.ctx.run(export_ledgers_xlsx, self.ctx.store, self.codes(), self.ctx.as_of, self.ctx.period,
                         path, label=self.tr("正在导出台账 Excel…"), on_done=self._done)

    def export_ledger_pdf(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择 PDF 保存文件夹"), self.ctx.folder())
        if folder:
            self.ctx.remember_folder(folder)
            self.ctx.run(export_ledgers_pdf, self.ctx.store, self.codes(), self.ctx.as_of, self.ctx.period,
                         folder, label=self.tr("正在导出台账 PDF…"),
                         on_done=lambda warnings: self._pdf_done(folder, warnings))

    def export_form(self) -> None:
        unit = self.unit_box.currentData()
        name = f"填报表_{unit}_{self.ctx.period}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出填报表"), self.ctx.suggest(name),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.ctx.remember_folder(path)
            self.ctx.run(export_form, self.ctx.store, unit, self.ctx.period, path,
                         label=self.tr("正在生成填报表…"), on_done=self._done)

    def export_all_forms(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择存放填报表的文件夹"), self.ctx.folder())
        if folder:
            self.ctx.remember_folder(folder)
            self.ctx.run(export_all_forms, self.ctx.store, self.ctx.period, folder,
                         label=self.tr("正在生成各单位填报表…"),
                         on_done=lambda written: self._done(folder, self.tr("已生成 {n} 份填报表。").format(
                             n=len(written))))

    def export_unit_report(self) -> None:
        unit = self.unit_box.currentData()
        name = f"进展情况_{unit}_{self.ctx.period}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出单位报送 PDF"), self.ctx.suggest(name),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.ctx.remember_folder(path)
            self.ctx.run(export_unit_report, self.ctx.store, unit, self.ctx.period, path, as_of=self.ctx.as_of,
                         label=self.tr("正在导出单位报送…"),
                         on_done=lambda result: self._pdf_done(path, [result.warning] if result.warning else []))

    def import_form(self) -> None:
        """Files or a whole folder, previewed per file and row before anything is saved."""
        from .import_dialogs import FormImportDialog

        self.last_dialog = FormImportDialog(self.ctx, self)
        self.last_dialog.open()

    def import_plan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入行动计划"), self.ctx.folder(),
                                              self.tr("印发通知或台账表格 (*.docx *.xlsx)"))
        if not path:
            return
        self.ctx.remember_folder(path)
        from . import plan_import  # the mapping editor with its live preview

        self.last_dialog = plan_import.PlanImportDialog(self.ctx, self, path=Path(path))
        self.last_dialog.open()
