"""The panel beside the catalog: the selected SKU's figures, lifecycle reason, flags and its
revenue and units by platform and by market."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.inventory.flags import FLAG_LABELS
from core.inventory.lifecycle import LIFECYCLE_RULE, LIFECYCLE_STAGES, NO_SALES_LABEL
from core.inventory.review import MARGIN_BASIS_LABELS, SkuReview
from ui.fonts import fit_rows
from ui.i18n import translate
from ui.models.catalog_rows import UNKNOWN_STOCK


class SkuDetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: SkuReview | None = None
        self.waiting = False  # a SKU selected before the review of the sales is done
        self.override: str | None = None
        self.base = "CNY"
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.lifecycle = QLabel()
        self.lifecycle.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setObjectName("hint")
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setObjectName("warning")
        self.performance_title = QLabel()
        self.performance_title.setObjectName("sectionTitle")
        self.performance_title.setWordWrap(True)
        self.performance = QTableWidget(0, 4)
        self.performance.verticalHeader().hide()
        row = fit_rows(self.performance, 1.3)
        # In the panel's scroll area a table gets only its minimum: a few rows in sight.
        header_height = self.performance.horizontalHeader().sizeHint().height()
        self.performance.setMinimumHeight(header_height + 4 * row + 4)
        self.performance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.performance.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.performance.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Narrow by default so the catalog keeps the room; the splitter can widen it.
        self.performance.setMinimumWidth(180)
        self.setMinimumWidth(200)
        # Its lines scroll inside the panel: in a short tab (150 %) they were squeezed under
        # the height their wrapped text needs and drawn over each other.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 0, 6, 0)
        for widget in (
            self.title,
            self.figures,
            self.lifecycle,
            self.flags,
            self.performance_title,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.performance, 1)
        layout.addWidget(self.rule)
        self.show_sku(None, None)

    # --- room beside the catalog ---------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and isinstance(self.parentWidget(), QSplitter):
            self.parentWidget().installEventFilter(self)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.keep_catalog_room)
        return super().eventFilter(watched, event)

    def keep_catalog_room(self) -> None:
        """At most a third of the splitter when it is resized (dragging the handle still
        widens it): at 150 % the panel kept its 310 points and squeezed the catalog to its
        code and half a name."""
        splitter = self.parentWidget()
        if (
            not isinstance(splitter, QSplitter)
            or splitter.orientation() != Qt.Orientation.Horizontal
        ):
            return
        sizes = splitter.sizes()
        mine = splitter.indexOf(self)
        total = sum(sizes)
        cap = max(self.minimumWidth(), total // 3)
        if mine < 0 or total <= 0 or sizes[mine] <= cap or len(sizes) != 2:
            return
        sizes[mine], sizes[1 - mine] = cap, total - cap
        splitter.setSizes(sizes)

    def show_sku(
        self,
        review: SkuReview | None,
        override: str | None,
        base: str = "CNY",
        waiting: bool = False,
    ) -> None:
        """``waiting``: a SKU is selected but the sales are still being reviewed."""
        self.review, self.override, self.base = review, override, base
        self.waiting = waiting and review is None
        self.retranslate()

    def retranslate(self) -> None:
        self.rule.setText(LIFECYCLE_RULE.render(translate))
        self.performance_title.setText(
            self.tr("Sales by platform and market (12 months, {base})").format(base=self.base)
        )
        self.performance.setHorizontalHeaderLabels(
            [
                self.tr("Where"),
                self.tr("Revenue"),
                self.tr("Units"),
                self.tr("Share"),
            ]
        )
        review = self.review
        if review is None:
            if self.waiting:
                self.title.setText(
                    self.tr("Reviewing the sales… This SKU's figures appear here when it is done.")
                )
            else:
                self.title.setText(self.tr("Select a SKU to see its details."))
            for widget in (self.figures, self.lifecycle, self.flags):
                widget.hide()
            self.performance.setRowCount(0)
            return
        for widget in (self.figures, self.lifecycle):
            widget.show()
        name = (
            f"{review.product_name} · {review.variant_label}"
            if review.variant_label
            else review.product_name
        )
        self.title.setText(self.tr("{code} — {name}").format(code=review.sku_code, name=name))
        margin = "—" if review.gross_margin is None else f"{review.gross_margin * 100:.1f}%"
        basis = MARGIN_BASIS_LABELS.get(review.margin_basis)
        cover = "—" if review.days_of_cover is None else f"{review.days_of_cover:,.0f}"
        self.figures.setText(
            self.tr(
                "{basis}: {margin} · revenue {revenue} {base} · {units} units · ABC class "
                "{abc} · {cover} days of cover"
            ).format(
                basis=translate("Inventory", basis) if basis else self.tr("Gross margin"),
                margin=margin,
                revenue=f"{review.revenue_12m:,}",
                base=self.base,
                units=f"{review.units_12m:,}",
                abc=review.abc_class or "—",
                cover=cover,
            )
        )
        self._show_stock(review)
        suggested = translate(
            "Inventory", LIFECYCLE_STAGES.get(review.lifecycle_suggested, NO_SALES_LABEL)
        )
        reason = review.lifecycle_reason.render(translate) if review.lifecycle_reason else ""
        if self.override:
            text = self.tr("Lifecycle: {stage} (set by hand). Suggested: {suggested} — {reason}")
            stage = translate("Inventory", LIFECYCLE_STAGES.get(self.override, self.override))
        else:
            text = self.tr("Lifecycle: {suggested} (suggested) — {reason}")
            stage = suggested
        self.lifecycle.setText(text.format(stage=stage, suggested=suggested, reason=reason))
        labels = [translate("Inventory", FLAG_LABELS.get(f, f)) for f in review.flags]
        self.flags.setText(self.tr("Flags: {flags}").format(flags=", ".join(labels)))
        self.flags.setVisible(bool(labels))
        self._fill_performance(review)

    def _show_stock(self, review: SkuReview) -> None:
        """Unknown stock reads "—" (not 0), with the reason in the tooltip."""
        if review.stock_qty is None:
            stock = self.tr("Stock on hand: — (unknown)")
            self.figures.setToolTip(translate("CatalogModel", UNKNOWN_STOCK))
        else:
            stock = self.tr("Stock on hand: {count}").format(count=f"{review.stock_qty:,}")
            self.figures.setToolTip("")
        self.figures.setText(self.figures.text() + "\n" + stock)

    def _fill_performance(self, review: SkuReview) -> None:
        rows: list[tuple[str, float, int]] = []
        for name, revenue in sorted(review.revenue_by_platform.items(), key=lambda kv: -kv[1]):
            rows.append((name, revenue, review.units_by_platform.get(name, 0)))
        for code, revenue in sorted(review.revenue_by_market.items(), key=lambda kv: -kv[1]):
            rows.append(
                (
                    self.tr("Market {code}").format(code=code),
                    revenue,
                    review.units_by_market.get(code, 0),
                )
            )
        total = review.revenue_12m or 0.0
        self.performance.setRowCount(len(rows))
        for row, (name, revenue, units) in enumerate(rows):
            share = f"{revenue / total * 100:.0f}%" if total else ""
            # Exact money, as in the catalog: the platform rows add up to the SKU's revenue.
            for column, text in enumerate((name, f"{revenue:,}", f"{units:,}", share)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.performance.setItem(row, column, item)
        if not rows:
            self.performance_title.setText(self.tr("No sales in the last 12 months."))
