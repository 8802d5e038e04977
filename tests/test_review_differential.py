"""Step 2's column-wise review against a plain per-SKU computation of the same rules, on
generated messy workspaces: SKUs without cost or price, unknown and zero stock, currencies
without a rate, archived SKUs and SPUs, lifecycles set by hand (and a stale stage name),
recent launches, years of history (seasonal and not), lines without revenue, ties in revenue,
codes that differ only in case or spaces.

The reference reads ORM objects and walks SKU by SKU and line by line with ``money.convert``
(the one-line rule) and Decimal: nothing of ``core/inventory``'s column code. A deliberately
broken review must fail the comparison (``test_a_broken_review_is_caught``).
"""

from __future__ import annotations

import calendar
import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import pytest
from sqlmodel import select

from core import catalog, currency, money
from core.inventory import lifecycle as lifecycle_module
from core.inventory import review as review_module
from core.inventory.review import review_catalog
from core.models import Market, Platform, Product, SalesRecord, Sku, StockLot
from core.sales import months_before

BOTH_ENGINES = True
AS_OF = date(2026, 11, 1)
CODES = ["CNY", "USD", "EUR", "JPY", "GBP", " usd"]  # GBP has no rate
RATES = {"USD": 7.0, "EUR": 7.8123, "JPY": 0.0471}
STAGES = ("intro", "growth", "mature", "decline")


def _amount(rng: random.Random) -> float | None:
    return rng.choice(
        [None, 0.0, 0.005, 1.005, 19.99, round(rng.uniform(0.5, 900), 2),
         round(rng.uniform(0.5, 900), 3), (rng.randrange(1, 2000) + 0.5) / 100]
    )  # fmt: skip


def _fill(workspace, seed: int) -> None:
    rng = random.Random(seed)
    with workspace.transaction() as session:
        for code, rate in RATES.items():
            currency.set_rate(session, code, rate)
        platforms = [Platform(code=c, name=c.title()) for c in ("amazon", "shopify", "ebay")]
        markets = [Market(code=c, name=c, currency="USD") for c in ("US", "DE", "JP")]
        session.add_all(platforms + markets)
        session.flush()
        months = months_before(AS_OF, 30)  # 2.5 years: seasonal and not
        tie = round(rng.uniform(10, 50), 2)
        for p in range(30):
            product = Product(
                spu_code=f"SP{p:02d}" if p != 7 else "  ",
                name=f"Product {p % 4}",
                archived=p % 11 == 5,
                created_on=rng.choice([None, date(2026, 9, 1), date(2023, 1, 1)]),
            )
            session.add(product)
            session.flush()
            for v in range(rng.randint(1, 5)):
                code = rng.choice([f"SP{p:02d}-{v}", f"sp{p:02d}- {v}", f"SP{p:02d}-{v}x"])
                sku = Sku(
                    product_id=product.id,
                    sku_code=code if not session.exec(
                        select(Sku).where(Sku.sku_code == code)).first() else f"{code}#{v}",
                    cost=_amount(rng),
                    cost_currency=rng.choice(CODES),
                    price=_amount(rng),
                    price_currency=rng.choice(CODES),
                    stock_qty=rng.choice([None, 0, rng.randrange(1, 400), rng.randrange(1, 9)]),
                    archived=rng.random() < 0.1,
                    launched_on=rng.choice([None, None, date(2026, 10, 1), date(2024, 2, 1)]),
                    lifecycle_override=rng.choice([None, None, None, "mature", "stale"]),
                )  # fmt: skip
                session.add(sku)
                session.flush()
                if rng.random() < 0.3:
                    session.add(StockLot(sku_id=sku.id, qty=rng.randrange(-1, 50),
                                         received_on=AS_OF - timedelta(rng.randrange(1, 400))))  # fmt: skip
                style = rng.random()
                if style < 0.3:
                    continue  # sold nothing
                for month in months:
                    if rng.random() < 0.5:
                        continue
                    tied = style > 0.9  # the same revenue as the other tied SKUs
                    session.add(
                        SalesRecord(
                            sku_id=sku.id,
                            platform_id=rng.choice(platforms).id,
                            market_id=rng.choice(markets).id,
                            month=month,
                            units=rng.choice([0, 1, 3, rng.randrange(1, 40)]),
                            units_returned=rng.randint(0, 2),
                            revenue=(tie if month == months[-1] else None)
                            if tied
                            else _amount(rng),
                            currency="CNY" if tied else rng.choice(CODES),
                        )
                    )


