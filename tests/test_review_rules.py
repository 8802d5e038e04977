"""Issue 6, "review rules that mean what they say": constructed catalogs whose expected values
are worked out by hand in each test (never read back from the app)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core import currency
from core.inventory.flags import Thresholds, compute_flags
from core.inventory.review import CatalogReview, SkuReview, review_catalog
from core.models import Market, Platform, Product, SalesRecord, Sku, StockLot

AS_OF = date(2026, 5, 1)  # 12 months reviewed: May 2025 - Apr 2026; last 3: Feb-Apr 2026


def _month(year: int, month: int) -> date:
    return date(year, month, 1)


def _add_platforms(session, names):
    platforms = [Platform(code=n.lower(), name=n) for n in names]
    market = Market(code="US", name="US", currency="USD")
    session.add_all([*platforms, market])
    session.flush()
    return platforms, market


def _add_sku(
    session, code, cost=10.0, price=20.0, stock=5, cost_currency="CNY", price_currency="CNY"
):
    product = Product(spu_code=f"SP-{code}", name=code)
    session.add(product)
    session.flush()
    sku = Sku(
        product_id=product.id,
        sku_code=code,
        cost=cost,
        cost_currency=cost_currency,
        price=price,
        price_currency=price_currency,
        stock_qty=stock,
        launched_on=date(2020, 1, 1),
    )
    session.add(sku)
    session.flush()
    return sku


def _sale(session, sku, platform, market, month, units, revenue, code="CNY"):
    session.add(
        SalesRecord(
            sku_id=sku.id,
            platform_id=platform.id,
            market_id=market.id,
            month=month,
            units=units,
            revenue=revenue,
            currency=code,
        )
    )


def _review(ws, as_of=AS_OF, thresholds=None):
    with ws.session() as session:
        return review_catalog(session, as_of=as_of, thresholds=thresholds)


# --- missing data is not a finding ---------------------------------------------------------
def test_no_sales_ever_imported_is_not_a_slow_mover(workspace):
    with workspace.transaction() as session:
        _add_sku(session, "A", stock=50)
        _add_sku(session, "B", stock=0)
        sku = _add_sku(session, "C", stock=7)
        session.add(StockLot(sku_id=sku.id, qty=7, received_on=date(2025, 1, 1)))  # 485 days
    review = _review(workspace)
    flags = {f.key: f for f in review.flags}
    assert not review.has_sales
    assert "slow_mover" not in flags
    # One note for the catalog, naming the two SKUs with stock that wait for sales data.
    assert flags["needs_sales"].severity == "info"
    assert len(flags["needs_sales"].sku_ids) == 2
    assert "needs sales data" not in {f for s in review.skus for f in s.flags}
    assert all("needs_sales" not in s.flags for s in review.skus)
    # Aged stock needs only the stock lots: still judged.
    assert flags["aged_stock"].sku_ids == [sku.id]
    # List-price margin, labelled as such: (20 − 10) ÷ 20.
    a = next(s for s in review.skus if s.sku_code == "A")
    assert a.gross_margin == 0.5 and a.margin_basis == "list"


def test_once_sales_exist_the_slow_mover_rule_applies(workspace):
    with workspace.transaction() as session:
        (amazon,), us = _add_platforms(session, ["Amazon"])
        idle = _add_sku(session, "IDLE", stock=50)
        seller = _add_sku(session, "SELLS", stock=1)
        _sale(session, seller, amazon, us, _month(2026, 4), 10, 200)
    review = _review(workspace)
    flags = {f.key: f for f in review.flags}
    assert review.has_sales and "needs_sales" not in flags
    assert flags["slow_mover"].sku_ids == [idle.id]  # stock, no sales in the last 3 months


def _sku_review(sku_id, code, stock, cost=Decimal("10.00"), oldest=None, recent=0, cover=None):
    return SkuReview(
        sku_id=sku_id,
        sku_code=code,
        product_id=1,
        spu_code="S",
        product_name="",
        category="",
        variant_label="",
        cost=float(cost),
        cost_currency="CNY",
        price=20.0,
        price_currency="CNY",
        cost_base=cost,
        price_base=Decimal("20.00"),
        list_margin=0.5,
        stock_qty=stock,
        oldest_stock_days=oldest,
        units_recent=recent,
        days_of_cover=cover,
    )


def test_unknown_stock_is_counted_not_judged():
    # Two SKUs with unknown stock and lots received 400 days ago, one known slow mover.
    skus = [
        _sku_review(1, "U1", None, oldest=400),
        _sku_review(2, "U2", None, oldest=400),
        _sku_review(3, "K", 30, oldest=400),
    ]
    review = CatalogReview(date(2026, 5, 1), "CNY", skus, Thresholds(), has_sales=True)
    flags = {f.key: f for f in compute_flags(review, Thresholds())}
    assert flags["unknown_stock"].sku_ids == [1, 2]
    assert "2 SKUs with unknown stock" in flags["unknown_stock"].message.render()
    assert flags["slow_mover"].sku_ids == [3]
    assert flags["aged_stock"].sku_ids == [3]
    assert [s.sku_code for s in review.unknown_stock] == ["U1", "U2"]
    # Stock value is unknown, not zero: 30 × 10.00 for the known one only.
    assert [s.stock_value for s in skus] == [None, None, Decimal("300.00")]


# --- concentration -------------------------------------------------------------------------
@pytest.mark.parametrize("count", [2, 3, 4])
def test_an_even_split_across_platforms_gets_no_flag(workspace, count):
    names = ["Amazon", "Shopify", "TikTok Shop", "eBay"][:count]
    with workspace.transaction() as session:
        platforms, us = _add_platforms(session, names)
        skus = [_add_sku(session, f"S{i}") for i in range(count)]
        for platform, sku in zip(platforms, skus, strict=True):
            _sale(session, sku, platform, us, _month(2026, 3), 10, 300)
    review = _review(workspace)
    keys = {f.key for f in review.flags}
    assert "over_reliance_platform" not in keys
    assert review.top_platform_share == pytest.approx(1 / count)
    assert review.hhi_platform == pytest.approx(1 / count)
    assert review.effective_platforms == pytest.approx(count)
    assert set(review.top_platforms) == set(names)  # all tied at the top, none singled out


def test_a_tie_names_every_tied_sku(workspace):
    # A and B 400 each, C 200: the top share is 40 % > 30 %, shared by A and B.
    with workspace.transaction() as session:
        (amazon,), us = _add_platforms(session, ["Amazon"])
        a, b, c = (_add_sku(session, code) for code in ("A", "B", "C"))
        for sku, revenue in ((a, 400), (b, 400), (c, 200)):
            _sale(session, sku, amazon, us, _month(2026, 2), 10, revenue)
    review = _review(workspace)
    flag = next(f for f in review.flags if f.key == "over_reliance_sku")
    assert sorted(flag.sku_ids) == sorted([a.id, b.id])
    text = flag.message.render()
    assert "A, B each bring 40%" in text and "limit 30%" in text
    # 1 ÷ (0.4² + 0.4² + 0.2²) = 1 ÷ 0.36 = 2.8 equal SKUs
    assert "2.8 equal SKUs" in text
    assert review.effective_skus == pytest.approx(1 / 0.36)
    # One platform brings everything: flagged, spread "as if over 1.0 platforms".
    platform = next(f for f in review.flags if f.key == "over_reliance_platform")
    assert "Amazon brings 100%" in platform.message.render()


def test_platform_top_share_rule_with_an_uneven_split(workspace):
    # Amazon 700, Shopify 300: 70 % > 60 %.
    with workspace.transaction() as session:
        (amazon, shopify), us = _add_platforms(session, ["Amazon", "Shopify"])
        sku = _add_sku(session, "A")
        other = _add_sku(session, "B")
        _sale(session, sku, amazon, us, _month(2026, 2), 7, 700)
        _sale(session, other, shopify, us, _month(2026, 2), 3, 300)
    review = _review(workspace)
    flag = next(f for f in review.flags if f.key == "over_reliance_platform")
    assert flag.sku_ids == [sku.id]
    # 1 ÷ (0.49 + 0.09) = 1.724… → "1.7 equal platforms"
    assert "Amazon brings 70%" in flag.message.render()
    assert "1.7 equal platforms" in flag.message.render()


# --- realised margin -----------------------------------------------------------------------
def test_realised_margin_per_sku_and_per_market(workspace):
    # One SKU, cost 40 CNY, list price 100 CNY (60 %). US: 10 units for 1000 CNY (60 %);
    # JP priced lower: 10 units for 500 CNY → (500 − 400) ÷ 500 = 20 %.
    # Over the SKU: (1500 − 20 × 40) ÷ 1500 = 700 ÷ 1500.
    from core.inventory.platforms import DETAIL, platform_performance

    with workspace.transaction() as session:
        (amazon,), us = _add_platforms(session, ["Amazon"])
        jp = Market(code="JP", name="JP", currency="JPY")
        session.add(jp)
        session.flush()
        sku = _add_sku(session, "A", cost=40, price=100)
        _sale(session, sku, amazon, us, _month(2026, 3), 10, 1000)
        _sale(session, sku, amazon, jp, _month(2026, 3), 10, 500)
    with workspace.session() as session:
        review = review_catalog(session, as_of=AS_OF)
        performance = platform_performance(session, review, AS_OF)
    a = review.skus[0]
    assert a.list_margin == pytest.approx(0.6)
    assert a.realised_margin == pytest.approx(700 / 1500)
    assert a.gross_margin == a.realised_margin and a.margin_basis == "realised"
    cells = {r.market: r.gross_margin for r in performance.rows if r.level == DETAIL}
    assert cells == {"US": pytest.approx(0.6), "JP": pytest.approx(0.2)}


def test_no_cost_means_margin_unknown_not_100_percent(workspace):
    with workspace.transaction() as session:
        (amazon,), us = _add_platforms(session, ["Amazon"])
        sku = _add_sku(session, "A", cost=None, price=100)
        _sale(session, sku, amazon, us, _month(2026, 3), 10, 1000)
    a = _review(workspace).skus[0]
    assert a.realised_margin is None and a.list_margin is None and a.gross_margin is None
    assert a.margin_basis == "" and a.stock_value is None


# --- seasonal lifecycle --------------------------------------------------------------------
# A stable SKU on a seasonal curve, the same every year: peaks in Nov-Jan, low in spring.
SEASON = {1: 150, 2: 60, 3: 40, 4: 40, 5: 50, 6: 60, 7: 70, 8: 80, 9: 90, 10: 110, 11: 160, 12: 200}


def _seasonal_shop(workspace, months: int, end: date):
    """``months`` months of SEASON sales ending with the month ``end``."""
    with workspace.transaction() as session:
        (amazon,), us = _add_platforms(session, ["Amazon"])
        sku = _add_sku(session, "SEASON", stock=100)
        year, month = end.year, end.month
        for _ in range(months):
            units = SEASON[month]
            _sale(session, sku, amazon, us, date(year, month, 1), units, units * 10)
            month -= 1
            if month == 0:
                year, month = year - 1, 12
    return sku


@pytest.mark.parametrize(
    ("as_of", "last_three"),
    [
        (date(2026, 2, 1), (11, 12, 1)),  # January review: Nov-Jan, the peak
        (date(2026, 5, 1), (2, 3, 4)),  # April review: Feb-Apr, the trough
    ],
)
def test_a_seasonal_sku_with_24_months_is_mature_all_year(workspace, as_of, last_three):
    last_month = date(as_of.year, as_of.month - 1, 1)
    _seasonal_shop(workspace, 24, last_month)
    sku = _review(workspace, as_of).skus[0]
    same = sum(SEASON[m] for m in last_three)
    # Year on year: the same months a year before sold exactly as many units: +0 %.
    assert sku.lifecycle_suggested == "mature"
    assert sku.seasonally_adjusted
    assert sku.lifecycle_reason.params == {"last": same, "before": same, "change": "+0%"}
    assert "same 3 months a year before" in sku.lifecycle_reason.render()


def test_with_12_months_the_old_rule_applies_and_says_so(workspace):
    # January review with only 12 months: Nov-Jan (510) against Aug-Oct (280): +82 %, Growth,
    # and the reason says it is not seasonally adjusted.
    _seasonal_shop(workspace, 12, date(2026, 1, 1))
    sku = _review(workspace, date(2026, 2, 1)).skus[0]
    assert sku.lifecycle_suggested == "growth" and not sku.seasonally_adjusted
    assert sku.lifecycle_reason.params["last"] == 160 + 200 + 150
    assert sku.lifecycle_reason.params["before"] == 80 + 90 + 110
    assert "Not seasonally adjusted: 12 months of history" in sku.lifecycle_reason.render()


def test_year_on_year_growth_is_still_growth(workspace):
    # 24 months where the second year sells 50 % more than the first in every month.
    with workspace.transaction() as session:
        (amazon,), us = _add_platforms(session, ["Amazon"])
        sku = _add_sku(session, "UP")
        for offset in range(24):
            year, month = 2024 + (offset + 4) // 12, (offset + 4) % 12 + 1  # May 2024 - Apr 2026
            units = SEASON[month] * (3 if year * 12 + month >= 2025 * 12 + 5 else 2)
            _sale(session, sku, amazon, us, date(year, month, 1), units, units * 10)
    review = _review(workspace)
    up = review.skus[0]
    assert up.lifecycle_suggested == "growth" and up.seasonally_adjusted
    assert up.lifecycle_reason.params["change"] == "+50%"


# --- money adds up -------------------------------------------------------------------------
def test_money_rounds_half_up_once_per_currency():
    from core import money

    assert money.minor_unit("JPY") == 0 and money.minor_unit("usd") == 2
    assert money.minor_unit("KWD") == 3
    # float round() gives 2.67 (2.675 is 2.67499999… in binary); half up on the decimal: 2.68
    assert round(2.675, 2) == 2.67
    assert money.round_money(money.amount(2.675), "USD") == Decimal("2.68")
    assert money.round_money(Decimal("-2.5"), "JPY") == Decimal("-3")  # away from zero
    rates = {"USD": 250.0, "JPY": 1.0, "CNY": 20.0}
    # 0.01 USD = 2.5 JPY → 3 JPY (banker's rounding would give 2)
    assert money.convert(0.01, "USD", "JPY", rates) == Decimal("3")
    # Through the table: USD → CNY is 250 ÷ 20 = 12.5 per USD; 0.03 USD = 0.375 → 0.38 CNY
    assert money.convert(0.03, "USD", "CNY", rates) == Decimal("0.38")
    assert money.convert(1, "GBP", "JPY", rates) is None
    assert money.total([Decimal("0.10")] * 3) == Decimal("0.30")  # 0.1 * 3 != 0.3 in floats


def test_sums_exact_in_yen(workspace, tmp_path):
    # Base JPY, USD at 150.5. Three lines: 9.99 → 1503.495 → 1503; 19.99 → 3008.495 → 3008;
    # 0.03 → 4.515 → 5. Total 4516 yen (summing floats, then rounding, gives 4517).
    from openpyxl import load_workbook

    from core.inventory.export import export_catalog
    from core.inventory.platforms import DETAIL, PLATFORM, platform_performance
    from core.models import Setting

    with workspace.transaction() as session:
        session.merge(Setting(key="base_currency", value="JPY"))
        session.flush()
        currency.set_rate(session, "USD", 150.5)
        (amazon, shopify), us = _add_platforms(session, ["Amazon", "Shopify"])
        a = _add_sku(session, "A", cost=1.0, price=9.99, price_currency="USD", cost_currency="USD")
        b = _add_sku(session, "B", cost=1.0, price=19.99, price_currency="USD", cost_currency="USD")
        _sale(session, a, amazon, us, _month(2026, 2), 1, 9.99, "USD")
        _sale(session, b, amazon, us, _month(2026, 3), 1, 19.99, "USD")
        _sale(session, a, shopify, us, _month(2026, 4), 1, 0.03, "USD")
    assert round(9.99 * 150.5 + 19.99 * 150.5 + 0.03 * 150.5) == 4517
    with workspace.session() as session:
        review = review_catalog(session, as_of=AS_OF)
        performance = platform_performance(session, review, AS_OF)
    assert review.total_revenue == Decimal(4516)
    skus = {s.sku_code: s for s in review.skus}
    assert skus["A"].revenue_12m == Decimal(1503 + 5) and skus["B"].revenue_12m == Decimal(3008)
    # cost 1 USD = 150.5 → 151 yen (half up); stock value 5 × 151
    assert skus["A"].cost_base == Decimal(151) and skus["A"].stock_value == Decimal(755)
    assert review.platform_revenue == {"Amazon": Decimal(4511), "Shopify": Decimal(5)}
    assert performance.total.revenue_12m == Decimal(4516)
    assert sum(r.revenue_12m for r in performance.rows if r.level == PLATFORM) == Decimal(4516)
    assert sum(r.revenue_12m for r in performance.rows if r.level == DETAIL) == Decimal(4516)

    out = export_catalog(workspace, tmp_path / "yen.xlsx", as_of=AS_OF)
    book = load_workbook(out)
    summary = {row[0].value: row for row in book["Summary"].iter_rows(min_row=2)}
    total = summary["Revenue 12 months (JPY)"][1]
    assert total.value == 4516 and total.number_format == "#,##0"  # yen have no decimals
    parts = summary["Platform Amazon"][1].value + summary["Platform Shopify"][1].value
    assert parts == total.value
    rows = {r[0].value: r for r in book["Catalog review"].iter_rows(min_row=2)}
    assert rows["A"][9].value == 1508 and rows["B"][9].value == 3008


def test_cent_exact_sums(workspace):
    # Ten sales of 0.10 USD at 7.1: 0.71 CNY each, 7.10 in all, and the product's total is the
    # sum of its SKUs' as shown.
    with workspace.transaction() as session:
        currency.set_rate(session, "USD", 7.1)
        (amazon,), us = _add_platforms(session, ["Amazon"])
        sku = _add_sku(session, "A")
        for month in [_month(2025, m) for m in range(5, 13)] + [_month(2026, 1), _month(2026, 2)]:
            _sale(session, sku, amazon, us, month, 1, 0.1, "USD")
    review = _review(workspace)
    assert review.total_revenue == Decimal("7.10")
    assert str(review.skus[0].revenue_12m) == "7.10"  # exact cents, not 7.1000000000000005


def test_unknown_stock_from_the_workspace(workspace, tmp_path):
    # U: stock unknown (NULL) with a lot received 400 days ago; K: 3 units, same lot age.
    from openpyxl import load_workbook

    from core.inventory.charts import stock_aging
    from core.inventory.export import export_catalog

    with workspace.transaction() as session:
        (amazon,), us = _add_platforms(session, ["Amazon"])
        unknown = _add_sku(session, "U", stock=None)
        known = _add_sku(session, "K", stock=3)
        for sku in (unknown, known):
            session.add(StockLot(sku_id=sku.id, qty=3, received_on=date(2025, 3, 27)))
        _sale(session, known, amazon, us, _month(2026, 4), 1, 20)
    review = _review(workspace)
    skus = {s.sku_code: s for s in review.skus}
    assert skus["U"].stock_qty is None and skus["U"].stock_value is None
    assert skus["U"].days_of_cover is None
    assert skus["K"].stock_value == Decimal("30.00")  # 3 × 10.00
    flags = {f.key: f for f in review.flags}
    assert flags["unknown_stock"].sku_ids == [unknown.id]
    assert flags["aged_stock"].sku_ids == [known.id]
    assert unknown.id not in flags["slow_mover"].sku_ids
    with workspace.session() as session:
        aging = stock_aging(session, AS_OF)
    assert sum(b.units for b in aging) == 3 and sum(b.value for b in aging) == 30
    out = export_catalog(workspace, tmp_path / "unknown.xlsx", as_of=AS_OF)
    rows = {r[0].value: r for r in load_workbook(out)["Catalog review"].iter_rows(min_row=2)}
    assert rows["U"][12].value == "unknown" and rows["U"][13].value is None
    assert rows["K"][12].value == 3 and rows["K"][13].value == 30


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
