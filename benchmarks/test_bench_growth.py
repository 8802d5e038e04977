"""Growth of a workspace over ten import/undo cycles, with and without pruning (`make benchmark`).

Reproduces the figure in docs/RELIABILITY.md: import 20,000 SKUs, then ten times import 20,000
more and undo them. "Without pruning" is the same code with the change-log pruning and the
VACUUM switched off (what MatrixDesk did before). Prints the sizes; asserts the pruned file
stays within 1.5× its starting size.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import core.importing.history as history
from core.workspace import open_workspace
from tests.test_import_undo import run_import

ROWS = int(os.environ.get("GROWTH_ROWS", "20000"))
HEADERS = ["SKU", "SPU", "Product name", "Price", "Barcode"]


def _rows(count: int, tag: str) -> list[list[str]]:
    return [[f"{tag}-{i:05d}", f"{tag}-P{i // 5}", f"Lamp {i} " + "x" * 80, "9.5", f"{i:013d}"]
            for i in range(count)]  # fmt: skip


def _size(path: Path) -> int:
    return sum(
        Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()
    )


@pytest.mark.parametrize("pruning", [False, True])
def test_ten_import_undo_cycles(tmp_path, monkeypatch, pruning):
    if not pruning:
        monkeypatch.setattr(history, "prune_undone_logs", lambda _conn: 0)
        monkeypatch.setattr(history, "vacuum_if_worth_it", lambda _ws: False)
    ws = open_workspace(tmp_path / "growth.matrixdesk", create=True)
    run_import(ws, HEADERS, _rows(ROWS, "BASE"))
    with ws.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    start = _size(ws.path)
    for cycle in range(10):
        batch = run_import(ws, HEADERS, _rows(ROWS, f"C{cycle}"))
        history.undo_import(ws, batch.id)
    with ws.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    end = _size(ws.path)
    kept = list((tmp_path / "backups").iterdir())
    ws.close()
    mb = 1024 * 1024
    print(
        f"\npruning={pruning}: {start / mb:.1f} MB -> {end / mb:.1f} MB after 10 cycles; "
        f"{len(kept)} backups, {sum(p.stat().st_size for p in kept) / mb:.1f} MB"
    )
    if pruning:
        assert end < 1.5 * start