def _reference(session) -> dict:
    """Every figure SKU by SKU and line by line, from ORM objects."""
    base, rates = currency.base_currency(session), currency.rates(session)
    months = months_before(AS_OF, 12)
    end, recent = AS_OF.replace(day=1), months[-3:]
    recent_days = sum((m.replace(day=28) + timedelta(4)).replace(day=1).toordinal()
                      - m.toordinal() for m in recent)  # fmt: skip
    platforms = {p.id: p.name for p in session.exec(select(Platform))}
    markets = {m.id: m.code for m in session.exec(select(Market))}
    products = {p.id: p for p in session.exec(select(Product))}
    lines = defaultdict(list)
    for line in session.exec(select(SalesRecord)):
        lines[line.sku_id].append(line)
    lots = defaultdict(list)
    for lot in session.exec(select(StockLot)):
        if lot.qty > 0:
            lots[lot.sku_id].append(lot.received_on)
    zero = money.round_money(Decimal(0), base)
    want = {}
    for sku in session.exec(select(Sku)):
        owner = products[sku.product_id]
        missing = set()

        def to_base(value, code, missing=missing):
            converted = money.convert(value, code, base, rates)
            if converted is None and value is not None:
                missing.add(currency.normalise_code(code))
            return converted

        cost, price = to_base(sku.cost, sku.cost_currency), to_base(sku.price, sku.price_currency)
        w = {
            "code": sku.sku_code, "spu": owner.spu_code, "cost_base": cost, "price_base": price,
            "list_margin": float((price - cost) / price) if cost is not None and price
            is not None and price > 0 else None,
            "stock_value": cost * sku.stock_qty if cost is not None and sku.stock_qty is not None
            else None,
            "stock": sku.stock_qty, "cost": sku.cost, "price": sku.price, "revenue": zero, "units": 0, "returned": 0, "recent": 0,
            "with_revenue": 0, "revenue_by_platform": {}, "revenue_by_market": {},
            "units_by_platform": {}, "units_by_market": {},
            "archived": bool(sku.archived or owner.archived),
            "oldest": (AS_OF - min(lots[sku.id])).days if lots[sku.id] else None,
        }  # fmt: skip
        by_month: dict[date, int] = defaultdict(int)
        sold_months = set()
        for line in lines[sku.id]:
            if line.units > 0 and line.month < end:
                sold_months.add(line.month)
            if not months[0] <= line.month < end:
                by_month[line.month] += line.units  # the year before, for seasons
                continue
            by_month[line.month] += line.units
            w["units"] += line.units
            w["returned"] += line.units_returned
            w["recent"] += line.units if line.month in recent else 0
            platform, market = platforms[line.platform_id], markets[line.market_id]
            for key, name in (("platform", platform), ("market", market)):
                w[f"units_by_{key}"][name] = w[f"units_by_{key}"].get(name, 0) + line.units
            converted = to_base(line.revenue, line.currency)
            if converted is not None:
                w["revenue"] += converted
                w["with_revenue"] += line.units
                for key, name in (("platform", platform), ("market", market)):
                    earned = w[f"revenue_by_{key}"]
                    earned[name] = earned.get(name, zero) + converted
        if not w["revenue"]:
            w["revenue"] = zero
        revenue, units = w["revenue"], w["with_revenue"]
        w["realised"] = (
            float((revenue - units * cost) / revenue)
            if cost is not None and units > 0 and revenue > 0
            else None
        )
        w["cover"] = (
            sku.stock_qty / (w["recent"] / recent_days)
            if w["recent"] > 0 and sku.stock_qty is not None
            else None
        )
        w["missing"] = missing
        # the lifecycle rule as written in LIFECYCLE_RULE
        stage, last, before = "", None, None
        first = min(sold_months, default=None)
        span = (months[-1].year - first.year) * 12 + months[-1].month - first.month + 1 if (
            first) else 0  # fmt: skip
        launched = sku.launched_on or owner.created_on
        age = (AS_OF - launched).days if launched else None
        if any(by_month[m] > 0 for m in months):
            last = sum(by_month[m] for m in recent)
            compared = [m.replace(year=m.year - 1) for m in recent] if span >= 13 else months[-6:-3]
            before = sum(by_month[m] for m in compared)
            if (age is not None and age < 120) or len(sold_months) < 4:
                stage = "intro"
            elif before == 0:
                stage = "growth" if last > 0 else "decline"
            elif last * 100 >= before * 120:
                stage = "growth"
            elif last * 100 <= before * 80:
                stage = "decline"
            else:
                stage = "mature"
        w["stage"], w["last"], w["before"] = stage, last, before
        w["seasonal"] = span >= 13 and stage not in ("", "intro")
        w["overridden"] = sku.lifecycle_override in STAGES
        w["lifecycle"] = sku.lifecycle_override if w["overridden"] else stage
        want[sku.id] = w
    active = {i: w for i, w in want.items() if not w["archived"]}
    ranked = sorted((i for i, w in active.items() if w["revenue"] > 0),
                    key=lambda i: (-active[i]["revenue"], active[i]["code"]))  # fmt: skip
    total = sum((active[i]["revenue"] for i in ranked), Decimal(0))
    running = Decimal(0)
    for i in ranked:
        w = active[i]
        w["share"] = float(w["revenue"] / total)
        w["abc"] = "A" if running < total * Decimal("0.8") else (
            "B" if running < total * Decimal("0.95") else "C")  # fmt: skip
        running += w["revenue"]
    platform_revenue: dict[str, Decimal] = defaultdict(Decimal)
    for w in active.values():
        for name, value in w["revenue_by_platform"].items():
            platform_revenue[name] += value
    top = max((active[i]["revenue"] for i in ranked), default=None)
    return {
        "skus": want,
        "total": total,
        "platforms": {k: v for k, v in platform_revenue.items() if v > 0},
        "top_ids": {i for i in ranked if active[i]["revenue"] == top},
        "top_share": float(top / total) if ranked else 0.0,
        "hhi": float(sum(active[i]["revenue"] ** 2 for i in ranked) / total**2) if ranked else 0.0,
    }


