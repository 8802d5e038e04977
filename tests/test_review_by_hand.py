"""Step 2's review of a generated catalog against the rules written out again in plain Decimal.

Every figure a seller acts on is recomputed here from the generated input (never from the
app's output): each sales line converted on its own (the amount as typed × its rate ÷ the
base's rate, half up to the base's minor unit) and summed; cost and price likewise; margins,
stock value, ABC classes and the platform totals from those. The review is computed both
ways the app does: on its own (``review_catalog``) and from the catalog rows the page read
already (``catalog=``, what step 2's loader passes), and the two must be identical.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from core import catalog, currency
from core.inventory import sku_rows as sku_rows_module
from core.inventory.concentration import concentration
from core.inventory.review import SkuReview, _largest_first, review_catalog
from core.models import Market, Platform, Product, SalesRecord, Sku

BOTH_ENGINES = True
AS_OF = date(2026, 11, 1)
FIRST, END = date(2025, 11, 1), date(2026, 11, 1)  # the 12 reviewed months: [FIRST, END)
RATES = {"USD": 7.0, "EUR": 7.8123, "JPY": 0.0471}  # base CNY; GBP has no rate
CODES = ["CNY", "USD", "EUR", "JPY", "GBP"]
CENT = Decimal("0.01")


def to_base(amount: float | None, code: str) -> Decimal | None:
    """The one-line rule by hand: the amount as typed × its rate, half up to the fen."""
    if amount is None or (code != "CNY" and code not in RATES):
        return None
    rate = Decimal(1) if code == "CNY" else Decimal(repr(RATES[code]))
    return (Decimal(repr(amount)) * rate).quantize(CENT, rounding=ROUND_HALF_UP)


def amount(rng: random.Random) -> float:
    # plain prices, exact half fen after conversion, float noise, zero
    return rng.choice(
        [
            round(rng.uniform(0.5, 900), 2),
            round(rng.uniform(0.5, 900), 2),
            (rng.randrange(1, 2000) + 0.5) / 100,
            rng.randrange(1, 50) * 19.99,
            0.005,
            1.005,
            0.0,
        ]
    )


@pytest.fixture
def generated(workspace):
    rng = random.Random(12)
    lines: list[dict] = []
    skus: list[dict] = []
    with workspace.transaction() as session:
        for code, rate in RATES.items():
            currency.set_rate(session, code, rate)
        platforms = [Platform(code=c, name=c.title()) for c in ("amazon", "shopify", "ebay")]
        markets = [Market(code=c, name=c, currency="USD") for c in ("US", "DE", "JP")]
        session.add_all(platforms + markets)
        session.flush()
        for p in range(40):
            product = Product(spu_code=f"SP{p:03d}", name=f"Product {p % 7}", archived=p == 3)
            session.add(product)
            session.flush()
            for v in range(rng.randint(1, 6)):
                spec = {
                    "code": f"SP{p:03d}-{rng.choice('ABC')}{v}",
                    "cost": rng.choice([None, amount(rng), amount(rng)]),
                    "cost_currency": rng.choice(CODES),
                    "price": rng.choice([None, amount(rng), amount(rng), amount(rng)]),
                    "price_currency": rng.choice(CODES),
                    "stock": rng.choice([None, 0, rng.randrange(1, 500)]),
                    "archived": p == 3 or rng.random() < 0.05,
                }
                sku = Sku(
                    product_id=product.id,
                    sku_code=spec["code"],
                    cost=spec["cost"],
                    cost_currency=spec["cost_currency"],
                    price=spec["price"],
                    price_currency=spec["price_currency"],
                    stock_qty=spec["stock"],
                    archived=spec["archived"] and p != 3,
                )
                session.add(sku)
                session.flush()
                spec["id"] = sku.id
                skus.append(spec)
                if rng.random() < 0.4:
                    continue  # sold nothing
                for _ in range(rng.randint(1, 8)):
                    month = date(rng.choice([2025, 2026]), rng.randint(1, 12), 1)
                    line = {
                        "sku_id": sku.id,
                        "platform": rng.choice(platforms),
                        "market": rng.choice(markets),
                        "month": month,
                        "units": rng.randint(0, 30),
                        "returned": rng.randint(0, 2),
                        "revenue": amount(rng),
                        "currency": rng.choice(CODES),
                    }
                    lines.append(line)
                    session.add(
                        SalesRecord(
                            sku_id=sku.id,
                            platform_id=line["platform"].id,
                            market_id=line["market"].id,
                            month=month,
                            units=line["units"],
                            units_returned=line["returned"],
                            revenue=line["revenue"],
                            currency=line["currency"],
                        )
                    )
        for line in lines:
            line["platform"] = line["platform"].name
    return workspace, skus, lines


def by_hand(skus: list[dict], lines: list[dict]) -> dict:
    """Every SKU's figures, the ABC classes and the platform totals, from the input."""
    want: dict[int, dict] = {}
    for spec in skus:
        cost, price = (
            to_base(spec["cost"], spec["cost_currency"]),
            to_base(spec["price"], spec["price_currency"]),
        )
        want[spec["id"]] = {
            "code": spec["code"],
            "cost_base": cost,
            "price_base": price,
            "list_margin": float((price - cost) / price) if cost is not None and price else None,
            "stock_value": cost * spec["stock"]
            if cost is not None and spec["stock"] is not None
            else None,
            "revenue": Decimal(0),
            "units": 0,
            "returned": 0,
            "units_with_revenue": 0,
            "archived": spec["archived"],
        }
    platforms: dict[str, Decimal] = defaultdict(Decimal)
    for line in lines:
        if not FIRST <= line["month"] < END:
            continue
        sku = want[line["sku_id"]]
        sku["units"] += line["units"]
        sku["returned"] += line["returned"]
        money = to_base(line["revenue"], line["currency"])
        if money is not None:
            sku["revenue"] += money
            sku["units_with_revenue"] += line["units"]
            if not sku["archived"]:
                platforms[line["platform"]] += money
    for sku in want.values():
        revenue, units, cost = sku["revenue"], sku["units_with_revenue"], sku["cost_base"]
        sku["realised"] = (
            float((revenue - units * cost) / revenue)
            if cost is not None and units > 0 and revenue > 0
            else None
        )
    # ABC: the SKUs still sold, largest revenue first (ties by code), A until 80 %.
    ranked = sorted(
        (s for s in want.values() if not s["archived"] and s["revenue"] > 0),
        key=lambda s: (-s["revenue"], s["code"]),
    )
    total = sum((s["revenue"] for s in ranked), Decimal(0))
    running = Decimal(0)
    classes = {}
    for sku in ranked:
        share = running / total
        classes[sku["code"]] = (
            "A" if share < Decimal("0.8") else "B" if share < Decimal("0.95") else "C"
        )
        running += sku["revenue"]
    return {"skus": want, "classes": classes, "platforms": dict(platforms), "total": total}


