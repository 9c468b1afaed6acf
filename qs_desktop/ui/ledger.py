"""The ledger view (台账): the official table of one plan, as of a date, searchable and filterable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from qs_desktop import ops
from qs_desktop.ops import catalog, status

from .context import AppContext
from .ledger_model import (
    COOP,
    LEAD,
    MEASURE,
    SECTION,
    LedgerProxy,
    LedgerRow,
    LedgerTableModel,
    build_rows,
    issued_headings,
    with_pinyin,
)
from .widgets import MARKS, AsOfPicker, MarkLegend, WrapElideDelegate, choice, label_of

_DEFAULT_WIDTHS = (112, 40, 320, 86, 124, 170, 104, 64, 110)
_FIT_AROUND = 60  # rows above and below the screen fitted to their text (thousands of rows stay fast)


def load_ledger(store, code: str, as_of: date, period: str, *,
                pinyin: bool = True) -> tuple[list[LedgerRow], dict[int, str]]:
    """Runs on the worker: the ops plus building the rows, no Qt; and the plan's own column headings."""
    doc, statuses = status.ledger_view(store, code, as_of, period)
    rows = build_rows(doc, [st.task for st in statuses], {st.task.id: st.alerts for st in statuses})
    return (with_pinyin(rows) if pinyin else rows), issued_headings(doc)


class LedgerPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._shown = 0  # the generation whose rows are on screen
        # Search keys include the units' pinyin once pypinyin is loaded (a second and ~50 MB):
        # in the background after the first paint, or at the first keystroke if that comes sooner.
        self._pinyin = False
        self._pending_select: str | None = None
        self._narrowed = False  # columns shrunk to fit a narrow window (see _fit_columns)
        self.model = LedgerTableModel(self)
        self.proxy = LedgerProxy(self)
        self.proxy.setSourceModel(self.model)

        self.ledger_box = QComboBox()
        self.ledger_box.setMinimumContentsLength(10)  # fits 1366×768 at 150% scale
        self.ledger_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ledger_label = QLabel(self.tr("台账(&L)："))
        ledger_label.setBuddy(self.ledger_box)
        self.picker = AsOfPicker(ctx)
        self.detail_button = QPushButton(self.tr("任务详情"))
        self.detail_button.setToolTip(self.tr("回车键"))
        self.report_button = QPushButton(self.tr("填报进展(&R)"))
        self.report_button.setToolTip("Ctrl+E")
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setToolTip(self.tr("打印预览，与导出的 PDF 完全一致  Ctrl+P"))

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索措施或单位，支持拼音首字母（如 zjj）  Ctrl+F"))
        self.unit_box = QComboBox()
        self.status_box = QComboBox()
        self.mark_box = QComboBox()
        self.section_box = QComboBox()
        for box in (self.unit_box, self.section_box):
            box.setMinimumContentsLength(6)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.clear_button = QPushButton(self.tr("清除筛选"))

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fitted by _fit_rows
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MEASURE, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegate(WrapElideDelegate(self.table))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate(_DEFAULT_WIDTHS):
            self.table.setColumnWidth(column, width)
        header.moveSection(header.visualIndex(COOP), header.visualIndex(LEAD) + 1)
        self.table.viewport().installEventFilter(self)
        self.table.setStyleSheet("QTableView { gridline-color: #dde1e6; }")
        self.count_label = QLabel()
        self.setFocusProxy(self.table)

        top = QHBoxLayout()
        top.addWidget(ledger_label)
        top.addWidget(self.ledger_box, 1)
        top.addSpacing(16)
        top.addWidget(self.picker)
        top.addStretch(0)
        top.addWidget(self.detail_button)
        top.addWidget(self.report_button)
        top.addWidget(self.print_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for text, box in (
            (self.tr("单位(&U)："), self.unit_box),
            (self.tr("状态(&S)："), self.status_box),
            (self.tr("预警(&A)："), self.mark_box),
            (self.tr("类别(&C)："), self.section_box),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box, 1)
        filters.addWidget(self.clear_button)
        bottom = QHBoxLayout()
        bottom.addWidget(MarkLegend())
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        # Window-wide while this page is shown (hidden pages' shortcuts are inactive), so the
        # keys also work with focus still in the side bar.
        window_wide = Qt.ShortcutContext.WindowShortcut
        self._shortcut(self, [QKeySequence.StandardKey.Find], window_wide, self.focus_search)
        self._shortcut(self.table, [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
                       Qt.ShortcutContext.WidgetShortcut, self.open_detail)
        self.search.returnPressed.connect(self.table.setFocus)
        self._shortcut(self, [QKeySequence("Ctrl+E")], window_wide, self.request_report)
        self._shortcut(self, [QKeySequence.StandardKey.Print], Qt.ShortcutContext.WidgetWithChildrenShortcut,
                       self.print_preview)
        self.print_button.clicked.connect(self.print_preview)

        self.ledger_box.currentIndexChanged.connect(self.reload)
        self.search.textChanged.connect(self._search)
        self.unit_box.currentIndexChanged.connect(self._unit_filter)
        self.status_box.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(status=choice(self.status_box)) or self._update_count()
        )
        self.mark_box.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(mark=choice(self.mark_box)) or self._update_count()
        )
        self.section_box.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(section=choice(self.section_box)) or self._update_count()
        )
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.doubleClicked.connect(self.open_detail)
        self.detail_button.clicked.connect(self.open_detail)
        self.report_button.clicked.connect(self.request_report)
        ctx.asOfChanged.connect(self.reload)
        ctx.changed.connect(self._on_changed)
        ctx.taskRequested.connect(self.show_task)
        # Rows grow to fit their text, as WPS's 自动换行 does: the rows near the screen are
        # measured whenever what is shown, the column widths or the scroll position change.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved, header.sectionResized, self.table.verticalScrollBar().valueChanged):
            signal.connect(self._fit_timer.start)

        self._fill_mark_box()
        self._load_catalog()
        self._restore_settings()

    # -- loading ---------------------------------------------------------------------------
    def _load_catalog(self) -> None:
        ledgers = self.ctx.read(catalog.list_ledgers, self.ctx.store) or []
        units = self.ctx.read(catalog.list_units, self.ctx.store) or []
        self._groups_of: dict[str, set[str]] = {}
        for unit in units:
            for member in unit.members:
                self._groups_of.setdefault(member, set()).add(unit.name)
        current = choice(self.ledger_box) or self.ctx.settings.value("ledger/code", "")
        self.ledger_box.blockSignals(True)
        self.ledger_box.clear()
        for ledger in ledgers:
            self.ledger_box.addItem(self.tr("{title}（{n} 项）").format(title=ledger.title, n=ledger.task_count), ledger.code)
        index = max(self.ledger_box.findData(current), 0)
        self.ledger_box.setCurrentIndex(index)
        self.ledger_box.blockSignals(False)
        self._fill_box(self.unit_box, self.tr("全部单位"), [(u.name, u.name) for u in units if u.kind != "group"])
        self.reload()

    def reload(self, *_: object) -> None:
        code = choice(self.ledger_box)
        if code is None:
            self.model.set_rows([])
            self._update_count()
            return
        self._generation += 1
        generation = self._generation
        self.ctx.run(
            load_ledger, self.ctx.store, code, self.ctx.as_of, self.ctx.period, pinyin=self._pinyin,
            on_done=lambda result, keyed=self._pinyin: self._loaded(generation, *result, keyed),
        )

    def _loaded(self, generation: int, rows: list[LedgerRow], headings: dict[int, str], keyed: bool) -> None:
        if generation != self._generation or not Shiboken.isValid(self):
            return  # a newer load is on its way, or the window was closed meanwhile
        if self._pinyin and not keyed:  # keys arrived while this load ran
            rows = with_pinyin(rows)
        self._shown = generation
        selected = self._pending_select or self.current_task_id()
        self._pending_select = None
        self.model.set_rows(rows, headings)
        self.table.setColumnHidden(COOP, not any(row.coop for row in rows))  # only plans with 配合单位
        # a ledger issued without categories (附件 2) shows no empty category column
        self.table.setColumnHidden(SECTION, not any(r.line.section for r in rows))
        self._fit_columns()  # the shown columns share a narrow window
        self._fill_box(self.status_box, self.tr("全部状态"), [(label_of(s), s) for s in _unique(r.line.status for r in rows)])
        self._fill_box(
            self.section_box, self.tr("全部类别"), [(s, s) for s in _unique(r.line.section for r in rows) if s]
        )
        if selected:
            self.select_task(selected)
        self._update_count()
        if not self._pinyin:
            QTimer.singleShot(300, lambda: self._key_in_background(generation))

    def _key_in_background(self, generation: int) -> None:
        if self._pinyin or generation != self._generation or not Shiboken.isValid(self):
            return
        self.ctx.run(with_pinyin, self.model.rows, on_done=lambda rows: self._keyed(generation, rows))

    def _keyed(self, generation: int, rows: list[LedgerRow]) -> None:
        if self._pinyin or generation != self._generation or not Shiboken.isValid(self):
            return
        self._pinyin = True
        self.model.set_search_keys(rows)

    def _search(self, text: str) -> None:
        if text.strip() and not self._pinyin:  # typed before the background keys: make them now
            self._pinyin = True
            self.model.set_search_keys(with_pinyin(self.model.rows))
        self.proxy.set_filter(query=text)
        self._update_count()

    def _on_changed(self, changes: ops.Changes) -> None:
        if changes.plans or changes.units:
            self._load_catalog()
        elif changes.tasks or changes.reports:
            self.reload()

    # -- filters ---------------------------------------------------------------------------
    def _fill_mark_box(self) -> None:
        items = [(f"{style.symbol} {QCoreApplication.translate('Marks', style.label)}", key)
                 for key, style in MARKS.items()]
        items.append((label_of("unreported"), "unreported"))
        items.append((self.tr("无标记"), "none"))
        self._fill_box(self.mark_box, self.tr("全部"), items)

    @staticmethod
    def _fill_box(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = choice(box) or ""
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, "")
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)

    def _unit_filter(self) -> None:
        name = choice(self.unit_box)
        units = None if name is None else frozenset({name, *self._groups_of.get(name, ())})
        self.proxy.set_filter(units=units)
        self._update_count()

    def clear_filters(self) -> None:
        self.search.clear()
        for box in (self.unit_box, self.status_box, self.mark_box, self.section_box):
            box.setCurrentIndex(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _fit_rows(self) -> None:
        table, count = self.table, self.proxy.rowCount()
        if not count:
            return
        first = table.rowAt(0)
        last = table.rowAt(table.viewport().height() - 1)
        first = 0 if first < 0 else first
        last = count - 1 if last < 0 else last
        for row in range(max(0, first - _FIT_AROUND), min(count, last + _FIT_AROUND + 1)):
            table.resizeRowToContents(row)

    def _update_count(self) -> None:
        """Totals of what the filters show (the footer follows the filters), beside the ledger's size."""
        model = self.model
        rows: list[LedgerRow] = [model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                                 for r in range(self.proxy.rowCount())]
        counts = {key: sum(1 for r in rows if r.line.mark == key) for key in MARKS}
        parts = [
            f"{MARKS[key].symbol} {QCoreApplication.translate('Marks', MARKS[key].label)} {n}"
            for key, n in counts.items()
        ]
        parts.append(f"{label_of('unreported')} {sum(1 for r in rows if 'unreported' in r.alerts)}")
        self.count_label.setText(
            self.tr("共 {total} 项，显示 {shown} 项").format(total=len(model.rows), shown=len(rows))
            + "    " + "  ".join(parts)
        )

    # -- selection and actions -------------------------------------------------------------
    def current_task_id(self) -> str | None:
        return self.proxy.task_id(self.table.currentIndex())

    def select_task(self, task_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.task_id(self.proxy.index(row, 0)) == task_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def show_task(self, task_id: str) -> None:
        """Select a task asked for by another page, switching ledger and clearing filters."""
        code = task_id.split(":", 1)[0]
        self.ctx.navigateRequested.emit("ledger")
        if choice(self.ledger_box) != code and self.ledger_box.findData(code) >= 0:
            self.clear_filters()
            self.ledger_box.setCurrentIndex(self.ledger_box.findData(code))
            self._pending_select = task_id
            return
        if not self.select_task(task_id):
            self.clear_filters()
            if not self.select_task(task_id) and self._shown != self._generation:
                self._pending_select = task_id  # its rows are still on their way (a --task at start)

    def open_detail(self, *_: object) -> None:
        task_id = self.current_task_id()
        if task_id is None:
            return
        from .task_detail import TaskDetailDialog

        TaskDetailDialog(self.ctx, task_id, self).open()

    def request_report(self) -> None:
        task_id = self.current_task_id()
        if task_id is not None:
            self.ctx.reportRequested.emit(task_id, "", self.ctx.period)

    def print_preview(self) -> None:
        code = choice(self.ledger_box)
        if code is not None:
            from .printing import print_preview

            print_preview(self, self.ctx, code, self.ctx.as_of, self.ctx.period)

    # -- settings --------------------------------------------------------------------------
    def _shortcut(self, owner: QWidget, keys: list, context: Qt.ShortcutContext, slot) -> None:
        action = QAction(owner)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        owner.addAction(action)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """On a narrow screen (1366×768 at 150%) the columns shrink together, so 具体措施 keeps a
        readable width instead of becoming one character wide; a wide table keeps the user's widths."""
        columns = [c for c in range(len(_DEFAULT_WIDTHS)) if not self.table.isColumnHidden(c)]
        natural = sum(_DEFAULT_WIDTHS[c] for c in columns)
        available = self.table.viewport().width()
        if available < 300 or (available >= natural and not self._narrowed):
            return  # not laid out yet, or wide enough: the widths are the user's
        self._narrowed = available < natural
        factor = min(1.0, available / natural)
        for column in columns:
            if column != MEASURE:  # the stretching column takes what is left
                self.table.setColumnWidth(column, max(36, int(_DEFAULT_WIDTHS[column] * factor)))

    def _restore_settings(self) -> None:
        state = self.ctx.settings.value("ledger/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    def save_settings(self) -> None:
        self.ctx.settings.setValue("ledger/header", self.table.horizontalHeader().saveState())
        self.ctx.settings.setValue("ledger/code", choice(self.ledger_box) or "")


def _unique(values) -> list[str]:
    return list(dict.fromkeys(values))

