"""Undoing an import of facts: its facts go, the facts it replaced come back, and the catalog
rows it created (SKUs, listings, platforms, markets) are removed when nothing else uses them."""

from __future__ import annotations

import json

from sqlalchemy import text

from core.facts import summary
from core.facts.store import refused
from core.i18n import QT_TRANSLATE_NOOP
from core.models import ImportBatch

# Removed children first: a listing before its SKU, a SKU before its product.
CREATED_ORDER = ("listing", "sku", "product", "category", "platform", "market")
USES = {
    "sku": [(t, "sku_id") for t in summary.FACT_TABLES] + [("listing", "sku_id")],
    "product": [("sku", "product_id")],
    "category": [("product", "category_id"), ("category", "parent_id")],
    "platform": [(t, "platform_id") for t in summary.FACT_TABLES] + [("listing", "platform_id")],
    "market": [(t, "market_id") for t in summary.FACT_TABLES] + [("listing", "market_id")],
    "listing": [],
}


def undo_facts(conn, batch: ImportBatch) -> None:
    """Undo fact import ``batch`` inside the caller's transaction (history marks it undone)."""
    batch_id = batch.id
    params = {"b": batch_id}
    for table in summary.FACT_TABLES:
        later = conn.execute(
            text(
                f"SELECT i.id, i.file_name FROM {table} f JOIN importbatch i "
                "ON i.id = f.replaced_by WHERE f.batch_id = :b AND i.undone_at IS NULL LIMIT 1"
            ),
            params,
        ).first()
        if later is not None:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "Facts",
                    "Import #{later} ({file}) replaced facts of import #{batch} since. "
                    "Undo import #{later} first.",
                ),
                later=later[0],
                file=later[1],
                batch=batch_id,
            )
    span = summary.dates_of(conn, "batch_id = :b OR replaced_by = :b", params)
    for table in summary.FACT_TABLES:
        conn.execute(text(f"DELETE FROM {table} WHERE batch_id = :b"), params)
        conn.execute(text(f"UPDATE {table} SET replaced_by = NULL WHERE replaced_by = :b"), params)
    changes = conn.execute(
        text(
            "SELECT table_name, row_id, action, before FROM importchange "
            "WHERE batch_id = :b ORDER BY id DESC"
        ),
        params,
    ).all()
    for table_name, row_id, action, before in changes:
        if action == "update" and before and table_name == "listing":
            values = json.loads(before)
            sets = ", ".join(f"{column} = :{column}" for column in values)
            conn.execute(
                text(f"UPDATE listing SET {sets} WHERE id = :row_id"), {**values, "row_id": row_id}
            )
    for table_name in CREATED_ORDER:
        for name, row_id, action, _before in changes:
            if name != table_name or action != "insert":
                continue
            if not _in_use(conn, table_name, row_id):
                conn.execute(text(f"DELETE FROM {table_name} WHERE id = :id"), {"id": row_id})
    if span is not None:
        summary.refresh(conn, *span)


def _in_use(conn, table_name: str, row_id: int) -> bool:
    for table, column in USES[table_name]:
        found = conn.execute(
            text(f"SELECT 1 FROM {table} WHERE {column} = :id LIMIT 1"), {"id": row_id}
        ).first()
        if found is not None:
            return True
    return False
