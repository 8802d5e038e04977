"""The tabs beside the grid: warnings (clickable to their cells), the role mix against the
goals (table and bars, per platform-market or all), and the portfolio chart.

pyqtgraph is imported only when the role mix or portfolio tab is first shown (0.6 s)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.pages.matrix.role_mix_model import SORT_ROLE, RoleMixModel, where_text
from ui.pages.matrix.warnings_panel import ShownWarning, WarningsPanel

WARNINGS_TAB, ROLE_MIX_TAB, PORTFOLIO_TAB = range(3)


class MatrixInsights(QTabWidget):
    sig_show_warning = Signal(object)  # a ShownWarning
    sig_sign_off = Signal(object)  # a compliance ShownWarning

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warnings = WarningsPanel()
        self.warnings.sig_show.connect(self.sig_show_warning)
        self.warnings.sig_sign_off.connect(self.sig_sign_off)
        self.role_mix_rows: list = []
        self.portfolio = None
        self.currency = ""
        self.role_chart = None
        self.portfolio_chart = None

        self.mix_box = QWidget()
        mix_layout = QVBoxLayout(self.mix_box)
        mix_layout.setContentsMargins(4, 4, 4, 4)
        self.where = QComboBox()
        self.where.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.where.currentIndexChanged.connect(self._show_mix)
        self.mix_model = RoleMixModel(self)
        self.mix_proxy = QSortFilterProxyModel(self)
        self.mix_proxy.setSourceModel(self.mix_model)
        self.mix_proxy.setSortRole(SORT_ROLE)
        self.mix_table = QTableView()
        self.mix_table.setModel(self.mix_proxy)
        self.mix_table.setSortingEnabled(True)
        self.mix_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.mix_table.verticalHeader().hide()
        self.mix_table.setAlternatingRowColors(True)
        self.mix_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mix_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.mix_split = QSplitter(Qt.Orientation.Vertical)
        self.chart_slot = QWidget()
        QVBoxLayout(self.chart_slot).setContentsMargins(0, 0, 0, 0)
        self.mix_split.addWidget(self.chart_slot)
        self.mix_split.addWidget(self.mix_table)
        self.mix_split.setSizes([260, 300])
        self.mix_split.setChildrenCollapsible(False)
        # A few rows of the table in sight under the chart (at 150 % it kept one).
        rows = self.mix_table.verticalHeader().defaultSectionSize() * 3
        bar = self.mix_table.horizontalScrollBar().sizeHint().height()
        header = self.mix_table.horizontalHeader().sizeHint().height()
        self.mix_table.setMinimumHeight(header + rows + bar + 4)
        mix_layout.addWidget(self.where)
        mix_layout.addWidget(self.mix_split, 1)

        self.portfolio_box = QWidget()
        self.portfolio_hint = QLabel(objectName="hint", wordWrap=True)
        portfolio_layout = QVBoxLayout(self.portfolio_box)
        portfolio_layout.setContentsMargins(4, 4, 4, 4)
        portfolio_layout.addWidget(self.portfolio_hint)

        self.addTab(self.warnings, "")
        self.addTab(self.mix_box, "")
        self.addTab(self.portfolio_box, "")
        self.currentChanged.connect(self._tab_shown)
        self.retranslate()

    # --- data ------------------------------------------------------------------------------
    def set_warnings(self, warnings: list[ShownWarning]) -> None:
        self.warnings.set_warnings(warnings)
        self.retranslate()

    def set_role_mix(self, rows: list, currency: str) -> None:
        self.role_mix_rows, self.currency = list(rows), currency
        places = list(dict.fromkeys((r.platform, r.market) for r in rows))
        current = self.where.currentData()
        self.where.blockSignals(True)
        self.where.clear()
        for platform, market in places:
            self.where.addItem(where_text(platform, market), (platform, market))
        self.where.setCurrentIndex(max(self.where.findData(current), 0))
        self.where.setVisible(bool(places))
        self.where.blockSignals(False)
        self._show_mix()

    def set_portfolio(self, portfolio) -> None:
        """core.matrix.portfolio.Portfolio, or None before it is read."""
        self.portfolio = portfolio
        if self.portfolio_chart is not None and portfolio is not None:
            self.portfolio_chart.set_portfolio(portfolio)

    def _show_mix(self) -> None:
        where = self.where.currentData()
        # The table lists every scope; the chart shows the one chosen above it.
        self.mix_model.set_rows(self.role_mix_rows, self.currency)
        if self.role_chart is not None:
            chosen = [r for r in self.role_mix_rows if (r.platform, r.market) == where]
            self.role_chart.set_data(chosen)

    def _tab_shown(self, index: int) -> None:
        if index == ROLE_MIX_TAB and self.role_chart is None:
            from ui.pages.matrix.role_mix_chart import RoleMixChart

            self.role_chart = RoleMixChart()
            self.chart_slot.layout().addWidget(self.role_chart)
            self._show_mix()
        if index == PORTFOLIO_TAB and self.portfolio_chart is None:
            from ui.pages.matrix.portfolio_chart import PortfolioChart

            self.portfolio_chart = PortfolioChart()
            self.portfolio_box.layout().addWidget(self.portfolio_chart, 1)
            if self.portfolio is not None:
                self.portfolio_chart.set_portfolio(self.portfolio)

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        count = self.warnings.model.rowCount()
        self.setTabText(
            WARNINGS_TAB,
            self.tr("Warnings ({count})").format(count=count) if count else self.tr("Warnings"),
        )
        self.setTabText(ROLE_MIX_TAB, self.tr("Role mix"))
        self.setTabToolTip(
            ROLE_MIX_TAB,
            self.tr("SKUs per product role against step 3's targets, revenue and margin"),
        )
        self.setTabText(PORTFOLIO_TAB, self.tr("Portfolio"))
        for number in range(self.where.count()):
            self.where.setItemText(number, where_text(*self.where.itemData(number)))
        self.portfolio_hint.setText(
            self.tr(
                "Each bubble is a SKU: right = a bigger share of your revenue, up = growing "
                "(the last 6 months against the 6 before). "
                "Stars (top right) deserve the hero role; shrinking small SKUs are candidates "
                "for clearance."
            )
        )
        self.warnings.retranslate()
