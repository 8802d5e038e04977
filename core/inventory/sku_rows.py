"""Step 2's SKU rows as the driver's plain tuples, and their amounts in the base currency:
what ``review.review_catalog`` reads, kept apart from what it computes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import select as core_select
from sqlmodel import Session

from core import money
from core.inventory.sales_columns import to_minor
from core.models import Product, Sku, table_of


def to_date(value: Any) -> date | None:
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value


def read_sku_rows(session: Session) -> Iterator[Sequence[Any]]:
    """Every SKU with its product's fields, as the driver's plain tuples in the review's order,
    ROWS_AT_ONCE at a time (100,000 rows of 16 values at once were ~60 MB on top of the
    review): (id, sku_code, variant, cost, cost_currency, price, price_currency, stock_qty,
    launched_on, lifecycle_override, product_id, spu_code, name, category_id, created_on,
    archived)."""
    sku, product = table_of(Sku).c, table_of(Product).c
    result = session.connection().execute(
        core_select(
            sku.id,
            sku.sku_code,
            sku.variant,
            sku.cost,
            sku.cost_currency,
            sku.price,
            sku.price_currency,
            sku.stock_qty,
            sku.launched_on,
            sku.lifecycle_override,
            sku.product_id,
            product.spu_code,
            product.name,
            product.category_id,
            product.created_on,
            (sku.archived | product.archived).label("archived"),
        )
        .select_from(table_of(Sku).join(table_of(Product), sku.product_id == product.id))
        .order_by(product.spu_code, sku.sku_code)
    )
    try:
        while result.cursor is not None and (rows := result.cursor.fetchmany(ROWS_AT_ONCE)):
            yield rows
    finally:
        result.close()


def sku_rows_from(
    session: Session, products: dict[int, dict[str, Any]], skus: dict[int, dict[str, Any]]
) -> list[tuple] | None:
    """``read_sku_rows`` built from the catalog rows the caller read already (``core.catalog``'s
    ``product_rows`` and ``catalog_rows``): only what those lack is read, and the codes, names
    and amounts are the same objects, not a second copy of 100,000 of each. None when the
    workspace changed between the reads (a SKU or product one of them lacks)."""
    sku, product = table_of(Sku).c, table_of(Product).c
    result = session.connection().execute(
        core_select(sku.id, sku.launched_on, product.category_id, product.created_on)
        .select_from(table_of(Sku).join(table_of(Product), sku.product_id == product.id))
        .order_by(product.spu_code, sku.sku_code)
    )
    extra = result.cursor.fetchall() if result.cursor is not None else []
    result.close()
    if len(extra) != len(skus):
        return None
    rows = []
    for sku_id, launched_on, category_id, created_on in extra:
        raw = skus.get(sku_id)
        owner = products.get(raw["product_id"]) if raw is not None else None
        if raw is None or owner is None:
            return None
        rows.append(
            (
                sku_id,
                raw["sku_code"],
                raw["variant"],
                raw["cost"],
                raw["cost_currency"],
                raw["price"],
                raw["price_currency"],
                raw["stock_qty"],
                launched_on,
                raw["lifecycle_override"],
                raw["product_id"],
                owner["spu_code"],
                owner["name"],
                category_id,
                created_on,
                raw["archived"] or owner["archived"],
            )
        )
    return rows


ROWS_AT_ONCE = 5000


def in_pieces(rows: list[tuple]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(rows), ROWS_AT_ONCE):
        yield rows[start : start + ROWS_AT_ONCE]


def one_of(values: dict[Decimal, Decimal], value: Decimal) -> Decimal:
    """The first object equal to ``value`` (stock values repeat: one object each)."""
    return values.setdefault(value, value)


def to_base(
    amounts: list[Any],
    raw_codes: list[str],
    converter: money.Converter,
    decimals: dict[int, Decimal],
) -> tuple[list[Decimal | None], list[str]]:
    """Each amount as money in the converter's currency (None: no amount or no rate) and, per
    amount, the normalised code whose rate is missing ("" when none is). ``decimals``: minor
    units -> the one Decimal made for them so far (filled here)."""
    distinct = sorted(set(raw_codes), key=str)
    index_of = {code: i for i, code in enumerate(distinct)}
    code_index = np.array([index_of[c] for c in raw_codes], dtype=np.int64)
    values = np.array(amounts, dtype=np.float64)  # None -> NaN
    minor, converted = to_minor(values, code_index, distinct, converter)
    digits = money.minor_unit(converter.target)
    result: list[Decimal | None] = [None] * len(amounts)
    for i in np.flatnonzero(converted).tolist():
        value = int(minor[i])
        known = decimals.get(value)
        if known is None:
            known = decimals[value] = Decimal(value).scaleb(-digits)
        result[i] = known
    missing = [""] * len(amounts)
    for i in np.flatnonzero(~np.isnan(values) & ~converted).tolist():
        missing[i] = converter.code(raw_codes[i] or "")[0]
    return result, missing
