"""Speed of the import pipeline on a 10,000-SKU file (run with `make benchmark`).

Kept out of the test suite: timings vary ±30 % on these machines (shared/MEASURED.md).
Target: preview + apply of 10,000 new SKUs in a few seconds on 2 cores.
"""

from __future__ import annotations

import csv
import time

from core.importing.apply import apply_import
from core.importing.mapping import auto_map
from core.importing.products import preview_products
from core.importing.readers import read_table
from core.workspace import open_workspace

ROWS = 10_000


def _write_csv(path):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["商品SKU", "SPU", "商品名称", "类目", "采购价", "售价", "币种", "库存"])
        for i in range(ROWS):
            writer.writerow(
                [
                    f"BK{i:05d}-BLK",
                    f"BK{i // 3:05d}",
                    f"Bench product {i // 3}",
                    "Home",
                    f"{10 + i % 50}.5",
                    f"{20 + i % 70}.99",
                    "USD",
                    i % 300,
                ]
            )


def test_preview_and_apply_ten_thousand_rows(tmp_path):
    source = tmp_path / "catalog.csv"
    _write_csv(source)
    workspace = open_workspace(tmp_path / "bench.matrixdesk", create=True)
    started = time.perf_counter()
    table = read_table(source)
    read_s = time.perf_counter() - started
    with workspace.session() as session:
        preview = preview_products(session, table, auto_map(table.headers))
    preview_s = time.perf_counter() - started - read_s
    apply_import(workspace, preview)
    total_s = time.perf_counter() - started
    print(f"\nread {read_s:.2f}s  preview {preview_s:.2f}s  total {total_s:.2f}s for {ROWS} rows")
    assert workspace.counts()["skus"] == ROWS
    workspace.close()
