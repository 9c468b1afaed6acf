"""Task detail: full text, parsed schedule, units and roles, and the timeline of everything done to it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.dates import cn_date
from qs_desktop.ops import catalog, history, review, status

from .commands import perform
from .context import AppContext
from .widgets import status_text

ACTIONS = {
    "report.save": QT_TRANSLATE_NOOP("History", "提交报送"),
    "report.draft": QT_TRANSLATE_NOOP("History", "保存草稿"),
    "report.approve": QT_TRANSLATE_NOOP("History", "审核通过"),
    "report.return": QT_TRANSLATE_NOOP("History", "退回"),
    "report.review_undo": QT_TRANSLATE_NOOP("History", "撤销审核"),
    "report.save_undo": QT_TRANSLATE_NOOP("History", "撤销填报"),
    "task.close": QT_TRANSLATE_NOOP("History", "销号"),
    "task.reopen": QT_TRANSLATE_NOOP("History", "撤销销号"),
    "task.due": QT_TRANSLATE_NOOP("History", "调整完成时限"),
}
SCHEDULE_KINDS = {
    "due": QT_TRANSLATE_NOOP("History", "限期完成"),
    "ongoing": QT_TRANSLATE_NOOP("History", "长期坚持"),
    "recurring": QT_TRANSLATE_NOOP("History", "定期重复"),
    "window": QT_TRANSLATE_NOOP("History", "时间段"),
    "start": QT_TRANSLATE_NOOP("History", "开工节点"),
    "unparsed": QT_TRANSLATE_NOOP("History", "无法识别（保留原文）"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


class TaskDetailDialog(QDialog):
    def __init__(self, ctx: AppContext, task_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.task_id = ctx, task_id
        self.setWindowTitle(self.tr("任务详情 · {id}").format(id=task_id))
        self.resize(760, 620)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.report_button = QPushButton(self.tr("填报进展(&R)"))
        self.close_task_button = QPushButton(self.tr("销号(&X)"))
        buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_task_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.report_button.clicked.connect(self._report)
        self.close_task_button.clicked.connect(self._close_task)
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
            parsed = kind + (self.tr("，应于 {date} 前完成").format(date=cn_date(due)) if due else "")
            schedule_text = self.tr("{parsed}（原文：“{phrase}”）").format(
                parsed=parsed, phrase=task.deadline or st.schedule.text or "—")
            if task.due_override:
                schedule_text += self.tr("；已调整：{reason}").format(reason=task.due_override_reason)
            row(self.tr("当前状态："), status_text(st.status, st.alerts))
        row(self.tr("完成时限："), schedule_text)
        row(self.tr("牵头单位："), "、".join(task.lead_units))
        row(self.tr("配合单位："), "、".join(task.cooperating_units))
        if task.remarks:
            row(self.tr("备注："), task.remarks)
        if task.closed_at:
            row(self.tr("销号："), f"{task.closed_at[:10]} {task.closed_reason}")
        self.close_task_button.setEnabled(not task.closed_at)
        self.report_button.setEnabled(not task.closed_at)
        self.timeline.clear()
        for event in events:
            what = _tr(ACTIONS.get(event.action, event.action))
            who = event.entity_id.split("|")[1] if event.entity == "report" and "|" in event.entity_id else ""
            period = event.entity_id.split("|")[2] if who else ""
            parts = [event.at[:16].replace("T", " "), event.actor, what, who, period]
            new = event.new or {}
            if "version" in new:
                parts.append(self.tr("第 {n} 版").format(n=new["version"]))
            if event.note:
                parts.append(f"— {event.note}")
            self.timeline.addItem("  ".join(p for p in parts if p))
        if not events:
            self.timeline.addItem(self.tr("还没有任何填报或审核记录。"))

    def _report(self) -> None:
        self.ctx.reportRequested.emit(self.task_id, "", self.ctx.period)
        self.accept()

    def _close_task(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("销号"), self.tr("销号说明（可不填）："))
        if ok:
            close_task(self.ctx, self.task_id, reason)


def close_task(ctx: AppContext, task_id: str, reason: str) -> None:
    perform(
        ctx,
        QCoreApplication.translate("History", "销号 {id}").format(id=task_id),
        (review.close_task, (ctx.store, task_id, reason)),
        (review.reopen_task, (ctx.store, task_id, QCoreApplication.translate("History", "撤销操作"))),
    )
