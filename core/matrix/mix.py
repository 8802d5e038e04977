"""Role mix vs goals: per platform and market, how many SKUs hold each product role against
step 3's SKU-count targets, and the revenue and margin each role brings.

Counting is the one step 3's goal progress uses (core.goals.progress): distinct SKUs with an
*active* listing in the role on that platform × market; ``planned`` counts the SKUs that only
have a planned one. A goal whose platform or market is open (all platforms, all markets) gets
its own row with that wider scope, so every SKU-count goal with a role shows up.

Money is exact (core.money): each sales line of the 12 complete months before ``as_of``
becomes money in the base currency once (rounded half up), and product cost is units × the
SKU's cost in the base currency; margin = (revenue − cost) ÷ revenue over the lines whose SKU
has a cost. A sales line counts for the role its listing has now (roles carry no history).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlmodel import Session, select

from core import currency, money
from core.goals.models import Goal
from core.goals.roles import PRODUCT_ROLES, Measure
from core.models import Listing, ListingStatus, Market, Platform, Sku
from core.money import ZERO
from core.sales import months_before, read_sales

Scope = tuple[int | None, int | None, str]  # platform id, market id (None: all), role


@dataclass
class RoleMixRow:
    platform_id: int | None
    market_id: int | None
    platform: str  # name, "" for all platforms
    market: str  # code, "" for all markets
    role: str
    active: int = 0
    planned: int = 0
    target: Decimal | None = None  # sum of the SKU-count goals of exactly this scope
    goal_ids: list[int] = field(default_factory=list)
    revenue: Decimal = ZERO  # base currency, last 12 complete months
    costed_revenue: Decimal = ZERO
    cost: Decimal = ZERO

    @property
    def margin(self) -> float | None:
        return money.ratio(self.costed_revenue - self.cost, self.costed_revenue)

    @property
    def gap(self) -> int | None:
        """SKUs still missing to reach the target (0 when reached), None without one."""
        if self.target is None:
            return None
        return max(int(self.target) - self.active, 0)


@dataclass
class RoleMix:
    rows: list[RoleMixRow]
    base_currency: str
    months: list[date]
    unconverted: set[str] = field(default_factory=set)


def _matches(scope: Scope, platform_id: int, market_id: int, role: str | None) -> bool:
    return role == scope[2] and scope[0] in (None, platform_id) and scope[1] in (None, market_id)


def role_mix(session: Session, as_of: date | None = None) -> RoleMix:
    as_of = as_of or date.today()
    base = currency.base_currency(session)
    rates = currency.rates(session)
    platforms = {p.id: p.name for p in session.exec(select(Platform)).all()}
    markets = {m.id: m.code for m in session.exec(select(Market)).all()}
    listings = [
        x
        for x in session.exec(select(Listing)).all()
        if x.product_role and x.status != ListingStatus.ENDED
    ]
    scopes: dict[Scope, RoleMixRow] = {}

    def row(scope: Scope) -> RoleMixRow:
        if scope not in scopes:
            scopes[scope] = RoleMixRow(
                scope[0],
                scope[1],
                platforms.get(scope[0], "") if scope[0] is not None else "",
                markets.get(scope[1], "") if scope[1] is not None else "",
                scope[2],
            )
        return scopes[scope]

    for listing in listings:
        row((listing.platform_id, listing.market_id, str(listing.product_role)))
    goals = session.exec(select(Goal).where(Goal.measure == Measure.SKU_COUNT.value)).all()
    for goal in goals:
        if goal.product_role in PRODUCT_ROLES:
            target = row((goal.platform_id, goal.market_id, str(goal.product_role)))
            target.target = (target.target or ZERO) + goal.target_value
            target.goal_ids.append(goal.id or 0)
    for scope, mix in scopes.items():
        active = {
            x.sku_id
            for x in listings
            if x.status == ListingStatus.ACTIVE
            and _matches(scope, x.platform_id, x.market_id, x.product_role)
        }
        planned = {
            x.sku_id
            for x in listings
            if x.status == ListingStatus.PLANNED
            and _matches(scope, x.platform_id, x.market_id, x.product_role)
        }
        mix.active, mix.planned = len(active), len(planned - active)
    unconverted = _add_sales(session, as_of, base, rates, listings, scopes)
    order = list(PRODUCT_ROLES)
    rows = sorted(
        scopes.values(),
        key=lambda r: (
            r.platform_id is None,
            r.platform,
            r.market_id is None,
            r.market,
            order.index(r.role) if r.role in order else len(order),
        ),
    )
    return RoleMix(rows, base, months_before(as_of, 12), unconverted)


def _add_sales(session, as_of, base, rates, listings, scopes) -> set[str]:
    roles = {(x.sku_id, x.platform_id, x.market_id): x.product_role for x in listings}
    costs = {
        sku.id: money.convert(sku.cost, sku.cost_currency, base, rates)
        for sku in session.exec(select(Sku)).all()
        if sku.cost
    }
    unconverted: set[str] = set()
    by_scope: dict[Scope, list[RoleMixRow]] = defaultdict(list)
    for scope, mix in scopes.items():
        by_scope[scope].append(mix)
    for sku_id, platform_id, market_id, _month, units, _returned, revenue, code in read_sales(
        session, as_of
    ):
        role = roles.get((sku_id, platform_id, market_id))
        if role is None:
            continue
        value = money.convert(revenue, code, base, rates)
        if value is None:
            unconverted.add(currency.normalise_code(code))
            continue
        unit_cost = costs.get(sku_id)
        for scope in ((platform_id, market_id, role), (platform_id, None, role),
                      (None, market_id, role), (None, None, role)):  # fmt: skip
            for mix in by_scope.get(scope, []):
                mix.revenue += value
                if unit_cost is not None:
                    mix.costed_revenue += value
                    mix.cost += unit_cost * units
    return unconverted
