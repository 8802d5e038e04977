"""The preview of a plain product table kept as columns (issue 12: 100,000s of rows).

A table of columns with no WooCommerce parents, no code used twice, no unit factors and not a
TikTok template is previewed here by polars expressions (rows the column-wise cleaning of
core/importing/fast_frame.py does not take join as clean_row cleans them, see
core/importing/mixed.py): fill-down, variant text, SPU, the product fields the file asks for,
zero costs, currencies and the comparison with the catalog. Row objects
(:class:`ImportRow`) are built only for rows that change a SKU (the comparison itself is
``diff_row``'s, on the rows a cheap column test cannot clear); new and unchanged rows stay
columns in :class:`PlainRows` until someone reads them, and the apply writes the new ones from
the columns (core/importing/apply.py). Any other table takes the general path of
core/importing/products.py; tests/test_import_plain.py checks both give the same preview.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import polars as pl

from core.i18n import Message
from core.importing.column_rows import ColumnRows
from core.importing.currencies import CurrencyHint, CurrencySummary
from core.importing.product_wishes import wishes_of
from core.importing.rows import ImportRow
from core.importing.unknowns import ZERO_COST
from core.importing.validate import BadValue, Where, cell_message

Catalog = Any  # core.importing.products.Catalog (which imports this module)
ImportPreview = Any


@dataclass(frozen=True)
class Rules:
    """The general path's rules this path follows (core.importing.products passes them: it
    imports this module, so this one cannot import it)."""

    fill_down: tuple[str, ...]  # product fields filled down within an SPU
    variant_keys: tuple[str, ...]  # cells that make the variant text
    product_keys: tuple[str, ...]  # product (SPU) fields a row asks for
    variant_of: Callable[[tuple[Any, ...]], str]  # products._variant_of
    diff_row: Callable[..., dict[str, tuple[Any, Any]]]  # products.diff_row


# SKU columns compared as numbers (stock as a whole number compares equal as a float)
NUMBER_COLUMNS = ("cost", "price", "list_price", "weight_g", "length_cm", "width_cm",
                  "height_cm", "stock_qty")  # fmt: skip
TEXT_COLUMNS = ("cost_currency", "price_currency", "barcode")
SLICE_ROWS = 20_000


class PlainRows(Sequence):
    """Accepted rows held as a frame (one column per value key, null = absent; ``__index``
    the row's position, ``__row`` its number, ``__sku_id`` the SKU it matches). An
    :class:`ImportRow` is made for a row when it is read, and kept."""

    def __init__(self, frame: pl.DataFrame, warnings: dict[int, list[Message]]) -> None:
        self.frame = frame
        self.keys = [name for name in frame.columns if not name.startswith("__")]
        self.warnings = warnings  # by row position: the rows that carry one
        self._built: list[ImportRow] | None = None
        self._one: dict[int, ImportRow] = {}  # rows made one at a time, by position

    def __len__(self) -> int:
        return self.frame.height

    def _make(self, cells: tuple[Any, ...]) -> ImportRow:
        width = len(self.keys)
        values = {k: v for k, v in zip(self.keys, cells[:width], strict=True) if v is not None}
        index, number, sku_id = cells[width:]
        return ImportRow(number, values["sku_code"], values,
                         warnings=list(self.warnings.get(index, ())),
                         spu_code=values["spu_code"], sku_id=sku_id)  # fmt: skip

    def _rows(self) -> list[ImportRow]:
        if self._built is None:
            built: list[ImportRow] = []
            names = [*self.keys, "__index", "__row", "__sku_id"]
            for start in range(0, self.frame.height, SLICE_ROWS):
                part = self.frame.slice(start, SLICE_ROWS).select(names).rows()
                for offset, cells in enumerate(part, start):
                    known = self._one.get(offset)  # a row handed out already stays the same
                    built.append(known if known is not None else self._make(cells))
            self._built, self._one = built, {}
        return self._built

    def __getitem__(self, index):  # type: ignore[override]
        """One row is made alone (the preview table asks for the rows it paints)."""
        if self._built is not None or isinstance(index, slice):
            return self._rows()[index]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        row = self._one.get(index)
        if row is None:
            names = [*self.keys, "__index", "__row", "__sku_id"]
            row = self._one[index] = self._make(self.frame.select(names).row(index))
        return row

    def __iter__(self) -> Iterator[ImportRow]:
        return iter(self._rows())

    def __add__(self, other):
        return [*self, *other]

    def present(self) -> set[str]:
        """The value keys some row has (what the preview table shows as columns)."""
        counts = self.frame.select(pl.col(self.keys).is_not_null().any())
        return {key for key in self.keys if counts[key][0]}

    def warned(self) -> int:
        return len(self.warnings)

    def all_warnings(self) -> list[Message]:
        return [m for index in sorted(self.warnings) for m in self.warnings[index]]


def eligible(table, mapping: dict[str, int], factors: dict[str, float], woo, tiktok) -> bool:
    from core.importing import fast_frame

    return (
        woo is None
        and not tiktok
        and "sku_code" in mapping
        and isinstance(table.rows, ColumnRows)
        and fast_frame.usable(table.rows, factors)
    )


def fill_down(frame: pl.DataFrame, keys: Sequence[str]) -> pl.DataFrame:
    """A product field a later row of the same SPU leaves empty is the first row's
    (products._new_row: only rows after the first that names it, within one SPU code)."""
    if "spu_code" not in frame.columns:
        return frame
    spu, index = pl.col("spu_code"), pl.col("__index")
    fills = []
    present = [k for k in keys if k in frame.columns]
    gaps = frame.select(pl.col(k).null_count() for k in present).row(0) if present else ()
    for key in (k for k, gap in zip(present, gaps, strict=True) if gap):  # a full column: as is
        column = pl.col(key)
        first_at = index.filter(column.is_not_null()).min().over("spu_code")
        first = column.filter(column.is_not_null()).first().over("spu_code")
        fills.append(
            pl.when(column.is_null() & spu.is_not_null() & (index > first_at))
            .then(first)
            .otherwise(column)
            .alias(key)
        )
    return frame.with_columns(fills) if fills else frame


def _variants(frame: pl.DataFrame, keys: Sequence[str], variant_of) -> pl.DataFrame:
    """Option names and values and the variant text become one variant JSON text (made once
    per combination: big files repeat a few, colour × size, on every product)."""
    present = [key for key in keys if key in frame.columns]
    if not present:
        return frame
    marks = pl.any_horizontal(
        pl.col(k).str.contains("\x00", literal=True) | pl.col(k).str.contains("\x1f", literal=True)
        for k in present
    )
    if frame.select(marks.fill_null(False).any()).item():
        return _variants_by_join(frame, present, keys, variant_of)
    # one text per row names its combination (NUL: an empty cell, US between the cells)
    key = pl.concat_str([pl.col(k).fill_null("\x00") for k in present], separator="\x1f")
    found = frame.select(key.alias("__combo")).get_column("__combo")
    combos = found.unique(maintain_order=True).to_list()
    texts: list[str | None] = []
    for combo in combos:
        given = {
            k: (None if v == "\x00" else v)
            for k, v in zip(present, combo.split("\x1f"), strict=True)
        }
        text = variant_of(tuple(given.get(k) for k in keys))
        texts.append(text or None)
    variant = found.replace_strict(combos, texts, return_dtype=pl.String).alias("variant")
    return frame.drop(present).with_columns(variant)


def _variants_by_join(frame: pl.DataFrame, present: list[str], keys: Sequence[str], variant_of):
    """_variants for cells holding the separators: the combinations joined back."""
    combos = frame.select(present).unique(maintain_order=True)
    texts: list[str | None] = []
    for combo in combos.rows():
        given = dict(zip(present, combo, strict=True))
        texts.append(variant_of(tuple(given.get(k) for k in keys)) or None)
    combos = combos.with_columns(pl.Series("__variant", texts, dtype=pl.String))
    joined = frame.join(combos, on=present, how="left", nulls_equal=True, maintain_order="left")
    return joined.drop(present).rename({"__variant": "variant"})


def catalog_frame(catalog: Catalog, columns: Sequence[str] = (*NUMBER_COLUMNS, *TEXT_COLUMNS)):
    """The catalog's SKUs, as columns: id, owner SPU and the compared values (``__old_…``),
    made from the fetched tuples (no dict per SKU). Raises when a stored value has an odd
    type (the general path compares those)."""
    keys = catalog.sku_keys
    wanted = {"sku_code": ("sku_code", pl.String), "id": ("__sku_id", pl.Int64),
              "product_id": ("__product_id", pl.Int64),
              "variant": ("__old_variant", pl.String)}  # fmt: skip
    for key in columns:
        wanted[key] = (f"__old_{key}", pl.Float64 if key in NUMBER_COLUMNS else pl.String)
    cells = list(zip(*catalog.sku_rows, strict=True)) if catalog.sku_rows else [()] * len(keys)
    data = {wanted[k][0]: list(cells[i]) for i, k in enumerate(keys) if k in wanted}
    schema = {name: dtype for name, dtype in wanted.values()}
    found = pl.DataFrame(data, schema=schema, strict=True)
    # where each SKU's tuple is: the rows compared below get their dict from it directly
    found = found.with_columns(pl.int_range(pl.len(), dtype=pl.Int64).alias("__sku_pos"))
    owners = pl.DataFrame(
        {"__product_id": list(catalog.products_by_id),
         "__owner_spu": [p["spu_code"] for p in catalog.products_by_id.values()]},
        schema={"__product_id": pl.Int64, "__owner_spu": pl.String},
    )  # fmt: skip
    return found.join(owners, on="__product_id", how="left").drop("__product_id")


def _catalog_frame(catalog: Catalog, columns: Sequence[str]) -> pl.DataFrame:
    """:func:`catalog_frame` with ``columns``: cut from the one made ahead when there is one
    (the command line makes it while the file is parsed)."""
    made = catalog.frame
    if made is None:
        return catalog_frame(catalog, columns)
    return made.select(
        "sku_code", "__sku_id", "__old_variant", *(f"__old_{k}" for k in columns),
        "__sku_pos", "__owner_spu",
    )  # fmt: skip


def preview_plain(
    preview: ImportPreview,
    rows: Any,
    catalog: Catalog,
    sheet: Where,
    zero_cost_is_real: bool,
    chosen: str,
    hint: CurrencyHint,
    explicit: bool,
    rules: Rules,
) -> bool:
    """Fill ``preview`` from ``rows`` (core.importing.mixed.MixedRows: the accepted rows'
    frame, filled down, and the odd rows' warnings by ``__index``); False (``preview``
    untouched) when a catalog value has a type the column test cannot compare. The frame is
    taken out of ``rows``: each step below then frees the one before (1M rows: ~350 MB each)."""

    frame, rows.frame = rows.frame, None
    compared = [k for k in (*NUMBER_COLUMNS, *TEXT_COLUMNS) if k in frame.columns]
    try:
        known = _catalog_frame(catalog, compared)
    except (TypeError, ValueError, pl.exceptions.PolarsError):
        return False
    frame = _variants(frame, rules.variant_keys, rules.variant_of)
    # Where each row's SKU is in the catalog (the codes are unique on both sides); the
    # catalog's values are fetched for the matched rows only, below: beside every row they
    # were columns of nulls for the new ones (1M new rows: ~150 MB).
    codes = known.select("sku_code", "__sku_pos")
    at = frame.select("sku_code").join(codes, on="sku_code", how="left", maintain_order="left")
    assert at.height == frame.height
    position = at.get_column("__sku_pos")
    del at, codes
    some = position.null_count() < len(position)
    resolved: list[pl.Expr | pl.Series] = [pl.col("sku_code")]
    if "product_name" in frame.columns:
        resolved.insert(0, pl.col("product_name"))
    if some:
        resolved.insert(0, known.get_column("__owner_spu").gather(position))
    if "spu_code" in frame.columns:
        resolved.insert(0, pl.col("spu_code"))
    sku_id = (known.get_column("__sku_id").gather(position) if some
              else pl.repeat(None, frame.height, dtype=pl.Int64, eager=True))  # fmt: skip
    frame = frame.with_columns(
        pl.coalesce(resolved).alias("spu_code"), sku_id.alias("__sku_id"), position
    )
    del sku_id, position
    warnings = {index: list(found) for index, found in rows.warnings.items()}
    if "cost" in frame.columns:
        zero = frame.filter(pl.col("cost") == 0).select("__index", "__row")
        preview.zero_costs = zero.height
        if zero.height and not zero_cost_is_real:
            column = preview.headers.get("cost", "")
            for index, number in zero.rows():
                said = cell_message(sheet, number, column, "0", BadValue(ZERO_COST))
                warnings.setdefault(index, []).append(said)  # after the row's own
            frame = frame.with_columns(
                pl.when(pl.col("cost") == 0).then(None).otherwise(pl.col("cost")).alias("cost")
            )
    preview.zero_cost_is_real = zero_cost_is_real
    preview.products = wishes_of(frame, rules.product_keys)  # type: ignore[assignment]
    changed_at = _compare(preview, frame, known, catalog, warnings, compared, rules)
    del known
    rows = frame.drop("__sku_pos")
    del frame
    new = rows.filter(pl.col("__sku_id").is_null())
    same = rows.filter(pl.col("__sku_id").is_not_null() & ~pl.col("__row").is_in(changed_at))
    del rows
    preview.new = PlainRows(new, _of(warnings, new))  # type: ignore[assignment]
    preview.unchanged = PlainRows(same, _of(warnings, same))  # type: ignore[assignment]
    preview.currencies = _currencies(new, preview.changed, same, chosen, hint, explicit)
    return True


def _compare(
    preview: ImportPreview,
    frame: pl.DataFrame,
    known: pl.DataFrame,
    catalog: Catalog,
    warnings: dict[int, list[Message]],
    compared: list[str],
    rules: Rules,
) -> set[int]:
    """The rows of ``frame`` that match a SKU of the catalog and change it go to
    ``preview.changed`` (diff_row decides, on the rows a column test cannot clear); returns
    their row numbers."""
    matched = frame.filter(pl.col("__sku_pos").is_not_null())
    if not matched.height:
        return set()
    olds = [f"__old_{key}" for key in (*compared, "variant") if key in frame.columns]
    catalog_side = known.select(*olds, "__owner_spu")[matched.get_column("__sku_pos")]
    matched = matched.hstack(catalog_side.get_columns())
    del catalog_side
    # the product fields of the matched rows' SPUs: a dict for those only
    wishes = preview.products.subset(matched.get_column("spu_code").unique().to_list())
    changed_spus = _spus_with_changes(
        {spu: wish for spu, wish in wishes.items() if spu in catalog.products}, catalog
    )
    maybe = pl.col("spu_code") != pl.col("__owner_spu")
    if changed_spus:
        maybe = maybe | pl.col("spu_code").is_in(sorted(changed_spus))
    for key in (*compared, "variant"):
        if key not in frame.columns:
            continue
        was, now = pl.col(f"__old_{key}"), pl.col(key)
        if key in NUMBER_COLUMNS:
            now = now.cast(pl.Float64)
        maybe = maybe | (now.is_not_null() & (was.is_null() | (was != now)))
    candidates = PlainRows(matched.filter(maybe.fill_null(True)).drop(olds, "__owner_spu"),
                           warnings)  # fmt: skip
    del matched
    changed_at: set[int] = set()
    keys, stored = catalog.sku_keys, catalog.sku_rows
    positions = candidates.frame.get_column("__sku_pos").to_list()
    for row, position in zip(candidates, positions, strict=True):
        current = dict(zip(keys, stored[position], strict=True))
        changes = rules.diff_row(row, current, catalog, wishes)
        if changes:
            row.changes = changes
            preview.changed.append(row)
            changed_at.add(row.row_number)
    return changed_at


def _of(warnings: dict[int, list[Message]], rows: pl.DataFrame) -> dict[int, list[Message]]:
    if not warnings:
        return {}
    return {i: warnings[i] for i in rows["__index"].to_list() if i in warnings}


def _spus_with_changes(wishes: dict[str, dict[str, str]], catalog: Catalog) -> set[str]:
    """SPUs whose name, category or brand the file changes (diff_row's product test)."""
    found = set()
    for spu, wish in wishes.items():
        target = catalog.products[spu]
        if not wish:
            continue
        category = catalog.category_of(target)
        if (
            ("product_name" in wish and wish["product_name"] != target["name"])
            or ("category" in wish and wish["category"].casefold() != category.casefold())
            or ("brand" in wish and wish["brand"] != target["brand"])
        ):
            found.add(spu)
    return found


def _currencies(
    new: pl.DataFrame,
    changed: list[ImportRow],
    same: pl.DataFrame,
    chosen: str,
    hint: CurrencyHint,
    explicit: bool,
) -> CurrencySummary:
    """currencies.summarise by column: rows with an amount, by its currency, in the order
    the general path meets them (new, changed, unchanged)."""
    summary = CurrencySummary(chosen, hint, explicit)
    for rows, writes in ((new, True), (changed, True), (same, False)):
        if isinstance(rows, list):
            for row in rows:
                lacking = False
                for amount, counter in (("price", summary.price), ("cost", summary.cost)):
                    if amount in row.values:
                        code = row.values.get(f"{amount}_currency")
                        if code:
                            counter[code] += 1
                        else:
                            lacking = True
                summary.missing += lacking and writes
            continue
        short: pl.Expr = pl.lit(False)
        for amount, counter in (("price", summary.price), ("cost", summary.cost)):
            if amount not in rows.columns:
                continue
            code = (pl.col(f"{amount}_currency") if f"{amount}_currency" in rows.columns
                    else pl.lit(None, dtype=pl.String))  # fmt: skip
            having = rows.filter(pl.col(amount).is_not_null()).select(code.alias("code"))
            counts = having.group_by("code", maintain_order=True).len()
            for value, count in counts.rows():
                if value:
                    counter[value] += count
            short = short | (pl.col(amount).is_not_null() & (code.is_null() | (code == "")))
        if writes:
            summary.missing += rows.select(short.sum()).item()
    return summary
