"""Write a previewed product import in one transaction, recording every change for undo.

A backup of the workspace is taken first. Inside the transaction the catalog is read again and
every row re-compared: when the workspace changed since the preview the import stops with a
message and nothing is written. Cancel or any failure rolls everything back.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from core.currency import base_currency
from core.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity
from core.importing.products import (
    SKU_COLUMNS,
    Catalog,
    ImportPreview,
    ImportRow,
    diff_row,
)
from core.jobs import Progress
from core.models import Category, ImportBatch, ImportChange, Product, Sku, table_of
from core.workspace import Workspace, backup_file
from core.workspace_guard import damaged, integrity_problems, plain_write_errors
from core.workspace_locks import import_lock

BACKUP_REASON = "before-import"
ROW_BYTES = 2048  # room an imported row needs: the SKU, its index entries and its change log
CHUNK = 1000


class ImportRefused(Exception):
    """An import or undo that cannot go ahead; ``message`` says why, translatable."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def backup_before_import(path: Path, extra_space: int = 0) -> Path:
    """Back up the workspace; :mod:`core.backups` keeps the backups within a size budget."""
    return backup_file(path, BACKUP_REASON, extra_space)


def _stale(row: ImportRow) -> ImportRefused:
    return ImportRefused(
        Message(
            "Import",
            QT_TRANSLATE_NOOP(
                "Import",
                "The workspace changed since the preview (SKU {sku}, row {row}). Nothing was "
                "imported; please preview the file again.",
            ),
            {"sku": row.sku_code, "row": row.row_number},
        )
    )


def _no_currency(preview: ImportPreview) -> ImportRefused:
    return ImportRefused(
        Message(
            "Import",
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}: {count} rows have a price or cost but the file does not say in which "
                "currency. Nothing was imported; choose the currency of the file.",
            ),
            {"file": preview.file_name, "count": preview.currencies.missing},
        )
    )


def apply_import(
    workspace: Workspace,
    preview: ImportPreview,
    progress: Progress | None = None,
    profile_name: str = "",
    translate: Translate = identity,
) -> ImportBatch:
    """Write the new and changed rows of ``preview``; returns the recorded batch.

    One import or undo at a time per workspace (a file lock across windows and processes);
    the whole file is integrity-checked afterwards.
    """
    with import_lock(workspace.path), plain_write_errors(workspace.path):
        batch = _apply_import(workspace, preview, progress, profile_name, translate)
    problems = integrity_problems(workspace.path)
    if problems:
        raise damaged(workspace.path, problems)
    return batch


def _apply_import(
    workspace: Workspace,
    preview: ImportPreview,
    progress: Progress | None = None,
    profile_name: str = "",
    translate: Translate = identity,
) -> ImportBatch:
    progress = progress or Progress()

    def tr(text: str) -> str:
        return translate("Import", text)

    rows = preview.new + preview.changed
    if preview.currencies.missing:
        raise _no_currency(preview)
    total = len(rows) + 4  # + the steps that are not per row
    progress.report(0, total, tr(QT_TRANSLATE_NOOP("Import", "Backing up the workspace…")))
    backup_before_import(workspace.path, extra_space=ROW_BYTES * len(rows))
    with workspace.transaction() as session:
        conn = session.connection()
        catalog = Catalog(session)
        _check_unchanged(preview, catalog)
        progress.report(1, total, tr(QT_TRANSLATE_NOOP("Import", "Writing products…")))
        batch_key = conn.execute(
            insert(table_of(ImportBatch)).values(
                entity=preview.entity,
                file_name=preview.file_name,
                sheet=preview.sheet,
                profile_name=profile_name,
                imported_at=datetime.now().isoformat(timespec="seconds"),
                new_count=len(preview.new),
                changed_count=len(preview.changed),
                unchanged_count=len(preview.unchanged),
                rejected_count=len(preview.rejected),
            )
        ).inserted_primary_key
        assert batch_key is not None  # a single-row insert always reports its key
        batch_id = batch_key[0]
        log: list[dict[str, Any]] = []

        def record(table: str, row_id: int, action: str, before: dict | None, after: dict):
            log.append(
                {
                    "batch_id": batch_id,
                    "table_name": table,
                    "row_id": row_id,
                    "action": action,
                    "after": json.dumps(after, ensure_ascii=False),
                    "before": None if before is None else json.dumps(before, ensure_ascii=False),
                }
            )

        spus = {row.spu_code for row in rows} | set(preview.product_only)
        category_ids = _write_categories(conn, catalog, preview, spus, record)
        product_ids = _write_products(conn, catalog, preview, spus, category_ids, record)
        text = tr(QT_TRANSLATE_NOOP("Import", "Writing SKUs…"))
        progress.report(2, total, text)
        _insert_skus(
            conn,
            preview.new,
            product_ids,
            preview.currencies.chosen or base_currency(session),
            record,
            progress,
            total,
            text,
        )
        _update_skus(
            conn,
            preview.changed,
            catalog,
            product_ids,
            record,
            progress,
            2 + len(preview.new),
            total,
            text,
        )
        progress.report(total - 1, total, tr(QT_TRANSLATE_NOOP("Import", "Recording the import…")))
        for start in range(0, len(log), 5000):
            conn.execute(insert(table_of(ImportChange)), log[start : start + 5000])
        progress.report(total, total, tr(QT_TRANSLATE_NOOP("Import", "Saving…")))
        batch = session.get(ImportBatch, batch_id)
    assert batch is not None
    return batch


