"""The column-wise fast path (core/importing/fast_rows.py) and clean_row must agree.

The fast path only takes rows it is sure about and leaves the rest to clean_row; these tests
check, row by row, that every row it takes gets exactly what clean_row gives it (and that
clean_row has no error or warning for it), and that whole previews are identical with and
without the fast path: on every real product file in the fixtures and on generated messy files.
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime
from pathlib import Path

import pytest

import core.importing.products as products
from core.importing.currencies import file_hint, rows_without_currency
from core.importing.errors import ImportFileError
from core.importing.fast_rows import clean_columns
from core.importing.fields import PRODUCT_FIELDS
from core.importing.kinds import refuse_if_no_rows, refuse_if_not_products
from core.importing.mapping import auto_map, unit_factors
from core.importing.products import preview_products
from core.importing.readers import RawTable, read_table
from core.importing.validate import clean_row, location
from tests.conftest import REAL_FIXTURES

REAL_FILES = sorted(
    p.relative_to(REAL_FIXTURES).as_posix()
    for p in REAL_FIXTURES.rglob("*")
    if p.is_file() and p.suffix.lower() in {".csv", ".xlsx", ".tsv", ".txt"}
) if REAL_FIXTURES.exists() else []  # fmt: skip


def _product_table(path: Path) -> RawTable | None:
    try:
        table = read_table(path)
        refuse_if_not_products(table)
        refuse_if_no_rows(table)
    except ImportFileError:
        return None  # orders, ads, reviews...: not product files
    return table


def _agree_row_by_row(table: RawTable, mapping: dict[str, int], currency: str) -> int:
    """Every row the fast path takes gets clean_row's values; returns how many it took."""
    headers = {key: table.headers[col] for key, col in mapping.items()}
    factors = unit_factors(table.headers, mapping, PRODUCT_FIELDS)
    sheet = location(table.file_name, table.sheet)
    fast = clean_columns(table.rows, mapping, factors, currency)
    taken = 0
    for cells, number, values in zip(table.rows, table.row_numbers, fast, strict=True):
        if values is None:
            continue
        taken += 1
        raw = {key: cells[col] for key, col in mapping.items()}
        general, errors, warnings = clean_row(raw, headers, sheet, number, factors, currency)
        assert (errors, warnings) == ([], []), (number, raw)
        assert values == general, (number, raw)
        assert list(values) == list(general), (number, raw)  # same order too
    return taken


def _described(preview) -> list:
    def rows(group):
        return [
            (
                r.row_number,
                r.sku_code,
                r.values,
                r.changes,
                [m.render() for m in r.messages],
                [m.render() for m in r.warnings],
                r.spu_code,
                r.file_code,
            )
            for r in group
        ]

    return [
        rows(preview.new),
        rows(preview.changed),
        rows(preview.unchanged),
        rows(preview.rejected),
        preview.products,
        preview.counts(),
        preview.zero_costs,
        preview.shared_codes,
        preview.currencies,
    ]


def _previews_agree(workspace, table: RawTable, mapping: dict[str, int], monkeypatch) -> None:
    with workspace.session() as session:
        fast = preview_products(session, table, mapping, currency="USD")
    with monkeypatch.context() as patch:
        patch.setattr(products, "clean_columns", lambda rows, *_args: [None] * len(rows))
        patch.setattr(products, "PLAIN_PATH", False)  # core/importing/plain.py: columns
        with workspace.session() as session:
            general = preview_products(session, table, mapping, currency="USD")
    assert _described(fast) == _described(general)


@pytest.mark.parametrize("name", REAL_FILES or ["(no fixtures)"])
def test_fast_path_agrees_on_real_files(name, workspace, monkeypatch):
    if not REAL_FILES:
        pytest.skip("real fixtures not available")
    table = _product_table(REAL_FIXTURES / name)
    mapping = auto_map(table.headers, PRODUCT_FIELDS) if table is not None else {}
    if table is None or "sku_code" not in mapping:
        pytest.skip("not a product file")
    currency = file_hint(table, mapping).code or "USD"
    _agree_row_by_row(table, mapping, currency)
    _previews_agree(workspace, table, mapping, monkeypatch)


def test_the_real_shopify_export_mostly_takes_the_fast_path():
    from tests.conftest import real_file

    table = read_table(real_file("shopify-products-export-real", "products_export_1.csv"))
    mapping = auto_map(table.headers, PRODUCT_FIELDS)
    taken = _agree_row_by_row(table, mapping, "USD")
    with_sku = sum(1 for cells in table.rows if cells[mapping["sku_code"]].strip())
    assert with_sku == 5295  # its variants; the other rows carry more images of a product
    assert taken > 0.9 * with_sku  # else the fast path would be no faster


HEADERS = ["SKU", "SPU", "Product name", "Category", "Brand", "Cost", "Cost currency", "Price",
           "Currency", "List price", "Weight (kg)", "Length (cm)", "Stock", "Barcode",
           "Option1 name", "Option1 value", "Variant"]  # fmt: skip


