"""A large seller's workspace for the app benchmarks: the demo plus 100,000 SKUs.

The demo gives markets, platforms, rates, team, goals and its own sales; on top of it come
20,000 products with 5 SKUs each (mixed cost and price currencies, some stock unknown) and a
year of monthly sales for a quarter of them in USD, EUR, GBP and JPY, written with plain
sqlite3 so that generating it takes seconds. Cached per size under the pytest cache dir.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date
from pathlib import Path

from core.demo import build_demo
from core.sales import months_before

SKUS_PER_PRODUCT = 5
SALES_SHARE = 4  # one SKU in SALES_SHARE sells
ANCHOR = date(2026, 11, 1)  # the month the benchmarks review (as_of)


def make_big_workspace(path: Path, skus: int = 100_000, seed: int = 12) -> Path:
    """Write the workspace at ``path`` (replaced when it exists) and return the path."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    build_demo(path, anchor=ANCHOR).close()
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    categories = [row[0] for row in conn.execute("SELECT id FROM category")]
    platforms = [row[0] for row in conn.execute("SELECT id FROM platform")]
    markets = dict(conn.execute("SELECT id, currency FROM market"))
    first_product = conn.execute("SELECT COALESCE(MAX(id), 0) FROM product").fetchone()[0] + 1
    first_sku = conn.execute("SELECT COALESCE(MAX(id), 0) FROM sku").fetchone()[0] + 1
    products = skus // SKUS_PER_PRODUCT
    conn.executemany(
        "INSERT INTO product (id, spu_code, name, category_id, brand, notes, created_on, "
        "archived) VALUES (?, ?, ?, ?, ?, '', '2024-03-01', 0)",
        [
            (
                first_product + p,
                f"BIG{p:06d}",
                f"{rng.choice(['Desk', 'Garden', 'Travel', 'Kitchen', 'Pet'])} "
                f"{rng.choice(['lamp', 'organiser', 'bottle', 'mat', 'brush'])} {p}",
                rng.choice(categories),
                rng.choice(["Lumora", "Nestique", "Voltix"]),
            )
            for p in range(products)
        ],
    )
    colours = ["black", "white", "red", "blue", "green", "grey", "pink"]
    sku_rows = []
    for s in range(products * SKUS_PER_PRODUCT):
        price_currency = rng.choice(["USD", "USD", "EUR", "GBP", "JPY"])
        price = rng.randint(900, 6000) / 100 if price_currency != "JPY" else rng.randint(900, 9000)
        sku_rows.append(
            (
                first_sku + s,
                first_product + s // SKUS_PER_PRODUCT,
                f"BIG{s // SKUS_PER_PRODUCT:06d}-{s % SKUS_PER_PRODUCT}",
                json.dumps({"colour": colours[s % SKUS_PER_PRODUCT]}),
                rng.randint(500, 20000) / 100,
                price,
                price_currency,
                None if s % 37 == 0 else rng.randint(0, 800),
                rng.randint(50, 3000),
                f"{6900000000000 + s}",
            )
        )
    conn.executemany(
        "INSERT INTO sku (id, product_id, sku_code, variant, cost, cost_currency, price, "
        "price_currency, weight_g, barcode, stock_qty, has_battery, is_liquid, is_powder, "
        "is_magnetic, for_children, food_contact, has_radio, archived) "
        "VALUES (?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0)",
        [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[8], r[9], r[7]) for r in sku_rows],
    )
    months = [str(m) for m in months_before(ANCHOR, 12)]
    market_ids = list(markets)
    sales = []
    for row in sku_rows[::SALES_SHARE]:
        sku_id, price, code = row[0], row[5], row[6]
        market = rng.choice(market_ids)
        for month in months:
            units = rng.randint(0, 40)
            if units:
                sales.append(
                    (sku_id, rng.choice(platforms), market, month, units, rng.randint(0, 2),
                     round(units * price, 2), code)
                )  # fmt: skip
    conn.executemany(
        "INSERT INTO salesrecord (sku_id, platform_id, market_id, month, units, "
        "units_returned, revenue, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        sales,
    )
    conn.commit()
    conn.close()
    return path


def cached_big_workspace(cache_dir: Path, skus: int = 100_000) -> Path:
    """The workspace for ``skus``, generated once per cache dir."""
    path = cache_dir / f"big-{skus}.matrixdesk"
    if not path.exists():
        tmp = cache_dir / f"big-{skus}.tmp.matrixdesk"
        make_big_workspace(tmp, skus)
        for suffix in ("-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        tmp.rename(path)
    return path
