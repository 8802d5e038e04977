"""Write a previewed product import in one transaction, recording every change for undo.

A backup of the workspace is taken first. Inside the transaction the workspace revision
(core/revision.py) is compared with the one the preview read before its catalog: unchanged, the
preview's catalog is used as it is; changed, the SKUs the import changes are read again and
every row re-compared, and when the preview no longer describes the catalog the import stops
with a message and nothing is written. Cancel or any failure rolls everything back.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy import text as text_sql

from core.bulk import insert_rows
from core.currency import base_currency
from core.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity
from core.importing.apply_products import (
    ids_by_code,
    update_grouped,
    wishes_frame,
    write_categories,
    write_products,
)
from core.importing.plain import PlainRows
from core.importing.products import (
    SKU_COLUMNS,
    Catalog,
    ImportPreview,
    ImportRow,
    diff_row,
)
from core.jobs import Progress, paused_gc
from core.models import ImportBatch, ImportChange, Sku, table_of
from core.revision import current as current_revision
from core.workspace import Workspace, backup_file
from core.workspace_guard import damaged

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
    with workspace.import_lock(), workspace.write_errors(), paused_gc():
        batch = _apply_import(workspace, preview, progress, profile_name, translate)
    problems = workspace.integrity_problems()
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

    count = len(preview.new) + len(preview.changed)
    if preview.currencies.missing:
        raise _no_currency(preview)
    total = count + 4  # + the steps that are not per row
    progress.report(0, total, tr(QT_TRANSLATE_NOOP("Import", "Backing up the workspace…")))
    workspace.backup(BACKUP_REASON, extra_space=ROW_BYTES * count)
    with workspace.transaction() as session:
        conn = session.connection()
        workspace.backend.defer_checkpoint(conn)  # done beside the integrity check
        catalog = _kept_catalog(conn, preview)
        if catalog is None:
            # Only the SKUs this import changes are read again: the preview has read the rest.
            catalog = Catalog(session, [row.sku_code for row in preview.changed])
            _check_unchanged(conn, preview, catalog)
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
        log: list[tuple[Any, ...]] = []
        dumps = json.JSONEncoder(ensure_ascii=False).encode

        def record(table: str, row_id: int, action: str, before: dict | None, after: dict):
            log.append((batch_id, table, row_id, action,
                        None if before is None else dumps(before), dumps(after)))  # fmt: skip

        spus = sorted(_spus_written(preview) | set(preview.product_only))
        wishes = wishes_frame(preview, spus)
        category_ids = write_categories(conn, catalog, preview, spus, wishes, record)
        product_ids = write_products(
            conn, catalog, preview, spus, wishes, category_ids, record, batch_id
        )
        del wishes
        text = tr(QT_TRANSLATE_NOOP("Import", "Writing SKUs…"))
        progress.report(2, total, text)
        write_new: Any = _insert_plain_skus if isinstance(preview.new, PlainRows) else _insert_skus
        write_new(
            conn,
            batch_id,
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
            _insert_many(conn, table_of(ImportChange), LOG_COLUMNS, log[start : start + 5000])
        progress.report(total, total, tr(QT_TRANSLATE_NOOP("Import", "Saving…")))
        batch = session.get(ImportBatch, batch_id)
    assert batch is not None
    return batch


LOG_COLUMNS = ("batch_id", "table_name", "row_id", "action", "before", "after")


def _kept_catalog(conn, preview: ImportPreview) -> Catalog | None:
    """The preview's catalog when nobody has committed a write since the preview read it
    (same workspace revision, read inside this transaction: on a file it holds the write
    lock), else None: then the changed SKUs are read again and every row re-compared."""
    if preview.catalog is None or preview.revision is None:
        return None
    return preview.catalog if current_revision(conn) == preview.revision else None


def _insert_many(conn, table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Rows as plain tuples: the driver's executemany on SQLite (SQLAlchemy's parameter
    handling per row cost more than the insert), COPY on PostgreSQL."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})",
                             rows)  # fmt: skip
    else:
        insert_rows(conn, table, columns, rows)


def _spus_written(preview: ImportPreview) -> set[str]:
    spus = {row.spu_code for row in preview.changed}
    if isinstance(preview.new, PlainRows):
        return spus | set(preview.new.frame.get_column("spu_code").unique().to_list())
    return spus | {row.spu_code for row in preview.new}


def _check_unchanged(conn, preview: ImportPreview, catalog: Catalog) -> None:
    """Re-compare inside the transaction: the preview must still describe the catalog."""
    if preview.new:
        sku = table_of(Sku)
        existing = {code for (code,) in conn.execute(select(sku.c.sku_code)).all()}
        if isinstance(preview.new, PlainRows):
            codes = preview.new.frame.get_column("sku_code").to_list()
            if existing.isdisjoint(codes):
                existing = set()  # the usual case: no row object is made
        for row in preview.new if existing else ():
            if row.sku_code in existing:
                raise _stale(row)
    for row in preview.changed:
        current = catalog.skus.get(row.sku_code)
        if current is None or diff_row(row, current, catalog, preview.products) != row.changes:
            raise _stale(row)


# What an inserted SKU's change log records ("after"): undo compares it with the row today.
# A new SKU's columns, in the order _insert_skus gives them (then price and cost currency).
SKU_VALUE_COLUMNS = tuple(
    name for name in SKU_COLUMNS if name not in ("barcode", "price_currency", "cost_currency")
)
SKU_INSERT_COLUMNS = ("product_id", "sku_code", "variant", *SKU_VALUE_COLUMNS, "barcode")


def _insert_skus(
    conn,
    batch_id: int,
    rows: list[ImportRow],
    product_ids: dict[str, int],
    currency: str,
    record,
    progress: Progress,
    total: int,
    text: str,
) -> None:
    """``currency`` labels the amounts a new SKU does not have yet: the file's currency when
    known (so a cost typed in later shares the price's), else the base currency.

    One executemany, one SELECT of the new ids; the change log of the new rows is written by
    the database itself (:func:`_log_inserted_skus`)."""
    if not rows:
        return
    table = table_of(Sku)
    names = (*SKU_INSERT_COLUMNS, "price_currency", "cost_currency")
    values: list[tuple[Any, ...]] = []
    append = values.append
    for row in rows:
        given = row.values
        get = given.get
        price_currency, cost_currency = get("price_currency"), get("cost_currency")
        own = price_currency or cost_currency or currency
        append(
            (
                product_ids[row.spu_code],
                row.sku_code,
                get("variant", "{}"),
                *map(get, SKU_VALUE_COLUMNS),
                get("barcode", ""),
                price_currency or own,
                cost_currency or own,
            )
        )
    before = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    sqlite = conn.dialect.name == "sqlite"
    # On SQLite the driver's executemany with plain tuples (the other columns have their
    # defaults in the schema): SQLAlchemy's per-row parameter handling cost more than the
    # insert itself.
    statement = f"INSERT INTO sku ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    step = CHUNK * 20
    for start in range(0, len(values), step):
        chunk = values[start : start + step]
        if sqlite:
            conn.exec_driver_sql(statement, chunk)
        else:  # PostgreSQL: COPY (core.bulk), several times faster than INSERTs
            insert_rows(conn, table, names, chunk)
        progress.report(2 + min(start + step, len(rows)), total, text)
    found = dict(
        conn.execute(select(table.c.sku_code, table.c.id).where(table.c.id > before)).all()
    )
    try:  # the rows after the highest id before: this transaction's, under the import lock
        if len(found) != len(rows):
            raise KeyError
        for row in rows:
            row.sku_id = found[row.sku_code]
    except KeyError:
        found = ids_by_code(conn, table, "sku_code", [row.sku_code for row in rows])
        for row in rows:
            row.sku_id = found[row.sku_code]
    _log_inserted_skus(conn, batch_id, before, [row.sku_code for row in rows])


def _insert_plain_skus(
    conn,
    batch_id: int,
    rows: PlainRows,
    product_ids: dict[str, int],
    currency: str,
    record,
    progress: Progress,
    total: int,
    text: str,
) -> None:
    """:func:`_insert_skus` from the preview's columns: the rows are made by polars, in the
    insert's column order, and written in slices (executemany on SQLite, COPY on PostgreSQL);
    the change log of the new rows is written by the database (one INSERT … SELECT)."""
    import polars as pl

    if not len(rows):
        return
    table = table_of(Sku)
    frame = rows.frame
    names = (*SKU_INSERT_COLUMNS, "price_currency", "cost_currency")
    owners = pl.DataFrame(
        {"spu_code": list(product_ids), "product_id": list(product_ids.values())},
        schema={"spu_code": pl.String, "product_id": pl.Int64},
    )

    def given(name: str, dtype) -> pl.Expr:
        return pl.col(name) if name in frame.columns else pl.lit(None, dtype=dtype)

    price_code, cost_code = given("price_currency", pl.String), given("cost_currency", pl.String)
    fallback = pl.lit(currency, dtype=pl.String)
    values = frame.join(owners, on="spu_code", how="left", maintain_order="left").select(
        pl.col("product_id"),
        pl.col("sku_code"),
        pl.coalesce(given("variant", pl.String), pl.lit("{}")).alias("variant"),
        *(given(name, pl.Float64).alias(name) for name in SKU_VALUE_COLUMNS),
        pl.coalesce(given("barcode", pl.String), pl.lit("")).alias("barcode"),
        pl.coalesce(price_code, cost_code, fallback).alias("price_currency"),
        pl.coalesce(cost_code, price_code, fallback).alias("cost_currency"),
    )
    assert values.get_column("product_id").null_count() == 0  # every SPU was written first
    before = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    sqlite = conn.dialect.name == "sqlite"
    statement = f"INSERT INTO sku ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    # 5,000 rows a slice: making the tuples is one C call holding the interpreter (20,000 rows
    # left the UI thread waiting 0.2 s under load)
    step = CHUNK * 5
    for start in range(0, values.height, step):
        chunk = values.slice(start, step).rows()
        if sqlite:
            conn.exec_driver_sql(statement, chunk)
        else:  # PostgreSQL: COPY (core.bulk)
            insert_rows(conn, table, names, chunk)
        progress.report(2 + min(start + step, values.height), total, text)
    _log_inserted_skus(conn, batch_id, before, values.get_column("sku_code").to_list())


def _log_inserted_skus(conn, batch_id: int, before: int, codes: list[str]) -> None:
    """The change log of the SKUs just inserted, written by the database. A new row is logged
    with its version only: every edit since bumps it (the optimistic lock of core.edits) and a
    later import's changes have log rows of their own, so undo tells an untouched row from an
    edited one without a copy of every value (29 MB and 0.2 s for 100,000 SKUs). The rows after the highest id before are this transaction's on SQLite
    (the import lock); on a server other writers' rows could be among them, so the codes name
    ours there."""
    if conn.dialect.name == "sqlite":
        conn.execute(
            text_sql(
                "INSERT INTO importchange (batch_id, table_name, row_id, action, before, after) "
                "SELECT :batch, 'sku', id, 'insert', NULL, json_object('version', version) "
                "FROM sku WHERE id > :before ORDER BY id"
            ),
            {"batch": batch_id, "before": before},
        )
        return
    conn.execute(
        text_sql(
            "INSERT INTO importchange (batch_id, table_name, row_id, action, before, after) "
            "SELECT :batch, 'sku', id, 'insert', NULL, json_build_object('version', version)::text "
            "FROM sku WHERE id > :before AND sku_code = ANY(:codes) ORDER BY id"
        ),
        {"batch": batch_id, "before": before, "codes": codes},
    )


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
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for row in rows:
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for key, (old, new) in row.changes.items():
            if key in SKU_COLUMNS or key == "variant":
                before[key], after[key] = old, new
        if "spu_code" in row.changes:
            owner = catalog.sku(row.sku_code)  # one SKU's dict, not the whole catalog's
            assert owner is not None  # checked against this catalog
            before["product_id"] = owner["product_id"]
            after["product_id"] = product_ids[row.spu_code]
        if after:
            names = tuple(sorted(after))
            groups.setdefault(names, []).append((*map(after.get, names), row.sku_id))
            record("sku", row.sku_id, "update", before, after)
        else:
            # Only its product changed (name, category, brand): noted so undo sees the row.
            record("sku", row.sku_id, "update", {}, {})
        done += 1
        if done % CHUNK == 0:
            progress.report(done, total, text)
    update_grouped(conn, table, groups)
