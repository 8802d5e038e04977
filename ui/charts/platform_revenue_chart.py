"""Monthly revenue per platform as stacked bars: how big each channel is and where it goes."""

from __future__ import annotations

from datetime import date

import pyqtgraph as pg

from ui.charts.plot_base import SERIES_COLOURS, ChartView, amount_scale, colour

# After the four shared colours: more for sellers on more platforms.
PLATFORM_COLOURS = (*SERIES_COLOURS, "#7c3aed", "#0891b2", "#db2777", "#65a30d", "#78716c")
BAR_WIDTH = 0.7


class PlatformRevenueChart(ChartView):
    """``set_data((months, {platform: [revenue per month]}), currency)``; bars in thousands,
    the largest platform at the bottom."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bars: dict[str, pg.BarGraphItem] = {}

    def is_empty(self, series) -> bool:
        months, by_platform = series
        return not months or not any(any(values) for values in by_platform.values())

    def empty_text(self) -> str:
        return self.tr(
            "No revenue in the last 12 months. Import a sales or orders report (with platform "
            "and market) to see each platform's monthly revenue."
        )

    def retranslate(self) -> None:
        self.set_axis_label("bottom", self.tr("Month"))
        self.set_axis_label(
            "left",
            self.tr("Revenue ({unit} {currency})").format(
                unit=amount_scale()[1], currency=self.currency
            ),
        )

    def draw(self, series: tuple[list[date], dict[str, list[float]]]) -> None:
        months, by_platform = series
        self.bars = {}
        if not months or not by_platform:
            return
        xs = list(range(len(months)))
        bottom = [0.0] * len(months)
        self.legend.setColumnCount(len(by_platform))
        for number, (platform, values) in enumerate(by_platform.items()):
            heights = [v / amount_scale()[0] for v in values]
            bars = pg.BarGraphItem(
                x=xs,
                y0=list(bottom),
                height=heights,
                width=BAR_WIDTH,
                brush=pg.mkBrush(colour(PLATFORM_COLOURS[number % len(PLATFORM_COLOURS)], 220)),
                pen=pg.mkPen("w", width=0.5),
                name=platform,
            )
            self.plot.addItem(bars)
            self.bars[platform] = bars
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        labels = [f"{m.year}-{m.month:02d}" for m in months]
        self.plot.getAxis("bottom").setTicks([list(enumerate(labels)), []])
        self.plot.setXRange(-0.6, len(months) - 0.4, padding=0)
        self.plot.setYRange(0, max(bottom, default=0) * 1.25 or 1, padding=0)
