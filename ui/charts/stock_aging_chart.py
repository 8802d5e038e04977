"""Stock aging: units and value on hand per age bucket of the stock lots."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.charts.dual_bar_chart import DualBarChart
from ui.charts.plot_base import amount_scale


class StockAgingChart(DualBarChart):
    """``set_data(stock_aging(session, as_of), currency)``."""

    def is_empty(self, series) -> bool:
        return not any(row.units for row in series)

    def empty_text(self) -> str:
        return self.tr(
            "No stock lots with a received date. Import a stock or inventory report with the "
            "date each lot was received to see how old the stock is."
        )

    def retranslate(self) -> None:
        self.set_axis_label("left", self.tr("Units"))
        self.set_axis_label(
            "right",
            self.tr("Stock value ({unit} {currency})").format(
                unit=amount_scale()[1], currency=self.currency
            ),
        )
        self.set_axis_label("bottom", self.tr("Days since received"))

    def draw(self, series) -> None:
        labels = [QCoreApplication.translate("Inventory", row.label) for row in series]
        self.draw_bars(
            labels,
            [row.units for row in series],
            [row.value / amount_scale()[0] for row in series],
            self.tr("Units"),
            self.tr("Stock value"),
        )
