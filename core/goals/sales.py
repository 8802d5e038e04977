"""The sales a revenue or margin goal counts: its period so far, in its currency.

SQLite adds up exact hundredths (revenue × 100 and unit cost × 100 as integers) per month and
currency, so a seller with 100,000 sales rows waits for one grouped query per goal, not for
100,000 Decimals; conversions and proration then work on those few sums. Sales are monthly;
where a period starts or ends inside a month, that month counts in proportion to its days
inside the period (the month still running counts up to today).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, and_, func, select
from sqlmodel import Session

from core import currency
from core.goals.models import Goal
from core.models import Listing, SalesRecord, Sku, table_of


@dataclass
class SalesInPeriod:
    revenue: Decimal  # in the requested currency
    costed_revenue: Decimal  # revenue of sales whose SKU has a cost (base currency)
    cost: Decimal  # product cost of those sales (base currency)
    uncosted_skus: int
    unconverted: set[str]  # currencies without an exchange rate, left out
    days: int  # days of the period the data covers


@dataclass(frozen=True)
class SalesGroup:
    """Sales of one month, platform, market, listing role, currency and cost currency, in
    exact hundredths: what every goal of a workspace filters from one query."""

    month: date
    platform_id: int
    market_id: int
    role: str | None
    currency: str
    cost_currency: str | None
    costed: bool
    cents: int
    cost_cents: int


def _sums():
    sales, sku = table_of(SalesRecord).c, table_of(Sku).c
    return (
        sku.cost.is_not(None),
        func.sum(func.cast(func.round(sales.revenue * 100), Integer)),
        func.sum(sales.units * func.cast(func.round(sku.cost * 100), Integer)),
    )


def sales_groups(session: Session, first_month: date, last_day: date) -> list[SalesGroup]:
    """Every sale from ``first_month`` to ``last_day``, grouped (one scan for all goals)."""
    sales, listing, sku = table_of(SalesRecord).c, table_of(Listing).c, table_of(Sku).c
    joined = (
        table_of(SalesRecord)
        .join(table_of(Sku), sku.id == sales.sku_id)
        .outerjoin(
            table_of(Listing),
            and_(
                listing.sku_id == sales.sku_id,
                listing.platform_id == sales.platform_id,
                listing.market_id == sales.market_id,
            ),
        )
    )
    costed, cents, cost_cents = _sums()
    keys = (
        sales.month,
        sales.platform_id,
        sales.market_id,
        listing.product_role,
        sales.currency,
        sku.cost_currency,
        costed,
    )
    query = (
        select(*keys, cents, cost_cents)
        .select_from(joined)
        .where(sales.month >= first_month, sales.month <= last_day)
        .group_by(*keys)
    )
    return [
        SalesGroup(
            date.fromisoformat(str(month)[:10]),
            platform_id,
            market_id,
            role,
            sold_in,
            cost_in,
            bool(has_cost),
            int(amount or 0),
            int(cost_amount or 0),
        )
        for month, platform_id, market_id, role, sold_in, cost_in, has_cost, amount, cost_amount in (
            session.connection().execute(query)
        )
    ]


def _counted(goal: Goal, group: SalesGroup, first_month: date, until: date) -> bool:
    return (
        first_month <= group.month <= until
        and goal.platform_id in (None, group.platform_id)
        and goal.market_id in (None, group.market_id)
        and (goal.product_role is None or goal.product_role == group.role)
    )


def month_end(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def _decimal(value: float | int | None) -> Decimal:
    return Decimal(str(value)) if value is not None else Decimal(0)


def sales_in_period(
    session: Session,
    goal: Goal,
    money_currency: str,
    data_end: date | None,
    today: date,
    rate_table: dict[str, float],
    groups: list[SalesGroup] | None = None,
) -> SalesInPeriod:
    """Sales counted by ``goal`` from its start to the last day the data covers.

    SQLite adds up exact hundredths (revenue × 100 and unit cost × 100 as integers) per month
    and currency, so a seller with 100,000 sales rows waits for one grouped query, not for
    100,000 Decimals; conversions and proration then work on those few sums. ``groups``
    (from ``sales_groups``) spares the query when many goals are computed together."""
    empty = SalesInPeriod(Decimal(0), Decimal(0), Decimal(0), 0, set(), 0)
    if data_end is None:
        return empty
    until = min(data_end, goal.deadline)
    if until < goal.starts_on:
        return empty
    sales, listing, sku = table_of(SalesRecord).c, table_of(Listing).c, table_of(Sku).c
    joined = table_of(SalesRecord).join(table_of(Sku), sku.id == sales.sku_id)
    conditions = [sales.month >= goal.starts_on.replace(day=1), sales.month <= until]
    if goal.platform_id is not None:
        conditions.append(sales.platform_id == goal.platform_id)
    if goal.market_id is not None:
        conditions.append(sales.market_id == goal.market_id)
    if goal.product_role is not None:
        joined = joined.join(
            table_of(Listing),
            and_(
                listing.sku_id == sales.sku_id,
                listing.platform_id == sales.platform_id,
                listing.market_id == sales.market_id,
            ),
        )
        conditions.append(listing.product_role == goal.product_role)
    if groups is None:
        costed, cents, cost_cents = _sums()
        query = (
            select(sales.month, sales.currency, sku.cost_currency, costed, cents, cost_cents)
            .select_from(joined)
            .where(*conditions)
            .group_by(sales.month, sales.currency, sku.cost_currency, costed)
        )
        rows: list[Any] = list(session.connection().execute(query))
    else:
        first_month = goal.starts_on.replace(day=1)
        rows = [
            (g.month, g.currency, g.cost_currency, g.costed, g.cents, g.cost_cents)
            for g in groups
            if _counted(goal, g, first_month, until)
        ]
    revenue = costed_revenue = cost = Decimal(0)
    unconverted: set[str] = set()
    has_uncosted = False
    rates = {code: _decimal(rate) for code, rate in rate_table.items()}
    hundred = Decimal(100)
    for month, sold_in, cost_in, has_cost, amount, cost_amount in rows:
        share = _share_in_period(date.fromisoformat(str(month)[:10]), goal.starts_on, until, today)
        if share == 0:
            continue
        from_rate = rates.get(currency.normalise_code(sold_in))
        if from_rate is None:
            unconverted.add(sold_in)
            continue
        amount_base = Decimal(amount or 0) / hundred * share * from_rate
        revenue += amount_base
        cost_rate = rates.get(currency.normalise_code(cost_in or ""))
        if not has_cost or cost_rate is None:
            has_uncosted = True
            continue
        costed_revenue += amount_base
        cost += Decimal(cost_amount or 0) / hundred * share * cost_rate
    to_rate = rates.get(currency.normalise_code(money_currency))
    if to_rate is None:
        unconverted.add(money_currency)
        revenue = Decimal(0)
    else:
        revenue = revenue / to_rate
    return SalesInPeriod(
        revenue=revenue,
        costed_revenue=costed_revenue,
        cost=cost,
        uncosted_skus=_uncosted_skus(session, joined, conditions, rates) if has_uncosted else 0,
        unconverted=unconverted,
        days=(until - goal.starts_on).days + 1,
    )


def _uncosted_skus(session: Session, joined, conditions, rates: dict[str, Decimal]) -> int:
    """SKUs sold in the period whose cost (or its currency's rate) is missing."""
    sku = table_of(Sku).c
    known = [code for code in rates]
    query = (
        select(func.count(sku.id.distinct()))
        .select_from(joined)
        .where(*conditions, (sku.cost.is_(None)) | (~func.upper(sku.cost_currency).in_(known)))
    )
    return int(session.connection().execute(query).scalar() or 0)


def _share_in_period(month: date, starts_on: date, until: date, today: date) -> Decimal:
    """Part of a month's sales inside [starts_on, until]: the month's sales are spread over the
    days they cover (the whole month, or up to today for the month still running)."""
    covered_end = min(month_end(month), today)
    covered = (covered_end - month).days + 1
    if covered <= 0:
        return Decimal(0)
    inside = (min(covered_end, until) - max(month, starts_on)).days + 1
    if inside <= 0:
        return Decimal(0)
    return Decimal(1) if inside >= covered else Decimal(inside) / Decimal(covered)
