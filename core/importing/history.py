"""The record of imports, and undoing one as a whole."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from core.edits import local_time
from core.facts.rows import FACT_KINDS
from core.facts.undo import undo_facts
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.importing.apply import ImportRefused
from core.jobs import Progress
from core.models import (
    Category,
    ImportBatch,
    ImportChange,
    Listing,
    Product,
    SalesRecord,
    Sku,
    StockLot,
    table_of,
)
from core.workspace import Workspace
from core.workspace_tidy import prune_undone_logs, vacuum_if_worth_it

TABLES = {"category": table_of(Category), "product": table_of(Product), "sku": table_of(Sku)}


def import_history(session: Session) -> list[ImportBatch]:
    """Every recorded import, newest first."""
    from sqlmodel import select as sm_select

    query = sm_select(ImportBatch).order_by(ImportBatch.id.desc())  # type: ignore[union-attr]
    return list(session.exec(query))


def _refuse(text: str, **params: Any) -> ImportRefused:
    return ImportRefused(Message("Import", text, params))


def undo_import(workspace: Workspace, batch_id: int, progress: Progress | None = None) -> None:
    """Put back what import ``batch_id`` changed and remove what it added, in one transaction.

    Its change log is then deleted (the history keeps the import, marked undone) and the file
    compacted when that freed much of it. One import or undo at a time per workspace.
    """
    with workspace.import_lock(), workspace.write_errors():
        _undo_import(workspace, batch_id, progress)
        try:
            vacuum_if_worth_it(workspace)
        except SQLAlchemyError:
            pass  # another window is reading: the space is reused by the next import anyway


def _undo_import(workspace: Workspace, batch_id: int, progress: Progress | None) -> None:
    with workspace.transaction() as session:
        conn = session.connection()
        # SQLite ids are 64-bit: a larger number (a typo) names no import rather than overflowing.
        batch = session.get(ImportBatch, batch_id) if 0 < batch_id < 2**63 else None
        if batch is None:
            raise _refuse(
                QT_TRANSLATE_NOOP("Import", "Import #{batch} does not exist."), batch=batch_id
            )
        if batch.undone_at:
            raise _refuse(
                QT_TRANSLATE_NOOP("Import", "Import #{batch} was already undone on {when}."),
                batch=batch_id,
                when=batch.undone_at,
            )
        if batch.entity == "candidates":  # step 4 undoes its own imports (its page, its CLI)
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Import", "Import #{batch} filled the candidate pool: undo it on step 4."
                ),
                batch=batch_id,
            )
        if batch.entity in FACT_KINDS:  # facts: their own undo (replaced facts come back)
            undo_facts(conn, batch)
            _mark_undone(session, batch)
            return
        change = table_of(ImportChange)
        changes = [
            dict(r)
            for r in conn.execute(
                select(change).where(change.c.batch_id == batch_id).order_by(change.c.id)
            ).mappings()
        ]
        _check_no_later_import(conn, batch, changes)
        _check_untouched_since(conn, changes)
        if progress is not None:
            progress.report(0, len(changes), "")
        for item in changes:
            if item["action"] == "update" and item["before"]:
                table = TABLES[item["table_name"]]
                before = json.loads(item["before"])
                if before:
                    conn.execute(update(table).where(table.c.id == item["row_id"]).values(**before))
        inserted = {
            name: [
                c["row_id"] for c in changes if c["action"] == "insert" and c["table_name"] == name
            ]
            for name in TABLES
        }
        sku, product, category = table_of(Sku), table_of(Product), table_of(Category)
        for start in range(0, len(inserted["sku"]), 500):
            conn.execute(delete(sku).where(sku.c.id.in_(inserted["sku"][start : start + 500])))
        for product_id in inserted["product"]:
            in_use = conn.execute(
                select(func.count()).select_from(sku).where(sku.c.product_id == product_id)
            ).scalar()
            if not in_use:
                conn.execute(delete(product).where(product.c.id == product_id))
        for category_id in inserted["category"]:
            in_use = conn.execute(
                select(func.count())
                .select_from(product)
                .where(product.c.category_id == category_id)
            ).scalar()
            children = conn.execute(
                select(func.count())
                .select_from(category)
                .where(category.c.parent_id == category_id)
            ).scalar()
            if not in_use and not children:
                conn.execute(delete(category).where(category.c.id == category_id))
        _mark_undone(session, batch)
        if progress is not None:
            progress.report(len(changes), len(changes), "")


def _mark_undone(session: Session, batch: ImportBatch) -> None:
    batch.undone_at = datetime.now().isoformat(timespec="seconds")
    session.add(batch)
    session.flush()
    prune_undone_logs(session.connection())


def _check_no_later_import(conn, batch: ImportBatch, changes: list[dict[str, Any]]) -> None:
    """A later import that touched the same rows must be undone first (undo runs backwards)."""
    touched = {(c["table_name"], c["row_id"]) for c in changes}
    if not touched:
        return
    change, table = table_of(ImportChange), table_of(ImportBatch)
    later = conn.execute(
        select(
            table.c.id, table.c.file_name, table.c.imported_at, change.c.table_name, change.c.row_id
        )
        .join(change, change.c.batch_id == table.c.id)
        .where(table.c.id > batch.id, table.c.undone_at.is_(None))
        .order_by(table.c.id.desc())
    ).all()
    for later_id, file_name, when, table_name, row_id in later:
        if (table_name, row_id) in touched:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Import #{later} ({file}, {when}) changed the same rows after import "
                    "#{batch}. Undo import #{later} first.",
                ),
                later=later_id,
                file=file_name,
                when=when.replace("T", " "),
                batch=batch.id,
            )


def _check_untouched_since(conn, changes: list[dict[str, Any]]) -> None:
    """Refuse rather than lose an edit made after the import, or delete a SKU in use.

    Rows the import changed would get their old values back; rows it created would be deleted:
    either way an edit made since would be lost, so both are checked the same way.
    """
    sku = table_of(Sku)
    codes: dict[int, str] = {}
    product = table_of(Product)
    for item in changes:
        if item["table_name"] == "product":
            current = (
                conn.execute(select(product).where(product.c.id == item["row_id"]))
                .mappings()
                .first()
            )
            after = json.loads(item["after"] or "{}")
            if current is not None and _edited(current, after) is not None:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "Product {spu} was edited after the import. Undoing would overwrite "
                        "that edit, so nothing was undone.",
                    ),
                    spu=current["spu_code"],
                )
        if item["table_name"] != "sku":
            continue
        row = conn.execute(select(sku).where(sku.c.id == item["row_id"])).mappings().first()
        if row is None:
            continue  # deleted since: nothing left to put back
        codes[item["row_id"]] = row["sku_code"]
        edited = _edited(row, json.loads(item["after"] or "{}"))
        if edited == "version":  # a new row is logged by its version (apply._log_inserted_skus)
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "SKU {sku} came with this import and was edited since by {who} ({when}). "
                    "Undoing would delete it with that edit, so nothing was undone.",
                )
                if row["changed_by"]
                else QT_TRANSLATE_NOOP(
                    "Import",
                    "SKU {sku} came with this import and was edited since ({when}). "
                    "Undoing would delete it with that edit, so nothing was undone.",
                ),
                sku=row["sku_code"],
                who=row["changed_by"],
                when=local_time(row["changed_at"]),
            )
        if edited is not None:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "SKU {sku} was edited after the import ({column}: {value}). "
                    "Undoing would overwrite that edit, so nothing was undone.",
                )
                if item["action"] == "update"
                else QT_TRANSLATE_NOOP(
                    "Import",
                    "SKU {sku} came with this import and was edited since ({column}: {value}). "
                    "Undoing would delete it with that edit, so nothing was undone.",
                ),
                sku=row["sku_code"],
                column=edited,
                value=row[edited],
            )
    inserted = [
        c["row_id"]
        for c in changes
        if c["table_name"] == "sku" and c["action"] == "insert" and c["row_id"] in codes
    ]
    for model in (Listing, SalesRecord, StockLot):
        table = table_of(model)
        for start in range(0, len(inserted), 500):
            used = conn.execute(
                select(table.c.sku_id)
                .where(table.c.sku_id.in_(inserted[start : start + 500]))
                .limit(1)
            ).scalar()
            if used is not None:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "SKU {sku} came with this import and now has listings, sales or "
                        "stock. Undoing would delete them, so nothing was undone.",
                    ),
                    sku=codes[used],
                )


def _edited(current, after: dict[str, Any]) -> str | None:
    """The first column whose value today differs from what the import wrote, if any."""
    for column, value in after.items():
        if column not in current:
            continue
        now = current[column]
        if isinstance(now, date):
            now = now.isoformat()
        if now != value and not _close(now, value):
            return column
    return None


def _close(old: Any, new: Any) -> bool:
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return abs(float(old) - float(new)) <= 1e-9 * max(1.0, abs(float(old)))
    return False
