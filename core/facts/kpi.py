"""Key figures over the fact store: revenue, units, orders, returned units, sessions, ad
spend and ad sales, in total and per month, week, platform, market, SKU or category.

Whole months (weeks) come from the rollup (``factsummary``: a year of daily facts for
10,000 SKUs is 120,000 rows there instead of 3.65 million); a range that starts or ends inside
a period adds that part from the facts themselves. Money is summed per currency in minor units,
then converted to the base currency and rounded once by :mod:`core.money`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from core.currency import base_currency, rates
from core.facts import summary
from core.facts.dialect import day_text, temporary_copy
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.money import ZERO, convert, minor_unit

GROUPINGS = ("month", "week", "platform", "market", "sku", "category")
COUNTS = ("units", "orders", "returned_units", "sessions", "page_views")
MONEY = ("revenue", "discounts", "refunds", "ad_spend", "ad_sales")
EDGE = "factsummary_edge"
_KEYS = {
    "month": "s.start",  # the month's first day, shortened to YYYY-MM by _name
    "week": "s.start",
    "platform": "p.code",
    "market": "m.code",
    "sku": "k.sku_code",
    "category": "coalesce(c.name, '')",
    None: "''",
}


class KpiError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


@dataclass
class _Sums:
    counts: dict[str, int]
    money: dict[str, dict[str, int]]  # measure → currency → minor units

    @classmethod
    def empty(cls) -> _Sums:
        return cls({name: 0 for name in COUNTS}, {name: defaultdict(int) for name in MONEY})


def kpi(
    session: Session, by: str | None = None, first: date | None = None, last: date | None = None
) -> dict[str, Any]:
    """``{"base_currency", "total": {...}, "groups": [{by: key, ...}, ...]}``; money as
    Decimal in the base currency. KpiError names a currency the rate table lacks."""
    if by not in GROUPINGS and by is not None:
        raise ValueError(by)
    conn = session.connection()
    summary.refresh_if_stale(conn)
    grain = "week" if by == "week" else "month"
    base, table = base_currency(session), rates(session)
    tables = _sources(conn, grain, first, last)
    total = _convert(_sum(conn, tables, None, first, last)[""], base, table)
    groups = []
    if by is not None:
        for key, sums in sorted(_sum(conn, tables, by, first, last).items()):
            groups.append({by: key, **_convert(sums, base, table)})
    return {"base_currency": base, "total": total, "groups": groups}


def _sources(conn, grain: str, first: date | None, last: date | None) -> list[tuple[str, str]]:
    """(table, condition) pairs covering ``first``..``last``: the rollup for whole periods;
    for the parts of months at either end, the weekly rollup for the whole weeks in them and
    a temporary rollup of the facts themselves for the few days left."""
    where = [f"s.grain = '{grain}'"]  # dates below are ISO literals: both engines compare them
    edges: list[tuple[date, date]] = []
    if first is not None:
        start = summary.period_start(grain, first)
        if start != first:
            end = summary.period_end(grain, first)
            edges.append((first, min(end, last) if last else end))
            start = end + timedelta(days=1)
        where.append(f"s.start >= '{start.isoformat()}'")
    if last is not None:
        end = summary.period_end(grain, last)
        if end != last:
            lo = max(summary.period_start(grain, last), first or date.min)
            if not edges or edges[0] != (lo, last):
                edges.append((lo, last))
            end = summary.period_start(grain, last) - timedelta(days=1)
        where.append(f"s.start <= '{end.isoformat()}'")
    result = [("factsummary", " AND ".join(where))]
    days: list[tuple[date, date]] = []
    for lo, hi in edges:
        monday = lo + timedelta(days=(7 - lo.weekday()) % 7)
        sunday = hi - timedelta(days=(hi.weekday() + 1) % 7)  # the last Sunday up to hi
        if grain == "week" or monday + timedelta(days=6) > sunday:
            days.append((lo, hi))
            continue
        last_monday = sunday - timedelta(days=6)
        result.append(
            ("factsummary", f"s.grain = 'week' AND s.start BETWEEN '{monday}' AND '{last_monday}'")
        )
        if lo < monday:
            days.append((lo, monday - timedelta(days=1)))
        if sunday < hi:
            days.append((sunday + timedelta(days=1), hi))
    if days:
        temporary_copy(conn, EDGE)
        for lo, hi in days:
            summary.build(conn, grain, lo, hi, table=EDGE)
        result.append((EDGE, f"s.grain = '{grain}'"))
    return result


def _name(by: str | None, key: Any) -> str:
    """A group's name as the JSON shows it (a month as YYYY-MM, a week by its Monday)."""
    if by == "month":
        return day_text(key)[:7]
    if by == "week":
        return day_text(key)
    return str(key)


