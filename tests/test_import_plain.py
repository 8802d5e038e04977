"""A plain table previewed and applied as columns (core/importing/plain.py) must give what the
general path gives: the same preview row by row (new, changed, unchanged, the product fields,
zero costs, currencies) and the same catalog and change log once applied, on both engines.

The tables are generated: fill-down left to later rows of an SPU, rows without an SPU, options
and variant text, zero and empty costs, several currencies and none, and a second file that
changes prices, names, categories, brands and variants, moves SKUs to other SPUs and adds new
ones (the columns are built as the columnar reader hands them over: text as text, numbers as
floats).
"""

from __future__ import annotations

import json
import random

import polars as pl
import pytest
from sqlalchemy import select

import core.importing.products as products
from core.importing.apply import apply_import
from core.importing.column_rows import ColumnRows
from core.importing.fields import PRODUCT_FIELDS
from core.importing.header_row import RawTable
from core.importing.history import undo_import
from core.importing.mapping import auto_map
from core.importing.plain import PlainRows
from core.importing.products import ImportChoices, preview_products
from core.models import Category, ImportChange, Product, Sku, table_of
from tests.test_import_fast_path import _described

BOTH_ENGINES = True

HEADERS = ["SKU", "SPU", "Product name", "Category", "Brand", "Cost", "Price", "Currency",
           "Stock", "Weight (g)", "Barcode", "Option1 name", "Option1 value", "Option2 name",
           "Option2 value", "Variant", "Supplier note"]  # fmt: skip
TEXT = {"SKU", "SPU", "Product name", "Category", "Brand", "Currency", "Barcode", "Option1 name",
        "Option1 value", "Option2 name", "Option2 value", "Variant", "Supplier note"}  # fmt: skip


def _rows(rng: random.Random, count: int, start: int = 0, changed: bool = False) -> list[list]:
    rows = []
    for i in range(start, start + count):
        spu = i // 3
        first = i % 3 == 0
        maybe = rng.random
        price = round(5 + rng.random() * 50, 2)
        if changed and i % 4 == 1:
            price = round(price + 3, 2)
        rows.append([
            f"T{i:05d}",
            None if spu % 7 == 3 else (f"TP{spu // 2 if changed and i % 9 == 4 else spu:04d}"),
            (f"Thing {spu}" + (" new" if changed and spu % 5 == 1 else ""))
            if first or maybe() < 0.3 else None,
            # spellings of one category: the first in SPU code order names it on both paths
            ["Home", "Pet", "Toys", "home", "STRASSE", "Straße"][spu % 6]
            if first or maybe() < 0.2 else None,
            (f"Brand{spu % 4}" + ("x" if changed and spu % 6 == 2 else ""))
            if maybe() < 0.7 else None,
            0.0 if i % 11 == 5 else (None if i % 13 == 2 else round(2 + rng.random() * 9, 2)),
            price,
            ["USD", "EUR", None, "usd"][i % 4],
            None if i % 5 == 0 else float(rng.randint(0, 300)),
            float(rng.randint(20, 900)),
            None if i % 6 == 0 else f"690{i:09d}",
            "Colour" if first or maybe() < 0.3 else None,
            ["Black", "Red", "Blue"][i % 3] if not (changed and i % 8 == 2) else "Green",
            "Size" if i % 2 else None,
            ["S", "M"][i % 2] if i % 2 else None,
            "Material: cotton" if i % 10 == 7 else None,
            f"note {rng.randint(1, 9)}",
        ])  # fmt: skip
    return rows


def _table(rows: list[list]) -> RawTable:
    columns = {
        name: pl.Series(name, [r[c] for r in rows], dtype=pl.String if name in TEXT else pl.Float64)
        for c, name in enumerate(HEADERS)
    }
    frame = pl.DataFrame(columns)
    return RawTable("things.xlsx", "Sheet1", ["Sheet1"], 1, list(HEADERS), ColumnRows(frame),
                    list(range(2, len(rows) + 2)))  # fmt: skip


def _preview(workspace, table, plain: bool, real_zero: bool = False, currency=None):
    mapping = auto_map(table.headers, PRODUCT_FIELDS)
    choices = ImportChoices(zero_cost_is_real=real_zero)
    products.PLAIN_PATH = plain
    try:
        with workspace.session() as session:
            return preview_products(session, table, mapping, currency=currency, choices=choices)
    finally:
        products.PLAIN_PATH = True


