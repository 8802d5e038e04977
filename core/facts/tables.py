"""The fact tables (schema 8, ``core.migrations.V_FACTS``), as models for queries and tests.

Each fact row names the import it came with (``batch_id``) and, once a later import of an
overlapping period took its place, that import (``replaced_by``); only rows whose
``replaced_by`` is None count. Money is an int in the currency's minor unit.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger
from sqlmodel import Field, SQLModel

# Amounts in minor units and the rollup's sums are 64-bit (schema 0004_fact_amounts_bigint:
# PostgreSQL's INTEGER has 32 bits; SQLite's has 64 already).
BIG = BigInteger


class OrderFact(SQLModel, table=True):
    """One order line: a SKU sold (and maybe returned or refunded) in one order on one day."""

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="importbatch.id")
    replaced_by: int | None = Field(default=None, foreign_key="importbatch.id")
    sku_id: int = Field(foreign_key="sku.id")
    platform_id: int = Field(foreign_key="platform.id")
    market_id: int = Field(foreign_key="market.id")
    day: date
    order_id: str = ""
    customer_id: str = ""
    units: int = 0
    returned_units: int = 0
    # what the customer paid for the line, after discounts (minor units)
    revenue: int = Field(default=0, sa_type=BIG)
    discount: int = Field(default=0, sa_type=BIG)
    refund: int = Field(default=0, sa_type=BIG)
    currency: str


class SalesFact(SQLModel, table=True):
    """Sales and traffic of one listing over a report's period (Business Report, monthly
    history): sessions, page views, units and sales as the platform counted them."""

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="importbatch.id")
    replaced_by: int | None = Field(default=None, foreign_key="importbatch.id")
    sku_id: int = Field(foreign_key="sku.id")
    platform_id: int = Field(foreign_key="platform.id")
    market_id: int = Field(foreign_key="market.id")
    period_from: date
    period_to: date
    asin: str = ""
    sessions: int = 0
    page_views: int = 0
    units: int = 0
    returned_units: int = 0
    order_items: int = 0
    revenue: int = Field(default=0, sa_type=BIG)
    buy_box: float | None = None  # share 0..1 of page views with the buy box
    currency: str


class AdFact(SQLModel, table=True):
    """Advertising over a day or period: per advertised product (with its SKU), or per
    campaign / search term (no SKU: kept at campaign level so totals stay right)."""

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="importbatch.id")
    replaced_by: int | None = Field(default=None, foreign_key="importbatch.id")
    level: str  # "product" | "campaign" | "search_term"
    sku_id: int | None = Field(default=None, foreign_key="sku.id")
    platform_id: int = Field(foreign_key="platform.id")
    market_id: int = Field(foreign_key="market.id")
    period_from: date
    period_to: date
    campaign: str = ""
    ad_group: str = ""
    search_term: str = ""
    targeting: str = ""
    asin: str = ""
    impressions: int = 0
    clicks: int = 0
    spend: int = Field(default=0, sa_type=BIG)
    sales_7d: int | None = Field(default=None, sa_type=BIG)
    sales_14d: int | None = Field(default=None, sa_type=BIG)
    orders: int = 0
    units: int = 0
    currency: str


class FeeFact(SQLModel, table=True):
    """One amount of a settlement: a price, fee, promotion or other line, signed as paid out."""

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="importbatch.id")
    replaced_by: int | None = Field(default=None, foreign_key="importbatch.id")
    settlement_id: str = ""
    sku_id: int | None = Field(default=None, foreign_key="sku.id")
    sku_code: str = ""  # as the file names it, also when the catalog does not know it
    platform_id: int = Field(foreign_key="platform.id")
    market_id: int = Field(foreign_key="market.id")
    day: date
    order_id: str = ""
    transaction_type: str = ""
    amount_type: str = ""
    description: str = ""
    quantity: int = 0
    amount: int = Field(default=0, sa_type=BIG)
    currency: str


class StockFact(SQLModel, table=True):
    """Stock of a SKU in one warehouse on one day (a snapshot)."""

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="importbatch.id")
    replaced_by: int | None = Field(default=None, foreign_key="importbatch.id")
    sku_id: int = Field(foreign_key="sku.id")
    platform_id: int = Field(foreign_key="platform.id")
    market_id: int = Field(foreign_key="market.id")
    warehouse: str = ""
    day: date
    on_hand: int = 0
    inbound: int = 0
    reserved: int = 0


class ReviewFact(SQLModel, table=True):
    """One customer review, of a SKU when the file names one the catalog knows."""

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="importbatch.id")
    replaced_by: int | None = Field(default=None, foreign_key="importbatch.id")
    sku_id: int | None = Field(default=None, foreign_key="sku.id")
    sku_code: str = ""
    asin: str = ""
    platform_id: int = Field(foreign_key="platform.id")
    market_id: int = Field(foreign_key="market.id")
    day: date
    review_id: str = ""
    order_id: str = ""
    rating: float
    title: str = ""
    body: str = ""
    variation: str = ""


class FactSummary(SQLModel, table=True):
    """Facts summed per month or week (Monday) per listing and currency, for the KPI.

    ``source``: "orders" (order lines), "order_count" (distinct orders per platform × market,
    no SKU), "report" (sales & traffic; its sales figures are 0 where order lines cover the
    same listing and period), "ads:product", "ads:campaign", "ads:search_term". ``in_total``
    is 0 on ad rows whose spend a more complete ad level of the same period already counts.
    ``scope`` "platform" rows sum the listing rows per platform × market (and hold the order
    counts): the KPI in total, per month, week, platform or market reads only those.
    """

    id: int | None = Field(default=None, primary_key=True)
    grain: str  # "month" | "week"
    start: date
    scope: str = "listing"  # or "platform": the listing rows summed per platform × market
    source: str
    sku_id: int | None = Field(default=None, foreign_key="sku.id")
    platform_id: int = Field(foreign_key="platform.id")
    market_id: int = Field(foreign_key="market.id")
    currency: str = ""
    units: int = Field(default=0, sa_type=BIG)
    returned_units: int = Field(default=0, sa_type=BIG)
    revenue: int = Field(default=0, sa_type=BIG)
    discount: int = Field(default=0, sa_type=BIG)
    refund: int = Field(default=0, sa_type=BIG)
    orders: int = Field(default=0, sa_type=BIG)
    order_lines: int = Field(default=0, sa_type=BIG)
    sessions: int = Field(default=0, sa_type=BIG)
    page_views: int = Field(default=0, sa_type=BIG)
    ad_spend: int = Field(default=0, sa_type=BIG)
    ad_sales: int = Field(default=0, sa_type=BIG)
    in_total: bool = True
