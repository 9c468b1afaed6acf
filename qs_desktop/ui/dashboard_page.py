"""统计: per ledger and per unit figures as of the shared date, with a chart for meeting slides."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QMargins,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qs_desktop.core.model import short_title
from qs_desktop.core.units import short_name
from qs_desktop.exchange.figures import write_figures
from qs_desktop.exchange.pdf_reports import DashboardRow, write_dashboard_pdf
from qs_desktop.ops import sample
from qs_desktop.ops.dashboard import Dashboard, figures
from qs_desktop.ops.stats import StatsRow

from .context import AppContext
from .exported import show_exported
from .widgets import MARKS, AsOfPicker, LazyPage, screen_date, screen_period

# (attribute, Chinese source label, bar colour). Colours match the ledger's marks; the legend
# and the value labels on the bars carry the meaning for print-outs in black and white.
SEGMENTS = (
    ("done", QT_TRANSLATE_NOOP("DashboardPage", "已完成"), MARKS["done"].foreground),
    ("on_schedule", QT_TRANSLATE_NOOP("DashboardPage", "按期推进"), "#4f6fa8"),
    ("overdue", QT_TRANSLATE_NOOP("DashboardPage", "逾期"), MARKS["overdue"].foreground),
)
UNIT_SEGMENTS = (
    ("reported", QT_TRANSLATE_NOOP("DashboardPage", "已报送"), "#4f6fa8"),
    ("unreported", QT_TRANSLATE_NOOP("DashboardPage", "未报送"), "#8a5a00"),
)
UNITS_CHARTED = 8  # the units with the lowest report rate: what a meeting asks about
_ROOT = QModelIndex()
COLUMNS = ("tasks", "done", "on_schedule", "overdue", "owed", "reported", "unreported", "returned", "report_rate")


class FigureModel(QAbstractTableModel):
    def __init__(self, first_header: str, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[StatsRow] = []
        self.total: StatsRow | None = None  # drawn bold
        self.headers = [
            first_header, self.tr("任务数"), self.tr("已完成"), self.tr("按期推进"), self.tr("逾期"),
            self.tr("应报"), self.tr("已报送"), self.tr("未报送"), self.tr("退回"), self.tr("报送率"),
        ]

    def set_rows(self, rows: list[StatsRow], total: StatsRow | None = None) -> None:
        self.beginResetModel()
        self.rows = rows + ([total] if total else [])
        self.total = total
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        col = index.column()
        value = row.label if col == 0 else getattr(row, COLUMNS[col - 1])
        if role == Qt.ItemDataRole.DisplayRole:
            if col == len(COLUMNS):
                return f"{value:.0%}" if value is not None else "—"
            return value
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return -1 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col and COLUMNS[col - 1] == "overdue" and value:
            return QBrush(QColor(MARKS["overdue"].foreground))
        if role == Qt.ItemDataRole.FontRole and row is self.total:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _table(model: FigureModel) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, len(model.headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return view


class DashboardPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dashboard: Dashboard | None = None

        self.picker = AsOfPicker(ctx)
        self.copy_button = QPushButton(self.tr("复制图表"))
        self.copy_button.setToolTip(self.tr("把图表复制为图片，可直接粘贴到汇报材料或幻灯片中"))
        self.copy_button.clicked.connect(self.copy_chart)
        self.export_button = QPushButton(self.tr("导出数据…"))
        self.export_button.setToolTip(self.tr("把下方统计数据导出为 Excel（.xlsx）或 CSV 文件"))
        self.export_button.clicked.connect(self.export_figures)
        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.export_button)
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.pdf_button.setToolTip(self.tr("把当前表格（按台账或按单位）导出为可打印的 PDF"))
        self.pdf_button.clicked.connect(self.export_pdf)
        bar.addWidget(self.pdf_button)

        self.chart = QChart()
        self.chart.setTheme(QChart.ChartTheme.ChartThemeLight)
        self.chart.setBackgroundBrush(QBrush(Qt.GlobalColor.white))
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(12, 8, 16, 8))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        title_font = QFont(self.font())
        title_font.setPointSize(13)
        title_font.setBold(True)
        self.chart.setTitleFont(title_font)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.chart_view.setBackgroundBrush(QBrush(Qt.GlobalColor.white))
        self.chart_view.setStyleSheet("background: white; border: 1px solid #d0d0d0;")

        self.ledger_model = FigureModel(self.tr("台账"), self)
        self.unit_model = FigureModel(self.tr("单位"), self)
        self.tabs = QTabWidget()
        self.tabs.addTab(_table(self.ledger_model), self.tr("按台账"))
        self.tabs.addTab(_table(self.unit_model), self.tr("按单位"))
        self.setFocusProxy(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        ctx.asOfChanged.connect(self._invalidate)
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes) -> None:
        if not changes.empty:
            self._invalidate()

    def refresh(self) -> None:
        self.fetch(figures, self.ctx.store, self.ctx.as_of, self.ctx.period, then=self._arrived)

    def _arrived(self, dash: Dashboard) -> None:
        self.dashboard = dash
        total = dash.total
        total.label = self.tr("合计")
        self.ledger_model.set_rows(dash.ledgers, total)
        self.unit_model.set_rows(dash.units)
        self._draw_chart(dash)

    def _tab_changed(self, _index: int) -> None:
        if self.dashboard is not None:
            self._draw_chart(self.dashboard)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """The chart gets a good half of the page (eight units need the height), once."""
        super().showEvent(event)
        total = sum(self.splitter.sizes())
        if total > 0 and not getattr(self, "_split", False):
            self._split = True
            self.splitter.setSizes([total * 11 // 20, total - total * 11 // 20])

    def show_part(self, part: str) -> None:
        """`qs-desktop --page dashboard/units` opens on the per-unit table."""
        self.tabs.setCurrentIndex(1 if part == "units" else 0)

    def by_unit(self) -> bool:
        return self.tabs.currentIndex() == 1

    def chart_title(self) -> str:
        if self.by_unit():
            return self.tr("报送率最低的单位（报送期 {period}，截至 {date}）").format(
                period=screen_period(self.dashboard.period) if self.dashboard else "",
                date=screen_date(self.ctx.as_of))
        return self.tr("重点任务完成情况（截至 {date}）").format(date=screen_date(self.ctx.as_of))

    def _draw_chart(self, dash: Dashboard) -> None:
        if self.by_unit():
            owing = [row for row in dash.units if row.owed]
            worst = sorted(owing, key=lambda r: (r.report_rate, -r.unreported))[:UNITS_CHARTED]
            labels = [self.tr("{name}（{rate:.0%}）").format(name=short_name(r.label), rate=r.report_rate)
                      for r in worst]
            self._draw_bars(worst, labels, UNIT_SEGMENTS, self.tr("应报份数"), max((r.owed for r in worst), default=1))
        else:
            labels = [self.tr("{name}（{n} 项）").format(name=short_title(row.label), n=row.tasks)
                      for row in dash.ledgers]
            self._draw_bars(dash.ledgers, labels, SEGMENTS, self.tr("任务数（项）"),
                            max((row.tasks for row in dash.ledgers), default=1))
        self.chart_view.setToolTip(self.tr("报送期：{period}").format(period=screen_period(dash.period)))

    def _draw_bars(self, rows: list[StatsRow], labels: list[str], segments, axis_title: str, top: int) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.chart_title())
        rows, labels = rows[::-1], labels[::-1]  # horizontal bars draw bottom-up; keep the order top-down
        series = QHorizontalStackedBarSeries()
        for attr, label, colour in segments:
            bar_set = QBarSet(self.tr(label))
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(Qt.GlobalColor.white))
            bar_set.setLabelColor(QColor(Qt.GlobalColor.white))
            bar_set.append([getattr(row, attr) for row in rows])
            series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.6)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(labels)
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
        categories.setLabelsFont(small)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setRange(0, max(top, 1))
        values.setLabelFormat("%d")
        values.setTitleText(axis_title)
        values.applyNiceNumbers()
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)

    # -- actions ----------------------------------------------------------------------------
    def chart_image(self) -> QImage:
        """The chart at twice screen resolution on white, ready for a slide."""
        size = self.chart_view.size()
        if size.width() < 640 or size.height() < 360:
            size = size.expandedTo(self.chart_view.sizeHint()).expandedTo(size.__class__(960, 540))
        image = QImage(size * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.render(painter)
        painter.end()
        return image

    def copy_chart(self) -> None:
        QApplication.clipboard().setImage(self.chart_image())
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("图表已复制，可粘贴到幻灯片或文档中。"), 5000)

    def export_figures(self) -> None:
        if self.dashboard is None:
            return
        name = f"统计_{self.ctx.as_of.isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出统计数据"), self.ctx.suggest(name),
            self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        self.ctx.remember_folder(path)
        self.ctx.run(write_figures, self.dashboard, path, label=self.tr("正在导出统计数据…"),
                     on_done=lambda target: self._exported(target))

    def export_pdf(self) -> None:
        name = f"统计_{self.ctx.as_of.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出统计 PDF"), self.ctx.suggest(name),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.export_pdf_to(path)

    def export_pdf_to(self, path: str) -> None:
        """The table on the current tab (per ledger, or per unit) as a printable PDF."""
        by_unit = self.tabs.currentIndex() == 1
        model = self.unit_model if by_unit else self.ledger_model
        rows = [DashboardRow(r.label, r.tasks, r.done, r.on_schedule, r.overdue, r.report_rate, r.unreported, r.returned)
                for r in model.rows]
        self.ctx.remember_folder(path)
        self.ctx.run(write_dashboard_pdf, rows, path, as_of=self.ctx.as_of,
                     label_title=self.tr("责任单位") if by_unit else self.tr("台账"),
                     sample=bool(self.ctx.read(sample.sample_scale, self.ctx.store)),
                     label=self.tr("正在导出统计 PDF…"), on_done=lambda _result: self._exported(path))

    def _exported(self, target) -> None:
        show_exported(self, str(target))
