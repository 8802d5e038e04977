"""Goal progress as horizontal bars coloured by status, with a tick where each goal should be
by now: the whole plan on one compact chart."""

from __future__ import annotations

import pyqtgraph as pg

from core.goals.texts import ChartBar
from ui.charts.plot_base import AXIS_OVERHEAD, ChartView, colour
from ui.i18n import translate
from ui.pages.goals.goals_model import STATUS_COLOURS

BAR_HEIGHT = 0.6
MAX_LABEL = 28


class GoalsChart(ChartView):
    """``set_data(list[ChartBar])``; the first goal at the top."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bars: pg.BarGraphItem | None = None
        self.expected: pg.BarGraphItem | None = None
        self.legend.hide()
        self.plot.showGrid(x=True, y=False, alpha=0.25)

    def retranslate(self) -> None:
        self.set_axis_label("bottom", self.tr("Progress towards the target (%)"))

    def draw(self, series: list[ChartBar]) -> None:
        self.bars = self.expected = None
        if not series:
            return
        count = len(series)
        ys = [count - 1 - i for i in range(count)]  # first goal on top
        self.bars = pg.BarGraphItem(
            x0=[0] * count,
            y=ys,
            width=[bar.progress * 100 for bar in series],
            height=BAR_HEIGHT,
            brushes=[pg.mkBrush(colour(STATUS_COLOURS[bar.status], 200)) for bar in series],
            pen=pg.mkPen("w", width=0.5),
        )
        self.plot.addItem(self.bars)
        ticks = [
            (y, bar.expected * 100) for y, bar in zip(ys, series, strict=True) if bar.expected < 1
        ]
        if ticks:
            # Where each goal should be by now: a short dark mark across its bar.
            self.expected = pg.BarGraphItem(
                x0=[x - 0.4 for _, x in ticks],
                y=[y for y, _ in ticks],
                width=0.8,
                height=BAR_HEIGHT + 0.2,
                brush=pg.mkBrush("#1f2933"),
                pen=pg.mkPen(None),
            )
            self.plot.addItem(self.expected)
        labels = []
        for y, bar in zip(ys, series, strict=True):
            text = bar.title.render(translate)
            labels.append((y, text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"))
        self.plot.getAxis("left").setTicks([labels, []])
        # A line per goal: squeezed under that, the x axis fell off the bottom (150 %).
        needed = count * self.fontMetrics().lineSpacing() + AXIS_OVERHEAD + 16
        if self.plot_widget.minimumHeight() < needed:
            self.plot_widget.setMinimumHeight(needed)
        self.plot.setXRange(0, 105, padding=0)
        self.plot.setYRange(-0.6, count - 0.4, padding=0)
