"""A candidate's 12-month seasonality curve (average month = 100)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from ui.charts.plot_base import SERIES_COLOURS, ChartView, colour

MONTH_LABELS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]


class SeasonalityChart(ChartView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.curve: pg.PlotDataItem | None = None
        self.plot_widget.setMinimumSize(260, 160)

    def retranslate(self) -> None:
        self.set_axis_label("bottom", self.tr("Month"))
        self.set_axis_label("left", self.tr("Index (average = 100)"))

    def draw(self, series: list[float]) -> None:
        self.curve = None
        self.legend.setVisible(False)
        if not series:
            text = pg.TextItem(
                self.tr("No seasonality curve yet"), color="#5f6b7a", anchor=(0.5, 0.5)
            )
            text.setPos(5.5, 100)
            self.plot.addItem(text)
            self.plot.setYRange(0, 200, padding=0)
        else:
            self.curve = self.plot.plot(
                list(range(12)),
                series,
                pen=pg.mkPen(SERIES_COLOURS[0], width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=colour(SERIES_COLOURS[0]),
            )
            self.plot.addLine(y=100, pen=pg.mkPen("#9ca3af", style=Qt.PenStyle.DashLine))
            self.plot.setYRange(0, max(series) * 1.15, padding=0)
        self.plot.getAxis("bottom").setTicks([list(enumerate(MONTH_LABELS)), []])
        self.plot.setXRange(-0.5, 11.5, padding=0)
