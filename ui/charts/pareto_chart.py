"""Pareto / ABC curve: each SKU's share of revenue as bars, the cumulative share as a line,
80 % and 95 % guide lines and the A/B/C regions."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from core.inventory.charts import PARETO_GUIDES
from ui.charts.plot_base import CLASS_COLOURS, TEXT_COLOUR, ChartView, colour

LEAST_TOP = 108  # the y range's top at the least (%): room above 100 % for the A/B/C letters
MOST_TOP = 150


class ParetoChart(ChartView):
    """``set_data(pareto_series(review))``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bars: pg.BarGraphItem | None = None
        self.curve: pg.PlotDataItem | None = None
        self.guides: list[pg.InfiniteLine] = []
        self.regions: dict[str, pg.LinearRegionItem] = {}
        self.class_labels: dict[str, pg.TextItem] = {}
        self.plot.vb.sigResized.connect(self._fit_headroom)

    def is_empty(self, series) -> bool:
        return not series.ranks

    def empty_text(self) -> str:
        return self.tr(
            "No revenue in the last 12 months: the ABC classes need sales. Import a sales or "
            "orders report."
        )

    def retranslate(self) -> None:
        self.set_axis_label("bottom", self.tr("SKUs ranked by revenue"))
        self.set_axis_label("left", self.tr("Share of revenue (%)"))

    def draw(self, series) -> None:
        self.guides, self.regions, self.class_labels = [], {}, {}
        self.bars = self.curve = None
        if not series.ranks:
            return
        start = 0.5
        for abc in ("A", "B", "C"):
            end = series.boundaries.get(abc)
            if end is None:
                continue
            region = pg.LinearRegionItem(
                values=(start, end + 0.5),
                movable=False,
                brush=pg.mkBrush(colour(CLASS_COLOURS[abc], 28)),
                pen=pg.mkPen(None),
            )
            region.setZValue(-10)
            self.plot.addItem(region)
            self.regions[abc] = region
            # Above the 100 % line, in the room the y range leaves: hung below it, the
            # letter sat on the 95 % guide and its label.
            label = pg.TextItem(abc, color=CLASS_COLOURS[abc], anchor=(0.5, 1))
            label.setPos((start + end + 0.5) / 2, 100)
            font = label.textItem.font()
            font.setBold(True)
            label.setFont(font)
            self.plot.addItem(label)
            self.class_labels[abc] = label
            start = end + 0.5
        self.bars = pg.BarGraphItem(
            x=series.ranks,
            height=[s * 100 for s in series.shares],
            width=0.8,
            brushes=[pg.mkBrush(colour(CLASS_COLOURS[c], 200)) for c in series.classes],
            pen=pg.mkPen(None),
            name=self.tr("Share of revenue"),
        )
        self.plot.addItem(self.bars)
        self.curve = self.plot.plot(
            series.ranks,
            [c * 100 for c in series.cumulative],
            pen=pg.mkPen("#1f2933", width=2),
            name=self.tr("Cumulative share"),
        )
        for guide in PARETO_GUIDES:
            line = pg.InfiniteLine(
                pos=guide * 100,
                angle=0,
                pen=pg.mkPen("#dc2626", width=1, style=Qt.PenStyle.DashLine),
                label=f"{guide * 100:.0f}%",
                labelOpts={"position": 0.03, "color": TEXT_COLOUR, "anchors": [(0, 1), (0, 1)]},
            )
            self.plot.addItem(line)
            self.guides.append(line)
        self._fit_headroom()
        self.plot.setXRange(0.5, len(series.ranks) + 0.5, padding=0.01)

    def _fit_headroom(self, *_args) -> None:
        """The y range's top, so the letters above the 100 % line show whole however tall
        the font is against the plot (bold 10 pt letters at 420 px lost their top under 108):
        a letter ``h`` pixels tall in a plot ``H`` high needs top >= 100 H / (H - h - 2)."""
        if not self.class_labels:
            return
        pixels = self.plot.vb.height()
        letter = max(label.boundingRect().height() for label in self.class_labels.values())
        room = pixels - letter - 2
        top = LEAST_TOP if room <= 0 else max(LEAST_TOP, 100 * pixels / room)
        self.plot.setYRange(0, min(top, MOST_TOP), padding=0)
