"""Platform performance on a tiny hand-computed shop and on the demo.

The tiny shop (base CNY; USD 7, EUR 8; GBP has no rate), as of 2026-07-15, so the 12 months
are Jul 2025 - Jun 2026, "last 3" = Apr-Jun, "the 3 before" = Jan-Mar:
  A  cost 20 CNY, price 10 USD -> margin 50/70 = 5/7
  B  cost 40 CNY, price 10 EUR -> margin 40/80 = 0.5
  C  no cost                   -> no margin
Listings: Amazon US A + C active, Amazon DE B active, Shopify US A ended (0 active);
Shopify DE has sales but no listing.
Sales (CNY):
  Amazon US   A Feb 5 u 50 USD (350), A May 10 u 100 USD (700, 1 returned), C Jun 2 u 140 CNY
              A Jul 2026 100 u (this month: not complete, not counted), A Jun 2025 (too old)
  Amazon DE   B Jan 4 u 40 EUR (320, 2 returned)
  Shopify US  A Aug 2025 3 u 30 USD (210), A Jun 1 u 1000 GBP (no rate: units only)
  Shopify DE  B Apr 6 u 60 EUR (480, 1 returned)
Total revenue 2200 CNY.
"""

from __future__ import annotations

from datetime import date

import pytest

from core import currency
from core.inventory.platforms import (
    DETAIL,
    MARKET,
    PLATFORM,
    TOTAL,
    performance_sheets,
    platform_market_rows,
    platform_monthly_revenue,
    platform_performance,
)
from core.inventory.review import review_catalog
from core.models import Listing, Market, Platform, Product, SalesRecord, Sku

AS_OF = date(2026, 7, 15)
A_MARGIN = 5 / 7


@pytest.fixture
def shop(workspace):
    with workspace.transaction() as session:
        currency.set_rate(session, "USD", 7.0)
        currency.set_rate(session, "EUR", 8.0)
        amazon, shopify = (
            Platform(code="amazon", name="Amazon"),
            Platform(code="shopify", name="Shopify"),
        )
        us, de = (
            Market(code="US", name="USA", currency="USD"),
            Market(code="DE", name="DE", currency="EUR"),
        )
        product = Product(spu_code="P1", name="Lamp")
        session.add_all([amazon, shopify, us, de, product])
        session.flush()
        a = Sku(
            product_id=product.id,
            sku_code="A",
            cost=20,
            cost_currency="CNY",
            price=10,
            price_currency="USD",
        )
        b = Sku(
            product_id=product.id,
            sku_code="B",
            cost=40,
            cost_currency="CNY",
            price=10,
            price_currency="EUR",
        )
        c = Sku(product_id=product.id, sku_code="C", cost=None, price=10, price_currency="USD")
        session.add_all([a, b, c])
        session.flush()
        session.add_all(
            [
                Listing(sku_id=a.id, platform_id=amazon.id, market_id=us.id, status="active"),
                Listing(sku_id=c.id, platform_id=amazon.id, market_id=us.id, status="active"),
                Listing(sku_id=b.id, platform_id=amazon.id, market_id=de.id, status="active"),
                Listing(sku_id=a.id, platform_id=shopify.id, market_id=us.id, status="ended"),
            ]
        )

        def sale(sku, platform, market, month, units, revenue, code, returned=0):
            session.add(
                SalesRecord(
                    sku_id=sku.id,
                    platform_id=platform.id,
                    market_id=market.id,
                    month=month,
                    units=units,
                    revenue=revenue,
                    currency=code,
                    units_returned=returned,
                )
            )

        sale(a, amazon, us, date(2026, 2, 1), 5, 50, "USD")
        sale(a, amazon, us, date(2026, 5, 1), 10, 100, "USD", returned=1)
        sale(c, amazon, us, date(2026, 6, 1), 2, 140, "CNY")
        sale(a, amazon, us, date(2026, 7, 1), 100, 1000, "USD")  # this month: not complete
        sale(a, amazon, us, date(2025, 6, 1), 100, 1000, "USD")  # older than 12 months
        sale(b, amazon, de, date(2026, 1, 1), 4, 40, "EUR", returned=2)
        sale(a, shopify, us, date(2025, 8, 1), 3, 30, "USD")
        sale(a, shopify, us, date(2026, 6, 1), 1, 1000, "GBP")  # no GBP rate
        sale(b, shopify, de, date(2026, 4, 1), 6, 60, "EUR", returned=1)
    return workspace


def _performance(ws):
    with ws.session() as session:
        review = review_catalog(session, AS_OF)
        return review, platform_performance(session, review, AS_OF)


def _row(performance, level, platform="", market=""):
    return next(
        r for r in performance.rows if (r.level, r.platform, r.market) == (level, platform, market)
    )


