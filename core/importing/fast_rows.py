"""The fast path of the product preview: plain rows cleaned column by column.

:func:`core.importing.validate.clean_row` handles every odd cell a seller's file holds, at
about 20 µs a row. Most rows of a big file are plain: codes without apostrophes, numbers as
numbers (or "12.50"), currency codes, text without stray spaces. Those are cleaned here a
column at a time; any cell this module is not sure about makes its whole row "odd", and odd
rows go through ``clean_row`` as before. So the fast path never decides anything
``clean_row`` would decide differently: tests/test_import_fast_path.py checks both agree on
every real fixture file and on generated messy files.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from core.importing.column_rows import column_of
from core.importing.validate import (
    CODE_KEYS,
    CURRENCIES,
    NUMBER_RANGES,
    TEXT_KEYS,
    TEXT_LIMITS,
    VALUE_ORDER,
)

ODD = object()  # a cell only clean_row may judge: its row takes the general path
EMPTY = object()  # an empty cell: left out of the row's values

CURRENCY_KEYS = ("cost_currency", "price_currency")
PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


def _code(cells: Sequence[Any], key: str) -> list[Any]:
    limit = TEXT_LIMITS[key]
    out: list[Any] = []
    append = out.append
    for value in cells:
        kind = value.__class__
        if kind is str:
            text = value.strip()
        elif kind is int:
            text = str(value)
        elif kind is float and value.is_integer() and abs(value) < 1e15:
            text = str(int(value))
        elif value is None:
            text = ""
        else:
            append(ODD)
            continue
        if not text:
            append(EMPTY)
        elif (
            len(text) > limit
            or text[0] == "'"
            or "\u00a0" in text
            or (key == "sku_code" and ("," in text or ";" in text))  # a list of SKUs
        ):
            append(ODD)
        else:
            append(text)
    return out


def _text(cells: Sequence[Any], key: str) -> list[Any]:
    limit = TEXT_LIMITS[key]
    out: list[Any] = []
    append = out.append
    for value in cells:
        if value.__class__ is str:
            text = " ".join(value.split())
            append(text if text and len(text) <= limit else EMPTY if not text else ODD)
        elif value is None:
            append(EMPTY)
        else:
            append(ODD)
    return out


def _number(cells: Sequence[Any], key: str, factor: float) -> list[Any]:
    low, high = NUMBER_RANGES[key]
    whole = key == "stock_qty"
    price = key == "price"
    match = PLAIN_NUMBER.fullmatch
    out: list[Any] = []
    append = out.append
    for value in cells:
        kind = value.__class__
        if kind is float or kind is int:
            number = float(value)
            if not math.isfinite(number):
                append(EMPTY if number != number else ODD)  # NaN reads as an empty cell
                continue
        elif kind is str:
            text = value.strip()
            if not text:
                append(EMPTY)
                continue
            if not match(text):
                append(ODD)
                continue
            number = float(text)
        elif value is None:
            append(EMPTY)
            continue
        else:
            append(ODD)
            continue
        if factor != 1.0:
            number = round(number * factor, 4)
        if not low <= number <= high or (price and number == 0):
            append(ODD)  # a message or warning: clean_row words it
        elif whole:
            append(int(number) if number.is_integer() else ODD)
        else:
            append(number)
    return out


def _currency(cells: Sequence[Any]) -> list[Any]:
    out: list[Any] = []
    append = out.append
    for value in cells:
        if value.__class__ is str:
            code = value.strip().upper()
            append(code if code in CURRENCIES else EMPTY if not code else ODD)
        else:
            append(EMPTY if value is None else ODD)
    return out


def _barcode(cells: Sequence[Any]) -> list[Any]:
    out: list[Any] = []
    append = out.append
    for value in cells:
        kind = value.__class__
        if kind is str:
            text = value.strip()
            if not text:
                append(EMPTY)
                continue
            if text[0] == "'":  # Excel's and Shopify's mark for "keep as text"
                text = text.lstrip("'")
            append(text if text.isascii() and text.isdigit() else ODD)
        elif kind is int:
            append(str(value))
        elif kind is float:
            if value != value:
                append(EMPTY)
            elif not value.is_integer():
                append(ODD)
            else:
                digits = str(int(value))
                append(ODD if len(digits) >= 11 and digits.endswith("00000") else digits)
        else:
            append(EMPTY if value is None else ODD)
    return out


def clean_columns(
    rows: Sequence[Sequence[Any]],
    mapping: dict[str, int],
    factors: dict[str, float],
    currency: str,
) -> list[dict[str, Any] | None]:
    """For each row: its clean values (what ``clean_row`` gives a row without any error or
    warning), or None when the row needs ``clean_row``. A table of columns is cleaned by
    polars (core/importing/fast_frame.py), to the same values."""
    from core.importing import fast_frame

    if fast_frame.usable(rows, factors):
        return fast_frame.clean_frame(rows, mapping, currency)  # type: ignore[arg-type]
    return clean_lists(rows, mapping, factors, currency)


def clean_lists(
    rows: Sequence[Sequence[Any]],
    mapping: dict[str, int],
    factors: dict[str, float],
    currency: str,
) -> list[dict[str, Any] | None]:
    """:func:`clean_columns` a column at a time, on Python lists."""
    count = len(rows)
    odd = bytearray(count)
    columns: list[tuple[str, list[Any]]] = []
    given: dict[str, list[Any]] = {}
    barcode: list[Any] | None = None
    for key, col in mapping.items():
        cells = column_of(rows, col)
        if key in CODE_KEYS:
            cleaned = _code(cells, key)
        elif key in TEXT_KEYS:
            cleaned = _text(cells, key)
        elif key in NUMBER_RANGES:
            cleaned = _number(cells, key, factors.get(key, 1.0))
        elif key in CURRENCY_KEYS:
            given[key] = cleaned = _currency(cells)
        elif key == "barcode":
            barcode = cleaned = _barcode(cells)
        else:
            continue  # a field clean_row does not read
        for index, value in enumerate(cleaned):
            if value is ODD:
                odd[index] = 1
        if key in VALUE_ORDER:
            columns.append((key, cleaned))
    if "sku_code" not in mapping:
        return [None] * count
    sku = next(cleaned for key, cleaned in columns if key == "sku_code")
    columns.sort(key=lambda item: VALUE_ORDER.index(item[0]))
    cost_given = given.get("cost_currency")
    price_given = given.get("price_currency")
    result: list[dict[str, Any] | None] = []
    append = result.append
    for index in range(count):
        if odd[index] or sku[index] is EMPTY:
            append(None)  # an odd cell, or no SKU (clean_row words the rejection)
            continue
        values: dict[str, Any] = {}
        for key, cleaned in columns:
            value = cleaned[index]
            if value is not EMPTY:
                values[key] = value
        # _settle_currencies without symbols: its currency cell, else (cost) the price's.
        price_code = None if price_given is None else price_given[index]
        cost_code = None if cost_given is None else cost_given[index]
        if price_code is EMPTY:
            price_code = None
        if cost_code is EMPTY or cost_code is None:
            cost_code = price_code
        if "cost" in values and (cost_code or currency):
            values["cost_currency"] = cost_code or currency
        if "price" in values and (price_code or currency):
            values["price_currency"] = price_code or currency
        if barcode is not None and barcode[index] is not EMPTY:
            values["barcode"] = barcode[index]
        append(values)
    return result
