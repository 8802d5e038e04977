"""The fact store: apply, period replacement, unknown SKUs, currencies, undo, old workspaces."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from core import migrations
from core.facts.importing import import_facts
from core.facts.rows import AdRow, OrderLine, SalesTraffic
from core.facts.store import ApplyOptions
from core.importing.apply import ImportRefused
from core.importing.history import undo_import
from core.models import Product, Sku
from core.workspace import open_workspace


@pytest.fixture
def shop(workspace):
    with workspace.transaction() as session:
        product = Product(spu_code="MUG", name="Mug")
        session.add(product)
        session.flush()
        for code in ("MUG-R", "MUG-B"):
            session.add(Sku(product_id=product.id, sku_code=code))
    workspace.set_setting("base_currency", "USD")
    return workspace


def line(order, day, sku, units, revenue, **kw):
    values = {"platform": "shopify", "market": "US", "currency": "USD"} | kw
    return OrderLine(order, day, sku, units, Decimal(revenue), **values)


def sql(ws, query, **params):
    """Rows as tuples, dates as YYYY-MM-DD on both engines (PostgreSQL hands back dates)."""
    with ws.engine.connect() as conn:
        rows = conn.execute(text(query), params).all()
    return [tuple(v.isoformat() if isinstance(v, date) else v for v in row) for row in rows]


def month_totals(ws):
    rows = sql(ws, "SELECT month, sum(units), sum(revenue) FROM salesrecord "
                   "GROUP BY month ORDER BY month")  # fmt: skip
    return [(month, units, round(float(revenue), 2)) for month, units, revenue in rows]


JAN = [
    line("1001", date(2024, 1, 5), "MUG-R", 2, "25.00"),
    line("1001", date(2024, 1, 5), "MUG-B", 1, "12.50"),
    line("1002", date(2024, 1, 20), "MUG-R", 1, "12.50", returned_units=1, refund="12.50"),
    line("1003", date(2024, 2, 2), "MUG-B", 3, "37.49"),
]


def test_orders_land_per_listing_and_month_exactly(shop):
    result = import_facts(shop, "orders", JAN, ApplyOptions(file_name="orders.csv"))
    assert (result.inserted, result.replaced, result.skipped) == (4, 0, 0)
    assert result.period == (date(2024, 1, 5), date(2024, 2, 2))
    assert month_totals(shop) == [("2024-01-01", 4, 50.0), ("2024-02-01", 3, 37.49)]
    assert sql(shop, "SELECT sum(units_returned) FROM salesrecord") == [(1,)]
    # the listings the orders sold on exist now, active
    assert sql(shop, "SELECT count(*), min(status) FROM listing") == [(2, "active")]
    assert sql(shop, "SELECT entity, file_name, new_count FROM importbatch") == [
        ("orders", "orders.csv", 6)
    ]


def test_the_same_report_twice_counts_once_and_undo_restores(shop):
    first = import_facts(shop, "orders", JAN, ApplyOptions(file_name="a.csv"))
    second = import_facts(shop, "orders", JAN, ApplyOptions(file_name="a.csv"))
    assert second.replaced == 4
    assert month_totals(shop) == [("2024-01-01", 4, 50.0), ("2024-02-01", 3, 37.49)]
    undo_import(shop, second.batch_id)
    assert month_totals(shop) == [("2024-01-01", 4, 50.0), ("2024-02-01", 3, 37.49)]
    undo_import(shop, first.batch_id)
    assert month_totals(shop) == []
    assert sql(shop, "SELECT count(*) FROM orderfact") == [(0,)]
    assert sql(shop, "SELECT count(*) FROM listing") == [(0,)]  # made by the import, gone


def test_overlapping_halves_replace_the_overlap_only(shop):
    import_facts(shop, "orders", JAN[:3], ApplyOptions(file_name="first.csv"))
    # the second file covers 2024-01-20..2024-02-02: its copy of order 1002 replaces the first's
    second = import_facts(shop, "orders", JAN[2:], ApplyOptions(file_name="second.csv"))
    assert second.replaced == 1
    assert month_totals(shop) == [("2024-01-01", 4, 50.0), ("2024-02-01", 3, 37.49)]


def test_an_earlier_import_cannot_be_undone_under_a_later_one(shop):
    first = import_facts(shop, "orders", JAN, ApplyOptions(file_name="a.csv"))
    import_facts(shop, "orders", JAN, ApplyOptions(file_name="b.csv"))
    with pytest.raises(ImportRefused, match="Undo import #2 first"):
        undo_import(shop, first.batch_id)


def test_unknown_skus_are_skipped_paired_or_created(shop):
    rows = [*JAN, line("1004", date(2024, 2, 3), "NEW-1", 1, "9.99", title="Teapot")]
    skipped = import_facts(shop, "orders", rows, ApplyOptions(file_name="x.csv"))
    assert skipped.unknown_skus == {"NEW-1": 1} and skipped.skipped == 1
    paired = import_facts(
        shop, "orders", rows, ApplyOptions(file_name="x.csv", pairs={"NEW-1": "MUG-B"})
    )
    assert paired.skipped == 0
    assert month_totals(shop)[-1] == ("2024-02-01", 4, 47.48)
    created = import_facts(shop, "orders", rows, ApplyOptions(file_name="x", create_missing=True))
    assert created.created_skus == ["NEW-1"]
    assert sql(shop, "SELECT p.name FROM sku s JOIN product p ON p.id = s.product_id "
                     "WHERE s.sku_code = 'NEW-1'") == [("Teapot",)]  # fmt: skip
    undo_import(shop, created.batch_id)
    assert sql(shop, "SELECT count(*) FROM sku WHERE sku_code = 'NEW-1'") == [(0,)]


def test_currency_is_never_guessed(shop):
    rows = [line("1", date(2024, 1, 1), "MUG-R", 1, "5", currency=None)]
    with pytest.raises(ImportRefused, match="do not say in which currency"):
        import_facts(shop, "orders", rows, ApplyOptions(file_name="x.csv"))
    with pytest.raises(ImportRefused, match="GBP"):
        import_facts(shop, "orders", rows, ApplyOptions(file_name="x.csv", currency="GBP"))
    assert sql(shop, "SELECT count(*) FROM importbatch") == [(0,)]  # nothing written
    result = import_facts(shop, "orders", rows, ApplyOptions(file_name="x.csv", currency="usd"))
    assert result.currencies == ["USD"]


def test_minor_units_follow_the_currency(shop):
    with shop.transaction() as session:
        from core.currency import set_rate

        set_rate(session, "JPY", 0.0067)
    rows = [line("1", date(2024, 1, 1), "MUG-R", 1, "1234.5", currency="JPY", market="JP")]
    import_facts(shop, "orders", rows, ApplyOptions(file_name="jp.csv"))
    assert sql(shop, "SELECT revenue, currency FROM orderfact") == [(1235, "JPY")]
    assert sql(shop, "SELECT revenue FROM salesrecord") == [(1235.0,)]


def test_a_report_without_dates_takes_the_chosen_period(shop):
    rows = [SalesTraffic("MUG-R", "amazon", "US", sessions=40, units=3, revenue=Decimal("36"),
                         currency="USD")]  # fmt: skip
    with pytest.raises(ImportRefused, match="--period"):
        import_facts(shop, "sales", rows, ApplyOptions(file_name="BusinessReport.csv"))
    period = (date(2024, 3, 1), date(2024, 3, 31))
    import_facts(shop, "sales", rows, ApplyOptions(file_name="b.csv", period=period))
    assert month_totals(shop) == [("2024-03-01", 3, 36.0)]
    # order lines of the same listing and month take over its sales; sessions stay
    orders = [line("9", date(2024, 3, 9), "MUG-R", 2, "24", platform="amazon")]
    import_facts(shop, "orders", orders, ApplyOptions(file_name="o.csv"))
    assert month_totals(shop) == [("2024-03-01", 2, 24.0)]
    assert sql(
        shop, "SELECT sum(sessions) FROM factsummary WHERE grain = 'month' AND scope = 'listing'"
    ) == [(40,)]


def test_campaign_and_product_ads_do_not_add_up_twice(shop):
    day = date(2024, 4, 1)
    product = AdRow("product", "C1", "amazon", "US", Decimal("10"), day, day, sku="MUG-R",
                    sales_7d=Decimal("30"), currency="USD")  # fmt: skip
    campaign = AdRow("campaign", "C1", "amazon", "US", Decimal("10"), day, day,
                     sales_7d=Decimal("30"), currency="USD")  # fmt: skip
    import_facts(shop, "ads", [product], ApplyOptions(file_name="products.csv"))
    import_facts(shop, "ads", [campaign], ApplyOptions(file_name="campaigns.csv"))
    counted = sql(
        shop,
        "SELECT sum(ad_spend) FROM factsummary WHERE grain = 'month' AND in_total "
        "AND scope = 'platform'",
    )
    assert counted == [(1000,)]


def test_a_schema_7_workspace_keeps_its_sales_as_facts(tmp_path):
    path = tmp_path / "old.matrixdesk"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=7)
    conn.executescript(
        "INSERT INTO product (spu_code, name) VALUES ('P', 'P');"
        "INSERT INTO sku (product_id, sku_code) VALUES (1, 'P-1');"
        "INSERT INTO platform (code, name) VALUES ('amazon', 'Amazon');"
        "INSERT INTO market (code, name, currency) VALUES ('JP', 'Japan', 'JPY');"
        "INSERT INTO market (code, name, currency) VALUES ('US', 'USA', 'USD');"
        "INSERT INTO salesrecord (sku_id, platform_id, market_id, month, units, revenue, "
        "currency, units_returned) VALUES (1, 1, 1, '2024-01-01', 3, 3600, 'JPY', 1), "
        "(1, 1, 2, '2024-02-01', 2, 39.98, 'USD', 0);"
    )
    conn.close()
    ws = open_workspace(path)
    try:
        assert sql(
            ws,
            "SELECT period_from, period_to, units, returned_units, revenue, currency "
            "FROM salesfact ORDER BY id",
        ) == [  # fmt: skip
            ("2024-01-01", "2024-01-31", 3, 1, 3600, "JPY"),
            ("2024-02-01", "2024-02-29", 2, 0, 3998, "USD"),
        ]
        assert sql(ws, "SELECT entity, new_count FROM importbatch") == [("sales", 2)]
        # re-deriving the monthly table from the facts gives the same rows back
        before = sql(ws, "SELECT sku_id, month, units, revenue, currency, units_returned "
                         "FROM salesrecord ORDER BY month")  # fmt: skip
        from core.facts import summary

        with ws.transaction() as session:
            summary.refresh_if_stale(session.connection())
        after = sql(ws, "SELECT sku_id, month, units, revenue, currency, units_returned "
                        "FROM salesrecord ORDER BY month")  # fmt: skip
        assert after == before
        assert sql(ws, "SELECT count(*) FROM setting WHERE key = 'facts_summary_stale'") == [(0,)]
    finally:
        ws.close()


def test_an_import_waits_for_the_workspaces_import_lock(shop):
    """The workspace's one import lock (a file lock; on a team database an advisory lock any
    app on the server sees): held by another window, a facts import is refused untouched."""
    from core.workspace_locks import WorkspaceBusy

    other = open_workspace(shop.location)
    try:
        with other.import_lock(), pytest.raises(WorkspaceBusy, match="Another import"):
            import_facts(shop, "orders", JAN, ApplyOptions(file_name="orders.csv"))
    finally:
        other.close()
    assert sql(shop, "SELECT count(*) FROM importbatch") == [(0,)]
    import_facts(shop, "orders", JAN, ApplyOptions(file_name="orders.csv"))  # released: goes
    assert month_totals(shop) == [("2024-01-01", 4, 50.0), ("2024-02-01", 3, 37.49)]


BOTH_ENGINES = True
