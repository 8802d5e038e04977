"""Step 2 review on a tiny hand-computed workspace and on the demo.

The tiny shop (base CNY; USD 7, EUR 8; GBP has no rate), reviewed as of 2026-11-01, so the
12 months are Nov 2025 - Oct 2026, "last 3" = Aug-Oct (92 days), "the 3 before" = May-Jul:
  AB-1  cost 35 CNY, price 10 USD  -> margin (70-35)/70 = 0.5
        Amazon US every month 100 USD (8400 CNY/yr); 10 units, Aug-Oct 12 (+20 % exactly)
        stock 60: lots of 40 (31 days old) and 20 (245 days old)
  CD-2  cost 5 USD, price 10 EUR    -> margin (80-35)/80 = 0.5625
        Shopify DE May-Oct 25 EUR/month (1200 CNY); 20 units, Aug-Oct 16 (-20 % exactly)
        stock 40: one lot 61 days old
  EF-3  cost 20 CNY, price 5 GBP    -> margin unknown (no GBP rate)
        Amazon US Sep + Oct 20 USD each (280 CNY); 5 units each; stock 10, no lots
Total revenue 9880 CNY.

The rules (lifecycle, flags, thresholds, the step's state) are tested in
test_inventory_core_rules.py, the chart series and the exports in test_inventory_core_export.py,
on this same shop.
"""

from __future__ import annotations

from datetime import date

import pytest

from core import currency
from core.inventory.flags import Thresholds
from core.inventory.lifecycle import (
    LIFECYCLE_STAGES,
)
from core.inventory.review import SkuReview, assign_abc, inventory_state, review_catalog
from core.models import (
    Category,
    Market,
    Platform,
    Product,
    SalesRecord,
    Sku,
    StockLot,
)
from core.steps import StepState

AS_OF = date(2026, 11, 1)
MONTHS = [date(2025, 11, 1), date(2025, 12, 1)] + [date(2026, m, 1) for m in range(1, 11)]


@pytest.fixture
def shop(workspace):
    with workspace.transaction() as session:
        currency.set_rate(session, "USD", 7.0)
        currency.set_rate(session, "EUR", 8.0)
        home = Category(name="Home")
        amazon, shopify = (
            Platform(code="amazon", name="Amazon"),
            Platform(code="shopify", name="Shopify"),
        )
        us, de = (
            Market(code="US", name="US", currency="USD"),
            Market(code="DE", name="DE", currency="EUR"),
        )
        session.add_all([home, amazon, shopify, us, de])
        session.flush()
        ids = {}
        for code, spu, cost, cost_cur, price, price_cur, stock, launched in [
            ("AB-1", "SP1", 35.0, "CNY", 10.0, "USD", 60, date(2024, 1, 1)),
            ("CD-2", "SP2", 5.0, "USD", 10.0, "EUR", 40, date(2025, 1, 1)),
            ("EF-3", "SP3", 20.0, "CNY", 5.0, "GBP", 10, date(2026, 1, 1)),
        ]:
            product = Product(spu_code=spu, name=f"Product {spu}", category_id=home.id)
            session.add(product)
            session.flush()
            sku = Sku(
                product_id=product.id,
                sku_code=code,
                cost=cost,
                cost_currency=cost_cur,
                price=price,
                price_currency=price_cur,
                stock_qty=stock,
                launched_on=launched,
                variant='{"colour": "Black"}',
            )
            session.add(sku)
            session.flush()
            ids[code] = sku.id
        for month in MONTHS:
            session.add(
                SalesRecord(
                    sku_id=ids["AB-1"],
                    platform_id=amazon.id,
                    market_id=us.id,
                    month=month,
                    units=12 if month.month in (8, 9, 10) else 10,
                    revenue=100.0,
                    currency="USD",
                    units_returned=1,
                )
            )
            if month >= date(2026, 5, 1):
                session.add(
                    SalesRecord(
                        sku_id=ids["CD-2"],
                        platform_id=shopify.id,
                        market_id=de.id,
                        month=month,
                        units=16 if month >= date(2026, 8, 1) else 20,
                        revenue=25.0,
                        currency="EUR",
                    )
                )
            if month.month in (9, 10):
                session.add(
                    SalesRecord(
                        sku_id=ids["EF-3"],
                        platform_id=amazon.id,
                        market_id=us.id,
                        month=month,
                        units=5,
                        revenue=20.0,
                        currency="USD",
                    )
                )
        # A month outside the window must not count.
        session.add(
            SalesRecord(
                sku_id=ids["AB-1"],
                platform_id=amazon.id,
                market_id=us.id,
                month=date(2026, 11, 1),
                units=500,
                revenue=9999.0,
                currency="USD",
            )
        )
        session.add_all(
            [
                StockLot(sku_id=ids["AB-1"], qty=40, received_on=date(2026, 10, 1)),
                StockLot(sku_id=ids["AB-1"], qty=20, received_on=date(2026, 3, 1)),
                StockLot(sku_id=ids["CD-2"], qty=40, received_on=date(2026, 9, 1)),
            ]
        )
    workspace.ids = ids
    return workspace


