"""The guided strip above the catalog: what is still missing for the review, with a way to fix it.

No catalog yet → a big "Import your catalog" call to action listing the supported sources.
Otherwise → how many SKUs lack a cost, a price, a category or an exchange rate, each with a
"show them" link that filters the table to exactly those SKUs.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.models.catalog_model import CatalogModel, ProductRow

GAPS = ("cost", "price", "category", "rate")


def missing_skus(products: list[ProductRow], rates: dict[str, float]) -> dict[str, set[int]]:
    """SKU ids per gap: no cost, no price, no category, a currency without a rate."""
    gaps: dict[str, set[int]] = {key: set() for key in GAPS}
    no_cost, no_price, no_category, no_rate = (gaps[key] for key in GAPS)
    for product in products:
        uncategorised = not product.raw["category"]
        for sku in product.skus:
            raw = sku.raw  # core.catalog.SkuValues: by attribute (100,000 SKUs)
            if raw.cost is None:
                no_cost.add(sku.sku_id)
            if raw.price is None:
                no_price.add(sku.sku_id)
            if uncategorised:
                no_category.add(sku.sku_id)
            if raw.cost_currency not in rates or raw.price_currency not in rates:
                no_rate.add(sku.sku_id)
    return gaps


def missing_currencies(products: list[ProductRow], rates: dict[str, float]) -> list[str]:
    """The currencies SKUs use that have no exchange rate yet."""
    used = {sku.raw.cost_currency for product in products for sku in product.skus}
    used.update(sku.raw.price_currency for product in products for sku in product.skus)
    return sorted(code for code in used if code and code not in rates)


class InventoryChecklist(QFrame):
    sig_import = Signal()
    sig_rates = Signal()  # "set the rates": open the exchange-rate dialog
    sig_show_skus = Signal(str, object)  # description, set of SKU ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.gaps: dict[str, set[int]] = {}
        self.currencies: list[str] = []  # used by SKUs, without a rate
        self.empty = True
        self.has_workspace = False
        self.reading = False  # the catalog is being read: not "empty" yet
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)  # unbroken, these lines made step 2 wider than 150 %'s
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setObjectName("hint")
        self.import_button = QPushButton()
        self.import_button.setMinimumHeight(40)
        self.import_button.setStyleSheet("font-size: 12pt; font-weight: 600; padding: 4px 18px;")
        self.import_button.clicked.connect(self.sig_import)
        self.status = QLabel()
        self.status.setObjectName("ok")
        self.status.setWordWrap(True)
        self.gap_labels: dict[str, QLabel] = {}
        gap_row = QHBoxLayout()
        for key in GAPS:
            label = QLabel()
            label.setObjectName("warning")
            label.setWordWrap(True)
            label.linkActivated.connect(lambda link, k=key: self._link(k, link))
            self.gap_labels[key] = label
            gap_row.addWidget(label)
        gap_row.addStretch(1)
        button_row = QHBoxLayout()
        button_row.addWidget(self.import_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.sources)
        layout.addLayout(button_row)
        layout.addWidget(self.status)
        layout.addLayout(gap_row)
        self.retranslate()

    def set_state(
        self,
        has_workspace: bool,
        model: CatalogModel,
        gaps: dict[str, set[int]] | None = None,
        currencies: list[str] | None = None,
        reading: bool = False,
    ) -> None:
        """``gaps``/``currencies`` when the page's worker found them already (100,000 SKUs
        take a while), else found here. ``reading``: the workspace's catalog is being read,
        so no rows yet says nothing about the catalog."""
        self.has_workspace = has_workspace
        self.reading = reading
        self.empty = model.sku_count() == 0
        self.gaps = gaps if gaps is not None else missing_skus(model.products, model.rates)
        self.currencies = (
            currencies
            if currencies is not None
            else missing_currencies(model.products, model.rates)
        )
        self.retranslate()

    def _gap_text(self, key: str, count: int) -> str:
        texts = {
            "cost": self.tr("{count} SKUs without a cost"),
            "price": self.tr("{count} SKUs without a price"),
            "category": self.tr("{count} SKUs without a category"),
            "rate": self.tr("{count} SKUs in {currencies}, which has no exchange rate"),
        }
        codes = ", ".join(self.currencies) or "?"
        return texts[key].format(count=count, currencies=codes)

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import your catalog…"))
        self.sources.setText(
            self.tr(
                "Bring in your existing products as SPU → SKU with cost, price, stock and sales: an "
                "Excel or CSV file of your own, a Shopify product export, or a product export from "
                "店小秘 Dianxiaomi, 马帮 Mabang, 通途 Tongtool or 领星 Lingxing."
            )
        )
        for widget in (self.heading, self.sources, self.import_button):
            widget.setVisible(self.empty and not (self.reading and widget is not self.heading))
        if self.reading and self.empty:
            self.heading.setText(self.tr("Reading the catalog…"))
        elif not self.has_workspace:
            self.heading.setText(self.tr("Open or create a workspace first (File menu)."))
            self.import_button.setEnabled(False)
        else:
            self.heading.setText(self.tr("No catalog yet: start by importing it."))
            self.import_button.setEnabled(True)
        any_gap = False
        for key, label in self.gap_labels.items():
            count = len(self.gaps.get(key, ()))
            label.setVisible(not self.empty and count > 0)
            any_gap = any_gap or count > 0
            link = self.tr("show them")
            text = f'{self._gap_text(key, count)} — <a href="show">{link}</a>'
            if key == "rate":
                set_rates = self.tr("set the rates")
                text += f' · <a href="rates">{set_rates}</a>'
            label.setText(text)
        self.status.setVisible(not self.empty and not any_gap)
        self.status.setText(
            self.tr(
                "Every SKU has a category, a cost, a price and an exchange "
                "rate: margins are complete."
            )
        )

    def _link(self, key: str, link: str) -> None:
        if link == "rates":
            self.sig_rates.emit()
        else:
            self._show(key)

    def _show(self, key: str) -> None:
        self.sig_show_skus.emit(self._gap_text(key, len(self.gaps[key])), set(self.gaps[key]))