def _compare(review, want) -> None:
    got = {s.sku_id: s for s in review.skus}
    assert set(got) == set(want["skus"])
    flagged = {f.key: set(f.sku_ids) for f in review.flags}
    has_sales = review.has_sales
    for sku_id, w in want["skus"].items():
        s, code = got[sku_id], w["code"]
        assert (s.sku_code, s.archived) == (code, w["archived"]), code
        assert (s.cost_base, s.price_base) == (w["cost_base"], w["price_base"]), code
        assert s.list_margin == w["list_margin"], code
        assert s.stock_value == w["stock_value"], code
        assert str(s.revenue_12m) == str(w["revenue"]), code  # the base's digits too
        assert (s.units_12m, s.units_returned_12m, s.units_recent) == (
            w["units"], w["returned"], w["recent"]), code  # fmt: skip
        assert s.units_with_revenue == w["with_revenue"], code
        assert s.realised_margin == w["realised"], code
        assert s.days_of_cover == w["cover"], code
        assert s.oldest_stock_days == w["oldest"], code
        assert set(s.missing_rates) == w["missing"], code
        for key in ("revenue_by_platform", "revenue_by_market", "units_by_platform",
                    "units_by_market"):  # fmt: skip
            by = getattr(s, key)
            assert dict(by) == w[key] and by == w[key] and w[key] == by, (code, key)
            assert by.get("?") is None and len(by) == len(w[key]), (code, key)
        assert s.lifecycle_suggested == w["stage"], code
        assert (s.lifecycle, s.lifecycle_overridden) == (w["lifecycle"], w["overridden"]), code
        assert s.seasonally_adjusted == w["seasonal"], code
        if w["stage"] not in ("", "intro"):
            assert (s.lifecycle_reason.params["last"], s.lifecycle_reason.params["before"]) == (
                w["last"], w["before"]), code  # fmt: skip
        assert s.abc_class == w.get("abc", ""), code
        assert s.revenue_share == w.get("share", 0.0), code
        # the SKU's own flags, by the rules of core/inventory/flags.py
        own = set()
        if not w["archived"]:
            own |= {"missing_cost"} if w["cost"] is None else set()
            own |= {"missing_price"} if w["price"] is None else set()
            own |= {"missing_rate"} if w["missing"] else set()
            own |= {"unknown_stock"} if w["stock"] is None else set()
            stocked = w["stock"] is not None and w["stock"] > 0
            if stocked and has_sales and (w["recent"] == 0 or w["cover"] > 120):
                own.add("slow_mover")
            if stocked and w["oldest"] is not None and w["oldest"] > 180:
                own.add("aged_stock")
            if not code.strip() or not w["spu"].strip():
                own.add("missing_code")
        keys = {"missing_cost", "missing_price", "missing_rate", "unknown_stock", "slow_mover",
                "aged_stock", "missing_code"}  # fmt: skip
        assert set(s.flags) & keys == own, code
        for key in keys:
            assert (sku_id in flagged.get(key, set())) == (key in own), (code, key)
    assert review.total_revenue == want["total"]
    assert review.platform_revenue == want["platforms"]
    assert set(review.top_sku_ids) == want["top_ids"]
    assert review.top_sku_share == want["top_share"]
    assert review.hhi_sku == pytest.approx(want["hhi"], rel=1e-12)


