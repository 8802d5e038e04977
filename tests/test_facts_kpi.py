"""The KPI over the fact store, against sums computed directly from the rows imported."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest

from core.currency import set_rate
from core.facts.importing import import_facts
from core.facts.kpi import KpiError, kpi
from core.facts.rows import AdRow, OrderLine, SalesTraffic
from core.facts.store import ApplyOptions
from core.models import Category, Product, Sku

CODES = [f"S-{i}" for i in range(6)]


@pytest.fixture
def shop(workspace):
    workspace.set_setting("base_currency", "USD")
    with workspace.transaction() as session:
        set_rate(session, "EUR", 1.1)
        for i, name in enumerate(("Kitchen", "Garden")):
            category = Category(name=name)
            session.add(category)
            session.flush()
            product = Product(spu_code=f"P{i}", name=name, category_id=category.id)
            session.add(product)
            session.flush()
            for code in CODES[i * 3 : i * 3 + 3]:
                session.add(Sku(product_id=product.id, sku_code=code))
    return workspace


def random_orders(seed: int, first: date, days: int) -> list[OrderLine]:
    rng = random.Random(seed)
    lines = []
    for n in range(400):
        day = first + timedelta(days=rng.randrange(days))
        market, currency = rng.choice([("US", "USD"), ("DE", "EUR")])
        for sku in rng.sample(CODES, rng.randint(1, 3)):  # an order of several SKUs
            units = rng.randint(1, 4)
            lines.append(
                OrderLine(
                    f"O{n}",
                    day,
                    sku,
                    units,
                    Decimal(rng.randint(100, 9999)) / 100,
                    "shopify",
                    market,
                    currency,
                    returned_units=1 if rng.random() < 0.1 else 0,
                )  # fmt: skip
            )
    return lines


def expected(lines, first=None, last=None, key=lambda line: ""):
    """Sums straight from the rows: revenue converted per currency total, rounded once."""
    picked = [
        x for x in lines if (first is None or x.day >= first) and (last is None or x.day <= last)
    ]
    groups = defaultdict(
        lambda: {"units": 0, "returned": 0, "orders": set(), "money": defaultdict(Decimal)}
    )
    for x in picked:
        g = groups[key(x)]
        g["units"] += x.units
        g["returned"] += x.returned_units
        g["orders"].add((x.market, x.order_id))
        g["money"][x.currency] += x.revenue
    rate = {"USD": Decimal(1), "EUR": Decimal("1.1")}
    return {
        name: (g["units"], g["returned"], len(g["orders"]),
               sum((v * rate[c]).quantize(Decimal("0.01"), ROUND_HALF_UP) for c, v in g["money"].items()))
        for name, g in groups.items()
    }  # fmt: skip


def got(result, by=None):
    rows = result["groups"] if by else [{"": "", **result["total"]}]
    return {r[by or ""]: (r["units"], r["returned_units"], r["orders"], r["revenue"]) for r in rows}


def test_totals_and_months_match_the_rows(shop):
    lines = random_orders(1, date(2024, 1, 1), 120)
    import_facts(shop, "orders", lines, ApplyOptions(file_name="o.csv"))
    with shop.session() as session:
        assert got(kpi(session)) == expected(lines)
        by_month = kpi(session, "month")
        assert got(by_month, "month") == expected(lines, key=lambda x: x.day.isoformat()[:7])
        by_week = kpi(session, "week")
        monday = lambda x: (x.day - timedelta(days=x.day.weekday())).isoformat()  # noqa: E731
        assert got(by_week, "week") == expected(lines, key=monday)
        assert got(kpi(session, "market"), "market") == expected(lines, key=lambda x: x.market)
        assert got(kpi(session, "sku"), "sku") == {
            k: (u, r, o, m) for k, (u, r, o, m) in expected(lines, key=lambda x: x.sku).items()
        }


def test_any_range_matches_the_rows(shop):
    lines = random_orders(2, date(2024, 1, 1), 120)
    import_facts(shop, "orders", lines, ApplyOptions(file_name="o.csv"))
    rng = random.Random(3)
    with shop.session() as session:
        for _ in range(12):
            first = date(2024, 1, 1) + timedelta(days=rng.randrange(110))
            last = first + timedelta(days=rng.randrange(40))
            for by in (None, "month", "week"):
                key = {None: lambda x: "", "month": lambda x: x.day.isoformat()[:7],
                       "week": lambda x: (x.day - timedelta(days=x.day.weekday())).isoformat()}[by]  # fmt: skip
                assert got(kpi(session, by, first, last), by) == expected(lines, first, last, key), (
                    first, last, by)  # fmt: skip


def test_categories_count_an_order_once_in_each(shop):
    lines = random_orders(4, date(2024, 3, 1), 30)
    import_facts(shop, "orders", lines, ApplyOptions(file_name="o.csv"))
    category = lambda x: "Kitchen" if CODES.index(x.sku) < 3 else "Garden"  # noqa: E731
    with shop.session() as session:
        assert got(kpi(session, "category"), "category") == expected(lines, key=category)


def test_sessions_and_ads_come_in_once(shop):
    march = (date(2024, 3, 1), date(2024, 3, 31))
    report = [SalesTraffic(code, "amazon", "US", sessions=10 * i, units=i, revenue=Decimal(i),
                           currency="USD") for i, code in enumerate(CODES, 1)]  # fmt: skip
    import_facts(shop, "sales", report, ApplyOptions(file_name="br.csv", period=march))
    day = date(2024, 3, 5)
    ads = [AdRow("product", "C", "amazon", "US", Decimal("3.10"), day, day, sku="S-0",
                 sales_7d=Decimal("9.99"), currency="USD"),
           AdRow("product", "C", "amazon", "US", Decimal("1.05"), day, day, sku="S-1",
                 sales_14d=Decimal("5"), currency="USD")]  # fmt: skip
    import_facts(shop, "ads", ads, ApplyOptions(file_name="ads.csv"))
    with shop.session() as session:
        total = kpi(session)["total"]
    assert total["sessions"] == 210 and total["units"] == 21 and total["revenue"] == 21
    assert total["ad_spend"] == Decimal("4.15") and total["ad_sales"] == Decimal("14.99")


def test_a_missing_rate_is_named(shop):
    with shop.transaction() as session:
        set_rate(session, "GBP", 1.25)
    line = OrderLine("1", date(2024, 1, 1), "S-0", 1, Decimal("10"), "shopify", "UK", "GBP")
    import_facts(shop, "orders", [line], ApplyOptions(file_name="o.csv"))
    with shop.transaction() as session:
        from core.currency import delete_rate

        delete_rate(session, "GBP")
    with shop.session() as session, pytest.raises(KpiError, match="GBP"):
        kpi(session)


def test_kpi_command_prints_json_by_month(shop, capsys):
    import json

    from core.cli import main

    lines = random_orders(5, date(2016, 11, 1), 45)
    import_facts(shop, "orders", lines, ApplyOptions(file_name="o.csv"))
    shop.close()
    assert main(["kpi", shop.location, "--json", "--by", "month", "--from", "2016-11-10"]) == 0
    data = json.loads(capsys.readouterr().out)
    want = expected(lines, date(2016, 11, 10), key=lambda x: x.day.isoformat()[:7])
    assert [g["month"] for g in data["groups"]] == ["2016-11", "2016-12"]
    for group in data["groups"]:
        units, returned, orders, revenue = want[group["month"]]
        assert (group["units"], group["returned_units"], group["orders"]) == (
            units,
            returned,
            orders,
        )
        assert Decimal(str(group["revenue"])) == revenue
    assert set(data["total"]) >= {"revenue", "units", "orders", "returned_units", "sessions",
                                  "ad_spend", "ad_sales"}  # fmt: skip
    assert main(["kpi", shop.location]) == 0
    assert "Money in USD." in capsys.readouterr().out


def test_big_amounts_in_a_currency_of_many_minor_units_stay_exact(shop):
    """Rp 25 million is 2.5 billion minor units (IDR has two decimals): more than a 32-bit
    integer holds. Lines and their monthly sums stay exact on both engines."""
    shop.set_setting("base_currency", "IDR")
    amounts = [Decimal("25000000.00"), Decimal("24999999.99"), Decimal("1999999999.95")]
    lines = [OrderLine(f"B{i}", date(2024, 5, 2 + i), "S-0", 1, amount, "shopee", "ID", "IDR")
             for i, amount in enumerate(amounts)]  # fmt: skip
    import_facts(shop, "orders", lines, ApplyOptions(file_name="besar.csv"))
    with shop.session() as session:
        assert kpi(session)["total"]["revenue"] == sum(amounts)
        (group,) = kpi(session, "month", date(2024, 5, 3), date(2024, 5, 31))["groups"]
    assert group["revenue"] == sum(amounts[1:])


BOTH_ENGINES = True
