"""Task detail: full text, parsed schedule, units and roles, and the timeline of everything done to it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.errors import CloseRefused
from qs_desktop.core.model import Task
from qs_desktop.core.units import short_name
from qs_desktop.ops import catalog, history, review, status

from .commands import perform
from .context import AppContext
from .widgets import action_label, screen_date, status_text

SCHEDULE_KINDS = {
    "due": QT_TRANSLATE_NOOP("History", "限期完成"),
    "ongoing": QT_TRANSLATE_NOOP("History", "长期坚持"),
    "recurring": QT_TRANSLATE_NOOP("History", "定期重复"),
    "window": QT_TRANSLATE_NOOP("History", "时间段"),
    "start": QT_TRANSLATE_NOOP("History", "开工节点"),
    "unparsed": QT_TRANSLATE_NOOP("History", "无法识别（保留原文）"),
}


def _local_time(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp[:16]


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


class TaskDetailDialog(QDialog):
    def __init__(self, ctx: AppContext, task_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.task_id = ctx, task_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("任务详情 · {id}").format(id=task_id))
        self.resize(760, 620)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.report_button = QPushButton(self.tr("填报进展(&R)"))
        self.due_button = QPushButton(self.tr("调整期限(&D)…"))
        self.close_task_button = QPushButton(self.tr("销号(&X)…"))
        for button in (self.report_button, self.due_button, self.close_task_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.report_button.clicked.connect(self._report)
        self.close_task_button.clicked.connect(self._close_or_reopen)
        self.due_button.clicked.connect(self._change_due)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(QLabel(self.tr("处理记录")))
        layout.addWidget(self.timeline, 1)
        layout.addWidget(buttons)
        self.refresh()
        ctx.changed.connect(self.refresh)

    def refresh(self, *_: object) -> None:
        ctx = self.ctx
        task = ctx.read(catalog.get_task, ctx.store, self.task_id)
        if task is None:
            return
        self.task = task
        states = ctx.read(status.task_statuses, ctx.store, [task], ctx.as_of) or []
        events = ctx.read(history.task_history, ctx.store, self.task_id) or []
        while self.form.rowCount():
            self.form.removeRow(0)

        def row(label: str, text: str) -> None:
            value = QLabel(text or "—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, value)

        row(self.tr("任务类别："), task.section or "")
        row(self.tr("序号："), str(task.seq or ""))
        row(self.tr("具体措施："), task.measure)
        schedule_text = task.deadline
        if states:
            st = states[0]
            kind = _tr(SCHEDULE_KINDS.get(st.schedule.kind, st.schedule.kind))
            due = st.task.due_override or st.schedule.due
            parsed = kind + (self.tr("，应于{date}前完成").format(date=screen_date(due)) if due else "")
            schedule_text = self.tr("{parsed}（原文：“{phrase}”）").format(
                parsed=parsed, phrase=task.deadline or st.schedule.text or "—")
            if task.due_override:
                schedule_text += self.tr("；已调整：{reason}").format(reason=task.due_override_reason)
            row(self.tr("当前状态："), status_text(st.status, st.alerts))
        row(self.tr("完成时限："), schedule_text)
        row(self.tr("牵头单位："), "、".join(task.lead_units))
        row(self.tr("配合单位："), "、".join(task.cooperating_units))
        if states and states[0].assessment.units:
            roles = {"lead": self.tr("牵头"), "cooperating": self.tr("配合")}
            row(self.tr("各单位情况："), "\n".join(
                f"{short_name(u.unit)}（{roles[u.role]}）：{status_text(u.status, tuple(a for a in u.alerts if a != u.status))}"
                for u in states[0].assessment.units))
        if task.remarks:
            row(self.tr("备注："), task.remarks)
        if task.closed_at:
            row(self.tr("销号："), f"{task.closed_at[:10]} {task.closed_reason}")
        self.close_task_button.setText(self.tr("撤销销号(&X)…") if task.closed_at else self.tr("销号(&X)…"))
        self.report_button.setEnabled(not task.closed_at)
        self.timeline.clear()
        for event in events:
            what = action_label(event.action)
            who = event.entity_id.split("|")[1] if event.entity == "report" and "|" in event.entity_id else ""
            period = event.entity_id.split("|")[2] if who else ""
            parts = [_local_time(event.at), event.actor, what, who, period]
            new = event.new or {}
            if "version" in new:
                parts.append(self.tr("第 {n} 版").format(n=new["version"]))
            if new.get("progress"):
                parts.append("：" + _short(new["progress"]))
            if event.note:
                parts.append(f"— {event.note}")
            self.timeline.addItem("  ".join(p for p in parts if p))
        if not events:
            self.timeline.addItem(self.tr("还没有任何填报或审核记录。"))

    def _report(self) -> None:
        self.ctx.reportRequested.emit(self.task_id, "", self.ctx.period)
        self.accept()

    def _close_or_reopen(self) -> None:
        if not self.task.closed_at:
            reason, ok = QInputDialog.getText(self, self.tr("销号"), self.tr("销号说明（可不填）："))
            if ok:
                close_task(self.ctx, self.task_id, reason, parent=self)
            return
        reason, ok = QInputDialog.getText(self, self.tr("撤销销号"), self.tr("撤销原因（必填）："))
        if ok:
            store, task = self.ctx.store, self.task
            perform(self.ctx, self.tr("撤销 {id} 的销号").format(id=task.id),
                    (review.reopen_task, (store, task.id, reason)))

    def _change_due(self) -> None:
        dialog = DueDialog(self.task, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            due, reason = dialog.value()
            set_due(self.ctx, self.task, due, reason)


class DueDialog(QDialog):
    """延期: a new due date (or back to the deadline phrase) with a required reason."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("调整完成时限"))
        self.use_phrase = QCheckBox(self.tr("按原文时限“{phrase}”").format(phrase=task.deadline or "—"))
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        current = task.due_override or date.today()
        self.date.setDate(QDate(current.year, current.month, current.day))
        self.use_phrase.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.reason = QLineEdit(task.due_override_reason)
        self.reason.setPlaceholderText(self.tr("必填，例如：经县政府同意延期"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("新的完成时限："), self.date)
        form.addRow("", self.use_phrase)
        form.addRow(self.tr("原因："), self.reason)
        form.addRow(buttons)

    def value(self) -> tuple[date | None, str]:
        due = None if self.use_phrase.isChecked() else self.date.date().toPython()
        return due, self.reason.text()


def set_due(ctx: AppContext, task: Task, due: date | None, reason: str) -> None:
    perform(
        ctx,
        QCoreApplication.translate("History", "调整 {id} 的完成时限").format(id=task.id),
        (review.set_due, (ctx.store, task.id, due, reason)),
    )


def close_task(ctx: AppContext, task_id: str, reason: str, force: bool = False,
               parent: QWidget | None = None) -> None:
    """销号; when it is refused because units are not done, offer to force it with a required reason."""

    def refused(exc: BaseException) -> None:
        if not isinstance(exc, CloseRefused):
            return
        why, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("TaskDetailDialog", "强制销号"),
            QCoreApplication.translate("TaskDetailDialog", "仍要销号（例如上级已取消该任务）？请写明原因（必填）："),
            text=reason)
        if ok and why.strip():
            close_task(ctx, task_id, why, True, parent)

    perform(
        ctx,
        QCoreApplication.translate("History", "销号 {id}").format(id=task_id),
        (review.close_task, (ctx.store, task_id, reason, force)),
        on_error=None if force else refused,
    )
