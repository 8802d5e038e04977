"""Horizontal bars of the scorecard: one candidate, or 2–4 side by side to compare."""

from __future__ import annotations

import pyqtgraph as pg

from core.selection.charts import ScoreSeries
from core.selection.scorecard import CRITERION_BY_KEY
from ui.charts.plot_base import SERIES_COLOURS, ChartView, colour
from ui.i18n import translate

GROUP_HEIGHT = 0.8
MISSING_COLOUR = "#f59e0b"


class ScoreChart(ChartView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bars: list[pg.BarGraphItem] = []
        self.show_legend = True
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.plot_widget.setMinimumSize(200, 220)

    def retranslate(self) -> None:
        self.set_axis_label("bottom", self.tr("Score (1–5)"))

    def draw(self, series: ScoreSeries) -> None:
        self.bars = []
        count = max(len(series.names), 1)
        height = GROUP_HEIGHT / count
        rows = len(series.criteria)
        for n, (name, scores) in enumerate(zip(series.names, series.scores, strict=True)):
            # The first criterion at the top: y counts down.
            ys = [rows - 1 - i - GROUP_HEIGHT / 2 + height * (count - n - 0.5) for i in range(rows)]
            options: dict = {"brush": pg.mkBrush(colour(SERIES_COLOURS[n], 200))}
            if count == 1:  # one candidate: a score resting on missing data shows orange
                options = {
                    "brushes": [
                        pg.mkBrush(colour(MISSING_COLOUR if miss else SERIES_COLOURS[0], 200))
                        for miss in series.missing[0]
                    ]
                }
            bars = pg.BarGraphItem(
                x0=0, y=ys, height=height * 0.9, width=scores, pen=pg.mkPen(None), **options
            )
            self.plot.addItem(bars)
            self.bars.append(bars)
            if count > 1:
                self.legend.addItem(bars, f"{name} ({series.totals[n]:.2f})")
        labels = [
            (rows - 1 - i, translate("Scorecard", CRITERION_BY_KEY[k].label))
            for i, k in enumerate(series.criteria)
        ]
        self.plot.getAxis("left").setTicks([labels, []])
        self.plot.setXRange(0, 5.2, padding=0)
        # Room above the first criterion for the legend when comparing.
        top = rows - 0.4 + (0.45 * count if count > 1 and self.show_legend else 0)
        self.plot.setYRange(-0.6, top, padding=0)
        self.legend.setVisible(count > 1 and self.show_legend)
        self.plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(6)], []])
