"""Team mode on PostgreSQL (`make benchmark` with MATRIXDESK_TEST_PG_URL set, else skipped).

- team_bulk_insert_pg: 100,000 SKU rows written with COPY (core.bulk.insert_rows, what import
  and copy use on PostgreSQL) against SQLAlchemy's executemany of INSERTs (the reference).
- team_copy_demo_to_pg: ``copy`` of the demo workspace into an empty team database, with
  the per-table checksums on both sides.
"""

from __future__ import annotations

import os
import time

import pytest
from sqlalchemy import create_engine, insert
from sqlalchemy.engine import make_url

from benchmarks.results import record
from core.bulk import insert_rows
from core.models import Product, Sku, table_of
from core.workspace import open_workspace

PG_URL = os.environ.get("MATRIXDESK_TEST_PG_URL", "")
ROWS = int(os.environ.get("TEAM_BENCH_ROWS", "100000"))
pytestmark = pytest.mark.skipif(not PG_URL, reason="MATRIXDESK_TEST_PG_URL is not set")


@pytest.fixture
def team_database():
    admin = create_engine(
        make_url(PG_URL).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    name = f"mdbench_{os.getpid()}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    address = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    yield address
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def _timed_insert(workspace, how) -> float:
    sku = table_of(Sku)
    columns = ["product_id", "sku_code", "price", "cost", "stock_qty"]
    rows = [(1, f"B{i:06d}", 19.99, 8.5, i % 50) for i in range(ROWS)]
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM sku")
        started = time.perf_counter()
        how(conn, sku, columns, rows)
        elapsed = time.perf_counter() - started
    return elapsed


def _executemany(conn, table, columns, rows) -> None:
    conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])


def test_bulk_insert_copy_against_executemany(team_database):
    ws = open_workspace(team_database)
    try:
        with ws.transaction() as session:
            session.add(Product(spu_code="B", name="Bench"))
        reference = _timed_insert(ws, _executemany)
        copied = _timed_insert(ws, insert_rows)
    finally:
        ws.close()
    entry = record("team_bulk_insert_pg", copied, reference, rows=ROWS)
    assert entry["seconds"] > 0


def test_copy_demo_into_a_team_database(team_database, tmp_path):
    from core.demo import build_demo
    from core.workspace_copy import copy_workspace_to

    demo = build_demo(tmp_path / "demo.matrixdesk")
    try:
        started = time.perf_counter()
        checks = copy_workspace_to(demo, team_database)
        elapsed = time.perf_counter() - started
    finally:
        demo.close()
    assert all(c.equal for c in checks)
    record(
        "team_copy_demo_to_pg",
        elapsed,
        None,
        tables=len(checks),
        rows=sum(c.dest_rows for c in checks),
    )
