"""Small widgets shared by pages: the as-of/period picker, status marks and their legend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QSize, Qt
from PySide6.QtGui import (
    QFontMetrics,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from shiboken6 import Shiboken

from qs_desktop.core.dates import parse_period, period_of
from qs_desktop.core.rules import MARK_SYMBOLS
from qs_desktop.core.units import KIND_LABELS

from .context import AppContext


@dataclass(frozen=True)
class MarkStyle:
    label: str  # Chinese source, context "Marks"
    symbol: str  # so colour is never the only signal
    foreground: str
    background: str


MARKS: dict[str, MarkStyle] = {
    "overdue": MarkStyle(QT_TRANSLATE_NOOP("Marks", "逾期"), MARK_SYMBOLS["overdue"], "#b42318", "#fde7e5"),
    "due_soon": MarkStyle(QT_TRANSLATE_NOOP("Marks", "临期"), MARK_SYMBOLS["due_soon"], "#8a5a00", "#fff1cc"),
    "done": MarkStyle(QT_TRANSLATE_NOOP("Marks", "已完成"), MARK_SYMBOLS["done"], "#1a7f37", "#e3f3e6"),
}


STATUS_LABELS = {  # same Chinese as core.rules labels; English comes from the .ts file
    "not_started": QT_TRANSLATE_NOOP("Status", "未开始"),
    "in_progress": QT_TRANSLATE_NOOP("Status", "推进中"),
    "done": QT_TRANSLATE_NOOP("Status", "已完成"),
    "ongoing": QT_TRANSLATE_NOOP("Status", "常态推进"),
    "closed": QT_TRANSLATE_NOOP("Status", "已销号"),
    "overdue": QT_TRANSLATE_NOOP("Status", "逾期"),
    "due_soon": QT_TRANSLATE_NOOP("Status", "临期"),
    "unreported": QT_TRANSLATE_NOOP("Status", "未报送"),
    "draft": QT_TRANSLATE_NOOP("Status", "草稿"),
    "submitted": QT_TRANSLATE_NOOP("Status", "待审核"),
    "approved": QT_TRANSLATE_NOOP("Status", "已通过"),
    "returned": QT_TRANSLATE_NOOP("Status", "已退回"),
}


AUDIT_LABELS = {  # the Chinese of core.model.AUDIT_ACTIONS (a test keeps them equal), translatable
    "report.save": QT_TRANSLATE_NOOP("Audit", "报送"),
    "report.draft": QT_TRANSLATE_NOOP("Audit", "保存草稿"),
    "report.approve": QT_TRANSLATE_NOOP("Audit", "审核通过"),
    "report.return": QT_TRANSLATE_NOOP("Audit", "退回"),
    "report.save_undo": QT_TRANSLATE_NOOP("Audit", "撤销报送"),
    "report.review_undo": QT_TRANSLATE_NOOP("Audit", "撤销审核"),
    "task.close": QT_TRANSLATE_NOOP("Audit", "销号"),
    "task.reopen": QT_TRANSLATE_NOOP("Audit", "撤销销号"),
    "task.due": QT_TRANSLATE_NOOP("Audit", "调整完成时限"),
    "task.target": QT_TRANSLATE_NOOP("Audit", "设置目标数量"),
    "unit.add": QT_TRANSLATE_NOOP("Audit", "新增单位"),
    "unit.rename": QT_TRANSLATE_NOOP("Audit", "单位更名"),
    "unit.aliases": QT_TRANSLATE_NOOP("Audit", "修改别名"),
    "unit.kind": QT_TRANSLATE_NOOP("Audit", "修改单位类别"),
    "unit.members": QT_TRANSLATE_NOOP("Audit", "修改单位组成员"),
    "plan.add": QT_TRANSLATE_NOOP("Audit", "导入计划"),
    "plan.replace": QT_TRANSLATE_NOOP("Audit", "替换计划"),
    "plan.reporting": QT_TRANSLATE_NOOP("Audit", "修改报送设置"),
    "plan.issue": QT_TRANSLATE_NOOP("Audit", "修改印发信息"),
    "settings.actor": QT_TRANSLATE_NOOP("Audit", "设置本机单位"),
    "report.conflict": QT_TRANSLATE_NOOP("Audit", "处理数据包冲突"),
    "settings.office": QT_TRANSLATE_NOOP("Audit", "设置本机单位"),
}


def action_label(action: str) -> str:
    """What an audit entry did, in the UI language."""
    return QCoreApplication.translate("Audit", AUDIT_LABELS[action]) if action in AUDIT_LABELS else action


def label_of(code_or_label: str) -> str:
    """Screen label for a status/alert/review code, or for a Chinese label the ops produced."""
    source = STATUS_LABELS.get(code_or_label, code_or_label)
    return QCoreApplication.translate("Status", source)


def join_labels(labels) -> str:
    """Status/alert labels as a list: "逾期、未报送" in Chinese, "Overdue, Unreported" in English."""
    return QCoreApplication.translate("Lists", "、").join(labels)


def status_text(status: str, alerts: tuple[str, ...] = ()) -> str:
    return join_labels([label_of(status), *(label_of(a) for a in alerts)])


# core.units.KIND_LABELS, listed again only so that lupdate collects them for translation.
_KIND_SOURCES = (
    QT_TRANSLATE_NOOP("Units", "县直部门"),
    QT_TRANSLATE_NOOP("Units", "乡镇"),
    QT_TRANSLATE_NOOP("Units", "市直驻县机构"),
    QT_TRANSLATE_NOOP("Units", "企业"),
    QT_TRANSLATE_NOOP("Units", "单位组"),
    QT_TRANSLATE_NOOP("Units", "其他"),
)


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Units", KIND_LABELS.get(kind, kind))


def mark_label(mark: str | None) -> str:
    style = MARKS.get(mark or "")
    return QCoreApplication.translate("Marks", style.label) if style else ""


def screen_date(d: date) -> str:
    """`2022年10月31日` in Chinese; the English translation supplies its own pattern."""
    return QCoreApplication.translate("Dates", "{y}年{m}月{d}日").format(y=d.year, m=d.month, d=d.day)


def screen_period(period: str) -> str:
    y, m = parse_period(period)
    return QCoreApplication.translate("Dates", "{y}年{m}月").format(y=y, m=m)


def choice(box) -> str | None:
    """The selected item's data of a combo box ("" data and no selection both give None).

    Items always carry str data: PySide6 6.12 loses a reference to None whenever a Qt call
    returns an empty QVariant to Python, which eventually crashes the interpreter.
    """
    return (box.currentData() or None) if box.currentIndex() >= 0 else None


class MarkLegend(QWidget):
    """`● 逾期  ▲ 临期  ✓ 已完成` in the colours the tables use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(QLabel(self.tr("图例：")))
        for key, style in MARKS.items():
            text = f"{style.symbol} {mark_label(key)}"
            label = QLabel(text)
            label.setObjectName(f"legend-{key}")
            label.setStyleSheet(
                f"color: {style.foreground}; background: {style.background};"
                " border-radius: 3px; padding: 1px 6px;"
            )
            layout.addWidget(label)
        layout.addStretch(1)


