"""Step 2 Inventory review (梳理现有产品线): classify every SKU of the existing line.

Per SKU: category, gross margin (realised from sales where there are sales, else from the list
price, labelled which), lifecycle stage suggested from the sales trend (``lifecycle``,
overridable), revenue by platform and market, ABC class and stock figures. Over the catalog:
concentration by SKU and platform (``concentration``) and the flags of ``flags``. Charts'
series are in ``charts``, the Excel export in ``export``.

Money is exact (``core.money``): every sales line becomes money in the base currency once,
rounded half up to its minor unit; every sum after that is exact, so totals equal their parts.
Unknown stock (NULL) stays unknown: no stock value, no cover, no aged-stock flag.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import Any

import numpy as np
from sqlalchemy import and_, func, or_
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from core import currency, money
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.inventory.concentration import concentration, largest_first
from core.inventory.flags import Flag, Thresholds, compute_flags, load_thresholds
from core.inventory.lifecycle import (
    LIFECYCLE_STAGES,
    NO_SALES_REASON,
    SEASONAL_HISTORY_MONTHS,
    history_months,
    suggest_lifecycle,
    year_before,
)
from core.inventory.sales_columns import SalesColumns, group_sums, read_sales_columns
from core.inventory.sku_rows import (
    in_pieces,
    one_of,
    read_sku_rows,
    sku_rows_from,
    to_base,
    to_date,
)
from core.models import (
    Category,
    Market,
    Platform,
    Product,
    SalesRecord,
    Sku,
    StockLot,
    table_of,
)
from core.money import ZERO
from core.sales import months_before
from core.steps import StepState

ABC_RULE = Message(
    "Inventory",
    QT_TRANSLATE_NOOP(
        "Inventory",
        "ABC classes by revenue of the last 12 months: SKUs sorted from the largest, A until 80 % "
        "of revenue is reached (the SKU that crosses 80 % is still A), B up to 95 %, C the rest.",
    ),
)
MARGIN_RULE = Message(
    "Inventory",
    QT_TRANSLATE_NOOP(
        "Inventory",
        "Realised margin where the SKU sold in the last 12 months: (revenue − units sold × "
        "cost) ÷ revenue, so a market priced differently shows it. List-price margin where it "
        "did not: (price − cost) ÷ price. Both in {currency} with the exchange rates.",
    ),
)
REALISED, LIST_PRICE = "realised", "list"
MARGIN_BASIS_LABELS = {
    REALISED: QT_TRANSLATE_NOOP("Inventory", "Realised margin (from sales)"),
    LIST_PRICE: QT_TRANSLATE_NOOP("Inventory", "List-price margin (no sales)"),
}

# Whole percents, so that exactly 80 % / 95 % fall on the documented side with exact money.
A_PERCENT, B_PERCENT = 80, 95
A_SHARE, B_SHARE = A_PERCENT / 100, B_PERCENT / 100
NO_MISSING_RATES: frozenset[str] = frozenset()
# Shared by every SKU that sold nothing / has no flag; never filled (see ``review_catalog``).
NO_SALES_BY: dict[str, Any] = {}
NO_FLAGS: list[str] = []


@dataclass(slots=True)  # 100,000 of them in a large catalog: no __dict__ each
class SkuReview:
    sku_id: int
    sku_code: str
    product_id: int
    spu_code: str
    product_name: str
    category: str
    variant_label: str
    cost: float | None
    cost_currency: str
    price: float | None
    price_currency: str
    cost_base: Decimal | None  # money in the base currency (rounded to its minor unit)
    price_base: Decimal | None
    list_margin: float | None  # (price − cost) ÷ price
    revenue_12m: Decimal = ZERO
    units_12m: int = 0
    units_returned_12m: int = 0
    units_recent: int = 0  # units of the last 3 complete months
    stock_qty: int | None = 0  # None: unknown
    stock_value: Decimal | None = None
    days_of_cover: float | None = None
    realised_margin: float | None = None  # (revenue − units × cost) ÷ revenue
    lifecycle_suggested: str = ""
    lifecycle: str = ""
    lifecycle_overridden: bool = False
    lifecycle_reason: Message | None = None
    seasonally_adjusted: bool = False
    abc_class: str = ""
    revenue_share: float = 0.0
    revenue_by_platform: dict[str, Decimal] = field(default_factory=dict)
    revenue_by_market: dict[str, Decimal] = field(default_factory=dict)
    units_by_platform: dict[str, int] = field(default_factory=dict)
    units_by_market: dict[str, int] = field(default_factory=dict)
    oldest_stock_days: int | None = None
    # Shared and read-only while empty (most SKUs): ``review_catalog`` gives a SKU its own set.
    missing_rates: AbstractSet[str] = field(default_factory=set)
    flags: list[str] = field(default_factory=list)
    units_with_revenue: int = 0  # units of the lines whose revenue could be converted
    archived: bool = False  # 停售 (the SKU or its SPU): shown, but out of classes and flags

    @property
    def return_rate(self) -> float | None:
        return self.units_returned_12m / self.units_12m if self.units_12m else None

    @property
    def margin_basis(self) -> str:
        """REALISED when the SKU sold (and the margin can be computed), else LIST_PRICE, else
        "" (no cost or price)."""
        if self.realised_margin is not None:
            return REALISED
        return LIST_PRICE if self.list_margin is not None else ""

    @property
    def gross_margin(self) -> float | None:
        """The margin to show: realised where there are sales, else the list-price one."""
        return self.realised_margin if self.realised_margin is not None else self.list_margin


@dataclass
class CatalogReview:
    as_of: date
    base_currency: str
    skus: list[SkuReview]
    thresholds: Thresholds
    months: list[date] = field(default_factory=list)  # the 12 complete months reviewed
    has_sales: bool = False  # any sales ever imported: rules that need sales wait for it
    platform_revenue: dict[str, Decimal] = field(default_factory=dict)  # largest first
    market_revenue: dict[str, Decimal] = field(default_factory=dict)
    platform_shares: dict[str, float] = field(default_factory=dict)
    market_shares: dict[str, float] = field(default_factory=dict)
    top_sku_share: float = 0.0
    top_sku_ids: list[int] = field(default_factory=list)  # every SKU tied at the top
    top_platform_share: float = 0.0
    top_platforms: list[str] = field(default_factory=list)  # every platform tied at the top
    hhi_sku: float = 0.0
    hhi_platform: float = 0.0
    effective_skus: float | None = None  # 1 ÷ HHI
    effective_platforms: float | None = None
    total_revenue: Decimal = ZERO
    flags: list[Flag] = field(default_factory=list)
    missing_rates: set[str] = field(default_factory=set)

    def sku(self, sku_id: int) -> SkuReview | None:
        return next((s for s in self.skus if s.sku_id == sku_id), None)

    @property
    def active_skus(self) -> list[SkuReview]:
        """The SKUs still sold: archived (停售) ones keep their numbers on their rows but stay
        out of ABC classes, concentration, flags and charts."""
        return [s for s in self.skus if not s.archived]

    @property
    def archived_count(self) -> int:
        return sum(1 for s in self.skus if s.archived)

    @property
    def unknown_stock(self) -> list[SkuReview]:
        return [s for s in self.skus if s.stock_qty is None]


def _days_in(months: list[date]) -> int:
    return sum(calendar.monthrange(m.year, m.month)[1] for m in months)


def assign_abc(skus: list[SkuReview]) -> Decimal:
    """Set ``abc_class`` and ``revenue_share``; returns the total revenue."""
    selling = [s for s in skus if s.revenue_12m > 0]
    total = sum((s.revenue_12m for s in selling), ZERO)
    for sku in skus:
        sku.abc_class, sku.revenue_share = "", 0.0
    if total <= 0:
        return total
    cumulative = ZERO
    for sku in _largest_first(selling):
        sku.revenue_share = float(sku.revenue_12m / total)
        before = cumulative * 100
        cumulative += sku.revenue_12m
        sku.abc_class = (
            "A" if before < A_PERCENT * total else "B" if before < B_PERCENT * total else "C"
        )
    return total


def _largest_first(selling: list[SkuReview]) -> list[SkuReview]:
    """By revenue, largest first, ties by SKU code: the codes sorted as plain strings, then
    the revenues by ``largest_first`` (no long (Decimal, str) sort holding the lock)."""
    by_code = sorted(selling, key=attrgetter("sku_code"))
    order = largest_first([s.revenue_12m for s in by_code])
    if order is None:  # hand-made reviews (floats, ints)
        return sorted(selling, key=lambda s: (-s.revenue_12m, s.sku_code))
    return [by_code[i] for i in order]


def realised_margin(revenue: Decimal, units: int, unit_cost: Decimal | None) -> float | None:
    """(revenue − units × unit cost) ÷ revenue; None without sales or without a cost. The
    catalog grid calls it too, so an edited cost changes the margin at once."""
    if unit_cost is None or units <= 0 or revenue <= 0:
        return None
    return money.ratio(revenue - unit_cost * units, revenue)


def review_catalog(
    session: Session,
    as_of: date | None = None,
    thresholds: Thresholds | None = None,
    progress=None,
    sales: SalesColumns | None = None,
    catalog: tuple[dict[int, dict[str, Any]], dict[int, dict[str, Any]]] | None = None,
) -> CatalogReview:
    """``sales``: ``read_sales_columns`` of the same date when the caller already has them;
    ``catalog``: (``product_rows``, ``catalog_rows``) of ``core.catalog`` when it has those."""
    as_of = as_of or date.today()
    thresholds = thresholds or load_thresholds(session)
    base = currency.base_currency(session)
    rate_table = currency.rates(session)
    months = months_before(as_of, 12)
    recent = months[-3:]
    first_of_month = as_of.replace(day=1)
    if progress:
        progress.report(0, 4, "")

    categories = {c.id: c.name for c in session.exec(select(Category)).all()}
    # Plain rows, not ORM objects: a large seller has 100,000 SKUs.
    shared = sku_rows_from(session, *catalog) if catalog is not None else None
    chunks = read_sku_rows(session) if shared is None else in_pieces(shared)
    platforms = {p.id: p.name for p in session.exec(select(Platform)).all()}
    markets = {m.id: m.code for m in session.exec(select(Market)).all()}
    missing: set[str] = set()
    converter = money.Converter(base, rate_table)
    margins: dict[tuple[Decimal, Decimal], float | None] = {}  # a catalog repeats prices
    values: dict[Decimal, Decimal] = {}  # one object per distinct stock value
    decimals: dict[int, Decimal] = {}  # one per distinct cost or price in minor units

    skus: dict[int, SkuReview] = {}
    codes: dict[str, str] = {}  # one string per currency code, not one per SKU
    labels: dict[str, str] = {}  # variant JSON -> label (a catalog repeats a few shapes)
    # (SPU code, name) per product: one pair of strings for its SKUs, not one per SKU.
    names: dict[int, tuple[str, str]] = {}
    # launch date (or the product's creation) and a stage set by hand, where there is one
    launched: dict[int, Any] = {}
    overrides: dict[int, str] = {}
    for rows in chunks:
        # Cost and price in the base currency, column-wise (as the sales lines).
        cost_base, cost_missing = to_base(
            [r[3] for r in rows], [r[4] for r in rows], converter, decimals
        )
        price_base, price_missing = to_base(
            [r[5] for r in rows], [r[6] for r in rows], converter, decimals
        )
        for i, row in enumerate(rows):
            (sku_id, sku_code, variant, cost, cost_currency, price, price_currency, stock) = row[:8]
            sku_missing: AbstractSet[str] = NO_MISSING_RATES
            if cost_missing[i] or price_missing[i]:
                sku_missing = {code for code in (cost_missing[i], price_missing[i]) if code}
                missing.update(sku_missing)
            cost_money, price_money = cost_base[i], price_base[i]
            list_margin = None
            if cost_money is not None and price_money is not None and price_money > 0:
                pair = (cost_money, price_money)
                list_margin = margins.get(pair)
                if list_margin is None:
                    list_margin = margins[pair] = money.ratio(price_money - cost_money, price_money)
            label = labels.get(variant)
            if label is None:
                label = labels[variant] = Sku.model_construct(variant=variant).variant_label()
            spu_code, product_name = names.setdefault(row[10], (row[11], row[12]))
            skus[sku_id] = SkuReview(
                sku_id=sku_id,
                sku_code=sku_code,
                product_id=row[10],
                spu_code=spu_code,
                product_name=product_name,
                category=categories.get(row[13], ""),
                variant_label=label,
                cost=cost,
                cost_currency=codes.setdefault(cost_currency, cost_currency),
                price=price,
                price_currency=codes.setdefault(price_currency, price_currency),
                cost_base=cost_money,
                price_base=price_money,
                list_margin=list_margin,
                stock_qty=stock,
                stock_value=one_of(values, cost_money * stock)
                if cost_money is not None and stock is not None
                else None,
                missing_rates=sku_missing,
                archived=bool(row[15]),
                # Shared while empty (most SKUs of a large catalog sold nothing): one that sold gets
                # its own (``_add_sales``), and a flagged one its own list (``compute_flags``).
                revenue_by_platform=NO_SALES_BY,
                revenue_by_market=NO_SALES_BY,
                units_by_platform=NO_SALES_BY,
                units_by_market=NO_SALES_BY,
                flags=NO_FLAGS,
            )
            if row[8] or row[14]:
                launched[sku_id] = row[8] or row[14]
            if row[9] is not None:
                overrides[sku_id] = row[9]
        del rows, cost_base, price_base, cost_missing, price_missing
    # the caches (100,000 entries each in a large catalog) are not needed any more
    del shared, margins, values, decimals, names, codes, labels
    if progress:
        progress.report(1, 4, "")

    monthly: dict[int, dict[date, int]] = {}
    if sales is None:
        sales = read_sales_columns(session, as_of, base, rate_table)
    _add_sales(skus, sales, platforms, markets, missing, monthly)
    if progress:
        progress.report(2, 4, "")

    # Over the whole history (not only the 12 months): months with sales since launch, the
    # first month with sales, and the units a year before the last 3 months (seasonality).
    history = {
        sku_id: (count, to_date(first))
        for sku_id, count, first in session.exec(
            select(
                SalesRecord.sku_id,
                func.count(func.distinct(SalesRecord.month)),
                func.min(SalesRecord.month),
            )
            .where(SalesRecord.units > 0, SalesRecord.month < first_of_month)
            .group_by(col(SalesRecord.sku_id))
        ).all()
    }
    has_sales = session.exec(select(func.count()).select_from(SalesRecord)).one() > 0
    year_ago = [year_before(m) for m in recent]
    for sku_id, month, units in session.exec(
        select(col(SalesRecord.sku_id), col(SalesRecord.month), func.sum(SalesRecord.units))
        .where(SalesRecord.month >= year_ago[0], SalesRecord.month < months[0])
        .group_by(col(SalesRecord.sku_id), col(SalesRecord.month))
    ).all():
        day = to_date(month)
        if day is not None:
            units_by_month = monthly.setdefault(sku_id, {})
            day = day.replace(day=1)
            units_by_month[day] = units_by_month.get(day, 0) + int(units or 0)
    oldest = dict(
        session.exec(
            select(StockLot.sku_id, func.min(StockLot.received_on))
            .where(StockLot.qty > 0)
            .group_by(col(StockLot.sku_id))
        ).all()
    )
    recent_days = _days_in(recent)
    no_revenue = money.round_money(ZERO, base)  # one object for every SKU that sold nothing
    for sku_id, review in skus.items():
        sales_months, first_sale = history.get(sku_id, (0, None))
        span = history_months(first_sale, months[-1])
        units_by_month = monthly.get(sku_id, {})
        if units_by_month:
            stage, reason = suggest_lifecycle(
                units_by_month,
                months,
                int(sales_months),
                to_date(launched.get(sku_id)),
                as_of,
                span,
            )
        else:  # what suggest_lifecycle says without a unit sold (most SKUs of a large catalog)
            stage, reason = "", NO_SALES_REASON
        review.lifecycle_suggested, review.lifecycle_reason = stage, reason
        review.seasonally_adjusted = span >= SEASONAL_HISTORY_MONTHS and stage not in ("", "intro")
        override = overrides.get(sku_id)
        review.lifecycle_overridden = override in LIFECYCLE_STAGES
        review.lifecycle = (
            override if override is not None and review.lifecycle_overridden else stage
        )
        if review.units_recent > 0 and review.stock_qty is not None:
            review.days_of_cover = review.stock_qty / (review.units_recent / recent_days)
        review.realised_margin = realised_margin(
            review.revenue_12m, review.units_with_revenue, review.cost_base
        )
        # Already exact; this only gives "nothing sold" the currency's digits (0.00, ¥0).
        review.revenue_12m = (
            money.round_money(review.revenue_12m, base) if review.revenue_12m else no_revenue
        )
        received = to_date(oldest.get(sku_id))
        if received is not None:
            review.oldest_stock_days = (as_of - received).days
    if progress:
        progress.report(3, 4, "")

    result = CatalogReview(
        as_of=as_of,
        base_currency=base,
        skus=list(skus.values()),
        thresholds=thresholds,
        months=months,
        has_sales=has_sales,
        missing_rates=missing,
    )
    active = result.active_skus
    result.total_revenue = assign_abc(active)
    platform_totals: dict[str, Decimal] = defaultdict(Decimal)
    market_totals: dict[str, Decimal] = defaultdict(Decimal)
    for review in active:
        for name, value in review.revenue_by_platform.items():
            platform_totals[name] += value
        for name, value in review.revenue_by_market.items():
            market_totals[name] += value
    by_sku = concentration({s.sku_id: s.revenue_12m for s in active})
    by_platform = concentration(dict(platform_totals))
    by_market = concentration(dict(market_totals))
    result.platform_revenue = {k: platform_totals[k] for k in by_platform.shares}
    result.market_revenue = {k: market_totals[k] for k in by_market.shares}
    result.platform_shares, result.market_shares = by_platform.shares, by_market.shares
    result.top_sku_share, result.top_sku_ids = by_sku.top_share, by_sku.leaders
    result.hhi_sku, result.effective_skus = by_sku.hhi, by_sku.effective_number
    result.top_platform_share, result.top_platforms = by_platform.top_share, by_platform.leaders
    result.hhi_platform, result.effective_platforms = by_platform.hhi, by_platform.effective_number
    result.flags = compute_flags(result, thresholds)
    if progress:
        progress.report(4, 4, "")
    return result


def _add_sales(
    skus: dict[int, SkuReview],
    sales: SalesColumns,
    platforms: dict[Any, str],
    markets: dict[Any, str],
    missing: set[str],
    monthly: dict[int, dict[date, int]],
) -> None:
    """Each SKU's sums over its sales lines, column-wise: units, returns, recent units, revenue
    (exact sums of each line's money in the base currency), by platform and market, and its
    units per month for the lifecycle."""
    if not len(sales) or not skus:
        return
    ids = np.fromiter(skus, dtype=np.int64, count=len(skus))
    order = np.argsort(ids, kind="stable")
    where = np.minimum(np.searchsorted(ids[order], sales.sku_id), len(ids) - 1)
    known = ids[order][where] == sales.sku_id  # lines of SKUs under review
    position = order[where[known]]
    units, converted = sales.units[known], sales.converted[known]
    revenue, month = sales.revenue[known], sales.month[known]
    converted_units = np.where(converted, units, 0)

    def per_sku(values: np.ndarray) -> list[int]:
        total = np.zeros(len(ids), dtype=np.int64)
        np.add.at(total, position, values)
        return total.tolist()

    units_12m, returned = per_sku(units), per_sku(sales.returned[known])
    recent = per_sku(np.where(month >= len(sales.months) - 3, units, 0))
    revenue_12m, with_revenue = per_sku(revenue), per_sku(converted_units)
    converted_lines = per_sku(converted.astype(np.int64))
    reviews = list(skus.values())
    for i in np.flatnonzero(np.bincount(position, minlength=len(ids))).tolist():
        review = reviews[i]
        review.revenue_by_platform, review.revenue_by_market = {}, {}  # its own, not shared
        review.units_by_platform, review.units_by_market = {}, {}
        review.units_12m, review.units_returned_12m = units_12m[i], returned[i]
        review.units_recent, review.units_with_revenue = recent[i], with_revenue[i]
        if converted_lines[i]:
            review.revenue_12m = sales.to_money(revenue_12m[i])
    for where_sold, names, units_of, revenue_of in (
        (sales.platform_id[known], platforms, "units_by_platform", "revenue_by_platform"),
        (sales.market_id[known], markets, "units_by_market", "revenue_by_market"),
    ):
        distinct, inverse = np.unique(where_sold, return_inverse=True)
        labels = sorted({names.get(int(v), "?") for v in distinct.tolist()})
        label_index = np.array([labels.index(names.get(int(v), "?")) for v in distinct.tolist()])
        keys, (key_units, key_revenue, key_converted) = group_sums(
            position * len(labels) + label_index[inverse], units, revenue, converted
        )
        for key, unit_sum, minor, lines in zip(
            keys.tolist(),
            key_units.tolist(),
            key_revenue.tolist(),
            key_converted.tolist(),
            strict=True,
        ):
            review = reviews[key // len(labels)]
            label = labels[key % len(labels)]
            getattr(review, units_of)[label] = unit_sum
            if lines:
                getattr(review, revenue_of)[label] = sales.to_money(minor)
    keys, (month_units,) = group_sums(position * len(sales.months) + month, units)
    for key, unit_sum in zip(keys.tolist(), month_units.tolist(), strict=True):
        review = reviews[key // len(sales.months)]
        monthly.setdefault(review.sku_id, {})[sales.months[key % len(sales.months)]] = unit_sum
    for line in np.flatnonzero(sales.missing[known]).tolist():
        review = reviews[int(position[line])]
        code = sales.codes[int(sales.code[known][line])]
        missing.add(code)
        if not isinstance(review.missing_rates, set):
            review.missing_rates = set()
        review.missing_rates.add(code)


def inventory_state(session: Session) -> StepState:
    """Done when every SKU still sold has a category, a cost, a price and so a margin.

    A few indexed or single-scan queries, no ORM objects: the step list asks at start and
    after every edit, and a catalog can have 100,000 SKUs. Archived (停售) SKUs, and the SKUs
    of an archived SPU, are not reviewed, so they cannot hold the step up."""
    sku_table, product_table = table_of(Sku), table_of(Product)
    sku, product = sku_table.c, product_table.c
    live = product_table.alias("live")
    sold = and_(
        sku.archived.is_(False),
        core_select(live.c.id)
        .where(live.c.id == sku.product_id, live.c.archived.is_(False))
        .exists(),
    )
    connection = session.connection()

    def any_row(query) -> bool:
        return connection.execute(core_select(query.exists())).scalar() is True

    if not any_row(core_select(sku.id).where(sold)):
        return StepState.NOT_STARTED
    has_skus = core_select(sku.id).where(sku.product_id == product.id, sold)
    if any_row(core_select(product.id).where(product.category_id.is_(None), has_skus.exists())):
        return StepState.IN_PROGRESS
    if any_row(
        core_select(sku.id).where(
            or_(sku.cost.is_(None), sku.price.is_(None), sku.price <= 0), sold
        )
    ):
        return StepState.IN_PROGRESS
    # A currency converts when it has a rate (the base always has one). Codes spelled exactly
    # like a rate are fine; only the others (few rows, if any) are checked one by one.
    rate_table = currency.rates(session)
    known = list(rate_table)
    odd = connection.execute(
        core_select(sku.cost_currency, sku.price_currency)
        .where(or_(sku.cost_currency.not_in(known), sku.price_currency.not_in(known)), sold)
        .distinct()
    ).all()
    if any(currency.normalise_code(code) not in rate_table for pair in odd for code in pair):
        return StepState.IN_PROGRESS
    return StepState.DONE
