"""Speed of step 2's catalog review on a large seller: 10,000 SKUs with a year of sales.

Target: the review job (off the UI thread) finishes in about a second, so the page can refresh
after every edit and import (`make benchmark`; not part of the test suite).
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import date

from benchmarks.results import record
from core.inventory.review import review_catalog
from core.workspace import open_workspace

SKUS = 10_000


def _fill(path) -> None:
    rng = random.Random(7)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO market (id, code, name, currency) VALUES (1, 'US', 'US', 'USD')")
    conn.execute("INSERT INTO platform (id, code, name) VALUES (1, 'amazon', 'Amazon')")
    conn.execute("INSERT INTO exchangerate VALUES ('USD', 7.2), ('CNY', 1)")
    conn.execute("INSERT INTO category (id, name) VALUES (1, 'Home')")
    conn.executemany(
        "INSERT INTO product (id, spu_code, name, category_id) VALUES (?, ?, ?, 1)",
        [(p, f"P{p:05d}", f"Product {p}") for p in range(1, SKUS // 5 + 1)],
    )
    conn.executemany(
        "INSERT INTO sku (id, product_id, sku_code, cost, price, stock_qty) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                s,
                (s - 1) // 5 + 1,
                f"S{s:06d}",
                rng.uniform(5, 80),
                rng.uniform(9, 60),
                rng.randint(0, 500),
            )
            for s in range(1, SKUS + 1)
        ],
    )
    months = [date(2025, m, 1) for m in range(11, 13)] + [date(2026, m, 1) for m in range(1, 11)]
    conn.executemany(
        "INSERT INTO salesrecord (sku_id, platform_id, market_id, month, units, revenue, "
        "currency) VALUES (?, 1, 1, ?, ?, ?, 'USD')",
        [
            (s, str(m), u, u * 19.99)
            for s in range(1, SKUS + 1)
            for m in months
            if (u := rng.randint(0, 60))
        ],
    )
    conn.commit()
    conn.close()


def test_review_ten_thousand_skus(tmp_path):
    path = tmp_path / "big.matrixdesk"
    open_workspace(path, create=True).close()
    _fill(path)
    workspace = open_workspace(path)
    started = time.perf_counter()
    with workspace.session() as session:
        review = review_catalog(session, as_of=date(2026, 11, 1))
    elapsed = time.perf_counter() - started
    print(f"\nreview of {len(review.skus)} SKUs: {elapsed:.2f}s")
    assert len(review.skus) == SKUS
    record(
        f"step2_review_{SKUS}_skus",
        elapsed,
        None,
        None,
        goal="about 1 s (the review job behind every step 2 load and reload)",
    )
    workspace.close()
