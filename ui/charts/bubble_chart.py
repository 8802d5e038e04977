"""Margin vs revenue: one bubble per SKU, size by stock value, colour by ABC class."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt

from ui.charts.plot_base import CLASS_COLOURS, ChartView, amount_scale, colour, fit_range

MIN_SIZE, MAX_SIZE = 7.0, 42.0


def bubble_sizes(stock_values: list[float]) -> list[float]:
    """Diameter in pixels, area ∝ stock value (so the diameter ∝ its square root)."""
    top = max((v for v in stock_values if v > 0), default=0.0)
    if top <= 0:
        return [MIN_SIZE] * len(stock_values)
    return [MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(max(v, 0.0) / top) for v in stock_values]


class BubbleChart(ChartView):
    """``set_data(bubble_series(review), currency)``: x revenue (thousands), y margin %."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.scatters: dict[str, pg.ScatterPlotItem] = {}

    def empty_text(self) -> str:
        return self.tr(
            "No SKU sold in the last 12 months with a known cost. Import a sales or orders "
            "report, and products with their costs, to place each SKU by revenue and margin."
        )

    def retranslate(self) -> None:
        self.set_axis_label(
            "bottom",
            self.tr("Revenue, last 12 months ({unit} {currency})").format(
                unit=amount_scale()[1], currency=self.currency
            ),
        )
        self.set_axis_label("left", self.tr("Gross margin (%)"))

    def _tip(self, x: float, y: float, data) -> str:
        code, revenue, stock_value = data
        return self.tr(
            "{sku}\nRevenue {revenue:,.0f} {currency}\nGross margin {margin:.1f}%\n"
            "Stock value {stock:,.0f} {currency}"
        ).format(sku=code, revenue=revenue, margin=y, stock=stock_value, currency=self.currency)

    def draw(self, series) -> None:
        self.scatters = {}
        divisor = amount_scale()[0]
        sizes = bubble_sizes([p.stock_value for p in series])
        for abc in ("A", "B", "C", ""):
            points = [
                (p, size) for p, size in zip(series, sizes, strict=True) if p.abc_class == abc
            ]
            if not points:
                continue
            name = self.tr("Class {abc}").format(abc=abc) if abc else self.tr("No revenue")
            scatter = pg.ScatterPlotItem(
                x=[p.revenue / divisor for p, _ in points],
                y=[p.margin * 100 for p, _ in points],
                size=[size for _, size in points],
                data=[(p.sku_code, p.revenue, p.stock_value) for p, _ in points],
                brush=pg.mkBrush(colour(CLASS_COLOURS[abc], 150)),
                pen=pg.mkPen(colour(CLASS_COLOURS[abc]), width=1),
                hoverable=True,
                tip=self._tip,
                name=name,
                hoverBrush=pg.mkBrush(colour(CLASS_COLOURS[abc], 230)),
            )
            self.plot.addItem(scatter)
            self.scatters[abc] = scatter
        if any(p.margin <= 0 for p in series):  # losing money: show where zero is
            self.plot.addItem(
                pg.InfiniteLine(
                    pos=0, angle=0, pen=pg.mkPen("#dc2626", width=1, style=Qt.PenStyle.DashLine)
                )
            )
        # The axes fit the bubbles themselves (auto-range also counted marker sizes and ran
        # to 3,000 while every bubble was under 800).
        fit_range(
            self.plot, [p.revenue / divisor for p in series], [p.margin * 100 for p in series]
        )
