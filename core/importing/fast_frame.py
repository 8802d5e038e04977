"""The fast path of core/importing/fast_rows.py on a table of columns, as polars expressions.

Each rule of fast_rows' column cleaners is written here once more, by column: a cell is clean
(its value), empty (null) or odd (its row goes to clean_row). Where polars could differ from
Python (whitespace, upper case of non-ASCII letters, numbers past 64 bits) the cell is odd, so
the general path decides. The row values are then built per pattern of filled cells: rows
filled alike share one key list and become dicts in one ``dict(zip(...))`` each.
tests/test_import_fast_path.py checks the result equals fast_rows.clean_columns and clean_row.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from core.importing.column_rows import PY_WHITESPACE, ColumnRows
from core.importing.validate import (
    CODE_KEYS,
    CURRENCIES,
    NUMBER_RANGES,
    TEXT_KEYS,
    TEXT_LIMITS,
    VALUE_ORDER,
)

NOT_BLANK = "[^" + "".join(f"\\x{{{ord(c):x}}}" for c in PY_WHITESPACE) + "]"
# whitespace other than single spaces between words
UNTIDY = "[" + "".join(f"\\x{{{ord(c):x}}}" for c in PY_WHITESPACE if c != " ") + "]|  |^ | $"
PLAIN_NUMBER = r"^[+-]?[0-9]+(?:\.[0-9]+)?$"
WHOLE_LIMIT = 1e15
SLICE_ROWS = 5000


def usable(rows: Any, factors: dict[str, float]) -> bool:
    """Unit factors round in Python (round(x, 4)): those tables keep the list path."""
    return isinstance(rows, ColumnRows) and all(f == 1.0 for f in factors.values())


def _stripped(column: pl.Expr) -> pl.Expr:
    return column.str.strip_chars(PY_WHITESPACE)


def _code(column: pl.Expr, dtype: Any, key: str) -> tuple[pl.Expr, pl.Expr]:
    limit = TEXT_LIMITS[key]
    if dtype == pl.String:
        text = _stripped(column)
        odd = (
            (text.str.len_chars() > limit)
            | text.str.starts_with("'")
            | text.str.contains("\u00a0", literal=True)
        )
        if key == "sku_code":  # a list of SKUs
            odd = odd | text.str.contains(",", literal=True) | text.str.contains(";", literal=True)
        value = pl.when(text.str.len_bytes() > 0).then(text)
        return value, odd.fill_null(False) & (text.str.len_bytes() > 0).fill_null(False)
    whole = ((column == column.floor()) & (column.abs() < WHOLE_LIMIT)).fill_null(False)
    text = pl.when(whole).then(column.cast(pl.Int64, strict=False).cast(pl.String))
    odd = column.is_not_null() & ~whole.fill_null(False)
    # str(int(x)) is never empty and never longer than 16 characters
    return text, odd | (text.str.len_chars() > limit).fill_null(False)


def _text(column: pl.Expr, dtype: Any, key: str) -> tuple[pl.Expr, pl.Expr]:
    if dtype != pl.String:
        return pl.lit(None, dtype=pl.String), column.is_not_null()
    # Text that " ".join(text.split()) would change (odd spaces, runs, spaces at an end)
    # is left to the list path's rules in clean_row: odd here.
    filled = column.str.contains(NOT_BLANK).fill_null(False)
    untidy = column.str.contains(UNTIDY).fill_null(False)
    too_long = (column.str.len_chars() > TEXT_LIMITS[key]).fill_null(False)
    return pl.when(filled).then(column), filled & (untidy | too_long)


def _number(column: pl.Expr, dtype: Any, key: str) -> tuple[pl.Expr, pl.Expr]:
    low, high = NUMBER_RANGES[key]
    if dtype == pl.String:
        text = _stripped(column)
        filled = (text.str.len_bytes() > 0).fill_null(False)
        plain = text.str.contains(PLAIN_NUMBER).fill_null(False)
        number: pl.Expr = pl.when(plain).then(text.cast(pl.Float64, strict=False))
        bad_form = filled & (~plain | number.is_null())
    else:
        number = column.cast(pl.Float64)
        filled = (number.is_not_null() & ~number.is_nan()).fill_null(False)  # NaN: empty
        bad_form = filled & number.is_infinite().fill_null(False)
    in_range = (number >= low) & (number <= high)
    if key == "price":
        in_range = in_range & (number != 0)
    odd = bad_form | (filled & ~bad_form & ~in_range.fill_null(False))
    if key == "stock_qty":
        whole = (number == number.floor()).fill_null(False)
        odd = odd | (filled & ~whole)
        value: pl.Expr = pl.when(filled & whole).then(number.cast(pl.Int64, strict=False))
    else:
        value = pl.when(filled).then(number)
    return value, odd.fill_null(True)


def _currency(column: pl.Expr, dtype: Any) -> tuple[pl.Expr, pl.Expr]:
    if dtype != pl.String:
        return pl.lit(None, dtype=pl.String), column.is_not_null()
    code = _stripped(column).str.to_uppercase()
    filled = (code.str.len_bytes() > 0).fill_null(False)
    known = code.is_in(sorted(CURRENCIES)).fill_null(False) & column.str.contains(
        "^[\\x00-\\x7f]*$"
    ).fill_null(False)
    return pl.when(filled & known).then(code), filled & ~known


def _barcode(column: pl.Expr, dtype: Any) -> tuple[pl.Expr, pl.Expr]:
    if dtype == pl.String:
        text = _stripped(column)
        filled = (text.str.len_bytes() > 0).fill_null(False)
        digits = text.str.strip_chars_start("'")
        good = digits.str.contains("^[0-9]+$").fill_null(False)
        return pl.when(filled & good).then(digits), filled & ~good
    number = column.cast(pl.Float64)
    filled = (number.is_not_null() & ~number.is_nan()).fill_null(False)
    whole = ((number == number.floor()) & (number.abs() < 9e18)).fill_null(False)
    digits = pl.when(filled & whole).then(number.cast(pl.Int64, strict=False).cast(pl.String))
    zeros = (digits.str.len_chars() >= 11) & digits.str.ends_with("00000")
    odd = (filled & ~whole) | zeros.fill_null(False)
    return pl.when(~zeros.fill_null(False)).then(digits), odd


def clean_frame_columns(
    rows: ColumnRows, mapping: dict[str, int], currency: str
) -> pl.DataFrame | None:
    """The rows fast_rows.clean_columns takes (without unit factors), cleaned, as columns:
    ``__index`` (the row's position in ``rows``, Int64) and one column per key of clean_row's
    values, in its key order (null: the row's values lack that key). A row not in it is odd:
    clean_row decides. None when no column is mapped to the SKU code. When every row is
    clean, ``rows`` sets its frame aside (ColumnRows.set_aside: read back if asked again).

    One lazy query: polars then computes an expression used by several checks (a stripped
    text, a parsed number) once; run eagerly, a 1M-row file took 12 s instead of ~1 s."""
    frame = rows.frame
    if "sku_code" not in mapping:
        return None
    schema = list(frame.schema.items())
    values: dict[str, pl.Expr] = {}
    odd: list[pl.Expr] = []
    for key, col in mapping.items():
        if col >= len(schema):
            column, dtype = pl.lit(None, dtype=pl.String), pl.String
        else:
            column, dtype = pl.col(schema[col][0]), schema[col][1]
        if key in CODE_KEYS:
            value, bad = _code(column, dtype, key)
        elif key in TEXT_KEYS:
            value, bad = _text(column, dtype, key)
        elif key in NUMBER_RANGES:
            value, bad = _number(column, dtype, key)
        elif key in ("cost_currency", "price_currency"):
            value, bad = _currency(column, dtype)
        elif key == "barcode":
            value, bad = _barcode(column, dtype)
        else:
            continue  # a field clean_row does not read
        values[key] = value.alias(key)
        odd.append(bad.fill_null(False))
    # A big table with a copy on disk is cleaned as the file streams by: its cells leave
    # memory first instead of sitting beside the cleaned columns (1M-row csv: ~430 MB).
    source = rows.scan_aside()
    streamed = source is not None
    if source is None:
        source = frame.lazy().with_row_index("__index")
    del frame
    cleaned = source.select(
        *values.values(),
        (pl.any_horizontal(odd) if odd else pl.lit(False)).alias("__odd"),
        pl.col("__index").cast(pl.Int64),
    )
    order = [key for key in VALUE_ORDER if key in values]
    # _settle_currencies without symbols: its currency cell, else (cost) the price's.
    fallback = pl.lit(currency or None, dtype=pl.String)
    none = pl.lit(None, dtype=pl.String)
    price_code = pl.col("price_currency") if "price_currency" in values else none
    cost_code = pl.col("cost_currency") if "cost_currency" in values else none
    extra = []
    if "cost" in values:
        extra.append(
            pl.when(pl.col("cost").is_not_null())
            .then(pl.coalesce(cost_code, price_code, fallback))
            .alias("cost_currency")
        )
    if "price" in values:
        extra.append(
            pl.when(pl.col("price").is_not_null())
            .then(pl.coalesce(price_code, fallback))
            .alias("price_currency")
        )
    result = (
        cleaned.filter(~pl.col("__odd") & pl.col("sku_code").is_not_null())
        .select(
            pl.col("__index"),
            *[pl.col(n) for n in order],
            *extra,
            *([pl.col("barcode")] if "barcode" in values else []),
        )
        .collect(engine="streaming" if streamed else "auto")
    )
    del source, cleaned  # the raw cells: set aside below only once nothing here holds them
    if result.height == len(rows):
        # Every row is clean: the preview and apply go on from these columns, so the raw
        # cells (a 1M-row csv's: ~390 MB) wait on disk, if they have a copy there.
        rows.set_aside()
    columns = result.get_columns()
    del result  # the pieces below are then freed one column at a time
    return one_chunk(columns)


def one_chunk(columns: list[pl.Series]) -> pl.DataFrame:
    """A frame of ``columns`` with each column in one piece, made a column at a time (each
    old column is freed as its copy is made, when ``columns`` held the only reference). A
    query leaves its columns cut in different places (1M rows: 21 pieces, 10 for
    ``__index``), and polars copies such a frame whole to line the pieces up before every
    later select, filter or join: +250 MB at each step of the preview."""
    for i, column in enumerate(columns):
        if column.n_chunks() > 1:
            columns[i] = column.rechunk()
            del column
    return pl.DataFrame(columns)


def clean_frame(
    rows: ColumnRows, mapping: dict[str, int], currency: str
) -> list[dict[str, Any] | None]:
    """fast_rows.clean_columns on a table of columns (without unit factors): a dict per row
    it takes (clean_frame_columns' values), None for the others."""
    result: list[dict[str, Any] | None] = [None] * len(rows)
    table = clean_frame_columns(rows, mapping, currency)
    if table is None or table.height == 0:
        return result
    names = table.columns[1:]
    pattern = pl.sum_horizontal(
        [pl.col(n).is_not_null().cast(pl.Int64) * (1 << i) for i, n in enumerate(names)]
    )
    table = table.with_columns(pattern.alias("__pattern"))
    # Rows filled alike share one key list and become dicts in one dict(zip(...)) each.
    for (bits,), group in table.group_by("__pattern", maintain_order=True):
        present = [names[i] for i in range(len(names)) if int(bits) >> i & 1]  # type: ignore[call-overload]
        indexes = group.get_column("__index").to_list()
        picked = group.select(present)
        # In slices: building Python tuples holds the interpreter (the UI thread waits)
        for start in range(0, picked.height, SLICE_ROWS):
            data = picked.slice(start, SLICE_ROWS).rows()
            for index, row in zip(indexes[start : start + SLICE_ROWS], data, strict=True):
                result[index] = dict(zip(present, row, strict=True))
    return result
