"""A small constructed shop for the step 5 tests: every number here is used by hand in them.

Base CNY; USD 7.2, EUR 7.8. Markets US (1), DE (2). Platforms amazon (1), tiktok (2),
aliexpress (3), etsy (4).
Products / SKUs (price USD, cost CNY, weight g):
  P1 "Home" Bamboo Organizer: S1 30 / 50 / 500          margin (216 − 50) ÷ 216
  P2 "3C Electronics" Power Bank: S2 12 / 70 / 2500, battery   margin (86.4 − 70) ÷ 86.4
  P3 "Home" Storage Bin: S3 8 / 40 / 300                margin (57.6 − 40) ÷ 57.6
"""

from __future__ import annotations

from core.models import Category, ExchangeRate, Market, Platform, Product, Setting, Sku


def build_shop(workspace) -> None:
    with workspace.transaction() as s:
        s.merge(Setting(key="base_currency", value="CNY"))
        s.add_all(
            [ExchangeRate(currency="USD", to_base=7.2), ExchangeRate(currency="EUR", to_base=7.8)]
        )
        s.add_all(
            [
                Market(id=1, code="US", name="United States", currency="USD"),
                Market(id=2, code="DE", name="Germany", currency="EUR"),
            ]
        )
        s.add_all(
            [
                Platform(id=1, code="amazon", name="Amazon"),
                Platform(id=2, code="tiktok", name="TikTok Shop"),
                Platform(id=3, code="aliexpress", name="AliExpress"),
                Platform(id=4, code="etsy", name="Etsy"),
            ]
        )
        s.add_all([Category(id=1, name="Home"), Category(id=2, name="3C Electronics")])
        s.add_all(
            [
                Product(id=1, spu_code="P1", name="Bamboo Organizer", category_id=1),
                Product(id=2, spu_code="P2", name="Power Bank", category_id=2),
                Product(id=3, spu_code="P3", name="Storage Bin", category_id=1),
            ]
        )
        s.add_all(
            [
                Sku(id=1, product_id=1, sku_code="S1", price=30.0, cost=50.0, weight_g=500),
                Sku(
                    id=2,
                    product_id=2,
                    sku_code="S2",
                    price=12.0,
                    cost=70.0,
                    weight_g=2500,
                    has_battery=True,
                ),
                Sku(id=3, product_id=3, sku_code="S3", price=8.0, cost=40.0, weight_g=300),
            ]
        )
