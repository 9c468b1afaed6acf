"""Report entry (填报): one unit's progress on one task for one period, prefilled from the last one."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.dates import period_of
from qs_desktop.core.errors import QsError
from qs_desktop.core.model import Report
from qs_desktop.core.quantity import Quantity, check_against_target, parse_quantity
from qs_desktop.ops import catalog, reports

from .commands import perform
from .context import AppContext
from .widgets import choice, label_of, screen_period

STATUS_CODES = ("in_progress", "done", "ongoing", "not_started")
TEXT_FIELDS = ("progress", "problems", "next_steps")


class ReportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.previous: Report | None = None
        self.current: Report | None = None

        self.task_box = QComboBox()
        self.task_box.setEditable(True)
        self.task_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.task_box.setMinimumContentsLength(40)
        self.unit_box = QComboBox()
        self.period_edit = QDateEdit()
        self.period_edit.setDisplayFormat("yyyy-MM")
        self.status_box = QComboBox()
        for code in STATUS_CODES:
            self.status_box.addItem(label_of(code), code)
        self.edits = {name: QPlainTextEdit() for name in TEXT_FIELDS}
        for edit in self.edits.values():
            edit.setTabChangesFocus(True)
        self.edits["progress"].setMinimumHeight(110)
        self.edits["problems"].setMaximumHeight(90)
        self.edits["next_steps"].setMaximumHeight(90)
        self.quantity = QLineEdit()
        self.quantity.setPlaceholderText(self.tr("可不填"))
        self.notes = {name: QLabel() for name in (*TEXT_FIELDS, "status", "quantity")}
        for note in self.notes.values():
            note.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.measure = QLabel()
        self.measure.setWordWrap(True)
        self.measure.setStyleSheet("color: #4b525c;")
        self.draft_button = QPushButton(self.tr("保存草稿 (Ctrl+S)"))
        self.submit_button = QPushButton(self.tr("提交 (Ctrl+Enter)"))
        self.submit_button.setDefault(True)
        self.setFocusProxy(self.edits["progress"])

        form = QFormLayout()
        form.addRow(self._buddy(self.tr("任务(&T)："), self.task_box), self.task_box)
        form.addRow("", self.measure)
        form.addRow(self._buddy(self.tr("填报单位(&U)："), self.unit_box), self.unit_box)
        form.addRow(self._buddy(self.tr("报送期(&P)："), self.period_edit), self.period_edit)
        form.addRow(self._buddy(self.tr("完成状态(&S)："), self.status_box), self._with_note(self.status_box, "status"))
        labels = {"progress": self.tr("进展情况(&G)："), "problems": self.tr("存在问题(&B)："),
                  "next_steps": self.tr("下一步计划(&N)：")}
        for name in TEXT_FIELDS:
            form.addRow(self._buddy(labels[name], self.edits[name]), self._with_note(self.edits[name], name))
        form.addRow(self._buddy(self.tr("完成数量(&Q)："), self.quantity), self._with_note(self.quantity, "quantity"))

        self.previous_box = QGroupBox(self.tr("上期报送"))
        self.previous_text = QLabel()
        self.previous_text.setWordWrap(True)
        self.previous_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.previous_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.previous_box).addWidget(self.previous_text)
        self.previous_box.setMinimumWidth(220)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.submit_button)
        form_box = QWidget()
        left = QVBoxLayout(form_box)
        left.setContentsMargins(0, 0, 4, 0)
        left.addWidget(self.banner)
        left.addLayout(form)
        left.addLayout(buttons)
        left.addStretch(1)
        scroll = QScrollArea()  # a small screen at 150% scale scrolls the form instead of cutting it
        scroll.setWidget(form_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.previous_box, 2)

        # Window-wide while this page is shown (a hidden page's shortcuts are inactive).
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_draft)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.submit)
        self.draft_button.clicked.connect(self.save_draft)
        self.submit_button.clicked.connect(self.submit)
        self.task_box.currentIndexChanged.connect(self._task_chosen)
        self.unit_box.currentIndexChanged.connect(self.load)
        self.period_edit.dateChanged.connect(self.load)
        for name, edit in self.edits.items():
            edit.textChanged.connect(lambda name=name: self._mark_field(name))
        self.status_box.currentIndexChanged.connect(lambda: self._mark_field("status"))
        ctx.reportRequested.connect(self.open_for)
        ctx.changed.connect(self._on_changed)
        self._set_period(ctx.period)
        self._load_tasks()

    # -- layout helpers --------------------------------------------------------------------
    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _with_note(self, widget: QWidget, name: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.notes[name])
        return box

    # -- choosing what to report on --------------------------------------------------------
    def _load_tasks(self) -> None:
        """A unit installation lists only its own tasks; every task is named as people name it."""
        office = self.ctx.office
        own = office.unit if office.unit_only else None
        tasks = self.ctx.read(catalog.list_tasks, self.ctx.store, unit=own) or []
        self.members = {u.name: u.members for u in self.ctx.read(catalog.list_units, self.ctx.store) or []}
        self.tasks = {t.id: t for t in tasks}
        labels = self.ctx.read(catalog.task_labels, self.ctx.store) or {}
        chosen = choice(self.task_box)
        self.task_box.blockSignals(True)
        self.task_box.clear()
        for task in tasks:
            self.task_box.addItem(labels.get(task.id, task.measure[:40]), task.id)
            self.task_box.setItemData(self.task_box.count() - 1, task.measure, Qt.ItemDataRole.ToolTipRole)
        self.task_box.setCurrentIndex(max(self.task_box.findData(chosen), 0))
        self.task_box.blockSignals(False)
        self._task_chosen()

    def open_for(self, task_id: str, unit: str = "", period: str = "") -> None:
        if period:
            self._set_period(period)
        index = self.task_box.findData(task_id)
        if index >= 0:
            self.task_box.blockSignals(True)
            self.task_box.setCurrentIndex(index)
            self.task_box.blockSignals(False)
            self._task_chosen()
        if unit and self.unit_box.findData(unit) >= 0:
            self.unit_box.blockSignals(True)
            self.unit_box.setCurrentIndex(self.unit_box.findData(unit))
            self.unit_box.blockSignals(False)
        self.load()  # whatever changed (even only the period), the form shows exactly this report
        self.ctx.navigateRequested.emit("report")
        self.edits["progress"].setFocus()

    def _set_period(self, period: str) -> None:
        self.period_edit.blockSignals(True)
        self.period_edit.setDate(QDate.fromString(period + "-01", "yyyy-MM-dd"))
        self.period_edit.blockSignals(False)

    def _task_chosen(self) -> None:
        self.task_box.lineEdit().setCursorPosition(0)
        task = self.tasks.get(choice(self.task_box))
        self.measure.setText(task.measure if task else "")
        self._show_target(task)
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        office = self.ctx.office
        if task and office.unit_only:  # fixed to 本机单位
            self.unit_box.addItem(office.unit, office.unit)
        elif task:
            roles = [(u, self.tr("牵头")) for u in task.lead_units]
            roles += [(u, self.tr("配合")) for u in task.cooperating_units]
            for unit, role in roles:
                members = self.members.get(unit, ())
                if not members:
                    self.unit_box.addItem(self.tr("{unit}（{role}）").format(unit=unit, role=role), unit)
                for member in members:  # a group reports through its members, never itself
                    self.unit_box.addItem(self.tr("{unit}（{role} · {group}）").format(
                        unit=member, role=role, group=unit), member)
            mine = self.unit_box.findData(self.ctx.actor)
            self.unit_box.setCurrentIndex(max(mine, 0))
        self.unit_box.setEnabled(not office.unit_only)
        self.unit_box.blockSignals(False)
        self.load()

    def _show_target(self, task) -> None:
        """Only tasks with a numeric target take a quantity; the target is the placeholder."""
        has_target = task is not None and task.target_quantity is not None
        self.quantity.setEnabled(has_target)
        self.quantity.setPlaceholderText(
            self.tr("目标：{n}{unit}，只填数字").format(n=f"{task.target_quantity:g}", unit=task.target_unit)
            if has_target else self.tr("该任务没有数量目标")
        )

    def period(self) -> str:
        return period_of(self.period_edit.date().toPython())

    # -- prefill ---------------------------------------------------------------------------
    def chosen(self) -> tuple[str | None, str | None, str]:
        return choice(self.task_box), choice(self.unit_box), self.period()

    def load(self, *_: object) -> None:
        task_id, unit, period = self.loaded = self.chosen()
        self.previous = self.current = None
        if task_id and unit:
            found = self.ctx.read(reports.list_reports, self.ctx.store, task_id=task_id, unit=unit, period=period)
            self.current = found[0] if found else None
            self.previous = self.ctx.read(reports.previous_report, self.ctx.store, task_id, unit, period)
        source = self.current or self.previous
        self._fill(source)
        self._show_previous()
        closed = bool(task_id and self.tasks[task_id].closed_at)
        if closed:
            self._banner(self.tr("该任务已销号，不能再填报。"), "#4b525c", "#eceef1")
        elif self.current is not None:
            state = label_of(self.current.state)
            text = self.tr("本期已有第 {n} 版（{state}）。修改后再次保存会生成新的一版。").format(
                n=self.current.version, state=state)
            if self.current.state == "returned":
                text += self.tr("退回原因：{reason}").format(reason=self.current.review_comment)
                self._banner(text, "#b42318", "#fde7e5")
            else:
                self._banner(text, "#1f2328", "#eef2f8")
        elif self.previous is not None:
            self._banner(self.tr("已按上期（{p}）内容预填。请逐项更新，标为“与上期相同”的内容不要原样照抄。").format(
                p=screen_period(self.previous.period)), "#8a5a00", "#fff1cc")
        else:
            self._banner(self.tr("这是该单位对此任务的第一次报送。"), "#1f2328", "#eef2f8")
        office = self.ctx.office
        if unit and office.coordinator and office.unit and unit != office.unit and not closed:
            self.banner.setText(self.banner.text() + "\n" + self.tr(
                "代填：以{office}的名义代“{unit}”填报，日志记为代填。").format(office=office.unit, unit=unit))
        for widget in (self.draft_button, self.submit_button):
            widget.setEnabled(bool(task_id and unit) and not closed)
        for name in self.notes:
            self._mark_field(name)

    def _banner(self, text: str, fg: str, bg: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(f"color: {fg}; background: {bg}; padding: 6px 8px; border-radius: 3px;")

    def _fill(self, source: Report | None) -> None:
        for name, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setPlainText(getattr(source, name) if source else "")
            edit.blockSignals(False)
        self.status_box.setCurrentIndex(max(self.status_box.findData(source.status if source else "in_progress"), 0))
        self.quantity.setText("" if not source or source.quantity is None else f"{source.quantity:g}")

    def _show_previous(self) -> None:
        p = self.previous
        if p is None:
            self.previous_box.setTitle(self.tr("上期报送"))
            self.previous_text.setText(self.tr("没有更早的报送。"))
            return
        self.previous_box.setTitle(self.tr("上期报送（{p}，{state}）").format(
            p=screen_period(p.period), state=label_of(p.state)))
        self.previous_text.setText(
            self.tr("完成状态：{status}\n\n进展情况：\n{progress}\n\n存在问题：\n{problems}\n\n下一步计划：\n{next}").format(
                status=label_of(p.status), progress=p.progress or "—", problems=p.problems or "—",
                next=p.next_steps or "—"))

    def _value(self, name: str):
        if name == "status":
            return choice(self.status_box)
        if name == "quantity":
            return self.quantity.text().strip()
        return self.edits[name].toPlainText().strip()

    def _mark_field(self, name: str) -> None:
        """Tell the user whether a field still repeats the previous period."""
        note = self.notes[name]
        previous = self.previous
        if previous is None or name == "quantity" or (self.current and self.current.period == previous.period):
            note.setText("")
            return
        old = previous.status if name == "status" else getattr(previous, name)
        same = (old or "").strip() == (self._value(name) or "")
        if same and old:
            note.setText(self.tr("与上期相同"))
            note.setStyleSheet("color: #8a5a00;")
        elif not same:
            note.setText(self.tr("✎ 已修改"))
            note.setStyleSheet("color: #2f6db5;")
        else:
            note.setText("")

    # -- saving ----------------------------------------------------------------------------
    def _validate(self, submit: bool) -> Quantity | None | bool:
        """Show messages next to fields; returns the quantity, or False when something is wrong."""
        ok = True
        quantity: Quantity | None = None
        text = self._value("quantity")
        if text:
            task = self.tasks[choice(self.task_box)]
            try:
                quantity = parse_quantity(text)
                check_against_target(quantity, task.target_quantity, task.target_unit, task.id)
            except QsError as exc:
                self._error("quantity", exc.message)
                ok = False
        status = self._value("status")
        progress = self._value("progress")
        if status != "not_started" and not progress:
            self._error("progress", self.tr("请填写进展情况（状态为“未开始”时可不填）。"))
            ok = False
        elif submit and self.previous is not None and progress and progress == self.previous.progress.strip() \
                and not (self.current and self.current.period == self.previous.period):
            self._error("progress", self.tr("进展情况与上期完全相同。请写明本期的新进展；确无进展请写“本期无新进展”及原因。"))
            ok = False
        return quantity if ok else False

    def _error(self, name: str, message: str) -> None:
        self.notes[name].setText("⚠ " + message)
        self.notes[name].setStyleSheet("color: #b42318;")
        (self.edits.get(name) or self.quantity).setFocus()

    def save_draft(self) -> None:
        self._save(submit=False)

    def submit(self) -> None:
        self._save(submit=True)

    def _save(self, submit: bool) -> None:
        if not self.submit_button.isEnabled():
            return
        if self.chosen() != self.loaded:  # never save what was loaded for another task, unit or period
            self.load()
            return
        for name in self.notes:
            self._mark_field(name)
        quantity = self._validate(submit)
        if quantity is False:
            return
        task_id, unit, period = choice(self.task_box), choice(self.unit_box), self.period()
        entry = reports.ReportInput(
            task_id=task_id, unit=unit, period=period, status=self._value("status"),
            progress=self._value("progress"), problems=self._value("problems"),
            next_steps=self._value("next_steps"), quantity=quantity.value if quantity else None,
            quantity_unit=quantity.unit if quantity else "", submit=submit, source="gui",
        )
        text = (self.tr("提交 {id} {p} 的报送") if submit else self.tr("保存 {id} {p} 的草稿")).format(
            id=task_id, p=period)
        perform(self.ctx, text, (reports.save_report, (self.ctx.store, entry)),
                on_done=lambda _: self.edits["progress"].setFocus())

    def _on_changed(self, changes) -> None:
        if changes.plans or changes.settings or changes.units:
            self._load_tasks()
        elif changes.reports or choice(self.task_box) in changes.tasks:
            if changes.tasks:
                self.tasks.update({t.id: t for t in (self.ctx.read(catalog.list_tasks, self.ctx.store) or [])})
            self.load()