def _reviews(ws):
    with ws.session() as session:
        alone = review_catalog(session, as_of=AS_OF)
        rows = (catalog.product_rows(session), catalog.catalog_rows(session))
        shared = review_catalog(session, as_of=AS_OF, catalog=rows)
    return alone, shared


@pytest.mark.parametrize("at_once", [None, 7])
def test_every_figure_matches_the_rules_by_hand(generated, at_once, monkeypatch):
    """``at_once``: the SKU rows read a few at a time, as a catalog of 100,000 is."""
    if at_once:
        monkeypatch.setattr(sku_rows_module, "ROWS_AT_ONCE", at_once)
    ws, skus, lines = generated
    want = by_hand(skus, lines)
    alone, shared = _reviews(ws)
    assert alone.skus == shared.skus  # the page's way (shared rows) changes nothing
    assert (alone.total_revenue, alone.platform_revenue) == (
        shared.total_revenue,
        shared.platform_revenue,
    )
    got = {s.sku_id: s for s in shared.skus}
    assert set(got) == set(want["skus"])
    for sku_id, w in want["skus"].items():
        s = got[sku_id]
        assert s.sku_code == w["code"]
        assert s.cost_base == w["cost_base"], w["code"]
        assert s.price_base == w["price_base"], w["code"]
        assert s.stock_value == w["stock_value"], w["code"]
        assert s.revenue_12m == w["revenue"], w["code"]
        assert (s.units_12m, s.units_returned_12m) == (w["units"], w["returned"]), w["code"]
        assert s.units_with_revenue == w["units_with_revenue"]
        if w["price_base"] is not None and w["price_base"] > 0:
            assert s.list_margin == w["list_margin"], w["code"]
        else:
            assert s.list_margin is None
        assert s.realised_margin == w["realised"], w["code"]
        assert s.archived == w["archived"]
        assert s.abc_class == want["classes"].get(w["code"], ""), w["code"]
    assert shared.total_revenue == want["total"]
    assert shared.platform_revenue == {k: v for k, v in want["platforms"].items() if v}
    # the figures exercise what they should: sold, unsold, missing rates, all three classes
    assert {"A", "B", "C"} <= set(want["classes"].values())
    assert any(s.missing_rates for s in shared.skus)
    assert sum(1 for s in shared.skus if s.revenue_12m == 0) > 10


