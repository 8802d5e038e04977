"""Step 2's SKU rows as the driver's plain tuples, and their amounts in the base currency:
what ``review.review_catalog`` reads, kept apart from what it computes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import repeat
from operator import attrgetter, itemgetter
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
    extra = _launch_rows(session)
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


def _launch_rows(session: Session) -> Sequence[Any]:
    """(SKU id, launched on, category id, product created on) of every SKU, in catalog order
    (SPU code, then SKU code): what the catalog rows lack for the review."""
    sku, product = table_of(Sku).c, table_of(Product).c
    result = session.connection().execute(
        core_select(sku.id, sku.launched_on, product.category_id, product.created_on)
        .select_from(table_of(Sku).join(table_of(Product), sku.product_id == product.id))
        .order_by(product.spu_code, sku.sku_code)
    )
    rows = result.cursor.fetchall() if result.cursor is not None else []
    result.close()
    return rows


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


@dataclass
class SkuColumns:
    """Every SKU as columns in the review's order (``read_sku_rows``' order). Repeated values
    (currency codes, amounts, stock, a product's code and name) are one object each."""

    ids: list[int]
    sku_code: list[str]
    variant_label: list[str]
    cost: list[float | None]
    cost_currency: list[str]
    price: list[float | None]
    price_currency: list[str]
    stock: list[int | None]
    launched: list[Any]  # the SKU's launch date, else its product's creation (None: neither)
    override: list[str | None]  # lifecycle stage set by hand
    product_id: list[int]
    spu_code: list[str]
    product_name: list[str]
    category: list[str]
    archived: list[bool]  # the SKU or its product

    def __len__(self) -> int:
        return len(self.ids)


class _Labels(dict):
    """Variant JSON -> its label, made once per distinct JSON (a catalog repeats a few)."""

    def __missing__(self, variant: Any) -> str:
        label = self[variant] = Sku.model_construct(variant=variant).variant_label()
        return label


def _labels(variants: list) -> list[str]:
    return list(map(_Labels().__getitem__, variants))


def read_sku_columns(
    session: Session,
    categories: dict[Any, str],
    catalog: tuple[dict[int, dict[str, Any]], dict[int, dict[str, Any]]] | None = None,
) -> SkuColumns:
    """Every SKU with its product's fields as columns. ``catalog``: ``core.catalog``'s
    (``product_rows``, ``catalog_rows``) the caller read already: only what those lack is
    read, and their objects are used, not a second copy (read again when the workspace
    changed between the reads)."""
    if catalog is not None:
        columns = _columns_from(session, categories, *catalog)
        if columns is not None:
            return columns
    result = SkuColumns(*([] for _ in range(15)))
    labels = _Labels()
    # one object per distinct amount, code and stock (apart: 7 == 7.0, and stock stays int)
    amounts: dict[Any, Any] = {}
    codes: dict[Any, Any] = {}
    stocks: dict[Any, Any] = {}
    names: dict[int, tuple[str, str]] = {}  # one pair of strings per product, not per SKU
    # Piece by piece: the driver's duplicates (a product's name on each of its SKUs, the
    # same amounts and codes) are dropped as they come, never 100,000 of each at once.
    for rows in read_sku_rows(session):
        (ids, sku_code, variant, cost, cost_currency, price, price_currency, stock, launched_on,
         override, product_id, spu_code, name, category_id, created_on, archived,
         ) = zip(*rows, strict=True)  # fmt: skip
        del rows
        result.ids.extend(ids)
        result.sku_code.extend(sku_code)
        result.variant_label.extend(map(labels.__getitem__, variant))
        for column, values, shared in (
            (result.cost, cost, amounts),
            (result.cost_currency, cost_currency, codes),
            (result.price, price, amounts),
            (result.price_currency, price_currency, codes),
            (result.stock, stock, stocks),
        ):
            column.extend(map(shared.setdefault, values, values))
        result.launched.extend(a or b for a, b in zip(launched_on, created_on, strict=True))
        result.override.extend(override)
        result.product_id.extend(product_id)
        pairs = list(map(names.setdefault, product_id, zip(spu_code, name, strict=True)))
        result.spu_code.extend(pair[0] for pair in pairs)
        result.product_name.extend(pair[1] for pair in pairs)
        result.category.extend(map(categories.get, category_id, repeat("")))
        result.archived.extend(map(bool, archived))
    return result


def _columns_from(
    session: Session,
    categories: dict[Any, str],
    products: dict[int, dict[str, Any]],
    skus: dict[int, dict[str, Any]],
) -> SkuColumns | None:
    extra = _launch_rows(session)
    if len(extra) != len(skus):
        return None
    if not extra:
        return SkuColumns(*([] for _ in range(15)))
    ids, launched_on, category_id, created_on = (list(c) for c in zip(*extra, strict=True))
    del extra
    raws: list[Any] = list(map(skus.get, ids))
    if any(raw is None for raw in raws):
        return None

    def column(rows: list[Any], key: str) -> list[Any]:
        # dicts, or the catalog's SkuValues read by attribute (its [] is a Python call)
        return list(map(itemgetter(key) if isinstance(rows[0], dict) else attrgetter(key), rows))

    product_id = column(raws, "product_id")
    owners: list[Any] = list(map(products.get, product_id))
    if any(owner is None for owner in owners):
        return None
    return SkuColumns(
        ids=ids,
        sku_code=column(raws, "sku_code"),
        variant_label=column(raws, "variant_label")
        if hasattr(raws[0], "variant_label")
        else _labels(column(raws, "variant")),
        cost=column(raws, "cost"),
        cost_currency=column(raws, "cost_currency"),
        price=column(raws, "price"),
        price_currency=column(raws, "price_currency"),
        stock=column(raws, "stock_qty"),
        launched=[a or b for a, b in zip(launched_on, created_on, strict=True)],
        override=column(raws, "lifecycle_override"),
        product_id=product_id,
        spu_code=column(owners, "spu_code"),
        product_name=column(owners, "name"),
        category=list(map(categories.get, category_id, repeat(""))),
        archived=[
            bool(a or owner["archived"])
            for a, owner in zip(column(raws, "archived"), owners, strict=True)
        ],
    )


def base_amounts(
    amounts: list[Any], raw_codes: list[str], converter: money.Converter
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Each amount in the converter's currency as whole minor units, whether it converted (no
    amount or no rate: not) and, per amount, the normalised code whose rate is missing ("" when
    none is)."""
    distinct = sorted(set(raw_codes), key=str)
    index_of = {code: i for i, code in enumerate(distinct)}
    code_index = np.array(list(map(index_of.__getitem__, raw_codes)), dtype=np.int64)
    values = np.array(amounts, dtype=np.float64)  # None -> NaN
    minor, converted = to_minor(values, code_index, distinct, converter)
    missing = [""] * len(amounts)
    for i in np.flatnonzero(~np.isnan(values) & ~converted).tolist():
        missing[i] = converter.code(raw_codes[i] or "")[0]
    return minor, converted, missing