class AsOfPicker(QWidget):
    """截至日期 + 报送期, kept in step with the shared `AppContext`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.as_of = QDateEdit(calendarPopup=True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setToolTip(self.tr("逾期、临期按这一天计算"))
        self.period = QDateEdit()
        self.period.setDisplayFormat("yyyy-MM")
        self.period.setToolTip(self.tr("进展情况取自这个月的报送"))
        as_of_label = QLabel(self.tr("截至(&D)："))
        as_of_label.setBuddy(self.as_of)
        period_label = QLabel(self.tr("报送期(&P)："))
        period_label.setBuddy(self.period)
        for widget in (as_of_label, self.as_of, period_label, self.period):
            layout.addWidget(widget)
        self._sync(ctx.as_of, ctx.period)
        ctx.asOfChanged.connect(self._sync)
        self.as_of.dateChanged.connect(self._as_of_edited)
        self.period.dateChanged.connect(self._period_edited)

    def _sync(self, as_of: date, period: str) -> None:
        for widget, value in ((self.as_of, as_of), (self.period, date.fromisoformat(period + "-01"))):
            widget.blockSignals(True)
            widget.setDate(QDate(value.year, value.month, value.day))
            widget.blockSignals(False)

    def _as_of_edited(self, value: QDate) -> None:
        as_of = value.toPython()
        self.ctx.set_as_of(as_of)

    def _period_edited(self, value: QDate) -> None:
        self.ctx.set_as_of(self.ctx.as_of, period_of(value.toPython()))


def wrapped_lines(text: str, font, width: int) -> list[str]:
    """`text` broken into lines `width` pixels wide, as a cell with 自动换行 shows it.

    QTextLayout does not break at "\n" (a title above its measure, several progress notes),
    so each paragraph is laid out on its own; a paragraph's last line keeps its "\n".
    """
    lines: list[str] = []
    paragraphs = text.split("\n")
    for n, paragraph in enumerate(paragraphs):
        end = "\n" if n < len(paragraphs) - 1 else ""
        layout = QTextLayout(paragraph, font)
        option_wrap = QTextOption()
        option_wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option_wrap)
        pieces: list[str] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            pieces.append(paragraph[line.textStart(): line.textStart() + line.textLength()])
        layout.endLayout()
        pieces = pieces or [""]
        pieces[-1] += end
        lines.extend(pieces)
    return lines


class WrapElideDelegate(QStyledItemDelegate):
    """Wraps cell text over as many lines as the row holds and ends the last one with "…".

    `sizeHint` asks for the height of the whole text at the column's width, so a view that
    fits its rows to their contents (the ledger does, for the rows near the screen) never
    cuts text; only a row left shorter than that shows "…" (the full text is in the tooltip).
    """

    PADDING = 12  # the text rect's inset (2 each side), the style's item margins and the grid line

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt override)
        view = self.parent()
        text = index.data(Qt.ItemDataRole.DisplayRole)
        base = super().sizeHint(option, index)
        if not text or not hasattr(view, "columnWidth"):
            return base
        width = view.columnWidth(index.column()) - self.PADDING - 4
        lines = len(wrapped_lines(str(text), option.font, max(width, 10))) or 1
        return QSize(base.width(), lines * QFontMetrics(option.font).lineSpacing() + self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).adjusted(2, 2, -2, -2)
        if not text or rect.width() <= 0:
            return
        metrics = QFontMetrics(opt.font)
        max_lines = max(1, rect.height() // metrics.lineSpacing())
        lines = wrapped_lines(text, opt.font, rect.width())
        if len(lines) > max_lines:
            rest = "".join(lines[max_lines - 1:]).replace("\n", " ")
            lines = lines[: max_lines - 1] + [metrics.elidedText(rest, Qt.TextElideMode.ElideRight, rect.width())]
        selected = opt.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))  # initStyleOption put ForegroundRole into Text
        center = bool(opt.displayAlignment & Qt.AlignmentFlag.AlignHCenter)
        for n, line_text in enumerate(lines):
            line_rect = rect.adjusted(0, n * metrics.lineSpacing(), 0, 0)
            line_rect.setHeight(metrics.lineSpacing())
            flags = Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft
            painter.drawText(line_rect, int(flags | Qt.AlignmentFlag.AlignTop), line_text.rstrip("\n"))
        painter.restore()


class LazyPage(QWidget):
    """A page that rebuilds only while it is shown: changes to a hidden page just mark it stale.

    A subclass sets `self.ctx` and defines `refresh()`; pages whose data takes a while
    (every task's status) fetch it with `fetch()`, which runs the ops read on the worker.
    """

    ctx: AppContext
    _dirty = True
    _fetching = 0  # generation of the last fetch: older answers are dropped

    def _invalidate(self, *_: object) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        raise NotImplementedError

    def fetch(self, fn, *args, then) -> None:
        """Run `fn(*args)` on the database worker and pass the result to `then` on the UI thread."""
        self._dirty = False
        self._fetching += 1
        generation = self._fetching

        def arrived(result) -> None:
            if generation == self._fetching and Shiboken.isValid(self):  # not closed meanwhile
                then(result)

        self.ctx.run(fn, *args, on_done=arrived, on_error=lambda _: setattr(self, "_dirty", True))
