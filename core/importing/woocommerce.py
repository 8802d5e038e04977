"""WooCommerce's product export has structure the plain columns do not show.

- ``Type`` says what a row is. A ``variable`` or ``grouped`` product is a product (SPU), not a
  SKU: it has no price of its own. Its ``variation`` rows name it in ``Parent`` (by SKU, or as
  ``id:44``) and are its SKUs.
- A variation takes its parent's name and category, and the parent's weight and dimensions
  when its own are empty, as WooCommerce itself does.
- An active ``Sale price`` (no dates, or today inside them) is what the product sells for;
  ``Regular price`` is the list price (``sku.list_price``), and the selling price when no sale
  runs.
- ``In stock?`` = 0 with an empty ``Stock`` means none on hand; = 1 without a number stays
  unknown (see core.importing.unknowns).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.importing.fields import normalise_header
from core.importing.validate import cell_text, clean_code, is_empty

PARENT_TYPES = ("variable", "grouped")
INHERITED = ("product_name", "category", "brand")
INHERITED_WHEN_EMPTY = ("weight_g", "length_cm", "width_cm", "height_cm")


@dataclass
class WooColumns:
    type: int
    id: int | None
    sku: int | None
    parent: int | None
    sale_price: int | None
    regular_price: int | None
    sale_starts: int | None
    sale_ends: int | None
    in_stock: int | None


def woo_columns(headers: list[str]) -> WooColumns | None:
    """The WooCommerce columns, or None when the file is not a WooCommerce export."""
    keys = {normalise_header(h): i for i, h in reversed(list(enumerate(headers)))}
    if "type" not in keys or "regularprice" not in keys or "parent" not in keys:
        return None
    return WooColumns(
        type=keys["type"],
        id=keys.get("id"),
        sku=keys.get("sku"),
        parent=keys.get("parent"),
        sale_price=keys.get("saleprice"),
        regular_price=keys.get("regularprice"),
        sale_starts=keys.get("datesalepricestarts"),
        sale_ends=keys.get("datesalepriceends"),
        in_stock=keys.get("instock"),
    )


def _cell(cells: list[Any], column: int | None) -> Any:
    return cells[column] if column is not None and column < len(cells) else None


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    text = cell_text(value)[:10]
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


@dataclass
class WooStructure:
    """What the whole file says about parents, read before the rows are checked."""

    columns: WooColumns
    today: date
    parents: dict[str, dict[str, Any]] = field(default_factory=dict)  # by SKU and "id:NN"
    parent_rows: list[dict[str, Any]] = field(default_factory=list)  # raw cells of parents

    def is_parent(self, cells: list[Any]) -> bool:
        kind = cell_text(_cell(cells, self.columns.type)).casefold()
        return kind in PARENT_TYPES

    def parent_code(self, cells: list[Any]) -> str:
        """The SPU code a parent row gives its product: its SKU, else its name."""
        return clean_code(_cell(cells, self.columns.sku)) or (
            f"id:{cell_text(_cell(cells, self.columns.id))}"
        )


def sale_price_on(structure: WooStructure, cells: list[Any]) -> bool:
    """A sale price is given and today is inside its dates (when it has any)."""
    columns = structure.columns
    if is_empty(_cell(cells, columns.sale_price)):
        return False
    starts = _day(_cell(cells, columns.sale_starts))
    ends = _day(_cell(cells, columns.sale_ends))
    return (starts is None or starts <= structure.today) and (
        ends is None or structure.today <= ends
    )


def read_structure(
    headers: list[str], rows: list[list[Any]], mapping: dict[str, int], today: date | None = None
) -> WooStructure | None:
    columns = woo_columns(headers)
    if columns is None:
        return None
    structure = WooStructure(columns, today or date.today())
    for cells in rows:
        if not structure.is_parent(cells):
            continue
        raw = {key: cells[col] for key, col in mapping.items() if col < len(cells)}
        code = structure.parent_code(cells)
        raw["spu_code"] = code
        structure.parent_rows.append(raw)
        structure.parents[code] = raw
        if columns.id is not None and not is_empty(_cell(cells, columns.id)):
            structure.parents[f"id:{cell_text(_cell(cells, columns.id))}"] = raw
    return structure


def adjust_row(structure: WooStructure, cells: list[Any], raw: dict[str, Any]) -> dict[str, Any]:
    """The raw cells of a SKU row as WooCommerce means them (see the module docstring)."""
    columns = structure.columns
    raw = dict(raw)
    regular = _cell(cells, columns.regular_price)
    raw["list_price"] = regular
    raw["price"] = _cell(cells, columns.sale_price) if sale_price_on(structure, cells) else regular
    in_stock = cell_text(_cell(cells, columns.in_stock))
    if in_stock == "0" and is_empty(raw.get("stock_qty")):
        raw["stock_qty"] = 0  # out of stock, without stock management
    reference = clean_code(_cell(cells, columns.parent))
    parent = structure.parents.get(reference) if reference else None
    if parent is None:
        if reference:
            raw["spu_code"] = reference  # a parent outside this file: still its product
        else:
            raw.pop("spu_code", None)  # a simple product is its own
        return raw
    raw["spu_code"] = parent["spu_code"]
    for key in INHERITED:
        if not is_empty(parent.get(key)):
            raw[key] = parent[key]
    for key in INHERITED_WHEN_EMPTY:
        if is_empty(raw.get(key)) and not is_empty(parent.get(key)):
            raw[key] = parent[key]
    return raw