def _agree(workspace, table, **options):
    plain = _preview(workspace, table, True, **options)
    general = _preview(workspace, table, False, **options)
    assert isinstance(plain.new, PlainRows)  # the column path was taken
    assert not isinstance(general.new, PlainRows)
    assert _described(plain) == _described(general)
    assert [w.render() for w in plain.all_warnings()] == [
        w.render() for g in (general.new, general.changed, general.unchanged, general.rejected)
        for r in g for w in r.warnings
    ]  # fmt: skip
    return plain, general


def test_the_generated_table_is_mapped_and_plain():
    table = _table(_rows(random.Random(1), 30))
    mapping = auto_map(table.headers, PRODUCT_FIELDS)
    assert {"sku_code", "spu_code", "product_name", "category", "brand", "cost", "price",
            "price_currency", "stock_qty", "weight_g", "barcode", "option1_name",
            "option2_value", "variant"} <= set(mapping)  # fmt: skip


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("real_zero", [False, True])
def test_plain_preview_equals_the_general_one_on_a_new_catalog(workspace, seed, real_zero):
    table = _table(_rows(random.Random(seed), 300))
    plain, _general = _agree(workspace, table, real_zero=real_zero, currency="GBP")
    assert len(plain.new) == 300 and plain.zero_costs > 0
    assert plain.currencies.price["GBP"] > 0  # rows naming no currency take the chosen one


def _dump(workspace) -> tuple[dict, dict, list]:
    sku, product, change = table_of(Sku), table_of(Product), table_of(ImportChange)
    with workspace.session() as session:
        conn = session.connection()
        spus = dict(conn.execute(select(product.c.id, product.c.spu_code)).all())
        codes = dict(conn.execute(select(sku.c.id, sku.c.sku_code)).all())
        skus = {
            r["sku_code"]: {**{k: v for k, v in r.items() if k not in ("id", "product_id")},
                            "spu": spus[r["product_id"]]}
            for r in conn.execute(select(sku)).mappings()
        }  # fmt: skip
        category = table_of(Category)  # ids of categories made again differ on a server
        kinds = dict(conn.execute(select(category.c.id, category.c.name)).all())
        names = {
            r["spu_code"]: {**{k: v for k, v in r.items() if k not in ("id", "category_id")},
                            "category": kinds.get(r["category_id"])}
            for r in conn.execute(select(product)).mappings()
        }  # fmt: skip
        log = []
        for r in conn.execute(select(change).order_by(change.c.id)).mappings():
            after = json.loads(r["after"] or "{}")
            after.pop("product_id", None)
            before = json.loads(r["before"]) if r["before"] else None
            if isinstance(before, dict):
                before.pop("product_id", None)
            key = {"sku": codes, "product": spus, "category": kinds}[r["table_name"]].get(
                r["row_id"]
            )
            for values in (after, before):
                if isinstance(values, dict) and "category_id" in values:
                    values["category_id"] = kinds.get(values["category_id"])
            log.append((r["table_name"], r["action"], key, before, after))
    for values in skus.values():
        for name in ("changed_at", "changed_by", "version"):
            values.pop(name, None)
    return skus, names, sorted(log, key=repr)


def _apply_both_ways(workspace, table, **options) -> tuple:
    """Apply the general preview, note the result, undo it, apply the plain one: both notes."""
    general = _preview(workspace, table, False, **options)
    batch = apply_import(workspace, general)
    first = _dump(workspace)
    undo_import(workspace, batch.id)
    plain = _preview(workspace, table, True, **options)
    assert isinstance(plain.new, PlainRows)
    apply_import(workspace, plain)
    return first, _dump(workspace)


def test_plain_apply_writes_what_the_general_apply_writes(workspace):
    table = _table(_rows(random.Random(4), 240))
    by_general, by_plain = _apply_both_ways(workspace, table, currency="USD")
    assert by_plain == by_general
    skus, _names, log = by_plain
    assert len(skus) == 240 and sum(1 for item in log if item[0] == "sku") == 240


def test_reimport_with_changes_agrees_and_applies_the_same(workspace):
    rng = random.Random(5)
    apply_import(workspace, _preview(workspace, _table(_rows(rng, 240)), True, currency="USD"))
    again = _table(_rows(random.Random(5), 240, changed=True) + _rows(rng, 30, start=240))
    plain, _general = _agree(workspace, again, currency="USD")
    counts = plain.counts()
    assert counts["new"] == 30 and counts["changed"] > 20 and counts["unchanged"] > 20
    assert any("spu_code" in row.changes for row in plain.changed)  # SKUs moved to other SPUs
    assert any("variant" in row.changes for row in plain.changed)
    by_general, by_plain = _apply_both_ways(workspace, again, currency="USD")
    assert by_plain == by_general


