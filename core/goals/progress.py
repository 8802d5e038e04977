"""Live progress of every goal, computed from the listings and the sales table (never typed).

- SKU count: distinct SKUs with a *live* (active) listing that has the goal's product role on
  its platform × market. Planned listings are counted separately ("+2 planned").
- Revenue: sales in the period so far, in the goal's currency through the exchange-rate
  table; run-rate = revenue so far ÷ days elapsed × days in the period. Days elapsed run to the
  last day the sales data covers (the end of its latest month, or today), not to today, so a
  workspace whose sales stop in September is judged on September.
- Gross margin: (revenue − product cost) ÷ revenue over the same sales, SKUs without a cost
  left out (and said so).

Sales are monthly; where a period starts or ends inside a month, that month's sales count in
proportion to the days of it inside the period.

Status (the rule the page shows in a tooltip):
- SKU count and revenue: done once the target is reached; else pace = progress ÷ share of
  the period gone by (for revenue that is run-rate ÷ target): ≥ 100 % on track, ≥ 80 % at
  risk, below that off track; past the deadline and not reached: off track.
- Margin: at or above the target on track (done after the deadline), within 5 points at risk,
  further below off track.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlmodel import Session
from sqlmodel import select as select_rows

from core import currency
from core.goals.models import Goal
from core.goals.plan import goals
from core.goals.roles import PRODUCT_ROLES, GoalStatus, Measure
from core.goals.sales import SalesGroup, month_end, sales_groups, sales_in_period
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import (
    Listing,
    ListingStatus,
    Market,
    Platform,
    SalesRecord,
    TeamMember,
    table_of,
)

CTX = "Goals"
ON_TRACK_PACE = 1.0
AT_RISK_PACE = 0.8
MARGIN_AT_RISK_POINTS = Decimal("0.05")
NO_DATA_GRACE_DAYS = 31  # monthly sales arrive after the month: no alarm in a period's first month


@dataclass(frozen=True)
class GoalProgress:
    goal_id: int
    title: Message
    measure: str
    target: Decimal
    actual: Decimal | None  # SKUs, money in ``currency``, or a margin fraction
    progress: float  # 0–1: actual ÷ target, capped
    elapsed: float  # 0–1: share of the period gone by
    status: GoalStatus
    starts_on: date
    deadline: date
    owner: str
    currency: str | None = None
    pace: float | None = None
    run_rate: Decimal | None = None
    planned: int = 0
    revenue: Decimal | None = None  # what a margin rests on (base currency)
    data_until: date | None = None
    notes: list[Message] = field(default_factory=list)


@dataclass
class ProgressContext:
    today: date
    platforms: dict[int, str]
    markets: dict[int, str]
    owners: dict[int, str]
    rates: dict[str, float]
    base: str
    data_end: date | None  # last day of the latest month with sales (capped at today)
    sales: list[SalesGroup] | None = None  # every goal's sales from one query (goal_progress)


def goal_progress(session: Session, today: date | None = None) -> list[GoalProgress]:
    """Progress of every goal, in the order the seller keeps them."""
    context = progress_context(session, today or date.today())
    every = goals(session)
    starts = [g.starts_on for g in every if g.measure != Measure.SKU_COUNT]
    if starts and context.data_end is not None:
        context.sales = sales_groups(session, min(starts).replace(day=1), context.data_end)
    return [progress_of(session, goal, context) for goal in every]


def progress_context(session: Session, today: date) -> ProgressContext:
    latest = session.connection().execute(select(func.max(table_of(SalesRecord).c.month))).scalar()
    data_end = None
    if latest is not None:
        latest = date.fromisoformat(str(latest)[:10])
        data_end = min(month_end(latest), today)
    return ProgressContext(
        today=today,
        platforms={
            p.id: p.name for p in session.exec(select_rows(Platform)).all() if p.id is not None
        },
        markets={m.id: m.code for m in session.exec(select_rows(Market)).all() if m.id is not None},
        owners={
            m.id: m.name for m in session.exec(select_rows(TeamMember)).all() if m.id is not None
        },
        rates=currency.rates(session),
        base=currency.base_currency(session),
        data_end=data_end,
    )


def progress_of(session: Session, goal: Goal, context: ProgressContext) -> GoalProgress:
    common = {
        "goal_id": goal.id or 0,
        "title": goal_title(goal, context.platforms, context.markets),
        "measure": goal.measure,
        "target": goal.target_value,
        "starts_on": goal.starts_on,
        "deadline": goal.deadline,
        "owner": context.owners.get(goal.owner_id or 0, ""),
    }
    if goal.measure == Measure.SKU_COUNT:
        return _sku_count(session, goal, context, common)
    return _money(session, goal, context, common)


# --- naming -------------------------------------------------------------------------------


def goal_title(goal: Goal, platforms: dict[int, str], markets: dict[int, str]) -> Message:
    """The seller's own name for the goal, else one made from what it measures."""
    if goal.name:
        return Message(CTX, "{name}", {"name": goal.name})
    scope = scope_text(platforms.get(goal.platform_id or 0), markets.get(goal.market_id or 0))
    role = (
        Message(CTX, PRODUCT_ROLES[goal.product_role])
        if goal.product_role in PRODUCT_ROLES
        else None
    )
    if goal.measure == Measure.SKU_COUNT:
        if role is None:
            return Message(CTX, QT_TRANSLATE_NOOP("Goals", "{scope}: SKUs"), {"scope": scope})
        text = QT_TRANSLATE_NOOP("Goals", "{scope}: {role} SKUs")
    elif goal.measure == Measure.REVENUE:
        if role is None:
            return Message(CTX, QT_TRANSLATE_NOOP("Goals", "{scope}: revenue"), {"scope": scope})
        text = QT_TRANSLATE_NOOP("Goals", "{scope}: revenue of {role} SKUs")
    else:
        if role is None:
            return Message(
                CTX, QT_TRANSLATE_NOOP("Goals", "{scope}: gross margin"), {"scope": scope}
            )
        text = QT_TRANSLATE_NOOP("Goals", "{scope}: gross margin of {role} SKUs")
    return Message(CTX, text, {"scope": scope, "role": role})


