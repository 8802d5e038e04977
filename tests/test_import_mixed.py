"""A table of columns with odd rows keeps its plain rows as columns and sends only the odd ones
through clean_row (core/importing/mixed.py). It must give what the general (row) path gives:
the same preview row by row (new, changed, unchanged, rejected with their messages, skipped,
warnings in order, product fields, zero costs, currencies), and once applied the same catalog
and change log, on both engines, on messy generated tables (numbers as numbers and as text, odd
cells of every kind, image-only rows, rows without a SKU, cells listing several SKUs, rejected
rows handing product fields down to later rows) and on every real product file.
"""

from __future__ import annotations

import math
import random

import pytest

from core.importing.column_rows import ColumnRows
from core.importing.fields import PRODUCT_FIELDS
from core.importing.mapping import auto_map
from core.importing.plain import PlainRows
from tests.test_import_fast_path import REAL_FILES, REAL_FIXTURES, _product_table
from tests.test_import_plain import HEADERS, TEXT, _agree, _apply_both_ways, _preview, _rows

BOTH_ENGINES = True

NUMBERS = [name for name in HEADERS if name not in TEXT]
ODD_TEXT = {
    "SKU": ["", "  T-PAD  ", "'0123", "x" * 300, "A\u00a0B"],
    "SPU": ["", "  TP-PAD ", "two  spaces"],
    "Product name": ["two  spaces", " lead", "x" * 600, "\t"],
    "Category": ["  Home ", "a  b"],
    "Brand": [" B ", "b\nc"],
    "Currency": ["XXX", "eur ", "$", "usd", "¥"],
    "Barcode": ["12345678901.00", "abc", "'690123", "6.9E+12", "0"],
    "Option1 value": ["  Red ", "Red  Blue"],
    "Variant": ["Colour: Red; Size: M", '{"Size": "L"}', "Default Title"],
}
ODD_NUMBERS = [-1.0, 1e20, 12.5, 0.0, math.inf, math.nan, 2.5e-7, 100_000_001.0]
ODD_NUMBER_TEXT = ["$12.99", "1,356.00", "12 USD", "abc", "(5)", "€3,50", "-3", "1e5", "12,5"]


def _number_text(value) -> str | None:
    """A number as a text column holds it (a CSV read as text)."""
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else str(value)


def _messy(seed: int, count: int, text_numbers: bool, changed: bool = False,
           rate: float = 0.04) -> list[list]:  # fmt: skip
    """test_import_plain's generated rows with odd cells, image-only rows and rows without a
    SKU here and there (``rate`` of the cells)."""
    rng = random.Random(seed)
    rows = _rows(random.Random(seed), count, changed=changed)
    for r, row in enumerate(rows):
        if text_numbers:
            for name in NUMBERS:
                row[HEADERS.index(name)] = _number_text(row[HEADERS.index(name)])
        if rng.random() < 0.02:  # an image-only row: only the SPU
            rows[r] = [None, row[1], *[None] * (len(HEADERS) - 2)]
            continue
        for c, name in enumerate(HEADERS):
            if rng.random() >= rate:
                continue
            if name in TEXT:
                row[c] = rng.choice(ODD_TEXT.get(name, ["  odd  text ", "x" * 400]))
            elif text_numbers:
                row[c] = rng.choice(ODD_NUMBER_TEXT + [_number_text(v) for v in (-1.0, 12.5)])
            else:
                row[c] = rng.choice(ODD_NUMBERS)
    return rows


def _table(rows: list[list], text_numbers: bool):
    import polars as pl

    from core.importing.header_row import RawTable

    def dtype(name):
        return pl.String if name in TEXT or text_numbers else pl.Float64

    frame = pl.DataFrame(
        {
            name: pl.Series(name, [r[c] for r in rows], dtype=dtype(name))
            for c, name in enumerate(HEADERS)
        }  # fmt: skip
    )
    return RawTable("messy.xlsx", "Sheet1", ["Sheet1"], 1, list(HEADERS), ColumnRows(frame),
                    list(range(2, len(rows) + 2)))  # fmt: skip


