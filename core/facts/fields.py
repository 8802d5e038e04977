"""The fields each kind of seller file can fill, with the labels the mapping page shows.

Profiles (resources/profiles/*.json) say which headers feed these fields; the fields and
their types live here because their labels must be marked for translation.
Types: "code", "text", "money", "number", "integer", "percent", "date", "currency".
"""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP
from core.importing.fields import TargetField

CTX = "FactFiles"

KINDS = ("orders", "sales", "ads", "settlement", "inventory", "reviews", "listings")

KIND_LABELS: dict[str, str] = {
    "orders": QT_TRANSLATE_NOOP("FactFiles", "orders"),
    "sales": QT_TRANSLATE_NOOP("FactFiles", "sales & traffic"),
    "ads": QT_TRANSLATE_NOOP("FactFiles", "advertising"),
    "settlement": QT_TRANSLATE_NOOP("FactFiles", "settlement and fees"),
    "inventory": QT_TRANSLATE_NOOP("FactFiles", "inventory"),
    "reviews": QT_TRANSLATE_NOOP("FactFiles", "reviews"),
    "listings": QT_TRANSLATE_NOOP("FactFiles", "listings"),
}


def _f(key: str, label: str, kind: str, required: bool = False) -> TargetField:
    # aliases come from the profile, not from here: the same field is named per source
    return TargetField(key, label, kind, required, (), fuzzy=False)


_SKU = QT_TRANSLATE_NOOP("FactFiles", "SKU")
_ASIN = QT_TRANSLATE_NOOP("FactFiles", "ASIN")
_DATE = QT_TRANSLATE_NOOP("FactFiles", "Date")
_CURRENCY = QT_TRANSLATE_NOOP("FactFiles", "Currency")
_ORDER_ID = QT_TRANSLATE_NOOP("FactFiles", "Order number")
_QUANTITY = QT_TRANSLATE_NOOP("FactFiles", "Quantity")
_TITLE = QT_TRANSLATE_NOOP("FactFiles", "Product name")

