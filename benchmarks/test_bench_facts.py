"""Speed of the fact store on both engines (`make benchmark`; the PostgreSQL half needs
MATRIXDESK_TEST_PG_URL, else it is skipped).

- facts_kpi_10k_skus_year_{sqlite,pg}: a year of daily order lines for 10,000 SKUs (~2.7
  million rows). Target (issue 8): the KPI answers in well under a second, in total, per
  month, per week and per platform, also over a range that starts and ends inside a month
  (those days are summed from the facts themselves). The facts are written straight with
  SQL (sqlite3 executemany / COPY: generating them through the parsers would only measure
  the generator); the rollup is then built by the same code an import runs (its time is
  ``rollup_build_s``). Both engines get the same rows and must give the same figures; the
  PostgreSQL entry's reference is the SQLite time of the same run.
- facts_import_100k_{sqlite,pg}: ``import_facts`` of 100,000 order lines (lock, backup,
  one transaction: replacement, the rows, listings, the rollups). On PostgreSQL the rows go
  with COPY; its reference is the same import with the rows sent as an executemany of
  INSERTs instead (what SQLite does), same run.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from benchmarks.results import record
from core.facts import summary
from core.facts.kpi import kpi
from core.workspace import open_workspace

SKUS = int(os.environ.get("FACTS_BENCH_SKUS", "10000"))
DAYS = 365
FIRST = date(2025, 1, 1)
IMPORT_LINES = int(os.environ.get("FACTS_BENCH_LINES", "100000"))
PG_URL = os.environ.get("MATRIXDESK_TEST_PG_URL", "")
QUERIES = (
    ("total", None, None, None),
    ("by month", "month", None, None),
    ("by week", "week", None, None),
    ("by platform", "platform", None, None),
    ("by month, mid-month range", "month", date(2025, 3, 15), date(2025, 9, 14)),
)
_SEEN: dict[str, dict] = {}  # engine → what its run measured, for the other engine's entry


@pytest.fixture
def location(request, tmp_path):
    """An empty workspace: a file, or a database of its own on the test server."""
    if request.param == "sqlite":
        path = tmp_path / "big.matrixdesk"
        open_workspace(path, create=True).close()
        yield str(path)
        return
    if not PG_URL:
        pytest.skip("MATRIXDESK_TEST_PG_URL is not set")
    admin = create_engine(
        make_url(PG_URL).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    name = f"mdbench_facts_{os.getpid()}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    address = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    open_workspace(address).close()  # the schema
    yield address
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


CATALOG = [
    "INSERT INTO market (id, code, name, currency) VALUES (1, 'US', 'US', 'USD')",
    "INSERT INTO platform (id, code, name) VALUES (1, 'amazon', 'Amazon')",
    "INSERT INTO setting (key, value) VALUES ('base_currency', 'USD')",
    "INSERT INTO importbatch (id, entity, file_name, imported_at) "
    "VALUES (1, 'orders', 'bench', '2026-01-01T00:00:00')",
    "INSERT INTO category (id, name) VALUES (1, 'Home')",
]
ORDER_COLUMNS = ["batch_id", "sku_id", "platform_id", "market_id", "day", "order_id", "units",
                 "revenue", "currency"]  # fmt: skip


def _days():
    """The same order lines for both engines, one day at a time (not all in memory)."""
    rng = random.Random(8)
    for offset in range(DAYS):
        day = FIRST + timedelta(days=offset)
        yield [
            (1, s, 1, 1, day, f"{offset}-{s // 3}", u, u * rng.randint(900, 3000), "USD")
            for s in range(1, SKUS + 1)
            if (u := rng.randint(0, 3))
        ]


def _products():
    return [(p, f"P{p:05d}", f"Product {p}", 1) for p in range(1, SKUS // 5 + 1)]


def _skus():
    return [(s, (s - 1) // 5 + 1, f"S{s:06d}") for s in range(1, SKUS + 1)]


def _fill_sqlite(path: str) -> int:
    conn = sqlite3.connect(path)
    for statement in CATALOG:
        conn.execute(statement)
    conn.executemany(
        "INSERT INTO product (id, spu_code, name, category_id) VALUES (?, ?, ?, ?)", _products()
    )
    conn.executemany("INSERT INTO sku (id, product_id, sku_code) VALUES (?, ?, ?)", _skus())
    rows = 0
    for batch in _days():
        conn.executemany(
            f"INSERT INTO orderfact ({', '.join(ORDER_COLUMNS)}) VALUES ({', '.join('?' * 9)})",
            [(*r[:4], r[4].isoformat(), *r[5:]) for r in batch],
        )
        rows += len(batch)
    conn.commit()
    conn.close()
    return rows


def _fill_pg(address: str) -> int:
    from core.bulk import insert_rows, reset_id_sequence
    from core.facts.tables import OrderFact
    from core.models import Product, Sku, table_of

    ws = open_workspace(address)
    rows = 0
    try:
        with ws.engine.begin() as conn:
            for statement in CATALOG:
                conn.exec_driver_sql(statement)
            product, sku, fact = table_of(Product), table_of(Sku), table_of(OrderFact)
            insert_rows(conn, product, ["id", "spu_code", "name", "category_id"], _products())
            insert_rows(conn, sku, ["id", "product_id", "sku_code"], _skus())
            for table in (product, sku):
                reset_id_sequence(conn, table)
            for batch in _days():
                rows += insert_rows(conn, fact, ORDER_COLUMNS, batch)
            conn.exec_driver_sql("ANALYZE")
    finally:
        ws.close()
    return rows


@pytest.mark.parametrize("location", ["sqlite", "postgresql"], indirect=True)
def test_kpi_over_a_year_of_daily_facts_for_10000_skus(location):
    engine = "pg" if location.startswith("postgresql") else "sqlite"
    started = time.perf_counter()
    rows = _fill_pg(location) if engine == "pg" else _fill_sqlite(location)
    filled = time.perf_counter() - started
    ws = open_workspace(location)
    try:
        started = time.perf_counter()
        with ws.transaction() as session:
            summary.refresh_all(session.connection())
        built = time.perf_counter() - started
        timings, figures = {}, {}
        with ws.session() as session:
            kpi(session)  # a first query warms the connection and the caches
            for label, by, first, last in QUERIES:
                started = time.perf_counter()
                result = kpi(session, by, first, last)
                timings[label] = time.perf_counter() - started
                figures[label] = (result["total"], result["groups"])
                assert result["total"]["units"] > 0
    finally:
        ws.close()
    print(f"\n{engine}: {rows:,} order lines written in {filled:.1f} s; rollup {built:.1f} s")
    for label, seconds in timings.items():
        print(f"  KPI {label}: {seconds * 1000:.0f} ms")
    other = _SEEN.get("sqlite" if engine == "pg" else "pg")
    if other is not None:  # the same rows on the other engine: the same figures, exactly
        assert figures == other["figures"]
    _SEEN[engine] = {"figures": figures, "slowest": max(timings.values())}
    reference = _SEEN["sqlite"]["slowest"] if engine == "pg" and "sqlite" in _SEEN else None
    record(
        f"facts_kpi_10k_skus_year_{engine}",
        max(timings.values()),
        reference,
        rows=rows,
        rollup_build_s=round(built, 2),
        kpi_ms={label: round(s * 1000, 1) for label, s in timings.items()},
        reference="SQLite, same rows, same run" if reference else "–",
        note=_kpi_note(engine, rows, built, timings),
        load=os.getloadavg()[0],
    )
    assert max(timings.values()) < 1.0, timings


def _kpi_note(engine: str, rows: int, built: float, timings: dict[str, float]) -> str:
    queries = ", ".join(f"{label} {s * 1000:.0f} ms" for label, s in timings.items())
    return (
        f"{'PostgreSQL' if engine == 'pg' else 'SQLite'}, {rows:,} order lines: slowest KPI "
        f"(goal < 1 s) of {queries}; rollup built in {built:.0f} s; the figures of both "
        "engines are asserted equal"
    )


def _order_lines():
    from core.facts.rows import OrderLine

    rng = random.Random(12)
    return [
        OrderLine(
            f"O{n // 3}",
            FIRST + timedelta(days=rng.randrange(90)),
            f"S{rng.randint(1, 2000):06d}",
            rng.randint(1, 4),
            Decimal(rng.randint(100, 99999)) / 100,
            "amazon",
            "US",
            "USD",
        )  # fmt: skip
        for n in range(IMPORT_LINES)
    ]


def _timed_import(location: str, lines, executemany: bool = False) -> float:
    from core.facts import store
    from core.facts.importing import import_facts
    from core.facts.store import ApplyOptions

    ws = open_workspace(location)
    try:
        with ws.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM factsummary")
            conn.exec_driver_sql("DELETE FROM salesrecord")
            conn.exec_driver_sql("DELETE FROM listing")
            conn.exec_driver_sql("DELETE FROM orderfact")
            conn.exec_driver_sql("DELETE FROM importchange")
            conn.exec_driver_sql("DELETE FROM importbatch")
        write = store.insert_rows
        if executemany:  # the reference: the rows as INSERTs, as on SQLite
            store.insert_rows = _insert_many  # type: ignore[assignment]
        try:
            started = time.perf_counter()
            result = import_facts(ws, "orders", lines, ApplyOptions(file_name="bench.csv"))
            elapsed = time.perf_counter() - started
        finally:
            store.insert_rows = write  # type: ignore[assignment]
        assert result.inserted == len(lines)
    finally:
        ws.close()
    return elapsed


def _insert_many(conn, table, columns, rows) -> int:
    from sqlalchemy import insert

    batch = [dict(zip(columns, row, strict=True)) for row in rows]
    conn.execute(insert(table), batch)
    return len(batch)


@pytest.mark.parametrize("location", ["sqlite", "postgresql"], indirect=True)
def test_import_of_100k_order_lines(location):
    engine = "pg" if location.startswith("postgresql") else "sqlite"
    ws = open_workspace(location)
    try:
        with ws.engine.begin() as conn:
            for statement in CATALOG:
                conn.exec_driver_sql(statement)
            conn.exec_driver_sql("DELETE FROM importbatch")
        from core.models import Product, Sku

        with ws.transaction() as session:
            session.add(Product(spu_code="P", name="P"))
            session.flush()
            for s in range(1, 2001):
                session.add(Sku(product_id=1, sku_code=f"S{s:06d}"))
    finally:
        ws.close()
    lines = _order_lines()
    seconds = _timed_import(location, lines)
    reference = _timed_import(location, lines, executemany=True) if engine == "pg" else None
    print(f"\n{engine}: import of {len(lines):,} order lines {seconds:.1f} s"
          + (f" (executemany instead of COPY: {reference:.1f} s)" if reference else ""))  # fmt: skip
    record(
        f"facts_import_100k_{engine}",
        seconds,
        reference,
        rows=len(lines),
        reference="same import, rows as executemany INSERTs" if reference else "–",
        load=os.getloadavg()[0],
    )