def _unique_codes(rows: list[list]) -> list[list]:
    """Rows whose SKU repeats an earlier one lose it (a repeat sends the table to the general
    path: tested on its own)."""
    seen = set()
    for row in rows:
        code = " ".join(str(row[0] or "").split())
        if code and code in seen:
            row[0] = None
        seen.add(code)
    return rows


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("text_numbers", [False, True])
def test_mixed_preview_equals_the_row_path(workspace, seed, text_numbers):
    rows = _unique_codes(_messy(seed, 400, text_numbers))
    plain, _general = _agree(workspace, _table(rows, text_numbers), currency="USD")
    assert plain.rejected and plain.skipped and plain.warned_rows()  # odd rows of each kind
    assert len(plain.new) > 300  # and the plain ones stayed columns


@pytest.mark.parametrize("text_numbers", [False, True])
def test_mixed_apply_writes_what_the_row_path_writes(workspace, text_numbers):
    rows = _unique_codes(_messy(5, 300, text_numbers))
    by_rows, by_columns = _apply_both_ways(workspace, _table(rows, text_numbers), currency="USD")
    assert by_columns == by_rows
    assert len(by_columns[0]) > 250


def test_mixed_reimport_with_changes_agrees_and_applies_the_same(workspace):
    from core.importing.apply import apply_import

    first = _table(_unique_codes(_messy(6, 300, False, rate=0.0)), False)
    apply_import(workspace, _preview(workspace, first, True, currency="USD"))
    again = _table(_unique_codes(_messy(6, 300, False, changed=True)), False)
    plain, _general = _agree(workspace, again, currency="USD")
    counts = plain.counts()
    assert counts["changed"] > 30 and counts["unchanged"] > 30 and counts["rejected"] > 0
    by_rows, by_columns = _apply_both_ways(workspace, again, currency="USD")
    assert by_columns == by_rows


def test_rejected_rows_hand_product_fields_down_as_the_row_path_does(workspace):
    rows = _rows(random.Random(8), 30)
    for row in rows:
        row[1] = "TP-ONE"  # one SPU
        row[2] = row[3] = row[4] = None
    rows[0][0] = "x" * 300  # the first row is rejected (code too long) but names the product
    rows[0][2], rows[0][3], rows[0][4] = "First name", "Pet", "Brandy"
    rows[4][2] = "Later name"
    plain, _general = _agree(workspace, _table(rows, False), currency="USD")
    assert plain.rejected[0].values["product_name"] == "First name"
    assert plain.products["TP-ONE"]["product_name"] == "First name"


def test_a_cell_listing_several_skus_agrees(workspace):
    rows = _rows(random.Random(9), 40)
    rows[6][0] = "LIST-1, LIST-2, LIST-3"
    rows[6][8] = 30.0  # a stock for all three: the row path warns once
    rows[20][0] = "LIST-4; LIST-5"
    plain, _general = _agree(workspace, _table(rows, False), currency="USD")
    codes = {row.sku_code for row in plain.new}
    assert {"LIST-1", "LIST-2", "LIST-3", "LIST-4", "LIST-5"} <= codes
    by_rows, by_columns = _apply_both_ways(workspace, _table(rows, False), currency="USD")
    assert by_columns == by_rows


def test_an_odd_row_repeating_a_plain_code_takes_the_row_path(workspace):
    rows = _rows(random.Random(10), 40)
    rows[12][0] = "  " + rows[3][0] + " "  # odd (padded) and, once cleaned, row 5's code
    preview = _preview(workspace, _table(rows, False), True, currency="USD")
    assert not isinstance(preview.new, PlainRows)


@pytest.mark.parametrize("name", REAL_FILES or ["(no fixtures)"])
def test_real_files_apply_the_same_by_columns_and_by_rows(name, workspace):
    if not REAL_FILES:
        pytest.skip("real fixtures not available")
    table = _product_table(REAL_FIXTURES / name)
    mapping = auto_map(table.headers, PRODUCT_FIELDS) if table is not None else {}
    if table is None or "sku_code" not in mapping:
        pytest.skip("not a product file")
    columns = _preview(workspace, table, True, currency="USD")
    if not isinstance(columns.new, PlainRows):
        pytest.skip("takes the row path (a list table, WooCommerce, a template, repeated codes)")
    by_rows, by_columns = _apply_both_ways(workspace, table, currency="USD")
    assert by_columns == by_rows


def test_the_real_shopify_template_keeps_its_plain_rows_as_columns(workspace):
    from tests.conftest import real_file

    table = _product_table(real_file("shopify-product-template", "product_template.csv"))
    columns = _preview(workspace, table, True, currency="USD")
    assert isinstance(columns.new, PlainRows)  # one odd row no longer sends the table away
    by_rows = _preview(workspace, table, False, currency="USD")
    assert columns.counts() == by_rows.counts()