def scope_text(platform: str | None, market: str | None) -> Message:
    if platform and market:
        return Message(CTX, "{platform} {market}", {"platform": platform, "market": market})
    if platform:
        return Message(
            CTX, QT_TRANSLATE_NOOP("Goals", "{platform}, all markets"), {"platform": platform}
        )
    if market:
        return Message(
            CTX, QT_TRANSLATE_NOOP("Goals", "All platforms in {market}"), {"market": market}
        )
    return Message(CTX, QT_TRANSLATE_NOOP("Goals", "All platforms and markets"))


# --- status -------------------------------------------------------------------------------


def elapsed_share(starts_on: date, deadline: date, until: date) -> float:
    """Share of the days from ``starts_on`` to ``deadline`` (both counted) up to ``until``."""
    total = (deadline - starts_on).days + 1
    gone = (min(until, deadline) - starts_on).days + 1
    return max(0.0, min(1.0, gone / total)) if total > 0 else 1.0


def pace_status(pace: float | None, reached: bool, finished: bool) -> GoalStatus:
    """Status of a goal that accumulates (SKUs, revenue)."""
    if reached:
        return GoalStatus.DONE
    if finished:
        return GoalStatus.OFF_TRACK
    if pace is None or pace >= ON_TRACK_PACE:
        return GoalStatus.ON_TRACK
    return GoalStatus.AT_RISK if pace >= AT_RISK_PACE else GoalStatus.OFF_TRACK


def margin_status(margin: Decimal, target: Decimal, finished: bool) -> GoalStatus:
    if margin >= target:
        return GoalStatus.DONE if finished else GoalStatus.ON_TRACK
    if finished:
        return GoalStatus.OFF_TRACK
    return GoalStatus.AT_RISK if margin >= target - MARGIN_AT_RISK_POINTS else GoalStatus.OFF_TRACK


def _no_data_status(goal: Goal, today: date) -> GoalStatus:
    if today > goal.deadline:
        return GoalStatus.OFF_TRACK
    started = (today - goal.starts_on).days
    return GoalStatus.ON_TRACK if started <= NO_DATA_GRACE_DAYS else GoalStatus.AT_RISK


# --- SKU counts ---------------------------------------------------------------------------


def _listing_filter(goal: Goal, table):
    conditions = []
    if goal.platform_id is not None:
        conditions.append(table.platform_id == goal.platform_id)
    if goal.market_id is not None:
        conditions.append(table.market_id == goal.market_id)
    if goal.product_role is not None:
        conditions.append(table.product_role == goal.product_role)
    return conditions