def test_largest_first_is_the_plain_sort():
    rng = random.Random(3)
    skus = [
        SkuReview(
            sku_id=i,
            sku_code=f"K{rng.randrange(10**6):06d}-{i}",
            product_id=1,
            spu_code="S",
            product_name="",
            category="",
            variant_label="",
            cost=None,
            cost_currency="CNY",
            price=None,
            price_currency="CNY",
            cost_base=None,
            price_base=None,
            list_margin=None,
            # many ties, several exponents (¥, fen, mills), large values
            revenue_12m=Decimal(rng.choice([1, 5, 250, 10**9 + 7, rng.randrange(10**6)])).scaleb(
                -rng.choice([0, 2, 3])
            ),
        )
        for i in range(3000)
    ]
    plain = sorted(skus, key=lambda s: (-s.revenue_12m, s.sku_code))
    assert [s.sku_id for s in _largest_first(skus)] == [s.sku_id for s in plain]


def test_a_write_between_the_reads_falls_back_to_reading_again(generated):
    """The page reads the catalog rows, then the review: a SKU added between the two is
    reviewed all the same (the shared rows do not know it: read again)."""
    ws, _skus, _lines = generated
    with ws.session() as session:
        rows = (catalog.product_rows(session), catalog.catalog_rows(session))
    with ws.transaction() as session:
        product = session.exec(Product.__table__.select().limit(1)).first()
        session.add(Sku(product_id=product.id, sku_code="NEW-1", cost=1.0, price=2.0))
    with ws.session() as session:
        review = review_catalog(session, as_of=AS_OF, catalog=rows)
    assert "NEW-1" in {s.sku_code for s in review.skus}


def test_a_reload_keeps_the_unchanged_rows(generated):
    """Read again after one edit: every unchanged SKU keeps its old row (one copy of the
    catalog in memory, not two), the edited one is read anew with its new value."""
    ws, skus, _lines = generated
    with ws.session() as session:
        before = catalog.catalog_rows(session)
    edited = skus[5]["id"]
    with ws.transaction() as session:
        session.get(Sku, edited).stock_qty = 4321
    with ws.session() as session:
        after = catalog.catalog_rows(session, previous=before)
        fresh = catalog.catalog_rows(session)
    assert after == fresh  # the same values as a plain read
    assert after[edited] is not before[edited] and after[edited]["stock_qty"] == 4321
    assert all(after[i] is before[i] for i in after if i != edited)


def test_concentration_order_is_the_plain_sort():
    """Shares largest first, ties in the given order, as the plain stable sort gives them."""
    rng = random.Random(5)
    revenue = {
        f"S{i}": Decimal(rng.choice([7, 100, 250, rng.randrange(1, 10**7)])).scaleb(
            -rng.choice([0, 2])
        )
        for i in range(5000)
    }
    plain = sorted(revenue.items(), key=lambda kv: -kv[1])
    total = sum(revenue.values(), Decimal(0))
    got = concentration(revenue)
    assert list(got.shares) == [k for k, _ in plain]
    assert got.leaders == [k for k, v in plain if v == plain[0][1]]
    assert got.shares[plain[0][0]] == float(plain[0][1] / total)
