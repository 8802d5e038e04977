"""The role mix as bars: SKUs per product role (in the role's colour) with step 3's target as
a dark mark across each bar, for one platform-market or all of them added up."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt

from ui.charts.plot_base import AXIS_OVERHEAD, ChartView, colour
from ui.pages.matrix.roles import ROLE_COLOURS, ROLE_ORDER, role_name

BAR_WIDTH = 0.6


def role_totals(rows) -> dict[str, tuple[int, int, float | None]]:
    """(active, planned, target or None) per role over role-mix rows of one scope."""
    totals: dict[str, tuple[int, int, float | None]] = {}
    for role in ROLE_ORDER:
        mine = [r for r in rows if r.role == role]
        targets = [float(r.target) for r in mine if r.target is not None]
        totals[role] = (
            sum(r.active for r in mine),
            sum(r.planned for r in mine),
            sum(targets) if targets else None,
        )
    return totals


class RoleMixChart(ChartView):
    """``set_data(rows)`` with role-mix rows (see role_mix_model)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bars: pg.BarGraphItem | None = None
        self.planned_bars: pg.BarGraphItem | None = None
        self.targets: pg.ScatterPlotItem | None = None

    def is_empty(self, series) -> bool:
        return not any(r.active or r.planned or r.target for r in series)

    def empty_text(self) -> str:
        return self.tr(
            "No listings with a role yet. Give cells a role in the grid (keys 1–6), and set "
            "SKU-count targets per role in step 3 to compare against."
        )

    def retranslate(self) -> None:
        self.set_axis_label("left", self.tr("Product role"))
        self.set_axis_label("bottom", self.tr("SKUs"))

    def draw(self, rows) -> None:
        """Horizontal bars, the first role on top: role names fit at any width."""
        totals = role_totals(rows)
        ys = [len(ROLE_ORDER) - 1 - n for n in range(len(ROLE_ORDER))]
        active = [totals[r][0] for r in ROLE_ORDER]
        planned = [totals[r][1] for r in ROLE_ORDER]
        self.bars = pg.BarGraphItem(
            x0=[0] * len(ys),
            y=ys,
            width=active,
            height=BAR_WIDTH,
            brushes=[pg.mkBrush(colour(ROLE_COLOURS[r], 220)) for r in ROLE_ORDER],
            pen=pg.mkPen("#5f6b7a", width=1),
        )
        self.plot.addItem(self.bars)
        # Planned listings after the active ones, pale: they count once they go live.
        self.planned_bars = pg.BarGraphItem(
            x0=active,
            y=ys,
            width=planned,
            height=BAR_WIDTH,
            brushes=[pg.mkBrush(colour(ROLE_COLOURS[r], 70)) for r in ROLE_ORDER],
            pen=pg.mkPen(colour("#5f6b7a"), width=1, style=Qt.PenStyle.DashLine),
        )
        if any(planned):
            self.plot.addItem(self.planned_bars)
        targeted = [
            (y, totals[r][2])
            for y, r in zip(ys, ROLE_ORDER, strict=True)
            if totals[r][2] is not None
        ]
        self.targets = pg.ScatterPlotItem(
            x=[t for _, t in targeted],
            y=[y for y, _ in targeted],
            symbol="|",
            size=26,
            pen=pg.mkPen("#1f2933", width=3),
            brush=pg.mkBrush("#1f2933"),
            name=self.tr("Target (step 3)"),
        )
        if targeted:
            self.plot.addItem(self.targets)
        self.plot.getAxis("left").setTicks(
            [[(y, role_name(r)) for y, r in zip(ys, ROLE_ORDER, strict=True)], []]
        )
        # A line per role: squeezed under that, the x axis label fell off the bottom (150 %).
        needed = len(ROLE_ORDER) * self.fontMetrics().lineSpacing() + AXIS_OVERHEAD + 16
        if self.plot_widget.minimumHeight() < needed:
            self.plot_widget.setMinimumHeight(needed)
        right = max(
            [*(a + p for a, p in zip(active, planned, strict=True)), *(t for _, t in targeted), 1]
        )
        self.plot.setYRange(-0.6, len(ROLE_ORDER) - 0.4, padding=0)
        self.plot.setXRange(0, right * 1.15, padding=0)
        step = max(1, math.ceil(right / 5))  # whole SKUs on the axis
        self.plot.getAxis("bottom").setTickSpacing(step, step)