def _check_unchanged(preview: ImportPreview, catalog: Catalog) -> None:
    """Re-compare inside the transaction: the preview must still describe the catalog."""
    for row in preview.new:
        if row.sku_code in catalog.skus:
            raise _stale(row)
    for row in preview.changed:
        current = catalog.skus.get(row.sku_code)
        if current is None or diff_row(row, current, catalog, preview.products) != row.changes:
            raise _stale(row)


def _write_categories(
    conn, catalog: Catalog, preview: ImportPreview, spus: set[str], record
) -> dict[str, int]:
    """Category ids by case-folded name, creating the categories the file names newly."""
    ids = dict(catalog.category_ids)
    table = table_of(Category)
    for spu in sorted(spus):
        name = preview.products.get(spu, {}).get("category")
        if not name or name.casefold() in ids:
            continue
        new_id = conn.execute(insert(table).values(name=name)).inserted_primary_key[0]
        ids[name.casefold()] = new_id
        record("category", new_id, "insert", None, {"name": name})
    return ids


def _write_products(
    conn,
    catalog: Catalog,
    preview: ImportPreview,
    spus: set[str],
    category_ids: dict[str, int],
    record,
) -> dict[str, int]:
    """Product ids by SPU code: new SPUs inserted, changed name/category/brand updated."""
    table = table_of(Product)
    ids = {spu: data["id"] for spu, data in catalog.products.items()}
    today = date.today()
    for spu in sorted(spus):
        wish = preview.products.get(spu, {})
        columns: dict[str, Any] = {}
        if "product_name" in wish:
            columns["name"] = wish["product_name"]
        if "category" in wish:
            columns["category_id"] = category_ids[wish["category"].casefold()]
        if "brand" in wish:
            columns["brand"] = wish["brand"]
        current = catalog.products.get(spu)
        if current is None:
            values = {
                "spu_code": spu,
                "name": spu,
                "category_id": None,
                "brand": "",
                "created_on": today,
                **columns,
            }
            new_id = conn.execute(insert(table).values(**values)).inserted_primary_key[0]
            ids[spu] = new_id
            values["created_on"] = today.isoformat()
            record("product", new_id, "insert", None, values)
            continue
        changed = {k: v for k, v in columns.items() if current[k] != v}
        if changed:
            conn.execute(update(table).where(table.c.id == current["id"]).values(**changed))
            record("product", current["id"], "update", {k: current[k] for k in changed}, changed)
    return ids


def _insert_skus(
    conn,
    rows: list[ImportRow],
    product_ids: dict[str, int],
    currency: str,
    record,
    progress: Progress,
    total: int,
    text: str,
) -> None:
    """``currency`` labels the amounts a new SKU does not have yet: the file's currency when
    known (so a cost typed in later shares the price's), else the base currency."""
    table = table_of(Sku)
    defaults: dict[str, Any] = {name: None for name in SKU_COLUMNS}
    defaults.update(barcode="", stock_qty=None)
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        values = []
        for row in chunk:
            item = dict(defaults)
            item.update({k: row.values[k] for k in SKU_COLUMNS if k in row.values})
            own = row.values.get("price_currency") or row.values.get("cost_currency") or currency
            item["price_currency"] = row.values.get("price_currency") or own
            item["cost_currency"] = row.values.get("cost_currency") or own
            item.update(
                product_id=product_ids[row.spu_code],
                sku_code=row.sku_code,
                variant=row.values.get("variant", "{}"),
            )
            values.append(item)
        conn.execute(insert(table), values)
        codes = [row.sku_code for row in chunk]
        found = dict(
            conn.execute(
                select(table.c.sku_code, table.c.id).where(table.c.sku_code.in_(codes))
            ).all()
        )
        for row, item in zip(chunk, values, strict=True):
            row.sku_id = found[row.sku_code]
            record("sku", row.sku_id, "insert", None, item)
        progress.report(2 + start + len(chunk), total, text)


def _update_skus(
    conn,
    rows: list[ImportRow],
    catalog: Catalog,
    product_ids: dict[str, int],
    record,
    progress: Progress,
    done: int,
    total: int,
    text: str,
) -> None:
    """Only the columns that differ are written, grouped so each group is one executemany."""
    table = table_of(Sku)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for key, (old, new) in row.changes.items():
            if key in SKU_COLUMNS or key == "variant":
                before[key], after[key] = old, new
        if "spu_code" in row.changes:
            before["product_id"] = catalog.skus[row.sku_code]["product_id"]
            after["product_id"] = product_ids[row.spu_code]
        if after:
            groups.setdefault(tuple(sorted(after)), []).append(
                {"_id": row.sku_id, **{f"v_{k}": v for k, v in after.items()}}
            )
            record("sku", row.sku_id, "update", before, after)
        else:
            # Only its product changed (name, category, brand): noted so undo sees the row.
            record("sku", row.sku_id, "update", {}, {})
        done += 1
        if done % CHUNK == 0:
            progress.report(done, total, text)
    for columns, params in groups.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(f"v_{name}") for name in columns})
        )
        conn.execute(statement, params)
