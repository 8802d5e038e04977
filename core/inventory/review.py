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
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import repeat
from operator import attrgetter
from typing import Any

import numpy as np
from sqlalchemy import and_, func, or_
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from core import currency, money
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.inventory.concentration import Concentration, concentration, largest_first
from core.inventory.flags import Flag, Thresholds, compute_flags, load_thresholds
from core.inventory.lifecycle import LIFECYCLE_STAGES, Positions, suggest_for_catalog
from core.inventory.memory import give_back_memory
from core.inventory.per_sku import (
    FLOAT_WHOLE,
    NO_SALES_BY,
    MoneyObjects,
    Where,
    by_name,
    per_position,
    ratios,
    sales_sums,
)
from core.inventory.sales_columns import SalesColumns, read_sales_columns
from core.inventory.sku_rows import SkuColumns, base_amounts, read_sku_columns, to_date
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
# Shared by every SKU that has no flag; never filled (see ``review_catalog``).
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
    days_of_cover: float | None = None
    realised_margin: float | None = None  # (revenue − units × cost) ÷ revenue
    lifecycle_suggested: str = ""
    lifecycle: str = ""
    lifecycle_overridden: bool = False
    lifecycle_reason: Message | None = None
    seasonally_adjusted: bool = False
    abc_class: str = ""
    revenue_share: float = 0.0
    revenue_by_platform: Mapping[str, Decimal] = field(default_factory=dict)
    revenue_by_market: Mapping[str, Decimal] = field(default_factory=dict)
    units_by_platform: Mapping[str, int] = field(default_factory=dict)
    units_by_market: Mapping[str, int] = field(default_factory=dict)
    oldest_stock_days: int | None = None
    # Shared and read-only while empty (most SKUs): ``review_catalog`` gives a SKU its own set.
    missing_rates: AbstractSet[str] = field(default_factory=set)
    flags: list[str] = field(default_factory=list)
    units_with_revenue: int = 0  # units of the lines whose revenue could be converted
    archived: bool = False  # 停售 (the SKU or its SPU): shown, but out of classes and flags

    @property
    def stock_value(self) -> Decimal | None:
        """Cost × stock in the base currency (None: no cost, or unknown stock). Made when read:
        a Decimal kept per SKU was 10 MB and 0.1 s at 100,000 SKUs, for a column few read."""
        if self.cost_base is None or self.stock_qty is None:
            return None
        return self.cost_base * self.stock_qty

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
    ``catalog``: (``product_rows``, ``catalog_rows``) of ``core.catalog`` when it has those.

    Column-wise over the whole catalog (``per_sku``): each figure is computed for every SKU at
    once, and what is the same for the SKUs that sold nothing (most of a large catalog) is one
    shared object; the SKU reviews are then made in one pass."""
    review = _review(session, as_of, thresholds, progress, sales, catalog)
    give_back_memory()  # the columns and lists of 100,000 SKUs just freed
    return review


def _review(
    session: Session,
    as_of: date | None,
    thresholds: Thresholds | None,
    progress,
    sales: SalesColumns | None,
    catalog: tuple[dict[int, dict[str, Any]], dict[int, dict[str, Any]]] | None,
) -> CatalogReview:
    as_of = as_of or date.today()
    thresholds = thresholds or load_thresholds(session)
    base = currency.base_currency(session)
    rate_table = currency.rates(session)
    months = months_before(as_of, 12)
    if progress:
        progress.report(0, 4, "")

    skus, missing, total, by_sku, platform_totals, market_totals = _reviewed_skus(
        session, as_of, base, rate_table, progress, sales, catalog
    )  # its columns and lists of 100,000 entries freed on return, before the flags
    result = CatalogReview(
        as_of=as_of,
        base_currency=base,
        skus=skus,
        thresholds=thresholds,
        months=months,
        has_sales=session.exec(select(func.count()).select_from(SalesRecord)).one() > 0,
        missing_rates=missing,
        total_revenue=total,
    )
    by_platform = concentration(platform_totals)
    by_market = concentration(market_totals)
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


def _reviewed_skus(
    session: Session,
    as_of: date,
    base: str,
    rate_table: dict[str, float],
    progress,
    sales: SalesColumns | None,
    catalog: tuple[dict[int, dict[str, Any]], dict[int, dict[str, Any]]] | None,
) -> tuple[list[SkuReview], set[str], Decimal, Concentration, dict, dict]:
    """Every SKU's review (without flags), the currencies without a rate, the revenue of the
    SKUs still sold, their concentration and the revenue per platform and per market."""
    months = months_before(as_of, 12)
    categories = {c.id: c.name for c in session.exec(select(Category)).all()}
    columns = read_sku_columns(session, categories, catalog)
    platforms = {p.id: p.name for p in session.exec(select(Platform)).all()}
    markets = {m.id: m.code for m in session.exec(select(Market)).all()}
    count = len(columns)
    converter = money.Converter(base, rate_table)
    objects = MoneyObjects(money.minor_unit(converter.target))
    cost_minor, cost_known, cost_missing = base_amounts(
        columns.cost, columns.cost_currency, converter
    )
    price_minor, price_known, price_missing = base_amounts(
        columns.price, columns.price_currency, converter
    )
    cost_base = objects.column(cost_minor, cost_known)
    price_base = objects.column(price_minor, price_known)
    list_margin = ratios(
        price_minor - cost_minor, price_minor, cost_known & price_known & (price_minor > 0)
    )
    missing: set[str] = set()
    sku_missing: list[AbstractSet[str]] = [NO_MISSING_RATES] * count
    for i, (a, b) in enumerate(zip(cost_missing, price_missing, strict=True)):
        if a or b:
            sku_missing[i] = {code for code in (a, b) if code}
            missing.update(sku_missing[i])
    if progress:
        progress.report(1, 4, "")

    if sales is None:
        sales = read_sales_columns(session, as_of, base, rate_table)
    ids = np.array(columns.ids, dtype=np.int64)
    sums = sales_sums(ids, sales, platforms, markets)
    for position, code in sums.missing:
        if sku_missing[position] is NO_MISSING_RATES:
            sku_missing[position] = set()
        sku_missing[position].add(code)  # type: ignore[attr-defined]
        missing.add(code)
    # revenue of the SKUs with converted lines; "nothing sold" is one 0 with the base's digits
    no_revenue = money.round_money(ZERO, base)
    revenue_minor = np.where(sums.converted > 0, sums.revenue, 0)
    revenue: list[Decimal] = [
        no_revenue if r is None else r for r in objects.column(revenue_minor, revenue_minor != 0)
    ]
    units_by_platform, revenue_by_platform = _by_name(count, sums.platform, objects)
    units_by_market, revenue_by_market = _by_name(count, sums.market, objects)
    if progress:
        progress.report(2, 4, "")

    stages = suggest_for_catalog(session, columns.launched, sums, sales, columns.ids, as_of)
    recent_days = _days_in(months[-3:])
    units_recent = sums.recent.tolist()
    days_of_cover: list[float | None] = [None] * count
    for i in np.flatnonzero(sums.recent > 0).tolist():
        stock = columns.stock[i]
        if stock is not None:
            days_of_cover[i] = stock / (units_recent[i] / recent_days)
    realised = _realised_margins(revenue_minor, sums.with_revenue, cost_minor, cost_known)
    oldest = _oldest_stock_days(session, columns.ids, as_of)
    archived = np.array(columns.archived, dtype=bool)
    abc_class, revenue_share, total, by_sku = _abc(
        revenue_minor, archived, columns, revenue, objects
    )
    if progress:
        progress.report(3, 4, "")

    overridden = [o in LIFECYCLE_STAGES for o in columns.override]
    skus = list(
        map(
            SkuReview,
            columns.ids,
            columns.sku_code,
            columns.product_id,
            columns.spu_code,
            columns.product_name,
            columns.category,
            columns.variant_label,
            columns.cost,
            columns.cost_currency,
            columns.price,
            columns.price_currency,
            cost_base,
            price_base,
            list_margin,
            revenue,
            sums.units.tolist(),
            sums.returned.tolist(),
            units_recent,
            columns.stock,
            days_of_cover,
            realised,
            stages.suggested,
            [
                o if is_override else s
                for o, is_override, s in zip(
                    columns.override, overridden, stages.suggested, strict=True
                )
            ],
            overridden,
            stages.reasons,
            stages.seasonal,
            abc_class,
            revenue_share,
            revenue_by_platform,
            revenue_by_market,
            units_by_platform,
            units_by_market,
            oldest,
            sku_missing,
            repeat(NO_FLAGS, count),  # compute_flags gives a flagged SKU its own
            sums.with_revenue.tolist(),
            columns.archived,
        )
    )
    platform_totals = _totals(sums.platform, archived, objects)
    market_totals = _totals(sums.market, archived, objects)
    return skus, missing, total, by_sku, platform_totals, market_totals


def _by_name(count: int, where: Where, objects: MoneyObjects) -> tuple[list, list]:
    """(units by name, revenue by name) per SKU: every name with lines gets its units, a name
    with converted lines its revenue; the SKUs without lines share one empty mapping."""
    units = by_name(where, np.ones(len(where.position), dtype=bool), None)
    revenue = by_name(where, where.converted > 0, objects)
    units_by: list[Any] = [NO_SALES_BY] * count
    revenue_by: list[Any] = [NO_SALES_BY] * count
    for position, mapping in units.items():
        units_by[position] = mapping
    for position, mapping in revenue.items():
        revenue_by[position] = mapping
    return units_by, revenue_by


def _realised_margins(
    revenue: np.ndarray, units: np.ndarray, cost_minor: np.ndarray, cost_known: np.ndarray
) -> list[float | None]:
    """``realised_margin`` for every SKU, from whole minor units."""
    use = cost_known & (units > 0) & (revenue > 0)
    # cost × units surely within int64 (else Decimal, one by one)
    small = (np.abs(cost_minor) < 2**31) & (units < 2**31)
    part = revenue - np.where(use & small, cost_minor * units, 0)
    result = ratios(part, revenue, use & small)
    for i in np.flatnonzero(use & ~small).tolist():
        result[i] = money.ratio(
            Decimal(int(revenue[i])) - Decimal(int(cost_minor[i])) * int(units[i]),
            Decimal(int(revenue[i])),
        )
    return result


def _oldest_stock_days(session: Session, ids: list[int], as_of: date) -> list[int | None]:
    oldest = dict(
        session.exec(
            select(StockLot.sku_id, func.min(StockLot.received_on))
            .where(StockLot.qty > 0)
            .group_by(col(StockLot.sku_id))
        ).all()
    )
    result: list[int | None] = [None] * len(ids)
    if oldest:
        rows = list(oldest.items())
        for i, (_sku_id, day) in zip(Positions(ids).of(rows), rows, strict=True):
            received = to_date(day)
            if received is not None and i >= 0:
                result[i] = (as_of - received).days
    return result


def _totals(where, archived: np.ndarray, objects: MoneyObjects) -> dict[str, Decimal]:
    """Revenue per platform (or market) over the SKUs still sold, in the order the names first
    appear SKU by SKU (ties in ``concentration`` keep that order)."""
    use = ~archived[where.position] & (where.converted > 0) if len(where.position) else []
    if not len(use):
        return {}
    labels = where.label[use]
    sums = per_position(labels, where.revenue[use], len(where.labels))
    return {where.labels[i]: objects.one(int(sums[i])) for i in dict.fromkeys(labels.tolist())}


def _abc(
    revenue_minor: np.ndarray,
    archived: np.ndarray,
    columns: SkuColumns,
    revenue: list[Decimal],
    objects: MoneyObjects,
) -> tuple[list[str], list[float], Decimal, Concentration]:
    """``assign_abc`` and the SKU concentration of the SKUs still sold, from whole minor
    units: (class per SKU, share per SKU, total revenue, concentration by SKU id)."""
    count = len(revenue_minor)
    classes: list[str] = [""] * count
    shares: list[Any] = [0.0] * count
    selling = np.flatnonzero(~archived & (revenue_minor > 0))
    if not len(selling):
        return classes, shares, ZERO, Concentration()
    codes = columns.sku_code
    by_code = np.array(sorted(selling.tolist(), key=codes.__getitem__), dtype=np.int64)
    ranked = by_code[np.argsort(-revenue_minor[by_code], kind="stable")]
    values = revenue_minor[ranked]
    total = int(sum(values.tolist()))
    if total * 100 < 2**62:
        before = (np.cumsum(values) - values) * 100
        letters = np.where(
            before < A_PERCENT * total, "A", np.where(before < B_PERCENT * total, "B", "C")
        ).tolist()
    else:  # beyond int64: Python integers
        letters, running = [], 0
        for value in values.tolist():
            before_big = running * 100
            letters.append(
                "A" if before_big < A_PERCENT * total else "B" if before_big < B_PERCENT * total
                else "C"
            )  # fmt: skip
            running += value
    ranked_shares = ratios(values, np.full(len(values), total, dtype=np.int64), values > 0) if (
        total < FLOAT_WHOLE) else [float(Decimal(v) / Decimal(total)) for v in values.tolist()]  # fmt: skip
    for i, letter, share in zip(ranked.tolist(), letters, ranked_shares, strict=True):
        classes[i], shares[i] = letter, share
    # concentration by SKU: the selling SKUs in review order, largest first
    order = selling[np.argsort(-revenue_minor[selling], kind="stable")]
    ids = columns.ids
    total_money = objects.one(total)
    decimals = [revenue[i] for i in selling.tolist()]
    squares = sum((v * v for v in decimals), ZERO)
    top = int(revenue_minor[order[0]])
    by_sku = Concentration(
        shares={ids[i]: shares[i] for i in order.tolist()},
        leaders=[ids[i] for i in order.tolist() if revenue_minor[i] == top],
        top_share=shares[int(order[0])],
        hhi=float(squares / (total_money * total_money)),
        effective_number=float(total_money * total_money / squares),
    )
    return classes, shares, total_money, by_sku


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
