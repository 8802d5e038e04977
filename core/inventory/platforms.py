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

import numpy as np
from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session

from core import currency, money
from core.i18n import QT_TRANSLATE_NOOP, identity
from core.inventory.review import CatalogReview
from core.inventory.sales_columns import SalesColumns, group_sums, read_sales_columns
from core.models import Listing, ListingStatus, Market, Platform, table_of
from core.money import ZERO
from core.sales import months_before
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
    sales: SalesColumns | None = None,
) -> PlatformPerformance:
    """The rows and the monthly series (a job: ``progress``); ``sales``: the columns of
    ``read_sales_columns`` when the caller already read them for the review."""
    costs = {s.sku_id: s.cost_base for s in review.skus}
    return _compute(session, costs, as_of or review.as_of, progress, sales)


def _compute(
    session: Session,
    costs: dict[int, Decimal | None] | None,
    as_of: date,
    progress=None,
    sales: SalesColumns | None = None,
) -> PlatformPerformance:
    """``costs``: SKU id → unit cost in the base currency of the reviewed SKUs (None: every
    SKU, no margin). Each sales line becomes money in the base currency once (``core.money``),
    so every subtotal and the total are exact sums of the detail rows."""
    months = months_before(as_of, 12)
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

    if sales is None:
        sales = read_sales_columns(session, as_of, base, rate_table)
    lines = np.ones(len(sales), dtype=bool)
    unit_cost = np.zeros(len(sales), dtype=np.int64)  # base minor units per unit
    has_cost = np.zeros(len(sales), dtype=bool)
    if costs is not None and len(sales):
        ids = np.array(sorted(costs), dtype=np.int64)
        where = np.minimum(np.searchsorted(ids, sales.sku_id), max(len(ids) - 1, 0))
        lines = ids[where] == sales.sku_id if len(ids) else np.zeros(len(sales), dtype=bool)
        digits = sales.digits
        minor = [
            0 if costs[i] is None else int(costs[i].scaleb(digits))  # type: ignore[union-attr]
            for i in ids.tolist()
        ]
        known_cost = np.array([costs[i] is not None for i in ids.tolist()], dtype=bool)
        unit_cost = np.array(minor, dtype=np.int64)[where] if len(ids) else unit_cost
        has_cost = known_cost[where] & lines if len(ids) else has_cost
    missing = {sales.codes[i] for i in np.unique(sales.code[lines & sales.missing]).tolist()}
    # Every line (the usual case): views of the columns, not copies (300,000 lines: ~2 MB each)
    pick: slice | np.ndarray = slice(None) if lines.all() else lines
    platform_ids = sales.platform_id[pick]
    market_ids = sales.market_id[pick]
    units, returned = sales.units[pick], sales.returned[pick]
    converted, revenue, month = sales.converted[pick], sales.revenue[pick], sales.month[pick]
    margin_lines = converted & has_cost[pick]
    count = len(months)
    in_recent, in_before = month >= count - 3, (month >= count - 6) & (month < count - 3)
    columns = (
        units,
        returned,
        revenue,
        np.where(in_recent, revenue, 0),
        np.where(in_before, revenue, 0),
        np.where(margin_lines, revenue, 0),
        np.where(margin_lines, unit_cost[pick] * units, 0),
    )
    # One group per platform × market pair of ids; the four levels are sums of those groups.
    pairs = platform_ids * (int(market_ids.max(initial=0)) + 1) + market_ids
    keys, sums = group_sums(pairs, *columns)
    first = np.unique(pairs, return_index=True)[1]
    sold = units > 0  # SKUs sold: distinct per pair, from lines sorted by pair then SKU
    sold_keys, sold_skus = pairs[sold], sales.sku_id[pick][sold]
    order = np.lexsort((sold_skus, sold_keys))
    sold_keys, sold_skus = sold_keys[order], sold_skus[order]
    cuts = np.flatnonzero(np.diff(sold_keys)) + 1
    sku_sets = {
        int(sold_keys[start]): group
        for start, group in zip(np.r_[0, cuts].tolist(), np.split(sold_skus, cuts), strict=True)
        if len(group)
    }
    to_money = sales.to_money
    # The SKUs each row sold, counted once at the end (sets of 100,000 ints per row were
    # ~25 MB while they were made)
    sold_by_row: dict[int, list[np.ndarray]] = defaultdict(list)
    for n, key in enumerate(keys.tolist()):
        line = int(first[n])
        platform = platforms.get(int(platform_ids[line]), "?")
        market = markets.get(int(market_ids[line]), "?")
        skus = sku_sets.get(key)
        (u, r, rev, rec, bef, mrev, cost) = (int(column[n]) for column in sums)
        for row in targets(platform, market):
            row.units_12m += u
            row.units_returned += r
            if skus is not None:
                sold_by_row[id(row)].append(skus)
            row.revenue_12m += to_money(rev)
            row.revenue_recent += to_money(rec)
            row.revenue_before += to_money(bef)
            row.margin_revenue += to_money(mrev)
            row.product_cost += to_money(cost)
    monthly: dict[str, list[Decimal]] = {}
    if converted.any():
        platform_keys, (platform_month_revenue,) = group_sums(
            platform_ids[converted] * count + month[converted], revenue[converted]
        )
        for key, minor_sum in zip(
            platform_keys.tolist(), platform_month_revenue.tolist(), strict=True
        ):
            name = platforms.get(key // count, "?")
            by_month = monthly.setdefault(name, [ZERO] * count)
            by_month[key % count] += to_money(minor_sum)
    if progress:
        progress.report(1, 2, "")

    grand = cell(TOTAL, "", "").revenue_12m
    for row in cells.values():
        groups = sold_by_row.get(id(row))
        row.skus_with_sales = len(np.unique(np.concatenate(groups))) if groups else 0
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
