"""Add, delete and archive (停售) SKUs and products, each undoable.

Every change returns what its undo needs: ``add_*`` the new id (undo deletes it), ``delete_*``
a snapshot of the rows (undo restores them with the same ids), ``set_archived`` the old flag.
A SKU with sales, stock lots or listings is never deleted (the history would go with it):
the message says to archive it instead.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, func, select

from core.catalog import _error, _product, _sku, _text, category_id_for
from core.i18n import QT_TRANSLATE_NOOP
from core.models import Listing, Product, SalesRecord, Sku, StockLot, saved_id

Snapshot = dict[str, Any]


def _code_taken(session: Session, model: type[Sku] | type[Product], code: str) -> bool:
    column = Sku.sku_code if model is Sku else Product.spu_code
    return (
        session.exec(select(column).where(func.lower(column) == code.lower())).first() is not None
    )


def add_product(session: Session, spu_code: str, name: str, category: str = "") -> int:
    """A new product (SPU); returns its id."""
    code = _text("spu_code", spu_code, required=True)
    if _code_taken(session, Product, code):
        raise _error(
            QT_TRANSLATE_NOOP("Catalog", "Another product already has the SPU code {code}."),
            code=code,
        )
    product = Product(
        spu_code=code,
        name=_text("name", name, required=True),
        category_id=category_id_for(session, category),
    )
    session.add(product)
    session.flush()
    return saved_id(product)


def add_sku(session: Session, product_id: int, sku_code: str, like: int | None = None) -> int:
    """A new SKU of a product; its currencies follow ``like`` (a sibling SKU) when given."""
    _product(session, product_id)
    code = _text("sku_code", sku_code, required=True)
    if _code_taken(session, Sku, code):
        raise _error(
            QT_TRANSLATE_NOOP("Catalog", "Another SKU already has the code {code}."), code=code
        )
    sku = Sku(product_id=product_id, sku_code=code)
    sibling = session.get(Sku, like) if like is not None else None
    if sibling is not None:
        sku.cost_currency, sku.price_currency = sibling.cost_currency, sibling.price_currency
    session.add(sku)
    session.flush()
    return saved_id(sku)


def has_history(session: Session, sku_id: int) -> bool:
    """Sales, stock lots or listings refer to this SKU."""
    return any(
        session.exec(select(table.id).where(table.sku_id == sku_id).limit(1)).first() is not None
        for table in (SalesRecord, StockLot, Listing)
    )


def _refuse_history(session: Session, sku: Sku) -> None:
    if has_history(session, saved_id(sku)):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Catalog",
                "{code} has sales, stock or listings: archive it (停售) instead, so its "
                "history stays.",
            ),
            code=sku.sku_code,
        )


def _row(obj: Sku | Product) -> Snapshot:
    return obj.model_dump()


def delete_sku(session: Session, sku_id: int) -> Snapshot:
    """Delete a SKU without history; returns its snapshot for ``restore``."""
    sku = _sku(session, sku_id)
    _refuse_history(session, sku)
    snapshot = {"skus": [_row(sku)]}
    session.delete(sku)
    session.flush()
    return snapshot


def delete_product(session: Session, product_id: int) -> Snapshot:
    """Delete a product and its SKUs (none may have history); returns the snapshot."""
    product = _product(session, product_id)
    skus = session.exec(select(Sku).where(Sku.product_id == product_id)).all()
    for sku in skus:
        _refuse_history(session, sku)
    snapshot = {"product": _row(product), "skus": [_row(s) for s in skus]}
    for sku in skus:
        session.delete(sku)
    session.flush()
    session.delete(product)
    session.flush()
    return snapshot


def restore(session: Session, snapshot: Snapshot) -> None:
    """Put deleted rows back with their old ids (undo of a delete)."""
    if "product" in snapshot:
        session.add(Product(**snapshot["product"]))
        session.flush()
    for row in snapshot["skus"]:
        session.add(Sku(**row))
    session.flush()


def remove_added(session: Session, kind: str, row_id: int) -> None:
    """Undo of ``add_product`` / ``add_sku``."""
    if kind == "sku":
        delete_sku(session, row_id)
    else:
        delete_product(session, row_id)


def set_archived(session: Session, kind: str, row_ids: list[int], archived: bool) -> list[bool]:
    """Archive (停售) or bring back SKUs or products; returns each one's old flag."""
    rows: list[Sku] | list[Product]
    if kind == "sku":
        rows = list(session.exec(select(Sku).where(col(Sku.id).in_(row_ids))).all())
    else:
        rows = list(session.exec(select(Product).where(col(Product.id).in_(row_ids))).all())
    by_id: dict[int, Sku | Product] = {saved_id(r): r for r in rows}
    old = []
    for row_id in row_ids:
        row = by_id.get(row_id)
        if row is None:
            raise _error(
                QT_TRANSLATE_NOOP("Catalog", "This SKU no longer exists (id {id})."), id=row_id
            )
        old.append(bool(row.archived))
        row.archived = archived
        session.add(row)
    session.flush()
    return old


def restore_archived(session: Session, kind: str, row_ids: list[int], flags: list[bool]) -> None:
    """Undo of ``set_archived``: each row gets its own old flag back."""
    for row_id, flag in zip(row_ids, flags, strict=True):
        set_archived(session, kind, [row_id], flag)


def skus_of_import(session: Session, batch_id: int) -> set[int]:
    """The SKUs an import added or changed (to highlight them after the import)."""
    from core.models import ImportChange

    return set(
        session.exec(
            select(ImportChange.row_id).where(
                ImportChange.batch_id == batch_id, ImportChange.table_name == "sku"
            )
        ).all()
    )
