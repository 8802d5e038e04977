"""Grouped bars of two measures with their own y axes (count on the left, money on the right),
for the lifecycle mix and the stock aging charts."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from ui.charts.plot_base import SERIES_COLOURS, ChartView, colour

BAR_WIDTH = 0.36
LABEL_GAP = 10  # px between two category labels


def fitted_labels(labels: list[str], slot: float, metrics: QFontMetrics) -> list[str]:
    """Category labels that fit a slot of ``slot`` px each, so neighbours never run together:
    as they are when all fit, else each on two lines at its last space ("91–180" over "days"),
    else cut with an ellipsis (the legend and the axis title still say what they are)."""
    room = max(slot - LABEL_GAP, 1.0)

    def width(text: str) -> int:
        return max(metrics.horizontalAdvance(line) for line in text.split("\n"))

    if all(width(label) <= room for label in labels):
        return list(labels)
    wrapped = []
    for label in labels:
        head, _, tail = label.rpartition(" ")
        wrapped.append(f"{head}\n{tail}" if head else label)
    return [
        label
        if width(label) <= room
        else "\n".join(
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(room))
            for line in label.split("\n")
        )
        for label in wrapped
    ]


class DualBarChart(ChartView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.add_second_axis()
        self.left_bars: pg.BarGraphItem | None = None
        self.right_bars: pg.BarGraphItem | None = None
        self.labels: list[str] = []
        self.shown_labels: list[str] = []  # as drawn: wrapped or cut to fit the width
        self.plot.vb.sigResized.connect(self._fit_labels)

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
        self.labels = list(labels)
        self._fit_labels()
        self.plot.setXRange(-0.6, len(labels) - 0.4, padding=0)
        self.plot.setYRange(0, max(left, default=0) * 1.25 or 1, padding=0)
        self.second.setYRange(0, max(right, default=0) * 1.25 or 1, padding=0)
        self._sync_second()

    def _fit_labels(self) -> None:
        """Again on every resize: a 1280 px window leaves ~90 px per bucket."""
        if not self.labels:
            return
        axis = self.plot.getAxis("bottom")
        slot = self.plot.vb.width() / len(self.labels)
        self.shown_labels = fitted_labels(self.labels, slot, QFontMetrics(axis.style["tickFont"]))
        axis.setTicks([list(enumerate(self.shown_labels)), []])