def _review(ws, thresholds=None):
    with ws.session() as session:
        return review_catalog(session, as_of=AS_OF, thresholds=thresholds)


def _by_code(review):
    return {s.sku_code: s for s in review.skus}


def test_margins_revenue_and_stock(shop):
    review = _review(shop)
    skus = _by_code(review)
    assert review.base_currency == "CNY"
    ab, cd, ef = skus["AB-1"], skus["CD-2"], skus["EF-3"]
    assert ab.cost_base == pytest.approx(35) and ab.price_base == pytest.approx(70)
    assert ab.list_margin == pytest.approx(0.5)
    assert cd.cost_base == pytest.approx(35) and cd.price_base == pytest.approx(80)
    assert cd.list_margin == pytest.approx(0.5625)
    assert ef.price_base is None and ef.list_margin is None
    # Realised where they sold: (revenue − units × cost) ÷ revenue.
    # AB-1: (8400 − 126 × 35) ÷ 8400; CD-2 sold 108 units for 1200 CNY at a cost of 35 each:
    # a loss the list price hides; EF-3 has no list margin (no GBP rate) but sold 10 units at
    # 20 CNY for 280 CNY.
    assert ab.realised_margin == pytest.approx((8400 - 126 * 35) / 8400)
    assert ab.gross_margin == ab.realised_margin and ab.margin_basis == "realised"
    assert cd.realised_margin == pytest.approx((1200 - 108 * 35) / 1200)
    assert ef.realised_margin == pytest.approx((280 - 10 * 20) / 280)
    assert ef.margin_basis == "realised"
    assert review.missing_rates == {"GBP"}
    assert ab.revenue_12m == pytest.approx(8400) and ab.units_12m == 126
    assert ab.units_returned_12m == 12 and ab.return_rate == pytest.approx(12 / 126)
    assert cd.revenue_12m == pytest.approx(1200) and cd.units_12m == 108
    assert ef.revenue_12m == pytest.approx(280)
    assert review.total_revenue == pytest.approx(9880)
    assert ab.stock_value == pytest.approx(2100) and cd.stock_value == pytest.approx(1400)
    assert ef.stock_value == pytest.approx(200)
    assert ab.revenue_by_platform == {"Amazon": pytest.approx(8400)}
    assert cd.revenue_by_market == {"DE": pytest.approx(1200)}
    assert ab.category == "Home" and ab.spu_code == "SP1" and ab.variant_label == "Black"


def test_days_of_cover_and_stock_age(shop):
    skus = _by_code(_review(shop))
    assert skus["AB-1"].days_of_cover == pytest.approx(60 * 92 / 36)
    assert skus["CD-2"].days_of_cover == pytest.approx(40 * 92 / 48)
    assert skus["EF-3"].days_of_cover == pytest.approx(10 * 92 / 10)
    assert skus["AB-1"].oldest_stock_days == 245
    assert skus["CD-2"].oldest_stock_days == 61
    assert skus["EF-3"].oldest_stock_days is None


