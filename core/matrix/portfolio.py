"""Portfolio chart data (BCG-style): each SKU that sold in the last 12 complete months as a
bubble: x = its share of the seller's revenue, y = growth, size = revenue, colour = role.

- revenue: the 12 complete months before ``as_of``, in the base currency (exact, each sales
  line converted and rounded once, as step 2 does);
- growth = (revenue of the last 6 months − the 6 before) ÷ the 6 before; None when the 6
  before had no revenue (a newcomer);
- role: the product role most of the SKU's live listings have (ties: the order of
  PRODUCT_ROLES), None without one;
- quadrant, with the lines at ``share_line`` = 1 ÷ number of SKUs with revenue (an average
  SKU's share) and ``growth_line`` (10 %): star (share and growth at or above), cash cow
  (share at or above, growth below), question mark (share below, growth at or above), dog
  (both below). A newcomer (growth None) counts as growing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlmodel import Session, select

from core import currency, money
from core.goals.roles import PRODUCT_ROLES
from core.i18n import QT_TRANSLATE_NOOP
from core.models import Listing, ListingStatus, Product, Sku
from core.money import ZERO
from core.sales import months_before, read_sales

GROWTH_LINE = 0.10
QUADRANTS: dict[str, str] = {
    "star": QT_TRANSLATE_NOOP("Matrix", "Star"),
    "cash_cow": QT_TRANSLATE_NOOP("Matrix", "Cash cow"),
    "question": QT_TRANSLATE_NOOP("Matrix", "Question mark"),
    "dog": QT_TRANSLATE_NOOP("Matrix", "Dog"),
}


@dataclass(frozen=True)
class PortfolioPoint:
    sku_id: int
    sku_code: str
    name: str
    revenue: Decimal
    share: float
    growth: float | None
    role: str | None
    quadrant: str


@dataclass(frozen=True)
class Portfolio:
    points: list[PortfolioPoint]
    base_currency: str
    share_line: float
    growth_line: float = GROWTH_LINE


def quadrant(share: float, growth: float | None, share_line: float, growth_line: float) -> str:
    high_share = share >= share_line
    high_growth = growth is None or growth >= growth_line
    if high_share:
        return "star" if high_growth else "cash_cow"
    return "question" if high_growth else "dog"


def main_role(roles: list[str]) -> str | None:
    if not roles:
        return None
    counts = Counter(roles)
    order = list(PRODUCT_ROLES)
    return min(counts, key=lambda r: (-counts[r], order.index(r) if r in order else len(order)))


def portfolio(session: Session, as_of: date | None = None) -> Portfolio:
    as_of = as_of or date.today()
    base = currency.base_currency(session)
    rates = currency.rates(session)
    recent = set(months_before(as_of, 6))
    late: dict[int, Decimal] = defaultdict(lambda: ZERO)
    early: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for sku_id, _p, _m, month, _units, _returned, revenue, code in read_sales(session, as_of):
        value = money.convert(revenue, code, base, rates)
        if value is None:
            continue
        month = date.fromisoformat(str(month)[:10])
        (late if month in recent else early)[sku_id] += value
    roles: dict[int, list[str]] = defaultdict(list)
    for listing in session.exec(select(Listing)).all():
        if listing.product_role and listing.status != ListingStatus.ENDED:
            roles[listing.sku_id].append(listing.product_role)
    names = {
        sku.id: (sku.sku_code, product.name)
        for sku, product in session.exec(
            select(Sku, Product).where(Sku.product_id == Product.id)
        ).all()
    }
    revenue = {
        sku_id: late[sku_id] + early[sku_id]
        for sku_id in set(late) | set(early)
        if late[sku_id] + early[sku_id] > 0 and sku_id in names
    }
    total = sum(revenue.values(), ZERO)
    share_line = 1 / len(revenue) if revenue else 0.0
    points = []
    for sku_id, value in sorted(revenue.items(), key=lambda item: (-item[1], item[0])):
        share = float(value / total)
        growth = float((late[sku_id] - early[sku_id]) / early[sku_id]) if early[sku_id] else None
        code, name = names[sku_id]
        points.append(
            PortfolioPoint(
                sku_id,
                code,
                name,
                value,
                share,
                growth,
                main_role(roles[sku_id]),
                quadrant(share, growth, share_line, GROWTH_LINE),
            )
        )
    return Portfolio(points, base, share_line)
