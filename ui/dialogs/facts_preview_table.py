"""The import wizard's preview of a facts file: the first rows as they will be imported,
one column per field of the fact rows (core.facts.rows), titled in the seller's words."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from core.i18n import QT_TRANSLATE_NOOP
from ui.i18n import translate

ROWS_SHOWN = 100
# Column titles of the preview table, by the fact rows' field names (core.facts.rows).
COLUMN_TITLES = {
    "order_id": QT_TRANSLATE_NOOP("ImportFactsPage", "Order"),
    "day": QT_TRANSLATE_NOOP("ImportFactsPage", "Date"),
    "sku": QT_TRANSLATE_NOOP("ImportFactsPage", "SKU"),
    "units": QT_TRANSLATE_NOOP("ImportFactsPage", "Units"),
    "revenue": QT_TRANSLATE_NOOP("ImportFactsPage", "Sales"),
    "platform": QT_TRANSLATE_NOOP("ImportFactsPage", "Platform"),
    "market": QT_TRANSLATE_NOOP("ImportFactsPage", "Market"),
    "currency": QT_TRANSLATE_NOOP("ImportFactsPage", "Currency"),
    "discount": QT_TRANSLATE_NOOP("ImportFactsPage", "Discount"),
    "refund": QT_TRANSLATE_NOOP("ImportFactsPage", "Refund"),
    "returned_units": QT_TRANSLATE_NOOP("ImportFactsPage", "Returned"),
    "customer_id": QT_TRANSLATE_NOOP("ImportFactsPage", "Customer"),
    "category": QT_TRANSLATE_NOOP("ImportFactsPage", "Category"),
    "sessions": QT_TRANSLATE_NOOP("ImportFactsPage", "Sessions"),
    "page_views": QT_TRANSLATE_NOOP("ImportFactsPage", "Page views"),
    "order_items": QT_TRANSLATE_NOOP("ImportFactsPage", "Order items"),
    "buy_box": QT_TRANSLATE_NOOP("ImportFactsPage", "Buy Box"),
    "asin": "ASIN",
    "period_from": QT_TRANSLATE_NOOP("ImportFactsPage", "From"),
    "period_to": QT_TRANSLATE_NOOP("ImportFactsPage", "To"),
    "level": QT_TRANSLATE_NOOP("ImportFactsPage", "Level"),
    "campaign": QT_TRANSLATE_NOOP("ImportFactsPage", "Campaign"),
    "spend": QT_TRANSLATE_NOOP("ImportFactsPage", "Spend"),
    "ad_group": QT_TRANSLATE_NOOP("ImportFactsPage", "Ad group"),
    "search_term": QT_TRANSLATE_NOOP("ImportFactsPage", "Search term"),
    "targeting": QT_TRANSLATE_NOOP("ImportFactsPage", "Targeting"),
    "impressions": QT_TRANSLATE_NOOP("ImportFactsPage", "Impressions"),
    "clicks": QT_TRANSLATE_NOOP("ImportFactsPage", "Clicks"),
    "sales_7d": QT_TRANSLATE_NOOP("ImportFactsPage", "7-day sales"),
    "sales_14d": QT_TRANSLATE_NOOP("ImportFactsPage", "14-day sales"),
    "orders": QT_TRANSLATE_NOOP("ImportFactsPage", "Orders"),
    "settlement_id": QT_TRANSLATE_NOOP("ImportFactsPage", "Settlement"),
    "amount": QT_TRANSLATE_NOOP("ImportFactsPage", "Amount"),
    "amount_type": QT_TRANSLATE_NOOP("ImportFactsPage", "Amount type"),
    "description": QT_TRANSLATE_NOOP("ImportFactsPage", "Description"),
    "transaction_type": QT_TRANSLATE_NOOP("ImportFactsPage", "Transaction"),
    "quantity": QT_TRANSLATE_NOOP("ImportFactsPage", "Quantity"),
    "on_hand": QT_TRANSLATE_NOOP("ImportFactsPage", "On hand"),
    "warehouse": QT_TRANSLATE_NOOP("ImportFactsPage", "Warehouse"),
    "inbound": QT_TRANSLATE_NOOP("ImportFactsPage", "Inbound"),
    "reserved": QT_TRANSLATE_NOOP("ImportFactsPage", "Reserved"),
    "rating": QT_TRANSLATE_NOOP("ImportFactsPage", "Rating"),
    "review_id": QT_TRANSLATE_NOOP("ImportFactsPage", "Review"),
    "variation": QT_TRANSLATE_NOOP("ImportFactsPage", "Variation"),
    "price": QT_TRANSLATE_NOOP("ImportFactsPage", "Price"),
    "status": QT_TRANSLATE_NOOP("ImportFactsPage", "Status"),
}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:,}"
    return str(value)


class FactsPreviewTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()

    def fill(self, rows) -> None:
        """The first :data:`ROWS_SHOWN` rows; the titles in the language now on."""
        if not rows:
            self.setRowCount(0)
            return
        names = [f.name for f in fields(rows[0]) if f.name not in ("row", "title", "text")]
        self.setColumnCount(len(names))
        self.setHorizontalHeaderLabels(
            [translate("ImportFactsPage", COLUMN_TITLES.get(name, name)) for name in names]
        )
        self.setRowCount(min(len(rows), ROWS_SHOWN))
        for i, row in enumerate(rows[:ROWS_SHOWN]):
            for j, name in enumerate(names):
                self.setItem(i, j, QTableWidgetItem(_cell(getattr(row, name))))
        self.resizeColumnsToContents()
