"""Step 2 "Platforms" tab: revenue, units, returns, margin and trend by platform and market, to
decide which platform is the main channel, which one a test and which one clears stock.

The table is on top (one view at a time: platform × market, by platform, by market), the
monthly revenue per platform below. The chart is built when the tab is first shown
(pyqtgraph is slow to import). "Export to Excel…" writes all three views.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.inventory.platforms import (
    EXPLANATION,
    SHEETS,
    PlatformPerformance,
    export_performance,
    performance_sheets,
)
from ui.errors import error_text
from ui.i18n import translate
from ui.job_runner import run_job
from ui.models.platform_performance_model import (
    KEYS,
    PlatformPerformanceFilter,
    PlatformPerformanceModel,
)

LEVELS = tuple(level for level, _ in SHEETS)


class PlatformsPanel(QWidget):
    sig_exported = Signal(str)  # path of the written workbook

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.performance: PlatformPerformance | None = None
        self.default_name = "platforms.xlsx"
        self.model = PlatformPerformanceModel(self)
        self.proxy = PlatformPerformanceFilter(self)
        self.proxy.setSourceModel(self.model)

        self.explanation = QLabel(objectName="hint", wordWrap=True)
        self.show_label = QLabel()
        self.level_combo = QComboBox()
        self.level_combo.addItems(["", "", ""])
        self.level_combo.currentIndexChanged.connect(
            lambda i: self.proxy.set_level(LEVELS[max(i, 0)])
        )
        self.show_label.setBuddy(self.level_combo)
        self.warning = QLabel(objectName="warning", wordWrap=True)
        self.warning.hide()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_excel)
        top = QHBoxLayout()
        top.addWidget(self.show_label)
        top.addWidget(self.level_combo)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(KEYS.index("revenue_12m"), Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)

        self.chart = None  # PlatformRevenueChart, built when first shown
        self.chart_title = QLabel(objectName="sectionTitle")
        self.chart_box = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 4, 0, 0)
        self.chart_layout.addWidget(self.chart_title)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # Four rows in sight at 150 % (the chart under it left one): the page scrolls instead.
        row = self.table.verticalHeader().defaultSectionSize()
        header_height = self.table.horizontalHeader().sizeHint().height()
        bar = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setMinimumHeight(header_height + 4 * row + bar + 4)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.warning)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    # --- data ---------------------------------------------------------------------------
    def set_performance(self, performance: PlatformPerformance | None, name: str = "") -> None:
        self.performance = performance
        if name:
            self.default_name = self.tr("{workspace}-platforms.xlsx").format(workspace=name)
        self.model.set_performance(performance)
        self._fit_columns()
        self.export_button.setEnabled(bool(performance and self.model.rowCount()))
        self._show_chart()
        self._update_texts()

    def _fit_columns(self) -> None:
        """Header and cell texts fit (a handful of rows); Qt's own measure also reserves room
        for the sort arrow in every column, which pushes the last ones out of sight."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)  # the header and the total row are bold
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = metrics.horizontalAdvance(title) + 32
            for row in range(self.model.rowCount()):
                text = str(self.model.index(row, column).data() or "")
                width = max(width, metrics.horizontalAdvance(text) + 16)
            self.table.setColumnWidth(column, width)

    def _show_chart(self) -> None:
        if self.chart is not None and self.performance is not None:
            self.chart.set_data(
                (self.performance.months, self.performance.monthly_revenue),
                self.performance.base_currency,
            )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self.chart is None:
            from ui.charts.platform_revenue_chart import PlatformRevenueChart

            self.chart = PlatformRevenueChart()
            self.chart_layout.addWidget(self.chart, 1)
            self._show_chart()
        super().showEvent(event)

    # --- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.show_label.setText(self.tr("&Show:"))
        for index, (_, text) in enumerate(SHEETS):  # the views are the export's sheets
            self.level_combo.setItemText(index, translate("PlatformPerformance", text))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.chart_title.setText(self.tr("Revenue per month by platform"))
        self.model.retranslate()
        self._fit_columns()
        self._update_texts()

    def _update_texts(self) -> None:
        base = self.performance.base_currency if self.performance else "CNY"
        self.explanation.setText(
            translate("PlatformPerformance", EXPLANATION).format(currency=base)
        )
        missing = sorted(self.performance.missing_rates) if self.performance else []
        self.warning.setVisible(bool(missing))
        if missing:
            self.warning.setText(
                self.tr(
                    "Sales in {codes} count for units only: add their exchange rates to "
                    "include their revenue."
                ).format(codes=", ".join(missing))
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- export -------------------------------------------------------------------------
    def export_excel(self) -> None:
        if self.performance is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the platform performance"),
            str(Path.home() / self.default_name),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        # Translated on the UI thread; the job only writes the file.
        sheets = performance_sheets(self.performance, translate)
        run_job(
            self,
            self.tr("Exporting the platform performance…"),
            export_performance,
            path,
            sheets,
            on_success=lambda written: self.sig_exported.emit(str(written)),
            on_failure=self._export_failed,
        )

    def _export_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Cannot export"), error_text(exc))
