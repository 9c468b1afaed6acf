"""导入新计划: read next year's plan from its Word notice or spreadsheet, with the column mapping in view.

Every change of file, mapping or year re-reads the sheet as a dry run of `import_plan_file`,
so the preview, the unknown units and the unreadable deadlines are exactly what 导入 will do.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from openpyxl.utils import get_column_letter
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.dates import parse_iso_date
from qs_desktop.core.errors import InvalidInput
from qs_desktop.exchange.docx_plan import document_tables, task_tables
from qs_desktop.exchange.plan_table import FIELD_LABELS, FIELDS, PlanSheetMapping
from qs_desktop.exchange.plans import WORD_SUFFIXES, Issue, PlanImport, import_plan_file
from qs_desktop.exchange.xlsx_safety import open_workbook

from .context import AppContext

PREVIEW_ROWS = 50
WARNING_COLOUR = QColor("#b42318")


def read_plan(store, path: Path, sheet: str | None, **options) -> tuple[PlanImport, list[str]]:
    """A dry run of the import, and the workbook's sheets (a document's task tables) to choose from."""
    result = import_plan_file(store, path, sheet=sheet, dry_run=True, **options)
    if _is_word(path):
        return result, [t.name for t in task_tables(*document_tables(path))]
    return result, open_workbook(path).sheetnames


def _is_word(path: Path) -> bool:
    return path.suffix.lower() in WORD_SUFFIXES


def _year_in(texts: list[str]) -> int | None:
    """The plan year from the title above the table, e.g. “…2023 年行动计划…”."""
    for text in texts:
        if found := re.search(r"(20\d\d)\s*年", text):
            return int(found.group(1))
    return None


def _label(field: str) -> str:
    """The Chinese column name in every language: it is what the spreadsheets' headers say."""
    return FIELD_LABELS[field]


class PlanImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.mapping: PlanSheetMapping | None = None
        self.preview: PlanImport | None = None
        self.overrides: dict[str, str] = {}
        self.imported: PlanImport | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("导入新计划"))
        self.resize(1100, 720)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("请选择印发通知（.docx）或台账表格（.xlsx）"))
        self.file_button = QPushButton(self.tr("选择文件…"))
        self.sheet_box = QComboBox()
        self.sheet_box.setMinimumContentsLength(10)
        self.sheet: str | None = None  # None: the first sheet with a ledger header (every task table of a document)
        self.header_note = QLabel()
        self.header_note.setWordWrap(True)

        self.mapping_table = QTableWidget(len(FIELDS), 2)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("字段"), self.tr("表格中的列")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.combos: dict[str, QComboBox] = {}
        for row, field in enumerate(FIELDS):
            item = QTableWidgetItem(_label(field))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(field)
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(field)
            combo.activated.connect(lambda _i, f=field: self._mapping_edited(f))
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos[field] = combo
        self.mapping_table.setMinimumWidth(300)
        self.mapping_table.resizeRowsToContents()
        height = sum(self.mapping_table.rowHeight(r) for r in range(len(FIELDS)))
        self.mapping_table.setFixedHeight(height + self.mapping_table.horizontalHeader().sizeHint().height()
                                          + 2 * self.mapping_table.frameWidth() + 2)

        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("如 air-2023，字母、数字和连字符"))
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(ctx.as_of.year if isinstance(ctx.as_of, date) else date.today().year)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("留空则用表格中的标题"))
        self.doc_no_edit = QLineEdit()
        self.doc_no_edit.setPlaceholderText(self.tr("如 沁政办发〔2023〕5 号"))
        self.issued_on_edit = QLineEdit()
        self.issued_on_edit.setPlaceholderText(self.tr("YYYY-MM-DD，如 2023-03-15"))
        self.issuer_edit = QLineEdit()
        self.issuer_edit.setPlaceholderText(self.tr("如 沁水县人民政府办公室"))
        self.add_units = QCheckBox(self.tr("加入未知单位（添加到单位目录）"))
        self.replace = QCheckBox(self.tr("替换同代码计划（其报送记录将一并删除）"))
        plan_box = QGroupBox(self.tr("计划"))
        plan_form = QFormLayout(plan_box)
        plan_form.addRow(self.tr("计划代码："), self.code_edit)
        plan_form.addRow(self.tr("年度："), self.year_box)
        plan_form.addRow(self.tr("标题："), self.title_edit)
        plan_form.addRow(self.tr("文号："), self.doc_no_edit)
        plan_form.addRow(self.tr("印发日期："), self.issued_on_edit)
        plan_form.addRow(self.tr("印发单位："), self.issuer_edit)
        plan_form.addRow(self.add_units)
        plan_form.addRow(self.replace)

        map_box = QGroupBox(self.tr("列对应（可修改）"))
        map_layout = QVBoxLayout(map_box)
        map_layout.addWidget(self.mapping_table)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(map_box)
        left_layout.addWidget(plan_box)
        left_layout.addStretch(1)

        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(True)
        self.preview_table.verticalHeader().hide()
        self.preview_table.setAlternatingRowColors(True)
        self.count_label = QLabel()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.setStyleSheet(f"color: {WARNING_COLOUR.name()};")
        right = QGroupBox(self.tr("预览（按当前列对应读取）"))
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.preview_table, 1)
        right_layout.addWidget(self.count_label)
        right_layout.addWidget(self.warnings)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 760])

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("文件：")))
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.file_button)
        self.sheet_label = QLabel(self.tr("工作表："))
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header_note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.file_button.clicked.connect(self.choose_file)
        self.sheet_box.activated.connect(lambda _i: self.set_sheet(self.sheet_box.currentText()))
        self.year_box.valueChanged.connect(self.refresh)
        self.code_edit.textChanged.connect(self._update_buttons)
        self.issued_on_edit.textChanged.connect(self._update_buttons)
        self.add_units.toggled.connect(self._units_option)
        self.import_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        if path is not None:
            self.set_path(path)

    # -- input -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择计划文件"), self.ctx.folder(),
                                              self.tr("印发通知或台账表格 (*.docx *.xlsx)"))
        if path:
            self.ctx.remember_folder(path)
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.sheet = None
        self.sheet_box.clear()
        self._year_guessed = False
        self.set_sheet(None)

    def set_sheet(self, name: str | None) -> None:
        """Read another sheet of the workbook; its columns are mapped afresh."""
        self.sheet = name
        self.overrides = {}
        self.mapping = None
        self.refresh()

    def set_mapping(self, field: str, header: str) -> None:
        """Map `field` to the column headed `header` ("" for none), as choosing it in the table does."""
        combo = self.combos[field]
        combo.setCurrentIndex(max(combo.findData(header), 0))
        self._mapping_edited(field)

    def _mapping_edited(self, field: str) -> None:
        self.overrides[field] = self.combos[field].currentData() or ""
        self.refresh()

    # -- preview ---------------------------------------------------------------------------
    def refresh(self, *_: object) -> None:
        if self.path is None or self.imported is not None:
            return
        self._generation += 1
        generation = self._generation
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("正在读取表格…"))
        self._preview_code = self._code() or "preview"
        self.ctx.run(read_plan, self.ctx.store, self.path, self.sheet, code=self._preview_code,
                     year=self.year_box.value(), title=self._title(), overrides=dict(self.overrides),
                     issue=self._issue(),
                     on_done=lambda outcome: self._previewed(generation, *outcome),
                     on_error=lambda exc: self._failed(generation, exc))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.preview = None
            self.preview_table.setRowCount(0)
            self.warnings.clear()
            self.count_label.clear()
            self.summary.setText(self.tr("表格未能读取，请查看提示后修改列对应或换一个文件。"))
            self._update_buttons()

    def _previewed(self, generation: int, result: PlanImport, sheets: list[str]) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        self.sheet_box.clear()
        self.sheet_box.addItems(sheets)
        self.sheet_box.setCurrentText(result.sheet.mapping.sheet)
        self.sheet_box.setEnabled(len(sheets) > 1)
        year = _year_in(result.sheet.preamble)
        if not self._year_guessed:
            self._year_guessed = True
            if year and year != self.year_box.value():
                self.year_box.setValue(year)  # deadlines read against the plan's own year; reads again
                return
        self.preview = result
        self.mapping = result.sheet.mapping
        self._show_mapping(self.mapping)
        self._show_rows(result)
        self._show_warnings(result)
        sheet = result.sheet
        if len(result.sheets) > 1:  # a notice with several task tables: each becomes a ledger
            self.summary.setText(self.tr(
                "文档中有 {k} 张任务表，共 {n} 项任务，将各成一个台账（预览显示第一张；要单独导入一张，请在“任务表”中选择）。"
            ).format(k=len(result.sheets), n=sum(len(s.rows) for s in result.sheets)))
        else:
            self.summary.setText(self.tr("识别出 {n} 项任务。确认列对应和预览无误后，点“导入”。").format(n=len(sheet.rows)))
        if result.spec.doc_no and not self.doc_no_edit.text().strip():
            self.doc_no_edit.setText(result.spec.doc_no)
        found = result.spec.title if result.spec.title != self._preview_code else ""
        self.title_edit.setPlaceholderText(self.tr("留空则用表格中的标题：{title}").format(title=found) if found
                                           else self.tr("表格中没有标题，请填写"))
        self._update_buttons()

    def _show_mapping(self, mapping: PlanSheetMapping) -> None:
        two_level = mapping.first_data_row - mapping.header_row > 1
        word = self.path is not None and _is_word(self.path)
        self.sheet_label.setText(self.tr("任务表：") if word else self.tr("工作表："))
        where = (self.tr("文档中的“{table}”") if word else self.tr("工作表“{table}”")).format(table=mapping.sheet)
        self.header_note.setText(self.tr("{where}，表头在第 {row} 行{two}，数据从第 {first} 行开始。").format(
            where=where, row=mapping.header_row, first=mapping.first_data_row,
            two=self.tr("（两级表头）") if two_level else ""))
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("（无）"), "")
            for col, text in sorted(mapping.headers.items()):
                name = str(col) if word else get_column_letter(col)
                combo.addItem(self.tr("{col} 列：{text}").format(col=name, text=text), text)
            chosen = mapping.columns.get(field)
            combo.setCurrentIndex(combo.findData(chosen[1]) if chosen else 0)
            combo.blockSignals(False)

    def _show_rows(self, result: PlanImport) -> None:
        fields = [f for f in FIELDS if f in result.sheet.mapping.columns
                  or (f == "section" and any(r.section for r in result.sheet.rows))]
        extras = [heading for heading, _count in result.sheet.extras]
        table = self.preview_table
        table.clear()
        table.setColumnCount(len(fields) + len(extras) + 1)
        table.setHorizontalHeaderLabels([self.tr("行")] + [_label(f) for f in fields]
                                        + [self.tr("{heading}（附加列）").format(heading=h) for h in extras])
        rows = result.sheet.rows[:PREVIEW_ROWS]
        table.setRowCount(len(rows))
        unparsed = {row for row, _text in result.unparsed}
        for r, row in enumerate(rows):
            values = {"section": row.section, "seq": row.seq or "", "title": row.title, "measure": row.measure,
                      "deadline": row.deadline, "lead_units": "、".join(row.lead_units),
                      "cooperating_units": "、".join(row.cooperating_units), "remarks": row.remarks}
            table.setItem(r, 0, QTableWidgetItem(str(row.row)))
            for c, field in enumerate(fields, start=1):
                item = QTableWidgetItem(values[field])
                item.setToolTip(values[field])
                if field == "deadline" and row.row in unparsed:
                    item.setForeground(QBrush(WARNING_COLOUR))
                    item.setToolTip(self.tr("无法自动识别，将原样保留，可稍后手工指定日期。"))
                table.setItem(r, c, item)
            for c, heading in enumerate(extras, start=len(fields) + 1):
                table.setItem(r, c, QTableWidgetItem(row.issued.get(heading, "")))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        for c, field in enumerate(fields, start=1):
            table.setColumnWidth(c, min(table.columnWidth(c), 320 if field == "measure" else 160))
        table.setColumnWidth(0, 44)
        table.resizeRowsToContents()
        more = len(result.sheet.rows) - len(rows)
        self.count_label.setText(self.tr("共 {n} 项任务").format(n=len(result.sheet.rows))
                                 + (self.tr("，仅显示前 {shown} 项").format(shown=len(rows)) if more > 0 else ""))

    def _show_warnings(self, result: PlanImport) -> None:
        lines = [str(p) for p in result.sheet.problems]
        lines += [self.tr("未对应字段的列“{heading}”（{n} 行有内容）将作为附加列保留，台账中照原样打印。").format(
            heading=heading, n=count) for heading, count in result.sheet.extras]
        lines += [self.tr("文档{table}（{n} 行）没有任务列，不是任务表，未导入。").format(table=name, n=rows)
                  for name, rows in result.skipped_tables]
        lines += [self.tr("第 {row} 行的完成时限“{text}”无法自动识别，将原样保留。").format(row=row, text=text)
                  for row, text in result.unparsed]
        if result.dated_from_text:
            lines.append(self.tr("表格没有完成时限列：{n} 项任务的时限取自任务文字中的日期。").format(
                n=result.dated_from_text))
        lines += [self.tr("第 {row} 行的文字提到日期，但未能读出完成时限，将按常态工作处理，可稍后手工指定。").format(row=row)
                  for row, _text in result.undated]
        if self._issued_on() is None and self.issued_on_edit.text().strip():
            lines.append(self.tr("印发日期应为 YYYY-MM-DD，例如 2023-03-15。"))
        if result.unknown_units:
            lines.append(self.tr("单位目录中没有：{names}。{hint}").format(
                names="、".join(result.unknown_units),
                hint=self.tr("导入时将加入单位目录。") if self.add_units.isChecked()
                else self.tr("勾选“加入未知单位”才能导入，或先在单位目录中添加、设为别名。")))
        self.warnings.setText("\n".join(lines))

    def _units_option(self) -> None:
        if self.preview is not None:
            self._show_warnings(self.preview)
        self._update_buttons()

    def _code(self) -> str:
        return self.code_edit.text().strip()

    def _title(self) -> str | None:
        return self.title_edit.text().strip() or None

    def _issued_on(self) -> date | None:
        try:
            return parse_iso_date(self.issued_on_edit.text().strip()) if self.issued_on_edit.text().strip() else None
        except InvalidInput:
            return None

    def _issue(self) -> Issue:
        return Issue(doc_no=self.doc_no_edit.text().strip(), issued_on=self._issued_on(),
                     issuer=self.issuer_edit.text().strip())

    def _update_buttons(self, *_: object) -> None:
        preview = self.preview
        date_ok = not self.issued_on_edit.text().strip() or self._issued_on() is not None
        ready = (preview is not None and bool(preview.sheet.rows) and bool(self._code()) and date_ok
                 and (not preview.unknown_units or self.add_units.isChecked()))
        self.import_button.setEnabled(ready and self.imported is None)

    # -- import ----------------------------------------------------------------------------
    def apply(self) -> None:
        if self.path is None or not self._code():
            return
        self.import_button.setEnabled(False)
        self.ctx.run(import_plan_file, self.ctx.store, self.path, code=self._code(), sheet=self.sheet,
                     year=self.year_box.value(),
                     title=self._title(), overrides=dict(self.overrides), add_units=self.add_units.isChecked(),
                     issue=self._issue(),
                     replace=self.replace.isChecked(), label=self.tr("正在导入计划…"),
                     on_done=self._imported, on_error=lambda _exc: self._update_buttons())

    def _imported(self, result: PlanImport) -> None:
        self.imported = result
        if result.changes is not None:
            self.ctx.changed.emit(result.changes)
            self.summary.setText(result.changes.summary)
        self.close_button.setText(self.tr("完成"))
        self._update_buttons()
