"""Speed of the KPI over the fact store: a year of daily order lines for 10,000 SKUs.

Target (issue 8): the KPI answers in well under a second, in total, per month, per week and
per platform, also over a range that starts and ends inside a month (those days are summed
from the facts themselves). The facts are written with SQL (generating 3.65 million rows
through the parsers would only measure the generator); the rollup is then built by the same
code an import runs. ``make benchmark``; not part of the test suite.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import date, timedelta

from core.facts import summary
from core.facts.kpi import kpi
from core.workspace import open_workspace

SKUS = 10_000
DAYS = 365
FIRST = date(2025, 1, 1)


def _fill(path) -> int:
    rng = random.Random(8)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO market (id, code, name, currency) VALUES (1, 'US', 'US', 'USD')")
    conn.execute("INSERT INTO platform (id, code, name) VALUES (1, 'amazon', 'Amazon')")
    conn.execute("INSERT INTO setting VALUES ('base_currency', 'USD')")
    conn.execute(
        "INSERT INTO importbatch (id, entity, file_name, imported_at) "
        "VALUES (1, 'orders', 'bench', '2026-01-01T00:00:00')"
    )
    conn.execute("INSERT INTO category (id, name) VALUES (1, 'Home')")
    conn.executemany(
        "INSERT INTO product (id, spu_code, name, category_id) VALUES (?, ?, ?, 1)",
        [(p, f"P{p:05d}", f"Product {p}") for p in range(1, SKUS // 5 + 1)],
    )
    conn.executemany(
        "INSERT INTO sku (id, product_id, sku_code) VALUES (?, ?, ?)",
        [(s, (s - 1) // 5 + 1, f"S{s:06d}") for s in range(1, SKUS + 1)],
    )
    rows = 0
    for offset in range(DAYS):
        day = (FIRST + timedelta(days=offset)).isoformat()
        batch = [
            (s, day, f"{offset}-{s // 3}", u, u * rng.randint(900, 3000))
            for s in range(1, SKUS + 1)
            if (u := rng.randint(0, 3))
        ]
        conn.executemany(
            "INSERT INTO orderfact (batch_id, sku_id, platform_id, market_id, day, order_id, "
            "units, revenue, currency) VALUES (1, ?, 1, 1, ?, ?, ?, ?, 'USD')",
            batch,
        )
        rows += len(batch)
    conn.commit()
    conn.close()
    return rows


def test_kpi_over_a_year_of_daily_facts_for_10000_skus(tmp_path):
    path = tmp_path / "big.matrixdesk"
    open_workspace(path, create=True).close()
    rows = _fill(path)
    ws = open_workspace(path)
    try:
        started = time.perf_counter()
        with ws.transaction() as session:
            summary.refresh_all(session.connection())
        built = time.perf_counter() - started
        timings = {}
        with ws.session() as session:
            for label, by, first, last in (
                ("total", None, None, None),
                ("by month", "month", None, None),
                ("by week", "week", None, None),
                ("by platform", "platform", None, None),
                ("by month, mid-month range", "month", date(2025, 3, 15), date(2025, 9, 14)),
            ):
                started = time.perf_counter()
                result = kpi(session, by, first, last)
                timings[label] = time.perf_counter() - started
                assert result["total"]["units"] > 0
        print(f"\n{rows:,} order lines; rollup built in {built:.1f} s")
        for label, seconds in timings.items():
            print(f"  KPI {label}: {seconds * 1000:.0f} ms")
        assert max(timings.values()) < 1.0, timings
    finally:
        ws.close()