def _both_ways(ws):
    with ws.session() as session:
        want = _reference(session)
        alone = review_catalog(session, as_of=AS_OF)
        rows = (catalog.product_rows(session), catalog.catalog_rows(session))
        shared = review_catalog(session, as_of=AS_OF, catalog=rows)
    return want, alone, shared


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_review_matches_a_plain_per_sku_computation(workspace, seed):
    _fill(workspace, seed)
    want, alone, shared = _both_ways(workspace)
    _compare(alone, want)
    _compare(shared, want)
    assert alone.skus == shared.skus
    # the data exercise what they should
    skus = want["skus"].values()
    assert any(w["archived"] for w in skus) and any(w["missing"] for w in skus)
    assert any(w["stock"] is None for w in skus) and any(w["overridden"] for w in skus)
    assert {w["stage"] for w in skus} >= {"", "intro", "growth", "decline"}
    assert any(w["seasonal"] for w in skus) and len(want["top_ids"]) >= 1
    assert {w.get("abc") for w in skus} >= {"A", "B", "C"}


def _one_day_more(months):
    return sum(calendar.monthrange(m.year, m.month)[1] for m in months) + 1


def _float32_ratios(part, whole, use):
    return [float(np.float32(p) / np.float32(w)) if u else None
            for p, w, u in zip(part, whole, use, strict=True)]  # fmt: skip


@pytest.mark.parametrize(
    "bug",
    [
        ("recent days", lambda mp: mp.setattr(review_module, "_days_in", _one_day_more)),
        ("float32 ratios", lambda mp: mp.setattr(review_module, "ratios", _float32_ratios)),
        ("no seasons", lambda mp: mp.setattr(lifecycle_module, "year_before", lambda m: m)),
    ],
    ids=lambda bug: bug[0],
)
def test_a_broken_review_is_caught(workspace, monkeypatch, bug):
    """The comparison fails on a review with a deliberate bug (so it can fail at all)."""
    _fill(workspace, 1)
    bug[1](monkeypatch)
    want, alone, _shared = _both_ways(workspace)
    with pytest.raises(AssertionError):
        _compare(alone, want)
