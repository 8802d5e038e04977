"""The normalised fact rows a parsed seller file becomes, one dataclass per kind.

Every row says where it was sold (``platform`` and ``market`` codes, e.g. "amazon" / "US"), in
which ``currency`` its money is (None: the file does not say; the import's chosen currency is
used, never a guess), when (a ``day``, or a period ``period_from``..``period_to``; None: the
import's ``--period``), and its ``row`` number in the file for messages. Money is Decimal in
the currency's units (12.5 = 12.50 USD); :func:`core.money.round_money` makes it exact minor
units once, when it is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class OrderLine:
    """One line of an order. ``revenue``: what the customer paid for the line after
    discounts, without tax and shipping. A returned or refunded line keeps its sale and
    carries ``returned_units`` / ``refund`` (a return listed elsewhere, like Superstore's
    Returns sheet, is merged into the lines it returns)."""

    order_id: str
    day: date
    sku: str
    units: int
    revenue: Decimal
    platform: str
    market: str
    currency: str | None = None
    discount: Decimal = ZERO
    refund: Decimal = ZERO
    returned_units: int = 0
    customer_id: str = ""
    title: str = ""  # a name for a SKU the catalog will create (--create-missing)
    category: str = ""  # and its category
    row: int = 0


@dataclass(frozen=True, slots=True)
class SalesTraffic:
    """A listing's sales and traffic over a period (Business Report by child item)."""

    sku: str
    platform: str
    market: str
    sessions: int = 0
    page_views: int = 0
    units: int = 0
    revenue: Decimal = ZERO  # ordered product sales
    order_items: int = 0
    returned_units: int = 0
    buy_box: Decimal | None = None  # share 0..1
    asin: str = ""
    period_from: date | None = None
    period_to: date | None = None
    currency: str | None = None
    title: str = ""
    row: int = 0


AD_LEVELS = ("product", "campaign", "search_term")


@dataclass(frozen=True, slots=True)
class AdRow:
    """Advertising over a day or period. ``level`` "product" rows name the advertised SKU;
    "campaign" and "search_term" rows carry none (``sku`` ""). Attributed sales as the report
    gives them: 7-day, 14-day or both (None when the report has no such column)."""

    level: str  # one of AD_LEVELS
    campaign: str
    platform: str
    market: str
    spend: Decimal
    period_from: date | None = None  # the row's day: period_from == period_to
    period_to: date | None = None
    sku: str = ""
    asin: str = ""
    ad_group: str = ""
    search_term: str = ""
    targeting: str = ""
    impressions: int = 0
    clicks: int = 0
    sales_7d: Decimal | None = None
    sales_14d: Decimal | None = None
    orders: int = 0
    units: int = 0
    currency: str | None = None
    row: int = 0


@dataclass(frozen=True, slots=True)
class FeeRow:
    """One amount of a settlement (one per non-empty amount column of a flat-file line),
    signed as the platform pays it out (fees negative)."""

    settlement_id: str
    day: date
    amount: Decimal
    platform: str
    market: str
    amount_type: str = ""  # "ItemPrice", "ItemFees", "Promotion", … or the column's name
    description: str = ""  # "Principal", "Commission", "FBAPerUnitFulfillmentFee", …
    transaction_type: str = ""  # "Order", "Refund", "other-transaction", …
    order_id: str = ""
    sku: str = ""
    quantity: int = 0
    currency: str | None = None
    row: int = 0


@dataclass(frozen=True, slots=True)
class StockRow:
    """Stock of a SKU in a warehouse on a day (the report's date or the import's period end)."""

    sku: str
    on_hand: int
    platform: str
    market: str
    warehouse: str = ""
    inbound: int = 0
    reserved: int = 0
    day: date | None = None
    title: str = ""
    row: int = 0


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One customer review; ``sku`` and ``asin`` may be empty (kept, not matched)."""

    rating: Decimal
    day: date
    platform: str
    market: str
    sku: str = ""
    asin: str = ""
    review_id: str = ""
    order_id: str = ""
    title: str = ""
    text: str = ""
    variation: str = ""
    row: int = 0


@dataclass(frozen=True, slots=True)
class ListingRow:
    """A SKU offered on a platform in a market: seller SKU ↔ platform id (ASIN) ↔ price."""

    sku: str
    platform: str
    market: str
    asin: str = ""
    price: Decimal | None = None
    currency: str | None = None
    quantity: int | None = None
    status: str = "active"
    title: str = ""
    row: int = 0


FactRow = OrderLine | SalesTraffic | AdRow | FeeRow | StockRow | ReviewRow | ListingRow

ROW_TYPES: dict[str, type] = {
    "orders": OrderLine,
    "sales": SalesTraffic,
    "ads": AdRow,
    "settlement": FeeRow,
    "inventory": StockRow,
    "reviews": ReviewRow,
    "listings": ListingRow,
}
FACT_KINDS: tuple[str, ...] = tuple(ROW_TYPES)
