"""Step 2 platform performance: how each platform and market sells, to plan which platform is
the main channel, which one is a test and which one clears stock.

One row per platform × market that has listings or sales, a subtotal per platform and per
market and a grand total, all over the same 12 complete months as the catalog review, money in
the base currency. Sales lines whose currency has no exchange rate count for units, not for
revenue (as in ``core.inventory.review``). The monthly revenue per platform feeds the chart.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session

from core import currency, money
from core.i18n import QT_TRANSLATE_NOOP, identity
from core.inventory.review import CatalogReview
from core.models import Listing, ListingStatus, Market, Platform, table_of
from core.money import ZERO
from core.sales import months_before, read_sales
from core.xlsx_export import INTEGER, MONEY, PERCENT, Sheet, money_format, write_workbook

CONTEXT = "PlatformPerformance"
DETAIL, PLATFORM, MARKET, TOTAL = "detail", "platform", "market", "total"
ALL_PLATFORMS = QT_TRANSLATE_NOOP("PlatformPerformance", "All platforms")
ALL_MARKETS = QT_TRANSLATE_NOOP("PlatformPerformance", "All markets")
EXPLANATION = QT_TRANSLATE_NOOP(
    "PlatformPerformance",
    "Revenue, units and returns of the last 12 complete months by platform and market, in "
    "{currency}. Margin: realised there, (revenue − units sold × cost) ÷ revenue, so a market "
    "priced differently shows it. Trend: revenue of the last 3 complete months against the 3 "
    "months before.",
)

# (key, header, Excel format); the model and the export share them.
COLUMNS: list[tuple[str, str, str | None]] = [
    ("platform", QT_TRANSLATE_NOOP("PlatformPerformance", "Platform"), None),
    ("market", QT_TRANSLATE_NOOP("PlatformPerformance", "Market"), None),
    ("active_listings", QT_TRANSLATE_NOOP("PlatformPerformance", "Listings"), INTEGER),
    ("skus_with_sales", QT_TRANSLATE_NOOP("PlatformPerformance", "SKUs sold"), INTEGER),
    ("units_12m", QT_TRANSLATE_NOOP("PlatformPerformance", "Units"), INTEGER),
    (
        "revenue_12m",
        QT_TRANSLATE_NOOP("PlatformPerformance", "Revenue ({currency})"),
        MONEY,
    ),
    ("revenue_share", QT_TRANSLATE_NOOP("PlatformPerformance", "Share"), PERCENT),
    ("units_returned", QT_TRANSLATE_NOOP("PlatformPerformance", "Returned"), INTEGER),
    ("return_rate", QT_TRANSLATE_NOOP("PlatformPerformance", "Return rate"), PERCENT),
    ("gross_margin", QT_TRANSLATE_NOOP("PlatformPerformance", "Margin"), PERCENT),
    ("trend", QT_TRANSLATE_NOOP("PlatformPerformance", "Trend"), PERCENT),
]
SHEETS = [
    (DETAIL, QT_TRANSLATE_NOOP("PlatformPerformance", "Platform × market")),
    (PLATFORM, QT_TRANSLATE_NOOP("PlatformPerformance", "By platform")),
    (MARKET, QT_TRANSLATE_NOOP("PlatformPerformance", "By market")),
]


@dataclass
class PlatformMarketRow:
    """``platform`` is "" on a market subtotal, ``market`` "" on a platform subtotal."""

    level: str  # DETAIL, PLATFORM, MARKET or TOTAL
    platform: str
    market: str
    active_listings: int = 0
    skus_with_sales: int = 0
    units_12m: int = 0
    revenue_12m: Decimal = ZERO
    revenue_share: float | None = None
    units_returned: int = 0
    revenue_recent: Decimal = ZERO  # the last 3 complete months
    revenue_before: Decimal = ZERO  # the 3 months before them
    gross_margin: float | None = None  # realised: (revenue − units × cost) ÷ revenue
    # sums behind the realised margin, over the sales of SKUs whose cost is known
    margin_revenue: Decimal = ZERO
    product_cost: Decimal = ZERO
    sku_ids: set[int] = field(default_factory=set)

    @property
    def return_rate(self) -> float | None:
        return self.units_returned / self.units_12m if self.units_12m else None

    @property
    def trend(self) -> float | None:
        """Change of revenue, last 3 months against the 3 before; None when there is no base."""
        if self.revenue_before <= 0:
            return None
        return money.ratio(self.revenue_recent - self.revenue_before, self.revenue_before)

    def value(self, key: str):
        return getattr(self, key)


@dataclass
class PlatformPerformance:
    base_currency: str
    months: list[date]
    rows: list[PlatformMarketRow]
    monthly_revenue: dict[str, list[float]]  # platform → revenue per month of ``months``
    missing_rates: set[str] = field(default_factory=set)

    def level(self, level: str) -> list[PlatformMarketRow]:
        return [r for r in self.rows if r.level == level]

    @property
    def total(self) -> PlatformMarketRow:
        return next(r for r in self.rows if r.level == TOTAL)


def platform_performance(
    session: Session,
    review: CatalogReview,
    as_of: date | None = None,
    progress=None,
    sales: list[Any] | None = None,
) -> PlatformPerformance:
    """The rows and the monthly series (a job: ``progress``); ``sales``: the rows of
    ``core.sales.read_sales`` when the caller already read them for the review."""
    costs = {s.sku_id: s.cost_base for s in review.skus}
    return _compute(session, costs, as_of or review.as_of, progress, sales)


def _compute(
    session: Session,
    costs: dict[int, Decimal | None] | None,
    as_of: date,
    progress=None,
    sales: list[Any] | None = None,
) -> PlatformPerformance:
    """``costs``: SKU id → unit cost in the base currency of the reviewed SKUs (None: every
    SKU, no margin). Each sales line becomes money in the base currency once (``core.money``),
    so every subtotal and the total are exact sums of the detail rows."""
    months = months_before(as_of, 12)
    recent, before = set(months[-3:]), set(months[-6:-3])
    base = currency.base_currency(session)
    rate_table = currency.rates(session)
    connection = session.connection()
    platforms = dict(
        connection.execute(sa_select(table_of(Platform).c.id, table_of(Platform).c.name)).all()
    )
    markets = dict(
        connection.execute(sa_select(table_of(Market).c.id, table_of(Market).c.code)).all()
    )
    if progress:
        progress.report(0, 2, "")

    cells: dict[tuple[str, str, str], PlatformMarketRow] = {}

    def cell(level: str, platform: str, market: str) -> PlatformMarketRow:
        key = (level, platform, market)
        if key not in cells:
            cells[key] = PlatformMarketRow(level, platform, market)
        return cells[key]

    def targets(platform: str, market: str) -> list[PlatformMarketRow]:
        return [
            cell(DETAIL, platform, market),
            cell(PLATFORM, platform, ""),
            cell(MARKET, "", market),
            cell(TOTAL, "", ""),
        ]

    table = table_of(Listing).c
    listings = connection.execute(
        sa_select(table.platform_id, table.market_id, func.count())
        .where(table.status == ListingStatus.ACTIVE.value)
        .group_by(table.platform_id, table.market_id)
    )
    for platform_id, market_id, count in listings:
        for row in targets(platforms.get(platform_id, "?"), markets.get(market_id, "?")):
            row.active_listings += count
    # Pairs listed but not active (ended, planned) still get a row of their own.
    for platform_id, market_id in connection.execute(
        sa_select(table.platform_id, table.market_id).distinct()
    ):
        targets(platforms.get(platform_id, "?"), markets.get(market_id, "?"))

    missing: set[str] = set()
    monthly: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO] * len(months))
    month_index = {m: i for i, m in enumerate(months)}
    if sales is None:
        sales = read_sales(session, as_of)
    for sku_id, platform_id, market_id, sold_in, units, returned, amount, code in sales:
        if costs is not None and sku_id not in costs:
            continue
        platform = platforms.get(platform_id, "?")
        month = sold_in.replace(day=1)
        revenue = money.convert(amount, code, base, rate_table)
        if revenue is None:
            missing.add(currency.normalise_code(code))
        else:
            monthly[platform][month_index[month]] += revenue
        unit_cost = costs.get(sku_id) if costs is not None else None
        for row in targets(platform, markets.get(market_id, "?")):
            row.units_12m += units
            row.units_returned += returned
            if units > 0:
                row.sku_ids.add(sku_id)
            if revenue is None:
                continue
            row.revenue_12m += revenue
            if month in recent:
                row.revenue_recent += revenue
            elif month in before:
                row.revenue_before += revenue
            if unit_cost is not None:
                row.margin_revenue += revenue
                row.product_cost += unit_cost * units
    if progress:
        progress.report(1, 2, "")

    grand = cell(TOTAL, "", "").revenue_12m
    for row in cells.values():
        row.skus_with_sales = len(row.sku_ids)
        row.revenue_12m = money.round_money(row.revenue_12m, base)  # 0 shows as 0.00
        row.revenue_share = money.ratio(row.revenue_12m, grand)
        if row.margin_revenue > 0:
            row.gross_margin = money.ratio(
                row.margin_revenue - row.product_cost, row.margin_revenue
            )
    platform_order = {
        r.platform: (-r.revenue_12m, r.platform) for r in cells.values() if r.level == PLATFORM
    }
    market_order = {
        r.market: (-r.revenue_12m, r.market) for r in cells.values() if r.level == MARKET
    }
    level_order = {DETAIL: 0, PLATFORM: 1, MARKET: 2, TOTAL: 3}
    rows = sorted(
        cells.values(),
        key=lambda r: (
            level_order[r.level],
            platform_order.get(r.platform, (0.0, "")),
            market_order.get(r.market, (0.0, "")),
        ),
    )
    series = {
        name: [float(value) for value in monthly[name]]
        for name in sorted(platform_order, key=platform_order.__getitem__)
        if name in monthly
    }
    if progress:
        progress.report(2, 2, "")
    return PlatformPerformance(base, months, rows, series, missing)


def platform_market_rows(
    session: Session, review: CatalogReview, as_of: date | None = None
) -> list[PlatformMarketRow]:
    """Details (platform × market), then platform subtotals, market subtotals and the total."""
    return platform_performance(session, review, as_of).rows


def platform_monthly_revenue(
    session: Session, as_of: date | None = None
) -> tuple[list[date], dict[str, list[float]]]:
    """The 12 complete months before ``as_of`` and each platform's revenue in them (base
    currency), platforms from the largest."""
    result = _compute(session, None, as_of or date.today())
    return result.months, result.monthly_revenue


def row_label(row: PlatformMarketRow, translate=identity) -> tuple[str, str]:
    """(platform, market) as shown: subtotals say "All markets" / "All platforms"."""
    platform = row.platform or translate(CONTEXT, ALL_PLATFORMS)
    market = row.market or translate(CONTEXT, ALL_MARKETS)
    return platform, market


def headers(base_currency: str, translate=identity) -> list[str]:
    return [translate(CONTEXT, text).format(currency=base_currency) for _, text, _ in COLUMNS]


def performance_sheets(performance: PlatformPerformance, translate=identity) -> list[Sheet]:
    """One sheet per view (platform × market, by platform, by market), each with the total."""
    titles = headers(performance.base_currency, translate)
    # Money in the base currency's minor unit (JPY: no decimals), as the review rounds it.
    money_cells = money_format(money.minor_unit(performance.base_currency))
    formats = {
        i: money_cells if fmt == MONEY else fmt for i, (_, _, fmt) in enumerate(COLUMNS) if fmt
    }
    sheets = []
    for level, title in SHEETS:
        rows = []
        for row in [*performance.level(level), performance.total]:
            platform, market = row_label(row, translate)
            values = [row.value(key) for key, _, _ in COLUMNS[2:]]
            rows.append([platform, market, *values])
        sheets.append(Sheet(translate(CONTEXT, title), titles, rows, formats))
    return sheets


def export_performance(path: str | Path, sheets: list[Sheet], progress=None) -> Path:
    """A job: write the sheets built on the UI thread (``performance_sheets``)."""
    if progress:
        progress.report(0, 1, "")
    written = write_workbook(path, sheets)
    if progress:
        progress.report(1, 1, "")
    return written
