"""The four step 2 charts in a 2×2 grid: margin vs revenue, Pareto/ABC, lifecycle mix,
stock aging. ``set_review(review, stock_aging_rows)`` feeds them all."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from core.inventory.charts import bubble_series, lifecycle_mix, pareto_series
from core.inventory.lifecycle import LIFECYCLE_RULE
from core.inventory.review import ABC_RULE, CatalogReview
from ui.charts.bubble_chart import BubbleChart
from ui.charts.lifecycle_chart import LifecycleChart
from ui.charts.pareto_chart import ParetoChart
from ui.charts.stock_aging_chart import StockAgingChart
from ui.i18n import translate


class _Card(QFrame):
    def __init__(self, chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.chart = chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(chart, 1)


class InventoryCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bubble = BubbleChart()
        self.pareto = ParetoChart()
        self.lifecycle = LifecycleChart()
        self.aging = StockAgingChart()
        self.cards = [
            _Card(chart) for chart in (self.bubble, self.pareto, self.lifecycle, self.aging)
        ]
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.columns = 0
        self._place_cards(2)
        self.not_adjusted = 0
        self.retranslate()

    def _place_cards(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(2):  # equal halves, whether a chart or its empty state
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def fit_columns(self, room: int) -> None:
        """Two cards a row when both fit in ``room``, else one: at 150 % the 2×2 grid was
        wider than its tab and the Pareto card was cut at the right edge."""
        card = max(c.minimumSizeHint().width() for c in self.cards)
        self._place_cards(2 if room >= 2 * card + self.grid.spacing() else 1)

    def event(self, event: QEvent) -> bool:
        # Put in a scroll area, it is as wide as the area's viewport or its own minimum:
        # the viewport's width is the room there is.
        if event.type() == QEvent.Type.ParentChange and self.parentWidget() is not None:
            self.parentWidget().installEventFilter(self)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.fit_columns(watched.width())
        return super().eventFilter(watched, event)

    def set_review(self, review: CatalogReview, stock_aging_rows) -> None:
        currency = review.base_currency
        self.bubble.set_data(bubble_series(review), currency)
        self.pareto.set_data(pareto_series(review), currency)
        self.lifecycle.set_data(lifecycle_mix(review), currency)
        self.aging.set_data(list(stock_aging_rows), currency)
        # Stages compared with the 3 months before, not a year before: say how many.
        self.not_adjusted = sum(
            1
            for s in review.skus
            if s.lifecycle_suggested in ("growth", "mature", "decline")
            and not s.seasonally_adjusted
        )
        self.retranslate()

    def retranslate(self) -> None:
        texts = [
            (
                self.tr("Margin vs revenue"),
                self.tr(
                    "Each bubble is a SKU; its size is the stock value, its colour the ABC "
                    "class. Hover for details."
                ),
            ),
            (self.tr("Pareto curve and ABC classes"), ABC_RULE.render(translate)),
            (
                self.tr("Lifecycle mix"),
                self.tr(
                    "Stages suggested from the sales trend, year on year where there are 13 "
                    "months of history, unless set by hand. Hover for the rule."
                ),
            ),
            (
                self.tr("Stock aging"),
                self.tr("Units and value on hand by days since the stock lot was received."),
            ),
        ]
        if self.not_adjusted:
            title, hint = texts[2]
            note = self.tr(
                "{count} SKUs have less than 13 months of history: their stage is not "
                "seasonally adjusted."
            ).format(count=self.not_adjusted)
            texts[2] = (title, f"{hint} {note}")
        for card, (title, hint) in zip(self.cards, texts, strict=True):
            card.title.setText(title)
            card.hint.setText(hint)
        self.cards[2].setToolTip(LIFECYCLE_RULE.render(translate))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
