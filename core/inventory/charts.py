"""Plain series for the step 2 charts (no Qt): the views in ``ui/charts`` only draw them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, NamedTuple

from sqlmodel import Session, col, select

from core import currency, money
from core.i18n import QT_TRANSLATE_NOOP
from core.inventory.lifecycle import LIFECYCLE_STAGES
from core.inventory.review import A_SHARE, B_SHARE, CatalogReview, assign_abc
from core.models import Product, Sku, StockLot
from core.money import ZERO


class BubblePoint(NamedTuple):
    sku_code: str
    revenue: float
    margin: float
    stock_value: float
    abc_class: str


class ParetoSeries(NamedTuple):
    ranks: list[int]  # 1 = the SKU with the most revenue
    shares: list[float]  # each SKU's share of revenue
    cumulative: list[float]
    classes: list[str]
    boundaries: dict[str, int]  # class → rank of its last SKU
    sku_codes: list[str]


class AgingBucket(NamedTuple):
    label: str  # English; translate with context "Inventory"
    units: int
    value: float


AGING_BUCKETS: list[tuple[int | None, str]] = [
    (30, QT_TRANSLATE_NOOP("Inventory", "0–30 days")),
    (90, QT_TRANSLATE_NOOP("Inventory", "31–90 days")),
    (180, QT_TRANSLATE_NOOP("Inventory", "91–180 days")),
    (365, QT_TRANSLATE_NOOP("Inventory", "181–365 days")),
    (None, QT_TRANSLATE_NOOP("Inventory", ">365 days")),
]
NO_STAGE = ""


def bubble_series(review: CatalogReview) -> list[BubblePoint]:
    """SKUs that sold and have a margin: x revenue, y margin, size stock value."""
    return [
        BubblePoint(
            s.sku_code, float(s.revenue_12m), s.gross_margin, float(s.stock_value or 0), s.abc_class
        )
        for s in review.active_skus
        if s.revenue_12m > 0 and s.gross_margin is not None
    ]


def pareto_series(review: CatalogReview) -> ParetoSeries:
    ranked = sorted(
        (s for s in review.active_skus if s.revenue_12m > 0),
        key=lambda s: (-s.revenue_12m, s.sku_code),
    )
    shares, cumulative, classes = [], [], []
    running = 0.0
    boundaries: dict[str, int] = {}
    for rank, sku in enumerate(ranked, start=1):
        running += sku.revenue_share
        shares.append(sku.revenue_share)
        cumulative.append(min(running, 1.0))
        classes.append(sku.abc_class)
        boundaries[sku.abc_class] = rank
    return ParetoSeries(
        list(range(1, len(ranked) + 1)),
        shares,
        cumulative,
        classes,
        boundaries,
        [s.sku_code for s in ranked],
    )


PARETO_GUIDES = (A_SHARE, B_SHARE)


def lifecycle_mix(review: CatalogReview) -> dict[str, tuple[int, float]]:
    """Stage → (SKU count, revenue); "" collects the SKUs without sales."""
    mix: dict[str, tuple[int, float]] = {stage: (0, 0.0) for stage in LIFECYCLE_STAGES}
    mix[NO_STAGE] = (0, 0.0)
    for sku in review.active_skus:
        key = sku.lifecycle if sku.lifecycle in LIFECYCLE_STAGES else NO_STAGE
        count, revenue = mix[key]
        mix[key] = (count + 1, revenue + float(sku.revenue_12m))
    return mix


def stock_aging(
    session: Session, as_of: date | None = None, sku_ids: set[int] | None = None
) -> list[AgingBucket]:
    """Units and value (cost in base currency) of the recorded stock lots by age, of the SKUs
    still sold (of ``sku_ids`` only when given: the catalog filter)."""
    as_of = as_of or date.today()
    base = currency.base_currency(session)
    rate_table = currency.rates(session)
    units = [0] * len(AGING_BUCKETS)
    values = [ZERO] * len(AGING_BUCKETS)
    rows = session.exec(
        select(StockLot, Sku)
        .join(Sku, col(StockLot.sku_id) == col(Sku.id))
        .join(Product, col(Sku.product_id) == col(Product.id))
        # Unknown stock stays out of the aging, as out of the aged-stock flag; so does the
        # stock of archived (停售) SKUs, as out of the review.
        .where(
            StockLot.qty > 0,
            col(Sku.stock_qty).is_not(None),
            col(Sku.archived).is_(False),
            col(Product.archived).is_(False),
        )
    ).all()
    for lot, sku in rows:
        if sku_ids is not None and sku.id not in sku_ids:
            continue
        age = (as_of - lot.received_on).days
        index = next(
            i for i, (limit, _) in enumerate(AGING_BUCKETS) if limit is None or age <= limit
        )
        units[index] += lot.qty
        cost = money.convert(sku.cost, sku.cost_currency, base, rate_table)
        if cost is not None:
            values[index] += cost * lot.qty
    return [
        AgingBucket(label, units[i], float(values[i])) for i, (_, label) in enumerate(AGING_BUCKETS)
    ]


def review_of(review: CatalogReview, sku_ids: set[int] | None) -> CatalogReview:
    """What the charts draw: the whole review, or only these SKUs, their revenue shares and ABC
    classes ranked among themselves (a Pareto curve of the filtered SKUs ends at 100 %). The
    SKUs are copies: the catalog keeps its own classes."""
    if sku_ids is None:
        return review
    chosen = [replace(s) for s in review.skus if s.sku_id in sku_ids]
    subset = replace(review, skus=chosen, flags=[])
    subset.total_revenue = assign_abc(subset.active_skus)
    return subset


def filtered_charts(
    workspace: Any, review: CatalogReview, sku_ids: set[int] | None, as_of: date | None, progress
) -> tuple[CatalogReview, list[AgingBucket]]:
    """Job: the charts' review and stock aging for the SKUs the catalog filter shows."""
    progress.report(0, 2, "")
    subset = review_of(review, sku_ids)
    progress.check()
    with workspace.session() as session:
        aging = stock_aging(session, as_of or review.as_of, sku_ids)
    progress.report(2, 2, "")
    return subset, aging
