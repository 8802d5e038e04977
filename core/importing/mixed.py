"""A table of columns with a few odd rows (issue 12): the plain rows stay columns, the odd ones
go through ``clean_row`` one by one and join them.

The column cleaning (core/importing/fast_frame.py) takes the plain rows; every other row is
what the general path of core/importing/products.py would do with it: an image-only row is
skipped, a cell listing several SKUs becomes one row per SKU, ``clean_row`` cleans the rest
and a row without a SKU code is rejected. The rows it accepts, and the rejected ones (they
still hand their product fields down to later rows of their SPU, as in the general path), are
put into the frame of the plain rows in the general path's order; the fill-down then runs on
them all, and the rejected rows take back what was filled down to them. The rest of the
preview is core/importing/plain.py's. None sends the table to the general path: a code used
twice, a value whose type the columns cannot hold, a key the columns lack.
tests/test_import_mixed.py checks the result equals the general path's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from core.i18n import Message
from core.importing.conventions import is_instruction_row
from core.importing.expand import STOCK_IS_TOTAL, expand_row
from core.importing.rows import ImportRow
from core.importing.validate import MISSING_SKU, BadValue, Where, cell_message, clean_row, is_empty


@dataclass
class MixedRows:
    """The accepted rows as one frame (plain.py's columns: ``__index`` is the row's place in
    the general path's order, ``__row`` its number), their warnings by ``__index``, the
    rejected rows in row order and the counts of skipped and instruction rows."""

    frame: pl.DataFrame | None  # taken by plain.preview_plain
    warnings: dict[int, list[Message]] = field(default_factory=dict)
    rejected: list[ImportRow] = field(default_factory=list)
    skipped: int = 0
    instruction_rows: int = 0


def split_rows(
    table,
    mapping: dict[str, int],
    headers: dict[str, str],
    sheet: Where,
    factors: dict[str, float],
    currency: str,
    fill_down: Sequence[str],
    fill: Callable[[pl.DataFrame, Sequence[str]], pl.DataFrame],
) -> MixedRows | None:
    """The table's rows as the general path makes them, the accepted ones as one frame
    filled down by ``fill`` (plain.fill_down) over ``fill_down``'s product fields."""
    from core.importing.fast_frame import clean_frame_columns

    # Asked before the cleaning: it may set the raw frame aside when every row is clean (the
    # candidates are kept; asked after, the frame would be read back).
    candidates = table.rows.instruction_candidates()
    cleaned = clean_frame_columns(table.rows, mapping, currency)
    if cleaned is None:
        return None
    instructions = [index for index in candidates if is_instruction_row(table.rows[index])]
    if instructions:  # a template's "事项说明" under the data: no row at all
        cleaned = cleaned.filter(~pl.col("__index").is_in(instructions))
    # The rows neither plain nor instructions, in order (polars: numpy cost the command line
    # ~50 ms of imports for this one mask)
    odd = pl.repeat(True, len(table.rows), eager=True, dtype=pl.Boolean)
    odd = odd.scatter(cleaned.get_column("__index"), False).scatter(instructions, False)
    entries, skipped = _odd_rows(
        table, odd.arg_true().to_list(), mapping, headers, sheet, factors, currency
    )
    numbers = pl.Series("__row", table.row_numbers, dtype=pl.Int64)
    if not entries:  # every row plain (or skipped): as the column cleaning made them
        frame = cleaned.with_columns(numbers.gather(cleaned.get_column("__index")))
        found = MixedRows(
            fill(frame, fill_down), skipped=skipped, instruction_rows=len(instructions)
        )
        return _unique(found)
    keys = [name for name in cleaned.columns if name != "__index"]
    schema = {name: cleaned.schema[name] for name in keys}
    data: dict[str, list[Any]] = {name: [] for name in keys}
    for _position, _sub, row in entries:
        if any(key not in schema for key in row.values):
            return None  # a key the columns lack (the general path decides)
        for name in keys:
            data[name].append(row.values.get(name))
    try:
        extra = pl.DataFrame(data, schema=schema, strict=True)
    except (TypeError, ValueError, OverflowError, pl.exceptions.PolarsError):
        return None  # a value of a type the column cannot hold
    extra = extra.with_columns(
        pl.Series("__table", [e[0] for e in entries], dtype=pl.Int64),
        pl.Series("__sub", [e[1] for e in entries], dtype=pl.Int64),
        pl.Series("__entry", range(len(entries)), dtype=pl.Int64),
    )
    # The accepted rows live on in the frame: only the rejected rows and the warnings are
    # kept (a table of mostly odd rows held every row twice).
    kept = [(row if row.messages else None, row.warnings) for _p, _s, row in entries]
    del entries, data
    plain = cleaned.select(
        *keys,
        pl.col("__index").alias("__table"),
        pl.lit(0, dtype=pl.Int64).alias("__sub"),
        pl.lit(None, dtype=pl.Int64).alias("__entry"),
    )
    frame = pl.concat([plain, extra], how="vertical").sort("__table", "__sub", maintain_order=True)
    frame = frame.with_columns(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("__index"),
        numbers.gather(frame.get_column("__table")).alias("__row"),
    )
    frame = fill(frame, fill_down)
    places = dict(frame.filter(pl.col("__entry").is_not_null()).select("__entry", "__index").rows())
    result = MixedRows(frame, skipped=skipped, instruction_rows=len(instructions))
    dropped: list[int] = []
    for entry, (rejected, warnings) in enumerate(kept):
        index = places[entry]
        if rejected is not None:
            dropped.append(index)
            result.rejected.append(rejected)
        elif warnings:
            result.warnings[index] = list(warnings)
    if dropped:
        _take_back_filled(frame, dropped, result.rejected, fill_down)
        frame = frame.filter(~pl.col("__index").is_in(dropped))
    result.frame = frame.drop("__table", "__sub", "__entry")
    return _unique(result)


def _unique(rows: MixedRows) -> MixedRows | None:
    """None when an accepted code is used twice: shared_codes decides, on the general path."""
    assert rows.frame is not None
    codes = rows.frame.get_column("sku_code")
    return None if codes.null_count() or codes.n_unique() != rows.frame.height else rows


def _odd_rows(
    table,
    indexes: list[int],
    mapping: dict[str, int],
    headers: dict[str, str],
    sheet: Where,
    factors: dict[str, float],
    currency: str,
) -> tuple[list[tuple[int, int, ImportRow]], int]:
    """The general path's rows for the odd rows: (position in the table, place among the
    rows a cell listing several SKUs makes, row), and the count of skipped rows."""
    columns = list(mapping.values())
    entries: list[tuple[int, int, ImportRow]] = []
    skipped = 0
    stock_warned = False
    for index in indexes:
        number = table.row_numbers[index]
        raw = dict(zip(mapping, table.rows.cells(index, columns), strict=True))
        if all(is_empty(v) for k, v in raw.items() if k != "spu_code"):
            skipped += 1  # Shopify's image-only rows carry only the handle
            continue
        expansion = expand_row(raw, headers, sheet, number, stock_warned)
        if expansion is None:
            entries.append((index, 0, _checked(raw, headers, sheet, number, factors, currency)))
            continue
        stock_warned = stock_warned or any(w.text == STOCK_IS_TOTAL for w in expansion.warnings)
        for sub, cells in enumerate(expansion.rows):
            row = _checked(cells, headers, sheet, number, factors, currency)
            if sub == 0:
                row.warnings[:0] = expansion.warnings
            entries.append((index, sub, row))
    return entries, skipped


def _checked(raw, headers, sheet, number, factors, currency) -> ImportRow:
    """products._check_row without the fill-down (done on the frame)."""
    values, errors, warnings = clean_row(raw, headers, sheet, number, factors, currency)
    row = ImportRow(number, values.get("sku_code", ""), values, messages=errors, warnings=warnings)
    if not row.sku_code:
        missing = BadValue(MISSING_SKU)
        row.messages.insert(0, cell_message(sheet, number, headers.get("sku_code", "SKU"), "",
                                            missing))  # fmt: skip
    return row


def _take_back_filled(
    frame: pl.DataFrame, places: list[int], rows: list[ImportRow], fill_down: Sequence[str]
) -> None:
    """The product fields filled down to rejected rows (the preview shows them)."""
    keys = [key for key in fill_down if key in frame.columns]
    if not keys:
        return
    found = frame.filter(pl.col("__index").is_in(places)).sort("__index").select(keys).rows()
    for row, values in zip(rows, found, strict=True):
        for key, value in zip(keys, values, strict=True):
            if key not in row.values and value is not None:
                row.values[key] = value
