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
"""

from __future__ import annotations

from datetime import date

import pytest

from core import currency
from core.inventory.charts import bubble_series, lifecycle_mix, pareto_series, stock_aging
from core.inventory.flags import Thresholds, load_thresholds, save_thresholds
from core.inventory.lifecycle import (
    LIFECYCLE_RULE,
    LIFECYCLE_STAGES,
    set_lifecycle_override,
    suggest_lifecycle,
)
from core.inventory.review import SkuReview, assign_abc, inventory_state, review_catalog
from core.models import (
    Category,
    Market,
    Platform,
    Product,
    SalesRecord,
    Setting,
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


def test_lifecycle_rule_edges(shop):
    skus = _by_code(_review(shop))
    assert skus["AB-1"].lifecycle_suggested == "growth"  # exactly +20 %
    assert skus["CD-2"].lifecycle_suggested == "decline"  # exactly -20 %
    assert skus["EF-3"].lifecycle_suggested == "intro"  # only 2 months with sales
    # 12 months of history: compared with the 3 months before, not seasonally adjusted.
    assert skus["AB-1"].lifecycle_reason.params == {
        "last": 36,
        "before": 30,
        "change": "+20%",
        "history": 12,
    }
    assert "Not seasonally adjusted" in skus["AB-1"].lifecycle_reason.render()
    assert not skus["AB-1"].seasonally_adjusted
    assert "2 months" in skus["EF-3"].lifecycle_reason.render()
    assert set(LIFECYCLE_STAGES) == {"intro", "growth", "mature", "decline"}
    assert "20 %" in LIFECYCLE_RULE.render()

    months = [date(2026, m, 1) for m in range(1, 13)]
    flat = {m: 100 for m in months[:-3]}

    def stage(last_three, launched=date(2020, 1, 1), sales_months=12):
        units = flat | {m: u for m, u in zip(months[-3:], last_three, strict=True)}
        return suggest_lifecycle(units, months, sales_months, launched, date(2027, 1, 1))[0]

    assert stage([119, 120, 120]) == "mature"  # +19.67 %
    assert stage([120, 120, 120]) == "growth"
    assert stage([80, 80, 81]) == "mature"
    assert stage([80, 80, 80]) == "decline"
    assert stage([100, 100, 100], launched=date(2026, 9, 5)) == "intro"  # 118 days
    assert stage([100, 100, 100], sales_months=3) == "intro"
    assert stage([0, 0, 0]) == "decline"
    assert suggest_lifecycle({}, months, 0, None, date(2027, 1, 1))[0] == ""


def test_lifecycle_override_wins_and_clears(shop):
    with shop.transaction() as session:
        set_lifecycle_override(session, shop.ids["AB-1"], "mature")
    ab = _by_code(_review(shop))["AB-1"]
    assert (ab.lifecycle, ab.lifecycle_suggested, ab.lifecycle_overridden) == (
        "mature",
        "growth",
        True,
    )
    with pytest.raises(ValueError):
        with shop.transaction() as session:
            set_lifecycle_override(session, shop.ids["AB-1"], "booming")
    with shop.transaction() as session:
        set_lifecycle_override(session, shop.ids["AB-1"], None)
    assert _by_code(_review(shop))["AB-1"].lifecycle == "growth"


def test_flags_with_default_thresholds(shop):
    review = _review(shop)
    ids = shop.ids
    flags = {f.key: f for f in review.flags}
    assert set(flags) == {
        "missing_rate",
        "over_reliance_sku",
        "over_reliance_platform",
        "slow_mover",
        "aged_stock",
    }
    assert flags["missing_rate"].sku_ids == [ids["EF-3"]]
    assert flags["missing_rate"].severity == "error"
    assert "GBP" in flags["missing_rate"].message.render()
    assert flags["over_reliance_sku"].sku_ids == [ids["AB-1"]]
    assert "85%" in flags["over_reliance_sku"].message.render()
    # Amazon is 100 % of AB-1's and EF-3's revenue, 0 % of CD-2's.
    assert sorted(flags["over_reliance_platform"].sku_ids) == sorted([ids["AB-1"], ids["EF-3"]])
    assert flags["slow_mover"].sku_ids == [ids["AB-1"]]  # 153 days > 120; CD-2 77, EF-3 92
    assert flags["aged_stock"].sku_ids == [ids["AB-1"]]
    assert review.flags[0].severity == "error"  # errors come first
    skus = _by_code(review)
    assert set(skus["AB-1"].flags) == {
        "over_reliance_sku",
        "over_reliance_platform",
        "slow_mover",
        "aged_stock",
    }
    assert skus["CD-2"].flags == []


def test_flags_follow_thresholds(shop):
    relaxed = Thresholds(
        top_sku_share=0.9,
        top_platform_share=0.9,
        slow_mover_days_of_cover=160,
        aged_stock_days=250,
    )
    keys = {f.key for f in _review(shop, relaxed).flags}
    assert keys == {"missing_rate"}
    strict = Thresholds(slow_mover_days_of_cover=60, aged_stock_days=60)
    flags = {f.key: f for f in _review(shop, strict).flags}
    assert len(flags["slow_mover"].sku_ids) == 3
    assert sorted(flags["aged_stock"].sku_ids) == sorted([shop.ids["AB-1"], shop.ids["CD-2"]])


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


def test_thresholds_saved_validated_and_defaults(workspace):
    with workspace.session() as session:
        assert load_thresholds(session) == Thresholds()
    with workspace.transaction() as session:
        save_thresholds(session, Thresholds(top_sku_share=0.5, aged_stock_days=90))
    with workspace.session() as session:
        assert load_thresholds(session) == Thresholds(top_sku_share=0.5, aged_stock_days=90)
    for bad in (
        Thresholds(top_sku_share=0),
        Thresholds(top_platform_share=1.5),
        Thresholds(top_platform_share=float("nan")),
        Thresholds(aged_stock_days=0),
        Thresholds(slow_mover_days_of_cover=99999),
    ):
        with pytest.raises(ValueError) as info:
            with workspace.transaction() as session:
                save_thresholds(session, bad)
        assert info.value.args[0].render()
    with workspace.transaction() as session:
        session.merge(Setting(key="inventory_thresholds", value="{broken"))
    with workspace.session() as session:
        assert load_thresholds(session) == Thresholds()


def test_inventory_state(workspace, shop):
    with shop.session() as session:
        assert inventory_state(session) == StepState.IN_PROGRESS  # EF-3 has no GBP rate
    with shop.transaction() as session:
        currency.set_rate(session, "GBP", 9.0)
    with shop.session() as session:
        assert inventory_state(session) == StepState.DONE


def test_inventory_state_each_gap(demo):
    """Each thing the step needs, removed from one SKU of the (done) demo, makes it in
    progress again; a currency spelled " usd" still has its rate."""
    from sqlmodel import select

    from core.models import Product, Sku

    def state() -> StepState:
        with demo.session() as session:
            return inventory_state(session)

    with demo.transaction() as session:
        sku = session.exec(select(Sku).order_by(Sku.id)).first()
        sku_id, product_id = sku.id, sku.product_id
        sku.price_currency = " usd"
    assert state() == StepState.DONE
    changes = [
        ("price_currency", "XYZ"),  # no rate
        ("cost_currency", "xyz"),
        ("price", 0.0),
        ("price", None),
        ("cost", None),
    ]
    for field_name, value in changes:
        with demo.transaction() as session:
            sku = session.get(Sku, sku_id)
            old = getattr(sku, field_name)
            setattr(sku, field_name, value)
        assert state() == StepState.IN_PROGRESS, field_name
        with demo.transaction() as session:
            setattr(session.get(Sku, sku_id), field_name, old)
        assert state() == StepState.DONE
    with demo.transaction() as session:
        session.add(Product(spu_code="NO-SKUS", name="Empty", category_id=None))
    assert state() == StepState.DONE  # a product without SKUs has nothing to review
    with demo.transaction() as session:
        session.get(Product, product_id).category_id = None
    assert state() == StepState.IN_PROGRESS


def test_inventory_state_empty(tmp_path):
    from core.workspace import open_workspace

    ws = open_workspace(tmp_path / "empty.matrixdesk", create=True)
    with ws.session() as session:
        assert inventory_state(session) == StepState.NOT_STARTED
    ws.close()


def test_chart_series(shop):
    review = _review(shop)
    bubbles = {p.sku_code: p for p in bubble_series(review)}
    # EF-3 has no list margin (no GBP rate) but a realised one: it is a bubble too.
    assert set(bubbles) == {"AB-1", "CD-2", "EF-3"}
    assert bubbles["AB-1"] == (
        "AB-1",
        pytest.approx(8400),
        pytest.approx((8400 - 126 * 35) / 8400),
        pytest.approx(2100),
        "A",
    )
    pareto = pareto_series(review)
    assert pareto.ranks == [1, 2, 3]
    assert pareto.cumulative == pytest.approx([8400 / 9880, 9600 / 9880, 1.0])
    assert pareto.classes == ["A", "B", "C"] and pareto.boundaries == {"A": 1, "B": 2, "C": 3}
    mix = lifecycle_mix(review)
    assert mix["growth"] == (1, pytest.approx(8400)) and mix["decline"] == (1, pytest.approx(1200))
    assert mix["intro"] == (1, pytest.approx(280)) and mix["mature"] == (0, 0.0)
    with shop.session() as session:
        aging = stock_aging(session, AS_OF)
    assert [b.label for b in aging] == [
        "0–30 days",
        "31–90 days",
        "91–180 days",
        "181–365 days",
        ">365 days",
    ]
    assert [b.units for b in aging] == [0, 80, 0, 20, 0]
    assert [b.value for b in aging] == pytest.approx([0, 40 * 35 + 40 * 35, 0, 20 * 35, 0])


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


def test_export_catalog(shop, tmp_path):
    from openpyxl import load_workbook

    from core.inventory.export import export_catalog

    with shop.transaction() as session:
        product = session.get(Sku, shop.ids["CD-2"]).product_id
        session.get(Product, product).name = "=cmd|' /C calc'!A0"
    out = export_catalog(shop, tmp_path / "catalog.xlsx", as_of=AS_OF)
    book = load_workbook(out)
    assert book.sheetnames == ["Catalog review", "Flags", "Summary", "Flagged SKUs"]
    sheet = book["Catalog review"]
    headers = [c.value for c in sheet[1]]
    assert headers[:9] == [
        "SKU",
        "SPU",
        "Product",
        "Category",
        "Variant",
        "Cost (CNY)",
        "Price (CNY)",
        "Gross margin",
        "Margin basis",
    ]
    assert headers[15:18] == ["Lifecycle", "ABC", "Flags"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    cd = rows["CD-2"]
    assert cd[2].value == "=cmd|' /C calc'!A0" and cd[2].data_type == "s"
    # CD-2 sold 108 units at 35 CNY for 1200 CNY: its realised margin, labelled so.
    assert cd[7].value == pytest.approx((1200 - 108 * 35) / 1200) and cd[7].number_format == "0.0%"
    assert cd[8].value == "Realised margin (from sales)"
    assert cd[9].value == 1200 and cd[9].number_format == "#,##0.00"
    assert cd[10].value == 108 and cd[10].number_format == "#,##0"
    assert (cd[15].value, cd[16].value) == ("Decline", "B")
    assert "Aged stock" in rows["AB-1"][17].value
    assert rows["EF-3"][7].value == pytest.approx((280 - 10 * 20) / 280)
    flags = book["Flags"]
    assert [c.value for c in flags[1]] == [
        "Severity",
        "Flag",
        "Message",
        "SKUs affected",
        "SKU codes",
    ]
    assert flags["B2"].value == "Missing exchange rate" and flags["E2"].value == "EF-3"
    summary = {row[0].value: row for row in book["Summary"].iter_rows(min_row=2)}
    top = summary["Top SKU share of revenue"]
    assert top[2].value == pytest.approx(8400 / 9880) and top[2].number_format == "0.0%"
    assert top[3].value == pytest.approx(0.30)
    assert summary["Revenue 12 months (CNY)"][1].value == 9880
    assert summary["Revenue 12 months (CNY)"][1].number_format == "#,##0.00"
    # The platform rows add up to the total exactly.
    assert summary["Platform Amazon"][1].value + summary["Platform Shopify"][1].value == 9880
    effective = summary["Effective number of platforms (1 ÷ HHI)"][4]
    assert effective.value == pytest.approx(9880**2 / (8680**2 + 1200**2))
    assert effective.number_format == "0.000"  # a number of platforms, not a percentage


def test_export_catalog_translated(shop, tmp_path):
    from openpyxl import load_workbook

    from core.inventory.export import export_catalog

    def zh(context, text):
        return "译" + text if context == "Inventory" else text

    out = export_catalog(shop, tmp_path / "c.xlsx", translate=zh, as_of=AS_OF)
    book = load_workbook(out)
    assert book.sheetnames == ["译Catalog review", "译Flags", "译Summary", "译Flagged SKUs"]
    sheet = book["译Catalog review"]
    assert sheet["F1"].value == "译Cost (CNY)"
    assert {row[15].value for row in sheet.iter_rows(min_row=2)} == {
        "译Growth",
        "译Decline",
        "译Intro",
    }


def test_cli_export_catalog(shop, tmp_path, capsys):
    from openpyxl import load_workbook

    from core.cli import main

    shop.close()
    out = tmp_path / "cli.xlsx"
    assert main(["export", "catalog", shop.location, str(out), "--as-of", "2026-11-01"]) == 0
    assert "written" in capsys.readouterr().out
    assert load_workbook(out)["Catalog review"].max_row == 4
    assert main(["export", "catalog", str(tmp_path / "none.matrixdesk"), str(out)]) == 1


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
