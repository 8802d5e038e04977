"""The portfolio chart of step 5 (BCG-style): one bubble per SKU, x its share of the revenue,
y its growth, size by revenue, colour by its product role; hover names the SKU.

``set_portfolio(portfolio)`` takes core.matrix.portfolio.Portfolio: points with ``sku_code``,
``name``, ``role``, ``share`` (0–1), ``growth`` (a fraction; None for a newcomer without
sales in the months before) and ``revenue``; the quadrant lines at ``share_line`` and
``growth_line``. Newcomers are drawn as triangles on the top edge (their growth is unknown).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt

from ui.charts.plot_base import ChartView, colour
from ui.pages.matrix.roles import NO_ROLE_COLOUR, ROLE_COLOURS, ROLE_ORDER, role_name

MIN_SIZE, MAX_SIZE = 8.0, 44.0


def bubble_sizes(revenues: list[float]) -> list[float]:
    """Diameters in pixels with the area proportional to revenue."""
    top = max((r for r in revenues if r > 0), default=0.0)
    if top <= 0:
        return [MIN_SIZE] * len(revenues)
    return [MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(max(r, 0.0) / top) for r in revenues]


class PortfolioChart(ChartView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.scatters: dict[str, pg.ScatterPlotItem] = {}
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.share_line = 0.0
        self.growth_line = 0.1
        self._extent: tuple[list[float], list[float]] = ([], [])
        # Bubbles are sized in pixels: the room they need in data units changes with the size.
        self.plot.vb.sigResized.connect(self._fit)

    def _legend_columns(self) -> int:
        # A legend wider than the panel widens the plot past the panel's edge, cutting off
        # the biggest SKUs on the right: as many columns as fit, at most four.
        return max(1, min(4, self.plot_widget.width() // 130))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.scatters and self.legend.columnCount != self._legend_columns():
            self.redraw()

    def set_portfolio(self, portfolio) -> None:
        self.share_line, self.growth_line = portfolio.share_line, portfolio.growth_line
        self.set_data(portfolio.points, portfolio.base_currency)

    def empty_text(self) -> str:
        return self.tr(
            "No sales yet, so no portfolio to show. Import a sales or orders report in step 2 "
            "(with SKU, month and revenue): each SKU then appears by its growth and its share "
            "of your revenue."
        )

    def retranslate(self) -> None:
        self.set_axis_label("bottom", self.tr("Share of revenue (%)"))
        # Short: a longer label ran past the plot's height at 150 % (the hint says how).
        self.set_axis_label("left", self.tr("Growth (%)"))

    def _tip(self, x: float, y: float, data) -> str:
        code, name, role, revenue, growth = data
        growth_text = (
            self.tr("new: no sales in the 6 months before")
            if growth is None
            else f"{growth * 100:+.0f}%"
        )
        return self.tr(
            "{sku} {name}\nRole: {role}\nShare of revenue {share:.1f}%\nGrowth {growth}\n"
            "Revenue {revenue:,.0f} {currency}"
        ).format(
            sku=code,
            name=name,
            role=role_name(role),
            share=x,
            growth=growth_text,
            revenue=revenue,
            currency=self.currency,
        )

    def draw(self, points) -> None:
        self.scatters = {}
        sizes = bubble_sizes([float(p.revenue) for p in points])
        keys = [*ROLE_ORDER, ""]
        self.legend.setColumnCount(self._legend_columns())
        known = [float(p.growth) * 100 for p in points if p.growth is not None]
        # Newcomers sit on the top edge, above every SKU whose growth is known.
        top = max([*known, self.growth_line * 100, 0.0]) * 1.1 + 10
        ys = [float(p.growth) * 100 if p.growth is not None else top for p in points]
        for role in keys:
            chosen = [
                (p, s, y)
                for p, s, y in zip(points, sizes, ys, strict=True)
                if (p.role or "") == role
            ]
            if not chosen:
                continue
            hex_code = ROLE_COLOURS.get(role, NO_ROLE_COLOUR)
            name = role_name(role or None)
            scatter = pg.ScatterPlotItem(
                x=[float(p.share) * 100 for p, _, _ in chosen],
                y=[y for _, _, y in chosen],
                size=[s for _, s, _ in chosen],
                symbol=["t1" if p.growth is None else "o" for p, _, _ in chosen],
                data=[
                    (p.sku_code, p.name, p.role, float(p.revenue), p.growth) for p, _, _ in chosen
                ],
                brush=pg.mkBrush(colour(hex_code, 210)),
                pen=pg.mkPen(colour(hex_code).darker(170), width=1),
                hoverable=True,
                tip=self._tip,
                hoverBrush=pg.mkBrush(colour(hex_code, 230)),
                name=name,
            )
            self.plot.addItem(scatter)
            self.scatters[role] = scatter
        # The BCG lines: an average SKU's share, and the growth that counts as growing.
        dashed = pg.mkPen("#5f6b7a", width=1, style=Qt.PenStyle.DashLine)
        self.plot.addItem(pg.InfiniteLine(pos=self.growth_line * 100, angle=0, pen=dashed))
        self.plot.addItem(pg.InfiniteLine(pos=self.share_line * 100, angle=90, pen=dashed))
        xs = [float(p.share) * 100 for p in points]
        self._extent = ([*xs, self.share_line * 100], [*ys, self.growth_line * 100])
        self._fit()

    def _fit(self) -> None:
        """Axes with room for the whole of every bubble: the largest was cut in half at the
        right edge and the newcomers' triangles at the top."""
        xs, ys = self._extent
        if not xs:
            return
        view = self.plot.vb.size()
        margin = MAX_SIZE / 2 + 4
        for values, pixels, set_range in (
            (xs, view.width(), self.plot.setXRange),
            (ys, view.height(), self.plot.setYRange),
        ):
            low, high = min(values), max(values)
            span = (high - low) or abs(high) or 1.0
            if pixels <= 4 * margin:  # not laid out yet: a proportional pad
                room = 0.12 * span
            else:
                room = margin * span / (pixels - 2 * margin)
            set_range(low - room, high + room, padding=0)