FACT_FIELDS: dict[str, list[TargetField]] = {
    "orders": [
        _f("order_id", _ORDER_ID, "code", True),
        _f("order_date", QT_TRANSLATE_NOOP("FactFiles", "Order date"), "date", True),
        _f("sku", _SKU, "code", True),
        _f("quantity", _QUANTITY, "integer", True),
        _f("unit_price", QT_TRANSLATE_NOOP("FactFiles", "Unit price"), "money"),
        _f("line_amount", QT_TRANSLATE_NOOP("FactFiles", "Line amount (sales)"), "money"),
        _f("line_discount", QT_TRANSLATE_NOOP("FactFiles", "Line discount"), "money"),
        _f("discount_rate", QT_TRANSLATE_NOOP("FactFiles", "Discount rate"), "percent"),
        _f("order_discount", QT_TRANSLATE_NOOP("FactFiles", "Order discount"), "money"),
        _f("refunded_amount", QT_TRANSLATE_NOOP("FactFiles", "Refunded amount"), "money"),
        _f("returned_quantity", QT_TRANSLATE_NOOP("FactFiles", "Returned quantity"), "integer"),
        _f("currency", _CURRENCY, "currency"),
        _f("status", QT_TRANSLATE_NOOP("FactFiles", "Order status"), "text"),
        _f("cancelled_at", QT_TRANSLATE_NOOP("FactFiles", "Cancelled at"), "date"),
        _f("customer_id", QT_TRANSLATE_NOOP("FactFiles", "Customer"), "code"),
        _f("product_name", _TITLE, "text"),
        _f("category", QT_TRANSLATE_NOOP("FactFiles", "Category"), "text"),
        _f("country", QT_TRANSLATE_NOOP("FactFiles", "Country"), "text"),
    ],
    "sales": [
        _f("sku", _SKU, "code", True),
        _f("asin", _ASIN, "code"),
        _f("parent_asin", QT_TRANSLATE_NOOP("FactFiles", "Parent ASIN"), "code"),
        _f("product_name", _TITLE, "text"),
        _f("date", _DATE, "date"),
        _f("sessions", QT_TRANSLATE_NOOP("FactFiles", "Sessions"), "integer", True),
        _f("page_views", QT_TRANSLATE_NOOP("FactFiles", "Page views"), "integer"),
        _f("units", QT_TRANSLATE_NOOP("FactFiles", "Units ordered"), "integer"),
        _f("sales", QT_TRANSLATE_NOOP("FactFiles", "Ordered product sales"), "money"),
        _f("order_items", QT_TRANSLATE_NOOP("FactFiles", "Order items"), "integer"),
        _f("buy_box", QT_TRANSLATE_NOOP("FactFiles", "Buy Box percentage"), "percent"),
        _f("currency", _CURRENCY, "currency"),
    ],
    "ads": [
        _f("date", _DATE, "date", True),
        _f("campaign", QT_TRANSLATE_NOOP("FactFiles", "Campaign"), "text", True),
        _f("ad_group", QT_TRANSLATE_NOOP("FactFiles", "Ad group"), "text"),
        _f("sku", _SKU, "code"),
        _f("asin", _ASIN, "code"),
        _f("search_term", QT_TRANSLATE_NOOP("FactFiles", "Customer search term"), "text"),
        _f("targeting", QT_TRANSLATE_NOOP("FactFiles", "Targeting"), "text"),
        _f("impressions", QT_TRANSLATE_NOOP("FactFiles", "Impressions"), "integer"),
        _f("clicks", QT_TRANSLATE_NOOP("FactFiles", "Clicks"), "integer"),
        _f("spend", QT_TRANSLATE_NOOP("FactFiles", "Spend"), "money", True),
        _f("sales_7d", QT_TRANSLATE_NOOP("FactFiles", "7-day sales"), "money"),
        _f("sales_14d", QT_TRANSLATE_NOOP("FactFiles", "14-day sales"), "money"),
        _f("orders_7d", QT_TRANSLATE_NOOP("FactFiles", "7-day orders"), "integer"),
        _f("orders_14d", QT_TRANSLATE_NOOP("FactFiles", "14-day orders"), "integer"),
        _f("units_7d", QT_TRANSLATE_NOOP("FactFiles", "7-day units"), "integer"),
        _f("units_14d", QT_TRANSLATE_NOOP("FactFiles", "14-day units"), "integer"),
        _f("currency", _CURRENCY, "currency"),
    ],
    "settlement": [
        _f("settlement_id", QT_TRANSLATE_NOOP("FactFiles", "Settlement"), "code", True),
        _f("start_date", QT_TRANSLATE_NOOP("FactFiles", "Settlement start"), "date"),
        _f("end_date", QT_TRANSLATE_NOOP("FactFiles", "Settlement end"), "date"),
        _f("deposit_date", QT_TRANSLATE_NOOP("FactFiles", "Deposit date"), "date"),
        _f("total_amount", QT_TRANSLATE_NOOP("FactFiles", "Total paid out"), "money"),
        _f("currency", _CURRENCY, "currency"),
        _f("transaction_type", QT_TRANSLATE_NOOP("FactFiles", "Transaction type"), "text"),
        _f("order_id", _ORDER_ID, "code"),
        _f("marketplace", QT_TRANSLATE_NOOP("FactFiles", "Marketplace"), "text"),
        _f("posted_date", QT_TRANSLATE_NOOP("FactFiles", "Posted date"), "date"),
        _f("sku", _SKU, "code"),
        _f("quantity", _QUANTITY, "integer"),
        _f("price_type", QT_TRANSLATE_NOOP("FactFiles", "Price type"), "text"),
        _f("price_amount", QT_TRANSLATE_NOOP("FactFiles", "Price amount"), "money"),
        _f("fee_type", QT_TRANSLATE_NOOP("FactFiles", "Fee type"), "text"),
        _f("fee_amount", QT_TRANSLATE_NOOP("FactFiles", "Fee amount"), "money"),
        _f("shipment_fee_amount", QT_TRANSLATE_NOOP("FactFiles", "Shipment fee"), "money"),
        _f("order_fee_amount", QT_TRANSLATE_NOOP("FactFiles", "Order fee"), "money"),
        _f("misc_fee_amount", QT_TRANSLATE_NOOP("FactFiles", "Other fees"), "money"),
        _f("other_fee_amount", QT_TRANSLATE_NOOP("FactFiles", "Other fee amount"), "money"),
        _f("promotion_amount", QT_TRANSLATE_NOOP("FactFiles", "Promotion"), "money"),
        _f("direct_payment_amount", QT_TRANSLATE_NOOP("FactFiles", "Direct payment"), "money"),
        _f("other_amount", QT_TRANSLATE_NOOP("FactFiles", "Other amount"), "money"),
        _f("amount", QT_TRANSLATE_NOOP("FactFiles", "Amount"), "money"),
    ],
    "inventory": [
        _f("sku", _SKU, "code", True),
        _f("on_hand", QT_TRANSLATE_NOOP("FactFiles", "On hand"), "integer", True),
        _f("inbound", QT_TRANSLATE_NOOP("FactFiles", "Inbound"), "integer"),
        _f("reserved", QT_TRANSLATE_NOOP("FactFiles", "Reserved"), "integer"),
        _f("warehouse", QT_TRANSLATE_NOOP("FactFiles", "Warehouse"), "text"),
        _f("asin", _ASIN, "code"),
        _f("product_name", _TITLE, "text"),
        _f("date", _DATE, "date"),
    ],
    "reviews": [
        _f("rating", QT_TRANSLATE_NOOP("FactFiles", "Rating"), "number", True),
        _f("date", _DATE, "date"),
        _f("review_id", QT_TRANSLATE_NOOP("FactFiles", "Review"), "code"),
        _f("sku", _SKU, "code"),
        _f("asin", _ASIN, "code"),
        _f("order_id", _ORDER_ID, "code"),
        _f("variation", QT_TRANSLATE_NOOP("FactFiles", "Variation"), "text"),
        _f("title", QT_TRANSLATE_NOOP("FactFiles", "Review title"), "text"),
        _f("text", QT_TRANSLATE_NOOP("FactFiles", "Review text"), "text"),
    ],
    "listings": [
        _f("sku", _SKU, "code", True),
        _f("asin", _ASIN, "code"),
        _f("price", QT_TRANSLATE_NOOP("FactFiles", "Price"), "money"),
        _f("quantity", _QUANTITY, "integer"),
        _f("product_name", _TITLE, "text"),
        _f("listing_id", QT_TRANSLATE_NOOP("FactFiles", "Listing ID"), "code"),
        _f("open_date", QT_TRANSLATE_NOOP("FactFiles", "Listed since"), "date"),
        _f("fulfillment", QT_TRANSLATE_NOOP("FactFiles", "Fulfilment channel"), "text"),
        _f("currency", _CURRENCY, "currency"),
    ],
}


def field_types(kind: str) -> dict[str, str]:
    return {f.key: f.kind for f in FACT_FIELDS[kind]}
