"""What the step 2 charts share: a white, readable pyqtgraph plot, optional second y axis.

pyqtgraph costs ~0.6 s to import, so only the chart modules import it, and the page that
holds them is created when first shown.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

CLASS_COLOURS = {"A": "#2563eb", "B": "#f59e0b", "C": "#9ca3af", "": "#cbd5e1"}
SERIES_COLOURS = ("#2563eb", "#16a34a", "#f59e0b", "#dc2626")
AXIS_PEN = pg.mkPen("#5f6b7a")
TEXT_COLOUR = "#1f2933"
EMPTY_COLOUR = "#52606d"
AXIS_OVERHEAD = 64  # a plot's height that is not its y axis: the legend's row, the x axis


def colour(hex_code: str, alpha: int = 255) -> QColor:
    result = QColor(hex_code)
    result.setAlpha(alpha)
    return result


def amount_scale() -> tuple[int, str]:
    """How large amounts are shown on an axis: in 万 (10,000) in Chinese, as Chinese sellers
    read them, in thousands otherwise. Returns (divisor, unit word)."""
    if QLocale().language() == QLocale.Language.Chinese:
        return 10_000, "万"
    return 1_000, QCoreApplication.translate("ChartView", "thousand")


def fit_range(plot: pg.PlotItem, xs: list[float], ys: list[float], pad: float = 0.08) -> None:
    """Axes that fit the data (with a little room for bubbles and labels), from zero when
    every value is positive: never a range set by marker sizes or an old series."""
    if not xs or not ys:
        return
    for values, set_range in ((xs, plot.setXRange), (ys, plot.setYRange)):
        low, high = min(values), max(values)
        low = min(low, 0.0) if low >= 0 else low
        span = (high - low) or abs(high) or 1.0
        set_range(low - (pad * span if low < 0 else 0.0), high + pad * span, padding=0)


class ChartView(QWidget):
    """A QWidget holding one PlotWidget; subclasses draw in ``draw()`` and set texts in
    ``retranslate()``; both run again when the language changes.

    A chart without data shows an empty state instead of axes running 0–1: a sentence saying
    what is missing and what to import. Subclasses say when their series is empty
    (``is_empty``) and what to say (``empty_text``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setMinimumSize(280, 200)
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        font = QFont(self.font())
        font.setPointSizeF(max(8.5, font.pointSizeF() * 0.9))
        for name in ("left", "bottom", "right"):
            axis = self.plot.getAxis(name)
            axis.setPen(AXIS_PEN)
            axis.setTextPen(pg.mkPen(TEXT_COLOUR))
            axis.setStyle(tickFont=font)
            axis.enableAutoSIPrefix(False)
        # The legend sits in a row of its own above the plot: it never covers data.
        self.legend = pg.LegendItem(labelTextColor=TEXT_COLOUR, colCount=4)
        # That row is the (unused) title's: it leaves it, or Qt refuses the legend the cell
        # ("QGridLayoutEngine::addItem: Can't add … already taken") on every chart made.
        self.plot.layout.removeItem(self.plot.titleLabel)
        self.plot.titleLabel.hide()
        self.plot.layout.addItem(self.legend, 0, 1)
        self.plot.legend = self.legend  # items added with a name are listed in it
        self.empty_label = QLabel(objectName="chartEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumSize(280, 200)
        # Wraps to the chart's width instead of widening it with one long line.
        self.empty_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.empty_label.setContentsMargins(24, 12, 24, 12)
        self.empty_label.setStyleSheet(
            f"color: {EMPTY_COLOUR}; background: white; border: 1px dashed #d8dee6;"
        )
        self.empty_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        layout.addWidget(self.empty_label)
        self.second: pg.ViewBox | None = None
        self._series = None
        self.currency = "CNY"

    # --- a second y axis on the right (pyqtgraph's MultiplePlotAxes recipe) -------------
    def add_second_axis(self) -> pg.ViewBox:
        self.second = pg.ViewBox()
        self.plot.showAxis("right")
        self.plot.scene().addItem(self.second)
        self.plot.getAxis("right").linkToView(self.second)
        self.second.setXLink(self.plot)
        self.second.setMouseEnabled(False, False)
        self.plot.vb.sigResized.connect(self._sync_second)
        return self.second

    def _sync_second(self) -> None:
        if self.second is not None:
            self.second.setGeometry(self.plot.vb.sceneBoundingRect())
            self.second.linkedViewChanged(self.plot.vb, self.second.XAxis)

    # --- data and language ---------------------------------------------------------------
    def set_data(self, series, currency: str | None = None) -> None:
        self._series = series
        if currency:
            self.currency = currency
        self.redraw()

    def redraw(self) -> None:
        self.plot.clear()
        self.legend.clear()
        if self.second is not None:
            self.second.clear()
        self.retranslate()
        empty = self._series is not None and self.is_empty(self._series)
        self.plot_widget.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if empty:
            self.empty_label.setText(self.empty_text())
        elif self._series is not None:
            self.draw(self._series)
        # The row above the plot is exactly as tall as the legend (none without entries).
        self.legend.updateSize()
        height = self.legend.boundingRect().height() if self.legend.items else 0
        self.plot.layout.setRowFixedHeight(0, height)

    @property
    def showing_empty_state(self) -> bool:
        return self.empty_label.isVisibleTo(self)

    def is_empty(self, series) -> bool:
        """True when there is nothing to plot (default: an empty collection)."""
        try:
            return len(series) == 0
        except TypeError:
            return False

    def empty_text(self) -> str:
        """What the empty state says: what is missing and what to import."""
        return self.tr("Nothing to show yet.")

    def draw(self, series) -> None:  # pragma: no cover - every chart overrides it
        raise NotImplementedError

    def retranslate(self) -> None:
        """Axis titles; legends and tick labels are built in ``draw``."""

    def set_axis_label(self, name: str, text: str) -> None:
        axis = self.plot.getAxis(name)
        axis.setLabel(text, color=TEXT_COLOUR)
        if name in ("left", "right"):
            # A y label longer than the plot is tall was cut at both ends ("Revenue (thousand
            # CNY)" at the smallest size): the plot is at least as tall as its labels, plus
            # the legend's row and the bottom axis.
            needed = int(axis.label.boundingRect().width()) + AXIS_OVERHEAD
            if self.plot_widget.minimumHeight() < needed:
                self.plot_widget.setMinimumHeight(needed)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.redraw()
        super().changeEvent(event)
