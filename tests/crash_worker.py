"""Worker for tests/test_crash.py: imports, undos and bulk edits on one workspace, forever.

Run as ``python tests/crash_worker.py WORKSPACE SEED``. Before each operation it prints
``start KIND ARG`` and after its commit ``done KIND ARG`` (flushed), so the test that kills it
knows what was committed and what was in flight.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlmodel import select  # noqa: E402

from core.catalog import update_sku  # noqa: E402
from core.importing.apply import ImportRefused  # noqa: E402
from core.importing.history import undo_import  # noqa: E402
from core.models import ImportBatch, Product, Sku  # noqa: E402
from core.workspace import WorkspaceError, open_workspace  # noqa: E402
from tests.test_import_undo import run_import  # noqa: E402

HEADERS = ["SKU", "SPU", "Product name", "Price"]


def say(*words) -> None:
    print(*words, flush=True)


def do_import(ws, rng: random.Random) -> None:
    tag = f"T{rng.randrange(10**9):09d}"
    count = rng.randrange(200, 1500)
    rows = [[f"{tag}-{i:04d}", f"{tag}-P{i // 10}", f"Lamp {i}", "9.5"] for i in range(count)]
    say("start import", tag, count)
    batch = run_import(ws, HEADERS, rows, name=f"{tag}.csv")
    say("done import", tag, batch.id)


def do_undo(ws) -> None:
    with ws.session() as session:
        batch = session.exec(
            select(ImportBatch)
            .where(ImportBatch.undone_at.is_(None))  # type: ignore[union-attr]
            .order_by(ImportBatch.id.desc())  # type: ignore[union-attr]
        ).first()
    if batch is None:
        return
    say("start undo", batch.id)
    try:
        undo_import(ws, batch.id)
    except ImportRefused:
        say("refused undo", batch.id)  # edited since by a bulk edit: honest refusal
        return
    say("done undo", batch.id)


def do_bulk_edit(ws, rng: random.Random) -> None:
    """What pasting one price over all SKUs of a product does: one transaction."""
    with ws.session() as session:
        ids = session.exec(select(Product.id)).all()
    if not ids:
        return
    product_id = rng.choice(ids)
    price = f"{rng.randrange(100, 99999) / 100:.2f}"
    say("start bulk", product_id, price)
    with ws.transaction() as session:
        skus = session.exec(select(Sku.id).where(Sku.product_id == product_id)).all()
        for sku_id in skus:
            update_sku(session, sku_id, "price", price)
    say("done bulk", product_id, price)


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    ws = open_workspace(path)
    say("ready")
    while True:
        kind = rng.choices(["import", "undo", "bulk"], weights=[5, 3, 3])[0]
        try:
            if kind == "import":
                do_import(ws, rng)
            elif kind == "undo":
                do_undo(ws)
            else:
                do_bulk_edit(ws, rng)
        except WorkspaceError as exc:  # e.g. the disk filled up: say so and go on
            say("error", kind, exc)


if __name__ == "__main__":
    main()
