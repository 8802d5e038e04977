"""Step 3 of the demo workspace: target markets, platform priority and roles, product roles on
some listings (so SKU-count goals have progress) and goals, some on track and some not.

Deterministic: roles follow the demo's own numbers (revenue, price, cost), and revenue and
margin targets are set against the demo's run-rate at ``anchor`` with fixed ratios.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlmodel import Session
from sqlmodel import select as select_rows

from core.goals import plan
from core.goals.models import Goal
from core.goals.plan import GoalDraft, add_months
from core.goals.progress import progress_context, progress_of
from core.goals.roles import Measure
from core.models import (
    Listing,
    Market,
    Platform,
    SalesRecord,
    Sku,
    TeamMember,
    saved_id,
    table_of,
)

PRIORITY = ["amazon", "tiktok", "shopify", "aliexpress"]
PLATFORM_ROLES = {
    ("amazon", "US"): "main",
    ("amazon", "DE"): "main",
    ("amazon", "JP"): "test",
    ("tiktok", "US"): "test",
    ("shopify", "US"): "main",
    ("aliexpress", "DE"): "clearance",
    ("aliexpress", "JP"): "clearance",
}
# (platform, market): how many listings get each role, in this order.
LISTING_ROLES = {
    ("amazon", "US"): [("hero", 1), ("traffic", 3), ("profit", 3), ("potential", 2)],
    ("tiktok", "US"): [("hero", 1), ("traffic", 4)],
    ("amazon", "DE"): [("hero", 1), ("traffic", 2)],
}
# Goals: (measure, platform, market, product role, owner's role, target).
# A SKU-count target is a number; a money target is a ratio to the run-rate at the anchor
# (below 1: on track; 1.12: at risk; 1.6: off track); a margin target is points above
# (positive: short of it) the margin so far.
GOALS: list[tuple[Measure, str | None, str | None, str | None, str, int | Decimal]] = [
    (Measure.SKU_COUNT, "amazon", "US", "traffic", "product_manager", 5),
    (Measure.SKU_COUNT, "amazon", "US", "hero", "product_manager", 3),
    (Measure.SKU_COUNT, "amazon", "US", "profit", "product_manager", 4),
    (Measure.SKU_COUNT, "tiktok", "US", "traffic", "operations", 4),
    (Measure.REVENUE, "amazon", "US", None, "operations", Decimal("0.92")),
    (Measure.REVENUE, "amazon", "DE", None, "operations", Decimal("1.12")),
    (Measure.REVENUE, "tiktok", "US", None, "operations", Decimal("1.6")),
    (Measure.MARGIN, None, None, None, "finance", Decimal("-0.03")),
    (Measure.MARGIN, "amazon", "JP", None, "finance", Decimal("0.03")),
]


def build_demo_goals(session: Session, anchor: date) -> None:
    """Add step 3 to the demo written so far (sales up to the month before ``anchor``)."""
    session.flush()
    platforms = {p.code: saved_id(p) for p in session.exec(select_rows(Platform)).all()}
    markets = {m.code: saved_id(m) for m in session.exec(select_rows(Market)).all()}
    plan.set_target_markets(session, [markets[c] for c in ("US", "DE", "JP") if c in markets])
    plan.set_platform_priority(session, [platforms[c] for c in PRIORITY if c in platforms])
    for (platform, market), role in PLATFORM_ROLES.items():
        plan.set_platform_role(session, platforms[platform], markets[market], role)
    for (platform, market), roles in LISTING_ROLES.items():
        _give_roles(session, platforms[platform], markets[market], roles)

    owners: dict[str, int | None] = {
        m.role: m.id for m in session.exec(select_rows(TeamMember)).all()
    }
    starts_on = add_months(anchor.replace(day=1), -3)
    deadline = add_months(anchor.replace(day=1), 3) - timedelta(days=1)
    context = progress_context(session, anchor)
    for measure, platform_code, market_code, product_role, owner_role, target in GOALS:
        draft = GoalDraft(
            measure=measure,
            target=str(target) if measure == Measure.SKU_COUNT else "0.5",
            starts_on=starts_on,
            deadline=deadline,
            product_role=product_role,
            platform_id=platforms[platform_code] if platform_code else None,
            market_id=markets[market_code] if market_code else None,
            owner_id=owners.get(owner_role),
        )
        goal = plan.add_goal(session, draft)
        if measure == Measure.REVENUE:
            run_rate = progress_of(session, goal, context).run_rate or Decimal(0)
            _set_target(session, goal, _round(run_rate * Decimal(target), 3))
        elif measure == Measure.MARGIN:
            margin = progress_of(session, goal, context).actual or Decimal("0.3")
            _set_target(session, goal, (margin + Decimal(target)).quantize(Decimal("0.01")))


def _set_target(session: Session, goal: Goal, value: Decimal) -> None:
    plan.update_goal(session, goal.id or 0, target=str(max(value, Decimal("0.01"))))


def _round(value: Decimal, digits: int) -> Decimal:
    """``value`` to ``digits`` significant digits (targets are round numbers)."""
    if value <= 0:
        return Decimal(1000)
    exponent = value.adjusted() - digits + 1
    return value.scaleb(-exponent).quantize(Decimal(1)).scaleb(exponent)


def _give_roles(
    session: Session, platform_id: int, market_id: int, roles: list[tuple[str, int]]
) -> None:
    """Hero: the best seller; traffic: the cheapest; profit: the widest price over cost;
    potential: the newest. Each listing gets one role."""
    sales = table_of(SalesRecord).c
    revenue = dict(
        session.connection()
        .execute(
            select(sales.sku_id, func.sum(sales.revenue))
            .where(sales.platform_id == platform_id, sales.market_id == market_id)
            .group_by(sales.sku_id)
        )
        .all()
    )
    rows = session.exec(
        select_rows(Listing, Sku).where(
            Listing.platform_id == platform_id,
            Listing.market_id == market_id,
            Listing.status == "active",
            Listing.sku_id == Sku.id,
        )
    ).all()
    free = sorted(rows, key=lambda row: row[1].sku_code)
    orders = {
        "hero": lambda row: -revenue.get(row[1].id, 0),
        "traffic": lambda row: (row[0].price or 0, row[1].sku_code),
        "profit": lambda row: -((row[1].price or 0) * 7.2 - (row[1].cost or 0)),
        "potential": lambda row: (-(row[1].launched_on or date.min).toordinal(), row[1].sku_code),
    }
    for role, count in roles:
        chosen = sorted(free, key=orders[role])[:count]
        for listing, _sku in chosen:
            listing.product_role = role
            session.add(listing)
        free = [row for row in free if row not in chosen]
    session.flush()
