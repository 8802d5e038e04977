"""Step 2 Inventory review (梳理现有产品线): classify every SKU of the existing line.

Per SKU: category, gross margin from cost and price in the base currency, lifecycle stage
suggested from the sales trend (overridable), revenue by platform and market, ABC class and
stock figures. Over the catalog: concentration by SKU and platform and the flags of
``core.inventory.flags``. Charts' series are in ``core.inventory.charts``, the Excel export in
``core.inventory.export``.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from core import currency
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.inventory.flags import Flag, Thresholds, compute_flags, load_thresholds
from core.models import (
    Category,
    Market,
    Platform,
    Product,
    SalesRecord,
    Sku,
    StockLot,
    saved_id,
)
from core.sales import months_before, read_sales
from core.steps import StepState

LIFECYCLE_STAGES: dict[str, str] = {
    "intro": QT_TRANSLATE_NOOP("Inventory", "Intro"),
    "growth": QT_TRANSLATE_NOOP("Inventory", "Growth"),
    "mature": QT_TRANSLATE_NOOP("Inventory", "Mature"),
    "decline": QT_TRANSLATE_NOOP("Inventory", "Decline"),
}
NO_SALES_LABEL = QT_TRANSLATE_NOOP("Inventory", "No sales yet")
LIFECYCLE_RULE = Message(
    "Inventory",
    QT_TRANSLATE_NOOP(
        "Inventory",
        "Suggested lifecycle stage: the units of the last 3 complete months are compared with the "
        "3 months before. Fewer than 4 months with sales, or launched less than 120 days ago: "
        "Intro. Up by 20 % or more: Growth. Down by 20 % or more: Decline. Otherwise: Mature. "
        "No sales in the last 12 months: no suggestion. You can set the stage by hand; your choice "
        "wins over the suggestion.",
    ),
)
ABC_RULE = Message(
    "Inventory",
    QT_TRANSLATE_NOOP(
        "Inventory",
        "ABC classes by revenue of the last 12 months: SKUs sorted from the largest, A until 80 % "
        "of revenue is reached (the SKU that crosses 80 % is still A), B up to 95 %, C the rest.",
    ),
)

GROWTH_CHANGE = 0.20
MIN_SALES_MONTHS = 4
MIN_AGE_DAYS = 120
A_SHARE, B_SHARE = 0.80, 0.95
_EPS = 1e-9


@dataclass
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
    cost_base: float | None
    price_base: float | None
    gross_margin: float | None
    revenue_12m: float = 0.0
    units_12m: int = 0
    units_returned_12m: int = 0
    units_recent: int = 0  # units of the last 3 complete months
    stock_qty: int = 0
    stock_value: float | None = None
    days_of_cover: float | None = None
    lifecycle_suggested: str = ""
    lifecycle: str = ""
    lifecycle_overridden: bool = False
    lifecycle_reason: Message | None = None
    abc_class: str = ""
    revenue_share: float = 0.0
    revenue_by_platform: dict[str, float] = field(default_factory=dict)
    revenue_by_market: dict[str, float] = field(default_factory=dict)
    units_by_platform: dict[str, int] = field(default_factory=dict)
    units_by_market: dict[str, int] = field(default_factory=dict)
    oldest_stock_days: int | None = None
    missing_rates: set[str] = field(default_factory=set)
    flags: list[str] = field(default_factory=list)

    @property
    def return_rate(self) -> float | None:
        return self.units_returned_12m / self.units_12m if self.units_12m else None


@dataclass
class CatalogReview:
    as_of: date
    base_currency: str
    skus: list[SkuReview]
    thresholds: Thresholds
    months: list[date] = field(default_factory=list)  # the 12 complete months reviewed
    platform_shares: dict[str, float] = field(default_factory=dict)
    market_shares: dict[str, float] = field(default_factory=dict)
    top_sku_share: float = 0.0
    top_platform_share: float = 0.0
    hhi_sku: float = 0.0
    hhi_platform: float = 0.0
    total_revenue: float = 0.0
    flags: list[Flag] = field(default_factory=list)
    missing_rates: set[str] = field(default_factory=set)

    def sku(self, sku_id: int) -> SkuReview | None:
        return next((s for s in self.skus if s.sku_id == sku_id), None)


def _days_in(months: list[date]) -> int:
    return sum(calendar.monthrange(m.year, m.month)[1] for m in months)


def suggest_lifecycle(
    monthly_units: dict[date, int],
    months: list[date],
    sales_months: int,
    launched_on: date | None,
    as_of: date,
) -> tuple[str, Message]:
    """(stage or "", reason) by ``LIFECYCLE_RULE``; ``months`` are the 12 reviewed months."""
    if not any(monthly_units.get(m, 0) > 0 for m in months):
        return "", Message(
            "Inventory",
            QT_TRANSLATE_NOOP("Inventory", "No sales in the last 12 months: no suggestion."),
        )
    age = (as_of - launched_on).days if launched_on else None
    if age is not None and age < MIN_AGE_DAYS:
        return "intro", Message(
            "Inventory",
            QT_TRANSLATE_NOOP("Inventory", "Launched {days} days ago (less than 120): Intro."),
            {"days": age},
        )
    if sales_months < MIN_SALES_MONTHS:
        return "intro", Message(
            "Inventory",
            QT_TRANSLATE_NOOP(
                "Inventory", "Only {months} months with sales so far (fewer than 4): Intro."
            ),
            {"months": sales_months},
        )
    last = sum(monthly_units.get(m, 0) for m in months[-3:])
    before = sum(monthly_units.get(m, 0) for m in months[-6:-3])
    params: dict[str, Any] = {"last": last, "before": before}
    if before == 0:
        stage = "growth" if last > 0 else "decline"
        change = "+∞" if last > 0 else "0%"
    else:
        ratio = (last - before) / before
        change = f"{ratio * 100:+.0f}%"
        # Integer comparison so that exactly +20 % / -20 % fall on the documented side.
        if last * 100 >= before * (100 + GROWTH_CHANGE * 100):
            stage = "growth"
        elif last * 100 <= before * (100 - GROWTH_CHANGE * 100):
            stage = "decline"
        else:
            stage = "mature"
    params["change"] = change
    return stage, Message(
        "Inventory",
        QT_TRANSLATE_NOOP(
            "Inventory",
            "Last 3 months {last} units, the 3 months before {before} units ({change}).",
        ),
        params,
    )


def assign_abc(skus: list[SkuReview]) -> float:
    """Set ``abc_class`` and ``revenue_share``; returns the total revenue."""
    total = sum(s.revenue_12m for s in skus if s.revenue_12m > 0)
    cumulative = 0.0
    for sku in sorted(skus, key=lambda s: (-s.revenue_12m, s.sku_code)):
        if sku.revenue_12m <= 0 or total <= 0:
            sku.abc_class, sku.revenue_share = "", 0.0
            continue
        sku.revenue_share = sku.revenue_12m / total
        before = cumulative
        cumulative += sku.revenue_share
        sku.abc_class = "A" if before < A_SHARE - _EPS else "B" if before < B_SHARE - _EPS else "C"
    return total


def herfindahl(shares) -> float:
    return sum(s * s for s in shares)


def review_catalog(
    session: Session,
    as_of: date | None = None,
    thresholds: Thresholds | None = None,
    progress=None,
    sales: list[Any] | None = None,
) -> CatalogReview:
    """``sales``: the rows of ``core.sales.read_sales`` when the caller already has them."""
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
    rows = session.exec(
        select(Sku, Product)
        .join(Product, col(Sku.product_id) == col(Product.id))
        .order_by(Product.spu_code, Sku.sku_code)
    ).all()
    platforms = {p.id: p.name for p in session.exec(select(Platform)).all()}
    markets = {m.id: m.code for m in session.exec(select(Market)).all()}
    missing: set[str] = set()

    def to_base(amount, code, sku_missing):
        if amount is None:
            return None
        value = currency.convert(amount, code, base, rate_table)
        if value is None:
            missing.add(currency.normalise_code(code))
            sku_missing.add(currency.normalise_code(code))
        return value

    skus: dict[int, SkuReview] = {}
    for sku, product in rows:
        sku_missing: set[str] = set()
        cost_base = to_base(sku.cost, sku.cost_currency, sku_missing)
        price_base = to_base(sku.price, sku.price_currency, sku_missing)
        margin = (
            (price_base - cost_base) / price_base
            if cost_base is not None and price_base is not None and price_base > 0
            else None
        )
        skus[saved_id(sku)] = SkuReview(
            sku_id=saved_id(sku),
            sku_code=sku.sku_code,
            product_id=saved_id(product),
            spu_code=product.spu_code,
            product_name=product.name,
            category=categories.get(product.category_id, ""),
            variant_label=sku.variant_label(),
            cost=sku.cost,
            cost_currency=sku.cost_currency,
            price=sku.price,
            price_currency=sku.price_currency,
            cost_base=cost_base,
            price_base=price_base,
            gross_margin=margin,
            stock_qty=sku.stock_qty or 0,
            stock_value=cost_base * (sku.stock_qty or 0) if cost_base is not None else None,
            missing_rates=sku_missing,
        )
    if progress:
        progress.report(1, 4, "")

    monthly: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    # Plain rows, not ORM objects: a large seller has hundreds of thousands of them.
    if sales is None:
        sales = read_sales(session, as_of)
    recent_months = set(recent)
    for sku_id, platform_id, market_id, sold_in, units, returned, amount, code in sales:
        review = skus.get(sku_id)
        if review is None:
            continue
        month = sold_in.replace(day=1)
        monthly[sku_id][month] += units
        review.units_12m += units
        review.units_returned_12m += returned
        if month in recent_months:
            review.units_recent += units
        platform = platforms.get(platform_id, "?")
        market = markets.get(market_id, "?")
        review.units_by_platform[platform] = review.units_by_platform.get(platform, 0) + units
        review.units_by_market[market] = review.units_by_market.get(market, 0) + units
        revenue = to_base(amount, code, review.missing_rates)
        if revenue is None:
            continue
        review.revenue_12m += revenue
        review.revenue_by_platform[platform] = (
            review.revenue_by_platform.get(platform, 0.0) + revenue
        )
        review.revenue_by_market[market] = review.revenue_by_market.get(market, 0.0) + revenue
    if progress:
        progress.report(2, 4, "")

    # Months with sales since launch, over the whole history (not only the 12 months).
    sales_months = dict(
        session.exec(
            select(SalesRecord.sku_id, func.count(func.distinct(SalesRecord.month)))
            .where(SalesRecord.units > 0, SalesRecord.month < first_of_month)
            .group_by(col(SalesRecord.sku_id))
        ).all()
    )
    oldest = dict(
        session.exec(
            select(StockLot.sku_id, func.min(StockLot.received_on))
            .where(StockLot.qty > 0)
            .group_by(col(StockLot.sku_id))
        ).all()
    )
    launched = {sku.id: sku.launched_on or product.created_on for sku, product in rows}
    overrides = {sku.id: sku.lifecycle_override for sku, _ in rows}
    recent_days = _days_in(recent)
    for sku_id, review in skus.items():
        stage, reason = suggest_lifecycle(
            monthly.get(sku_id, {}),
            months,
            int(sales_months.get(sku_id, 0)),
            launched.get(sku_id),
            as_of,
        )
        review.lifecycle_suggested, review.lifecycle_reason = stage, reason
        override = overrides.get(sku_id)
        review.lifecycle_overridden = override in LIFECYCLE_STAGES
        review.lifecycle = (
            override if override is not None and review.lifecycle_overridden else stage
        )
        if review.units_recent > 0:
            review.days_of_cover = review.stock_qty / (review.units_recent / recent_days)
        received = oldest.get(sku_id)
        if received is not None:
            if isinstance(received, str):
                received = date.fromisoformat(received[:10])
            review.oldest_stock_days = (as_of - received).days
    if progress:
        progress.report(3, 4, "")

    result = CatalogReview(
        as_of=as_of,
        base_currency=base,
        skus=list(skus.values()),
        thresholds=thresholds,
        months=months,
        missing_rates=missing,
    )
    total = assign_abc(result.skus)
    result.total_revenue = total
    if total > 0:
        platform_totals: dict[str, float] = defaultdict(float)
        market_totals: dict[str, float] = defaultdict(float)
        for review in result.skus:
            for name, value in review.revenue_by_platform.items():
                platform_totals[name] += value
            for name, value in review.revenue_by_market.items():
                market_totals[name] += value
        result.platform_shares = {
            k: v / total for k, v in sorted(platform_totals.items(), key=lambda kv: -kv[1])
        }
        result.market_shares = {
            k: v / total for k, v in sorted(market_totals.items(), key=lambda kv: -kv[1])
        }
        sku_shares = [s.revenue_share for s in result.skus if s.revenue_share > 0]
        result.top_sku_share = max(sku_shares)
        result.hhi_sku = herfindahl(sku_shares)
        result.top_platform_share = max(result.platform_shares.values())
        result.hhi_platform = herfindahl(result.platform_shares.values())
    result.flags = compute_flags(result, thresholds)
    if progress:
        progress.report(4, 4, "")
    return result


def set_lifecycle_override(session: Session, sku_id: int, stage: str | None) -> None:
    """Set the stage by hand, or clear it (None or "") to follow the suggestion again."""
    if stage and stage not in LIFECYCLE_STAGES:
        raise ValueError(
            Message(
                "Inventory",
                QT_TRANSLATE_NOOP("Inventory", '"{stage}" is not a lifecycle stage.'),
                {"stage": stage},
            )
        )
    sku = session.get(Sku, sku_id)
    if sku is None:
        raise ValueError(
            Message("Inventory", QT_TRANSLATE_NOOP("Inventory", "The SKU no longer exists."), {})
        )
    sku.lifecycle_override = stage or None
    session.add(sku)
    session.flush()


def lifecycle_label(stage: str) -> str:
    """English label (translate with context "Inventory")."""
    return LIFECYCLE_STAGES.get(stage, NO_SALES_LABEL)


def inventory_state(session: Session) -> StepState:
    """Done when every SKU has a category, a cost, a price and so a margin."""
    rows = session.exec(
        select(Sku, Product).join(Product, col(Sku.product_id) == col(Product.id))
    ).all()
    if not rows:
        return StepState.NOT_STARTED
    base = currency.base_currency(session)
    rate_table = currency.rates(session)
    for sku, product in rows:
        if product.category_id is None:
            return StepState.IN_PROGRESS
        cost = currency.convert(sku.cost, sku.cost_currency, base, rate_table)
        price = currency.convert(sku.price, sku.price_currency, base, rate_table)
        if cost is None or price is None or price <= 0:
            return StepState.IN_PROGRESS
    return StepState.DONE
