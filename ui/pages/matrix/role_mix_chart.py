"""The role mix as bars: SKUs per product role (in the role's colour) with step 3's target as
a dark mark across each bar, for one platform-market or all of them added up."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from ui.charts.plot_base import ChartView, colour
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
        self.set_axis_label("bottom", self.tr("Product role"))
        self.set_axis_label("left", self.tr("SKUs"))

    def draw(self, rows) -> None:
        totals = role_totals(rows)
        xs = list(range(len(ROLE_ORDER)))
        active = [totals[r][0] for r in ROLE_ORDER]
        planned = [totals[r][1] for r in ROLE_ORDER]
        self.bars = pg.BarGraphItem(
            x=xs,
            height=active,
            width=BAR_WIDTH,
            brushes=[pg.mkBrush(colour(ROLE_COLOURS[r], 220)) for r in ROLE_ORDER],
            pen=pg.mkPen("#5f6b7a", width=1),
        )
        self.plot.addItem(self.bars)
        # Planned listings stacked on top, pale: they count once they go live.
        self.planned_bars = pg.BarGraphItem(
            x=xs,
            y0=active,
            height=planned,
            width=BAR_WIDTH,
            brushes=[pg.mkBrush(colour(ROLE_COLOURS[r], 70)) for r in ROLE_ORDER],
            pen=pg.mkPen(colour("#5f6b7a"), width=1, style=Qt.PenStyle.DashLine),
        )
        if any(planned):
            self.plot.addItem(self.planned_bars)
        target_x = [x for x, r in zip(xs, ROLE_ORDER, strict=True) if totals[r][2] is not None]
        target_y = [totals[r][2] for r in ROLE_ORDER if totals[r][2] is not None]
        self.targets = pg.ScatterPlotItem(
            x=target_x,
            y=target_y,
            symbol="_",
            size=34,
            pen=pg.mkPen("#1f2933", width=3),
            brush=pg.mkBrush("#1f2933"),
            name=self.tr("Target (step 3)"),
        )
        if target_x:
            self.plot.addItem(self.targets)
        self.plot.getAxis("bottom").setTicks(
            [[(x, role_name(r)) for x, r in zip(xs, ROLE_ORDER, strict=True)], []]
        )
        top = max([*(a + p for a, p in zip(active, planned, strict=True)), *target_y, 1])
        self.plot.setXRange(-0.6, len(ROLE_ORDER) - 0.4, padding=0)
        self.plot.setYRange(0, top * 1.2, padding=0)