def _sum(conn, tables, by, first, last) -> dict[str, _Sums]:
    key = _KEYS[by]
    joins = "JOIN platform p ON p.id = s.platform_id JOIN market m ON m.id = s.market_id "
    if by in ("sku", "category"):
        joins += "JOIN sku k ON k.id = s.sku_id "
    if by == "category":
        joins += "JOIN product pr ON pr.id = k.product_id "
        joins += "LEFT JOIN category c ON c.id = pr.category_id "
    result: dict[str, _Sums] = defaultdict(_Sums.empty)
    per_sku = by in ("sku", "category")
    scope = "s.scope = 'listing'" if per_sku else "s.scope = 'platform'"
    for table, where in tables:
        where = f"{where} AND {scope}"
        rows = conn.execute(
            text(
                f"SELECT {key}, s.source, s.currency, s.in_total, sum(s.units), "
                "sum(s.returned_units), sum(s.orders), sum(s.sessions), sum(s.page_views), "
                "sum(s.revenue), sum(s.discount), sum(s.refund), sum(s.ad_spend), "
                f"sum(s.ad_sales) FROM {table} s {joins} WHERE {where} "
                "GROUP BY 1, s.source, s.currency, s.in_total"
            )
        ).all()
        for name, source, currency, in_total, *values in rows:
            units, returned, orders, sessions, views, revenue, discount, refund, spend, sold = (
                values
            )
            sums = result[_name(by, name)]
            if source in ("orders", "report"):
                sums.counts["units"] += units
                sums.counts["returned_units"] += returned
                for measure, value in (("revenue", revenue), ("discounts", discount),
                                       ("refunds", refund)):  # fmt: skip
                    sums.money[measure][currency] += value
            if source == "report":
                sums.counts["sessions"] += sessions
                sums.counts["page_views"] += views
            if source == "report" or source == ("orders" if per_sku else "order_count"):
                if by != "category" or source == "report":
                    sums.counts["orders"] += orders
            if source.startswith("ads:") and (in_total if not per_sku else source == "ads:product"):
                sums.money["ad_spend"][currency] += spend
                sums.money["ad_sales"][currency] += sold
    if by == "category":
        for name, orders in _category_orders(conn, first, last).items():
            result[name].counts["orders"] += orders
    return result


def _category_orders(conn, first: date | None, last: date | None) -> dict[str, int]:
    """Distinct orders per category (an order of two categories counts once in each)."""
    where = ["f.replaced_by IS NULL"]
    params: dict[str, str] = {}
    if first is not None:
        where.append("f.day >= :first")
        params["first"] = first.isoformat()
    if last is not None:
        where.append("f.day <= :last")
        params["last"] = last.isoformat()
    rows = conn.execute(
        text(
            "SELECT coalesce(c.name, ''), count(DISTINCT nullif(f.order_id, '')) + "
            "sum(CASE WHEN f.order_id = '' THEN 1 ELSE 0 END) "
            "FROM orderfact f JOIN sku k ON k.id = f.sku_id "
            "JOIN product pr ON pr.id = k.product_id "
            "LEFT JOIN category c ON c.id = pr.category_id "
            f"WHERE {' AND '.join(where)} GROUP BY 1"
        ),
        params,
    ).all()
    return {name: int(count) for name, count in rows}


def _convert(sums: _Sums, base: str, table: dict[str, float]) -> dict[str, Any]:
    result: dict[str, Any] = dict(sums.counts)
    for measure, per_currency in sums.money.items():
        amount = ZERO
        for currency, minor in per_currency.items():
            if not minor:
                continue
            value = Decimal(minor).scaleb(-minor_unit(currency))
            converted = convert(value, currency, base, table)
            if converted is None:
                raise KpiError(
                    Message(
                        "Facts",
                        QT_TRANSLATE_NOOP(
                            "Facts",
                            "There is no exchange rate for {currency} to {base}: add it "
                            "(Exchange rates) to total the figures.",
                        ),
                        {"currency": currency, "base": base},
                    )
                )
            amount += converted
        result[measure] = amount
    return result