def test_undo_of_a_plain_import_removes_it(workspace):
    table = _table(_rows(random.Random(6), 90))
    preview = _preview(workspace, table, True, currency="USD")
    assert isinstance(preview.new, PlainRows)
    batch = apply_import(workspace, preview)
    with workspace.session() as session:
        assert len(session.connection().execute(select(table_of(Sku).c.id)).all()) == 90
    undo_import(workspace, batch.id)
    with workspace.session() as session:
        assert session.connection().execute(select(table_of(Sku).c.id)).all() == []


def test_a_table_with_a_repeated_code_takes_the_general_path(workspace):
    rows = _rows(random.Random(7), 40)
    repeated = [list(r) for r in rows] + [list(rows[3])]
    preview = _preview(workspace, _table(repeated), True, currency="USD")
    assert not isinstance(preview.new, PlainRows)
    assert preview.rejected  # the repeat, as shared_codes words it


def test_a_table_with_an_odd_row_keeps_its_plain_rows_as_columns(workspace):
    rows = _rows(random.Random(7), 40)
    rows[5][6] = -5.0  # a price below zero: clean_row words it (tests/test_import_mixed.py)
    plain, _general = _agree(workspace, _table(rows), currency="USD")
    assert isinstance(plain.new, PlainRows) and len(plain.new) == 40
    odd = next(row for row in plain.new if row.row_number == 7)
    assert "price" not in odd.values and odd.warnings  # what clean_row said, kept with the row


def test_rows_read_one_at_a_time_are_the_rows_read_all_at_once(workspace):
    table = _table(_rows(random.Random(8), 60))
    plain = _preview(workspace, table, True, currency="USD")
    general = _preview(workspace, table, False, currency="USD")
    alone = [plain.new[i] for i in (5, -1, 0)]
    assert [r.row_number for r in alone] == [7, 61, 2]
    assert plain.new[5] is alone[0]  # made once, then kept
    rows = list(plain.new)
    assert rows[5] is alone[0] and rows[-1] is alone[1]
    assert _described(plain) == _described(general)
    assert plain.new.present() == {key for row in general.new for key in row.values}
    assert plain.warned_rows() == general.warned_rows() > 0


def test_the_preview_table_shows_rows_kept_as_columns(workspace, qtmodeltester):
    from ui.models.import_preview_model import ImportPreviewModel

    table = _table(_rows(random.Random(9), 50))
    plain = _preview(workspace, table, True, currency="USD")
    general = _preview(workspace, table, False, currency="USD")
    shown = ImportPreviewModel("new")
    shown.set_preview(plain)
    qtmodeltester.check(shown)
    expected = ImportPreviewModel("new")
    expected.set_preview(general)
    assert shown.rowCount() == expected.rowCount() == 50
    assert shown.columnCount() == expected.columnCount()
    cells = [[shown.index(r, c).data() for c in range(shown.columnCount())] for r in range(50)]
    assert cells == [
        [expected.index(r, c).data() for c in range(expected.columnCount())] for r in range(50)
    ]


def test_option_cells_holding_the_combination_separators_agree(workspace):
    rows = _rows(random.Random(10), 40)
    rows[4][12] = "Black\x00"  # NUL: the variant step's mark of an empty cell
    rows[7][12] = "\x00"
    plain, _general = _agree(workspace, _table(rows), currency="USD")
    assert len(plain.new) == 40


def test_full_columns_and_no_spu_column_agree(workspace):
    rows = [[r[0], None, f"Name {i}", "Home", "B", 3.0, 9.5, "USD", 1.0, 10.0, None, "Colour",
             "Red", None, None, None, "n"] for i, r in enumerate(_rows(random.Random(11), 30))]  # fmt: skip
    table = _table(rows)
    table.headers[1] = "Internal ref"  # no SPU column: the name is the product
    plain, _general = _agree(workspace, table, currency="USD")
    assert {row.spu_code for row in plain.new} == {f"Name {i}" for i in range(30)}


def test_a_file_without_product_fields_applies_alike(workspace):
    """No product name, category or brand column: a new product is named by its code, with
    no category and no brand, on both paths."""
    table = _table(_rows(random.Random(12), 60))
    for i, name in enumerate(table.headers):
        if name in ("Product name", "Category", "Brand"):
            table.headers[i] = f"Note {i}"
    by_general, by_plain = _apply_both_ways(workspace, table, currency="USD")
    assert by_plain == by_general
    _skus, products, _log = by_plain
    assert products and all(
        p["name"] == code and p["category"] is None and p["brand"] == ""
        for code, p in products.items()
    )