def test_abc_shares_and_concentration(shop):
    review = _review(shop)
    skus = _by_code(review)
    assert [skus[c].abc_class for c in ("AB-1", "CD-2", "EF-3")] == ["A", "B", "C"]
    assert skus["AB-1"].revenue_share == pytest.approx(8400 / 9880)
    assert review.top_sku_share == pytest.approx(8400 / 9880)
    assert review.hhi_sku == pytest.approx((8400**2 + 1200**2 + 280**2) / 9880**2)
    assert review.platform_shares == {
        "Amazon": pytest.approx(8680 / 9880),
        "Shopify": pytest.approx(1200 / 9880),
    }
    assert list(review.platform_shares) == ["Amazon", "Shopify"]  # largest first
    assert review.market_shares == {
        "US": pytest.approx(8680 / 9880),
        "DE": pytest.approx(1200 / 9880),
    }
    assert review.top_platform_share == pytest.approx(8680 / 9880)
    assert review.hhi_platform == pytest.approx((8680**2 + 1200**2) / 9880**2)


def _sku(code, revenue):
    return SkuReview(
        sku_id=hash(code),
        sku_code=code,
        product_id=1,
        spu_code="S",
        product_name="",
        category="",
        variant_label="",
        cost=None,
        cost_currency="CNY",
        price=None,
        price_currency="USD",
        cost_base=None,
        price_base=None,
        list_margin=None,
        revenue_12m=revenue,
    )


def test_abc_edges():
    # 50 / 30 / 15 / 4 / 1: the SKU that crosses 80 % is A; exactly 95 % after the third.
    skus = [_sku("a", 50), _sku("b", 30), _sku("c", 15), _sku("d", 4), _sku("e", 1), _sku("z", 0)]
    assert assign_abc(skus) == 100
    assert [s.abc_class for s in skus] == ["A", "A", "B", "C", "C", ""]
    skus = [_sku("a", 79), _sku("b", 2), _sku("c", 19)]
    assign_abc(skus)
    # c (19) ranks second and crosses 80 %: A; b (2) starts at 98 %: C.
    assert [s.abc_class for s in skus] == ["A", "C", "A"]


def test_codes_costs_and_stock_without_sales(shop):
    with shop.transaction() as session:
        product = Product(spu_code=" ", name="No SPU code")
        session.add(product)
        session.flush()
        session.add(Sku(product_id=product.id, sku_code="ab-1 ", stock_qty=5))
        session.add(Sku(product_id=product.id, sku_code="  ", cost=1.0, price=2.0))
    review = _review(shop)
    flags = {f.key: f for f in review.flags}
    skus = _by_code(review)
    assert sorted(flags["duplicate_code"].sku_ids) == sorted(
        [shop.ids["AB-1"], skus["ab-1 "].sku_id]
    )
    assert set(flags["missing_code"].sku_ids) == {skus["ab-1 "].sku_id, skus["  "].sku_id}
    assert flags["missing_cost"].sku_ids == [skus["ab-1 "].sku_id]
    assert flags["missing_price"].sku_ids == [skus["ab-1 "].sku_id]
    # Stock and no sales in the last 3 months: a slow mover without days of cover.
    assert skus["ab-1 "].days_of_cover is None
    assert skus["ab-1 "].sku_id in flags["slow_mover"].sku_ids
    assert skus["ab-1 "].lifecycle == "" and skus["ab-1 "].abc_class == ""


def test_demo_review_is_sensible(demo):
    review = _review(demo)
    assert len(review.skus) == 101  # 99 + 2 approved in step 4
    assert review.missing_rates == set()
    assert all(s.gross_margin is not None and 0 < s.gross_margin < 1 for s in review.skus)
    a_share = sum(s.revenue_share for s in review.skus if s.abc_class == "A")
    assert 0.80 <= a_share < 0.85
    # The 2 products approved in step 4 have no sales yet, so no stage.
    assert {s.lifecycle for s in review.skus} - {""} == set(LIFECYCLE_STAGES)
    assert sum(review.platform_shares.values()) == pytest.approx(1.0)
    assert "over_reliance_sku" not in {f.key for f in review.flags}
    lowered = Thresholds(top_sku_share=0.03, top_platform_share=0.2)
    keys = {f.key for f in _review(demo, lowered).flags}
    assert {"over_reliance_sku", "over_reliance_platform"} <= keys
    with demo.session() as session:
        assert inventory_state(session) == StepState.DONE


def test_progress_is_reported_and_cancel_stops(shop):
    from core.jobs import Cancelled, Progress

    seen = []
    with shop.session() as session:
        review_catalog(session, as_of=AS_OF, progress=Progress(lambda d, t, m: seen.append(d)))
    assert seen[-1] == 4
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled), shop.session() as session:
        review_catalog(session, as_of=AS_OF, progress=progress)


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
