"""Say what was not mapped: the fields a seller expects that stayed empty, and the columns of
the file that nothing reads, so a missed match is seen before the import, not after."""

from __future__ import annotations

from dataclasses import astuple

from core.importing.column_rows import column_filled
from core.importing.readers import RawTable
from core.importing.woocommerce import woo_columns

# Fields whose absence changes what the catalog can tell (margins, stock value, names).
EXPECTED_FIELDS = ("product_name", "price", "cost", "stock_qty")


def unmapped_columns(table: RawTable, mapping: dict[str, int]) -> list[str]:
    """Headers of the columns no field reads that hold at least one value, in file order.
    WooCommerce's structure columns (Type, ID, Parent, In stock? ...) are read all the same."""
    used = set(mapping.values())
    woo = woo_columns(table.headers)
    if woo is not None:
        used.update(col for col in astuple(woo) if col is not None)
    filled: list[str] = []
    for col, header in enumerate(table.headers):
        if col in used:
            continue
        if column_filled(table.rows, col):
            filled.append(str(header).strip() or f"#{col + 1}")
    return filled


def unmapped_fields(mapping: dict[str, int]) -> list[str]:
    """The expected fields (name, price, cost, stock) that no column fills."""
    return [key for key in EXPECTED_FIELDS if key not in mapping]