def count_skus(session: Session, goal: Goal, status: str) -> set[int]:
    listing = table_of(Listing).c
    query = (
        select(listing.sku_id)
        .where(listing.status == status, *_listing_filter(goal, listing))
        .distinct()
    )
    return {row[0] for row in session.connection().execute(query)}


def _sku_count(
    session: Session, goal: Goal, context: ProgressContext, common: dict
) -> GoalProgress:
    live = count_skus(session, goal, ListingStatus.ACTIVE.value)
    planned = count_skus(session, goal, ListingStatus.PLANNED.value) - live
    target = goal.target_value
    actual = Decimal(len(live))
    progress = _capped(actual, target)
    elapsed = elapsed_share(goal.starts_on, goal.deadline, context.today)
    pace = progress / elapsed if elapsed > 0 else None
    status = pace_status(pace, actual >= target, context.today > goal.deadline)
    notes = []
    if goal.product_role is not None and not live and not planned and not _any_roles(session):
        notes.append(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Goals",
                    "No listing has a product role yet: roles are given in step 5 (Platform fit).",
                ),
            )
        )
    return GoalProgress(
        **common,
        actual=actual,
        progress=progress,
        elapsed=elapsed,
        pace=pace,
        status=status,
        planned=len(planned),
        notes=notes,
    )


def _any_roles(session: Session) -> bool:
    listing = table_of(Listing).c
    query = select(listing.id).where(listing.product_role.is_not(None)).limit(1)
    return session.connection().execute(query).first() is not None


def _money(session: Session, goal: Goal, context: ProgressContext, common: dict) -> GoalProgress:
    target = goal.target_value
    money_currency = goal.currency or context.base
    sold = sales_in_period(
        session,
        goal,
        money_currency,
        context.data_end,
        context.today,
        context.rates,
        context.sales,
    )
    notes: list[Message] = []
    if sold.unconverted:
        notes.append(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Goals", "Sales in {currencies} left out: add their exchange rates."
                ),
                {"currencies": ", ".join(sorted(sold.unconverted))},
            )
        )
    finished = context.today > goal.deadline
    data_until = goal.starts_on + timedelta(days=sold.days - 1) if sold.days else None
    elapsed = elapsed_share(goal.starts_on, goal.deadline, data_until) if data_until else 0.0
    if sold.days == 0:
        notes.append(Message(CTX, QT_TRANSLATE_NOOP("Goals", "No sales data for this period yet.")))
    if goal.measure == Measure.REVENUE:
        actual = sold.revenue.quantize(Decimal("0.01"))
        period_days = (goal.deadline - goal.starts_on).days + 1
        run_rate = sold.revenue / sold.days * period_days if sold.days else None
        pace = float(run_rate / target) if run_rate is not None and target > 0 else None
        if sold.days == 0:
            status = (
                GoalStatus.DONE if actual >= target > 0 else _no_data_status(goal, context.today)
            )
        else:
            status = pace_status(pace, actual >= target, finished)
        return GoalProgress(
            **common,
            actual=actual,
            progress=_capped(actual, target),
            elapsed=elapsed,
            pace=pace,
            status=status,
            currency=money_currency,
            run_rate=run_rate.quantize(Decimal("0.01")) if run_rate is not None else None,
            data_until=data_until,
            notes=notes,
        )
    if sold.uncosted_skus:
        notes.append(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("Goals", "{count} SKU(s) without a cost left out of the margin."),
                {"count": sold.uncosted_skus},
            )
        )
    margin = (
        (sold.costed_revenue - sold.cost) / sold.costed_revenue if sold.costed_revenue > 0 else None
    )
    if margin is None:
        status = _no_data_status(goal, context.today)
        progress = 0.0
    else:
        status = margin_status(margin, target, finished)
        progress = _capped(max(margin, Decimal(0)), target)
    return GoalProgress(
        **common,
        actual=margin.quantize(Decimal("0.0001")) if margin is not None else None,
        progress=progress,
        elapsed=elapsed,
        status=status,
        revenue=sold.costed_revenue.quantize(Decimal("0.01")),
        currency=context.base,
        data_until=data_until,
        notes=notes,
    )


def _capped(actual: Decimal, target: Decimal) -> float:
    if target <= 0:
        return 1.0
    return float(min(actual / target, Decimal(1)))
