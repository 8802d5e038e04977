"""The per-month and per-week rollup of the facts (``factsummary``) and the monthly sales
table steps 2 and 3 read (``salesrecord``), both rebuilt from the current facts for the
periods an import or undo touched. All sums are integers (minor units) in SQL: exact.

Which facts count (one rule, here): order lines are the sales of a listing in a period; a
sales & traffic report adds its sessions and page views always, and its units, sales and order
items only where no order lines cover the same listing and period (else they would be counted
twice). Of advertising, a period's campaign-level spend is the total when the report was
imported; else the advertised products'; else the search terms' (``in_total``).
A fact with a period counts in the month / week its period starts in.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text

from core.facts.dialect import period_start as start_sql
from core.money import MINOR_UNITS

GRAINS = ("month", "week")
STALE_KEY = "facts_summary_stale"
FACT_TABLES = ("orderfact", "salesfact", "adfact", "feefact", "stockfact", "reviewfact")
SUMMARISED = {"orderfact": "day", "salesfact": "period_from", "adfact": "period_from"}


def period_start(grain: str, day: date) -> date:
    if grain == "month":
        return day.replace(day=1)
    return day - timedelta(days=day.weekday())


def period_end(grain: str, day: date) -> date:
    """The last day of the ``grain`` period ``day`` lies in."""
    if grain == "week":
        return period_start("week", day) + timedelta(days=6)
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return following - timedelta(days=1)


def build(conn, grain: str, first: date, last: date, table: str = "factsummary") -> None:
    """Insert into ``table`` the ``grain`` rollup of the current facts dated ``first``..``last``
    (keyed by the start of their period), then apply the counting rule."""
    # only the rows this call adds are counted over (a temporary table may hold other days)
    mark = conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar()
    params = {"grain": grain, "first": first.isoformat(), "last": last.isoformat(), "mark": mark}
    day = start_sql(conn, grain, "day")
    conn.execute(
        text(
            f"INSERT INTO {table} (grain, start, source, sku_id, platform_id, market_id, "
            "currency, units, returned_units, revenue, discount, refund, orders, order_lines) "
            f"SELECT :grain, {day}, 'orders', sku_id, platform_id, market_id, currency, "
            "sum(units), sum(returned_units), sum(revenue), sum(discount), sum(refund), "
            f"{ORDER_COUNT}, count(*) "
            "FROM orderfact WHERE replaced_by IS NULL AND day BETWEEN :first AND :last "
            "GROUP BY 2, sku_id, platform_id, market_id, currency"
        ),
        params,
    )
    conn.execute(
        text(
            f"INSERT INTO {table} (grain, start, scope, source, platform_id, market_id, orders) "
            f"SELECT :grain, {day}, 'platform', 'order_count', platform_id, market_id, "
            f"{ORDER_COUNT} "
            "FROM orderfact WHERE replaced_by IS NULL AND day BETWEEN :first AND :last "
            "GROUP BY 2, platform_id, market_id"
        ),
        params,
    )
    start = start_sql(conn, grain, "period_from")
    conn.execute(
        text(
            f"INSERT INTO {table} (grain, start, source, sku_id, platform_id, market_id, "
            "currency, units, returned_units, revenue, orders, sessions, page_views) "
            f"SELECT :grain, {start}, 'report', sku_id, platform_id, market_id, currency, "
            "sum(units), sum(returned_units), sum(revenue), sum(order_items), sum(sessions), "
            "sum(page_views) FROM salesfact "
            "WHERE replaced_by IS NULL AND period_from BETWEEN :first AND :last "
            "GROUP BY 2, sku_id, platform_id, market_id, currency"
        ),
        params,
    )
    conn.execute(
        text(
            f"INSERT INTO {table} (grain, start, source, sku_id, platform_id, market_id, "
            "currency, units, orders, ad_spend, ad_sales) "
            f"SELECT :grain, {start}, 'ads:' || level, sku_id, platform_id, market_id, currency, "
            "sum(units), sum(orders), sum(spend), sum(coalesce(sales_7d, sales_14d, 0)) "
            "FROM adfact WHERE replaced_by IS NULL AND period_from BETWEEN :first AND :last "
            "GROUP BY 2, level, sku_id, platform_id, market_id, currency"
        ),
        params,
    )
    params["first_start"] = period_start(grain, first).isoformat()
    within = "s.id > :mark AND s.grain = :grain AND s.start >= :first_start AND s.start <= :last"
    same = (
        "o.id > :mark AND o.grain = s.grain AND o.start = s.start "
        "AND o.platform_id = s.platform_id "
        "AND o.market_id = s.market_id"
    )
    conn.execute(
        text(
            f"UPDATE {table} AS s SET units = 0, returned_units = 0, revenue = 0, orders = 0 "
            f"WHERE {within} AND s.source = 'report' AND EXISTS (SELECT 1 FROM {table} o "
            f"WHERE {same} AND o.source = 'orders' AND o.sku_id = s.sku_id)"
        ),
        params,
    )
    for level, better in (("product", "'ads:campaign'"), ("search_term", _BETTER_THAN_TERMS)):
        conn.execute(
            text(
                f"UPDATE {table} AS s SET in_total = FALSE WHERE {within} "
                f"AND s.source = 'ads:{level}' AND EXISTS (SELECT 1 FROM {table} o "
                f"WHERE {same} AND o.source IN ({better}))"
            ),
            params,
        )
    sums = ", ".join(f"sum({c})" for c in _MEASURES)
    conn.execute(
        text(
            f"INSERT INTO {table} (grain, start, scope, source, platform_id, market_id, "
            f"currency, in_total, {', '.join(_MEASURES)}) "
            f"SELECT grain, start, 'platform', source, platform_id, market_id, currency, "
            f"in_total, {sums} FROM {table} s WHERE {within} AND s.scope = 'listing' "
            "GROUP BY grain, start, source, platform_id, market_id, currency, in_total"
        ),
        params,
    )


_MEASURES = ("units", "returned_units", "revenue", "discount", "refund", "orders",
             "order_lines", "sessions", "page_views", "ad_spend", "ad_sales")  # fmt: skip
_BETTER_THAN_TERMS = "'ads:campaign', 'ads:product'"
# Orders in a group: distinct order ids, and each line without an id as an order of its own.
ORDER_COUNT = (
    "count(DISTINCT nullif(order_id, '')) + sum(CASE WHEN order_id = '' THEN 1 ELSE 0 END)"
)


def refresh(conn, first: date, last: date) -> None:
    """Rebuild both rollups and ``salesrecord`` for every period ``first``..``last`` touches."""
    for grain in GRAINS:
        lo, hi = period_start(grain, first), period_end(grain, last)
        conn.execute(
            text("DELETE FROM factsummary WHERE grain = :g AND start BETWEEN :lo AND :hi"),
            {"g": grain, "lo": lo.isoformat(), "hi": hi.isoformat()},
        )
        build(conn, grain, lo, hi)
    lo, hi = period_start("month", first), period_end("month", last)
    _refresh_sales_records(conn, lo, hi)


def refresh_all(conn) -> None:
    """Rebuild everything from the facts (after the upgrade that created them)."""
    conn.execute(text("DELETE FROM factsummary"))
    span = dates_of(conn, "replaced_by IS NULL")
    if span is not None:
        refresh(conn, *span)
    conn.execute(text("DELETE FROM setting WHERE key = :k"), {"k": STALE_KEY})


def refresh_if_stale(conn) -> None:
    stale = conn.execute(text("SELECT 1 FROM setting WHERE key = :k"), {"k": STALE_KEY}).first()
    if stale is not None:
        refresh_all(conn)


def dates_of(conn, where: str, params: dict | None = None) -> tuple[date, date] | None:
    """The first and last date of the summarised facts matching ``where``."""
    lows, highs = [], []
    for table, column in SUMMARISED.items():
        low, high = conn.execute(
            text(f"SELECT min({column}), max({column}) FROM {table} WHERE {where}"), params or {}
        ).one()
        if low is not None:
            lows.append(date.fromisoformat(str(low)[:10]))
            highs.append(date.fromisoformat(str(high)[:10]))
    if not lows:
        return None
    return min(lows), max(highs)


def _divisor_sql() -> str:
    """``currency``'s minor units per unit, as SQL (from core.money, the one table of them)."""
    cases = " ".join(
        f"WHEN '{code}' THEN {10**digits}" for code, digits in sorted(MINOR_UNITS.items())
    )
    return f"(CASE currency {cases} ELSE 100 END)"


def _refresh_sales_records(conn, first: date, last: date) -> None:
    """``salesrecord`` for the months ``first``..``last``: what each listing sold per month
    and currency, by the counting rule (order lines, else the sales report)."""
    params = {"lo": first.isoformat(), "hi": last.isoformat()}
    conn.execute(text("DELETE FROM salesrecord WHERE month BETWEEN :lo AND :hi"), params)
    conn.execute(
        text(
            "INSERT INTO salesrecord (sku_id, platform_id, market_id, month, units, revenue, "
            "currency, units_returned) "
            f"SELECT sku_id, platform_id, market_id, start, sum(units), "
            f"sum(revenue) * 1.0 / {_divisor_sql()}, currency, sum(returned_units) "
            "FROM factsummary WHERE grain = 'month' AND scope = 'listing' "
            "AND start BETWEEN :lo AND :hi AND source IN ('orders', 'report') "
            "GROUP BY sku_id, platform_id, market_id, start, currency "
            "HAVING sum(units) <> 0 OR sum(revenue) <> 0 OR sum(returned_units) <> 0"
        ),
        params,
    )