def test_platform_market_rows_every_number(shop):
    review, perf = _performance(shop)
    assert perf.base_currency == "CNY" and perf.missing_rates == {"GBP"}
    assert [(r.level, r.platform, r.market) for r in perf.rows] == [
        (DETAIL, "Amazon", "US"),
        (DETAIL, "Amazon", "DE"),
        (DETAIL, "Shopify", "US"),
        (DETAIL, "Shopify", "DE"),
        (PLATFORM, "Amazon", ""),
        (PLATFORM, "Shopify", ""),
        (MARKET, "", "US"),
        (MARKET, "", "DE"),
        (TOTAL, "", ""),
    ]
    expected = {
        # level, platform, market: active, skus, units, revenue, returned, recent, before, margin
        (DETAIL, "Amazon", "US"): (2, 2, 17, 1190, 1, 840, 350, A_MARGIN),
        (DETAIL, "Amazon", "DE"): (1, 1, 4, 320, 2, 0, 320, 0.5),
        (DETAIL, "Shopify", "US"): (0, 1, 4, 210, 0, 0, 0, A_MARGIN),
        (DETAIL, "Shopify", "DE"): (0, 1, 6, 480, 1, 480, 0, 0.5),
        (PLATFORM, "Amazon", ""): (3, 3, 21, 1510, 3, 840, 670, 910 / 1370),
        (PLATFORM, "Shopify", ""): (0, 2, 10, 690, 1, 480, 0, 390 / 690),
        (MARKET, "", "US"): (2, 2, 21, 1400, 1, 840, 350, 900 / 1260),
        (MARKET, "", "DE"): (1, 1, 10, 800, 3, 480, 320, 0.5),
        (TOTAL, "", ""): (3, 3, 31, 2200, 4, 1320, 670, 1300 / 2060),
    }
    for key, (active, skus, units, revenue, returned, recent, before, margin) in expected.items():
        row = _row(perf, *key)
        assert row.active_listings == active, key
        assert row.skus_with_sales == skus, key
        assert row.units_12m == units, key
        assert row.revenue_12m == pytest.approx(revenue), key
        assert row.revenue_share == pytest.approx(revenue / 2200), key
        assert row.units_returned == returned, key
        assert row.return_rate == pytest.approx(returned / units), key
        assert row.revenue_recent == pytest.approx(recent), key
        assert row.revenue_before == pytest.approx(before), key
        assert row.gross_margin == pytest.approx(margin), key
    assert _row(perf, DETAIL, "Amazon", "US").trend == pytest.approx(1.4)
    assert _row(perf, DETAIL, "Amazon", "DE").trend == pytest.approx(-1.0)
    assert _row(perf, DETAIL, "Shopify", "DE").trend is None  # no base to compare with
    assert _row(perf, PLATFORM, "Amazon").trend == pytest.approx(170 / 670)
    assert _row(perf, MARKET, market="DE").trend == pytest.approx(0.5)
    # The same totals as the catalog review
    assert perf.total.revenue_12m == pytest.approx(float(review.total_revenue))
    assert review.platform_shares["Amazon"] == pytest.approx(1510 / 2200)


def test_monthly_revenue_per_platform(shop):
    months, series = platform_monthly_revenue_of(shop)
    assert months[0] == date(2025, 7, 1) and months[-1] == date(2026, 6, 1) and len(months) == 12
    amazon = [0.0] * 12
    amazon[6], amazon[7], amazon[10], amazon[11] = 320, 350, 700, 140
    shopify = [0.0] * 12
    shopify[1], shopify[9] = 210, 480
    assert list(series) == ["Amazon", "Shopify"]  # the largest first
    assert series["Amazon"] == pytest.approx(amazon)
    assert series["Shopify"] == pytest.approx(shopify)
    _, perf = _performance(shop)
    assert perf.monthly_revenue == series


def platform_monthly_revenue_of(ws):
    with ws.session() as session:
        return platform_monthly_revenue(session, AS_OF)


def test_export_sheets_hold_each_view_and_the_total(shop, tmp_path):
    from openpyxl import load_workbook

    from core.inventory.platforms import export_performance

    _, perf = _performance(shop)
    sheets = performance_sheets(perf)
    assert [s.title for s in sheets] == ["Platform × market", "By platform", "By market"]
    assert sheets[0].headers[5] == "Revenue (CNY)"
    path = export_performance(tmp_path / "platforms.xlsx", sheets)
    book = load_workbook(path)
    rows = list(book["By platform"].values)
    assert rows[1][:6] == ("Amazon", "All markets", 3, 3, 21, pytest.approx(1510))
    assert rows[3][:2] == ("All platforms", "All markets")
    assert rows[3][10] == pytest.approx(650 / 670)  # total trend
    detail = list(book["Platform × market"].values)
    assert detail[3][10] is None  # Shopify US: no trend
    assert book["Platform × market"]["K2"].number_format == "0.0%"


def test_empty_workspace_has_only_a_zero_total(workspace):
    with workspace.session() as session:
        review = review_catalog(session, AS_OF)
        rows = platform_market_rows(session, review, AS_OF)
    assert [(r.level, r.revenue_12m, r.revenue_share, r.gross_margin) for r in rows] == [
        (TOTAL, 0.0, None, None)
    ]


def test_demo_has_four_platforms_and_amazon_leads(demo):
    with demo.session() as session:
        review = review_catalog(session, date(2026, 11, 1))
        perf = platform_performance(session, review, date(2026, 11, 1))
    platforms = perf.level(PLATFORM)
    assert [r.platform for r in platforms] == ["Amazon", "TikTok Shop", "Shopify", "AliExpress"]
    assert platforms[0].revenue_share == pytest.approx(review.platform_shares["Amazon"])
    assert 0.75 < platforms[0].revenue_share < 0.85
    assert sum(r.revenue_share for r in platforms) == pytest.approx(1.0)
    # Exact money: the detail rows add up to the review's total to the cent.
    assert sum(r.revenue_12m for r in perf.level(DETAIL)) == review.total_revenue
    assert {r.market for r in perf.level(MARKET)} == {"US", "DE", "JP"}
    assert sum(sum(v) for v in perf.monthly_revenue.values()) == pytest.approx(
        float(review.total_revenue)
    )
    # AliExpress has ended listings (declining SKUs), so fewer active listings than SKUs sold
    ali = next(r for r in platforms if r.platform == "AliExpress")
    assert ali.active_listings < ali.skus_with_sales


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
