"""The early rows' list-price margins, computed column-wise for 100,000 SKUs, are exactly what
``derive`` gives each SKU without a review (converted and rounded by ``money.convert``, the
ratio by ``money.ratio``): on generated odd amounts and currencies, and on the demo."""

from __future__ import annotations

import random

from core import catalog, currency
from core.catalog import SkuValues
from ui.models.catalog_rows import ProductRow, SkuRow, build_rows, derive, list_margins

RATES = {"CNY": 1.0, "USD": 7.1234, "EUR": 7.7, "JPY": 0.0473, "GBP": 9.05, "ZERO": 0.0}
CODES = ["CNY", "USD", " usd ", "eur", "JPY", "GBP", "", "XXX", "ZERO"]


def _raw(cost, cost_code, price, price_code) -> SkuValues:
    return SkuValues(1, "C", "{}", "", cost, price, None, None, None, None, cost_code,
                     price_code, "", None, None, False, [])  # fmt: skip


def _one_by_one(raws, base):
    product = ProductRow(1, {"spu_code": "S", "name": "", "category": "", "archived": False})
    margins = []
    for raw in raws:
        sku = SkuRow(1, raw, None)
        derive(product, sku, base, RATES)
        assert sku.margin_realised is False
        margins.append(sku.margin)
    return margins


def _amount(rng: random.Random):
    return rng.choice([
        None, 0.0, -3.5, 0.005, 0.015, 1.005, 2.675, 19.99, 1e-9, 123456789.125,
        round(rng.uniform(0, 500), rng.choice([0, 1, 2, 3, 6])), rng.uniform(-10, 10), 1e15,
    ])  # fmt: skip


def test_generated_amounts_and_currencies_match_sku_by_sku():
    rng = random.Random(12)
    raws = [
        _raw(_amount(rng), rng.choice(CODES), _amount(rng), rng.choice(CODES)) for _ in range(5000)
    ]
    for base in ("CNY", "JPY", "USD"):
        expected = _one_by_one(raws, base)
        assert list_margins(raws, base, RATES) == expected, base
    assert sum(m is None for m in expected) > 100 and sum(m is not None for m in expected) > 1000


def test_the_demo_rows_match(demo):
    with demo.session() as session:
        products = catalog.product_rows(session)
        skus = catalog.catalog_rows(session)
        base, rates = currency.base_currency(session), currency.rates(session)
    rows = build_rows(None, products, skus, base, rates)
    for product in rows:
        for sku in product.skus:
            alone = SkuRow(sku.sku_id, sku.raw, None)
            derive(product, alone, base, rates)
            assert (sku.margin, sku.margin_realised) == (alone.margin, False), sku.raw.sku_code
    assert sum(1 for p in rows for s in p.skus if s.margin is not None) > 50


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