def _messy(rng: random.Random, column: str, row: int):
    """A plain cell most of the time, else one of the odd shapes real files hold."""
    plain = {
        "SKU": f"SK-{row:05d}",
        "SPU": f"SP-{row // 3}",
        "Product name": f"Lamp {row // 3}",
        "Category": "Home",
        "Brand": "Lumo",
        "Cost": 3.5 + row % 7,
        "Cost currency": "",
        "Price": f"{10 + row % 9}.99",
        "Currency": "USD",
        "List price": 20,
        "Weight (kg)": 0.25,
        "Length (cm)": "12",
        "Stock": row % 40,
        "Barcode": f"69{row:011d}",
        "Option1 name": "Colour",
        "Option1 value": ["Red", "Blue", "Black"][row % 3],
        "Variant": "",
    }[column]
    if rng.random() < 0.75:
        return plain
    odd = [
        "", " ", None, "  padded  text ", "two  spaces", "'0123", "A\u00a0B", "x" * 300,
        "SK-1,SK-2", "SK-3; SK-4", 12.0, 12.5, 7, True, False, math.nan, math.inf, -1, 0, 0.0,
        "0", "-3", "+4", "1e5", "1,356.00", "12,5", "$12.99", "US$ 5", "¥35", "12 USD",
        "€3,50", "(5)", "abc", "1 000", "usd", "eur ", "$", "XXX", "3.65E+11", 365000000000.0,
        6901234567890.0, "012345678901", "12345678901.00", "٥", "१२", datetime(2024, 5, 1, 8),
        date(2024, 5, 1), 1e20, 2.5e-7, 100_000_001, "Colour: Red; Size: M", '{"Size": "L"}',
        "Default Title", "Title", f"SK-{row - 1:05d}",
    ]  # fmt: skip
    return rng.choice(odd)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fast_path_agrees_on_generated_messy_files(seed, workspace, monkeypatch):
    rng = random.Random(seed)
    rows = [[_messy(rng, column, r) for column in HEADERS] for r in range(1500)]
    table = RawTable(f"messy-{seed}.csv", "", [], 1, HEADERS, rows, list(range(2, 1502)))
    mapping = auto_map(HEADERS, PRODUCT_FIELDS)
    assert {"sku_code", "cost_currency", "price_currency", "weight_g", "barcode"} <= set(mapping)
    for currency in ("USD", "", "CAD"):
        taken = _agree_row_by_row(table, mapping, currency)
        assert 0 < taken < len(rows)  # both paths are exercised
    _previews_agree(workspace, table, mapping, monkeypatch)


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True


NUMERIC = ["Cost", "List price", "Weight (g)", "Stock", "Barcode", "Price"]
NUMBERS = [None, 3.5, 12.0, 0.0, -1.0, 1e20, 2.5e-7, 6901234567890.0, 365000000000.0,
           100_000_001.0, math.inf, -math.inf, 7.0, 12.5, 1e15, -0.0]  # fmt: skip


def _as_csv_text(value) -> str:
    """The cell as a CSV holds it (every cell text)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value)) if random.random() < 0.5 else str(value)
    return str(value)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("numeric", [False, True])
def test_the_columnar_fast_path_agrees_on_messy_columns(seed, numeric):
    """clean_columns on a table of columns (polars, core/importing/fast_frame.py) gives what
    the list path gives, and what clean_row gives, row by row and key by key."""
    import polars as pl

    from core.importing.column_rows import ColumnRows
    from core.importing.fast_frame import clean_frame, clean_frame_columns
    from core.importing.fast_rows import clean_lists

    rng = random.Random(seed)
    random.seed(seed)
    headers = [("Weight (g)" if h == "Weight (kg)" else h) for h in HEADERS]
    rows = [[_messy(rng, h if h != "Weight (g)" else "Weight (kg)", r) for h in headers]
            for r in range(1500)]  # fmt: skip
    columns = {}
    for i, header in enumerate(headers):
        if numeric and header in NUMERIC:
            cells = [v if isinstance(v, float) else rng.choice(NUMBERS) for v in
                     (row[i] for row in rows)]  # fmt: skip
            columns[f"c{i}"] = pl.Series(cells, dtype=pl.Float64)
        else:
            cells = [None if v is None and rng.random() < 0.5 else _as_csv_text(v)
                     for v in (row[i] for row in rows)]  # fmt: skip
            columns[f"c{i}"] = pl.Series(cells, dtype=pl.String)
    frame_rows = ColumnRows(pl.DataFrame(columns))
    table = RawTable("messy.csv", "", [], 1, headers, frame_rows, list(range(2, 1502)))  # type: ignore[arg-type]
    mapping = auto_map(headers, PRODUCT_FIELDS)
    assert unit_factors(headers, mapping, PRODUCT_FIELDS) == {} or all(
        f == 1.0 for f in unit_factors(headers, mapping, PRODUCT_FIELDS).values()
    )
    # the currency check by column counts what the row loop counts
    as_lists = RawTable("messy.csv", "", [], 1, headers, list(frame_rows), table.row_numbers)
    for keys in (("price", "cost", "price_currency", "cost_currency"), ("price", "cost")):
        partial = {k: v for k, v in mapping.items() if k in keys or k == "sku_code"}
        expected = rows_without_currency(as_lists, partial)
        assert rows_without_currency(table, partial) == expected > 0
    for currency in ("USD", "", "CAD"):
        by_frame = clean_frame(frame_rows, mapping, currency)
        by_lists = clean_lists(frame_rows, mapping, {}, currency)
        for number, mine, theirs in zip(table.row_numbers, by_frame, by_lists, strict=True):
            if mine is not None:  # the frame path may leave more rows to clean_row, not fewer
                assert theirs is not None and list(mine.items()) == list(theirs.items()), number
        # The same rows as columns (what the plan reads): a null is a key the row lacks.
        columns = clean_frame_columns(frame_rows, mapping, currency)
        assert columns is not None and columns.columns[0] == "__index"
        assert columns.height == sum(v is not None for v in by_frame) > 0
        for index, *cells in columns.iter_rows():
            values = {
                k: v for k, v in zip(columns.columns[1:], cells, strict=True) if v is not None
            }
            assert by_lists[index] is not None and list(values.items()) == list(
                by_lists[index].items()
            ), table.row_numbers[index]
        taken = _agree_row_by_row(table, mapping, currency)
        assert 0 < taken
        assert taken >= 0.5 * sum(v is not None for v in by_lists)
