"""Grouped bars of two measures with their own y axes (count on the left, money on the right),
for the lifecycle mix and the stock aging charts."""

from __future__ import annotations

import pyqtgraph as pg

from ui.charts.plot_base import SERIES_COLOURS, ChartView, colour

BAR_WIDTH = 0.36


class DualBarChart(ChartView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.add_second_axis()
        self.left_bars: pg.BarGraphItem | None = None
        self.right_bars: pg.BarGraphItem | None = None

    def draw_bars(
        self,
        labels: list[str],
        left: list[float],
        right: list[float],
        left_name: str,
        right_name: str,
    ) -> None:
        xs = list(range(len(labels)))
        self.left_bars = pg.BarGraphItem(
            x=[x - BAR_WIDTH / 2 for x in xs],
            height=left,
            width=BAR_WIDTH,
            brush=pg.mkBrush(colour(SERIES_COLOURS[0], 210)),
            pen=pg.mkPen(None),
        )
        self.right_bars = pg.BarGraphItem(
            x=[x + BAR_WIDTH / 2 for x in xs],
            height=right,
            width=BAR_WIDTH,
            brush=pg.mkBrush(colour(SERIES_COLOURS[1], 210)),
            pen=pg.mkPen(None),
        )
        self.plot.addItem(self.left_bars)
        self.second.addItem(self.right_bars)
        # Bars on the second view box do not reach the legend by themselves.
        self.legend.addItem(self.left_bars, left_name)
        self.legend.addItem(self.right_bars, right_name)
        self.plot.getAxis("bottom").setTicks([list(enumerate(labels)), []])
        self.plot.setXRange(-0.6, len(labels) - 0.4, padding=0)
        self.plot.setYRange(0, max(left, default=0) * 1.25 or 1, padding=0)
        self.second.setYRange(0, max(right, default=0) * 1.25 or 1, padding=0)
        self._sync_second()
