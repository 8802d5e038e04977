"""WooCommerce structure on its own sample export: variable and grouped parents are products,
variations their SKUs with the parent's name, category, weight and size; an active sale price
sells, attributes become options."""

from __future__ import annotations

import csv
import json
from datetime import date

from sqlmodel import select

from core.cli import main
from core.importing.apply import apply_import
from core.importing.mapping import auto_map
from core.importing.products import preview_products
from core.importing.readers import read_table
from core.importing.woocommerce import read_structure, sale_price_on
from core.models import Category, Product, Sku
from tests.conftest import real_file

WOO = ("woocommerce-sample", "sample_products.csv")
LB = 453.59237  # grams in a pound (the file gives Weight (lbs))
INCH = 2.54


def file_rows(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def imported(workspace):
    path = real_file(*WOO)
    table = read_table(path)
    with workspace.session() as session:
        preview = preview_products(session, table, auto_map(table.headers), currency="USD")
    apply_import(workspace, preview)
    with workspace.session() as session:
        categories = {c.id: c.name for c in session.exec(select(Category)).all()}
        products = {p.id: p for p in session.exec(select(Product)).all()}
        skus = {s.sku_code: s for s in session.exec(select(Sku)).all()}
    return preview, categories, products, skus


def test_parents_are_products_and_variations_their_skus(workspace):
    rows = file_rows(real_file(*WOO))
    parents = [r for r in rows if r["Type"] in ("variable", "grouped")]
    sellable = [r for r in rows if r["Type"] not in ("variable", "grouped")]
    by_sku = {r["SKU"]: r for r in rows}
    by_id = {f"id:{r['ID']}": r for r in rows}
    preview, categories, products, skus = imported(workspace)
    assert preview.parent_rows == len(parents) and preview.rejected == []
    assert set(skus) == {r["SKU"] for r in sellable}  # no priceless parent SKU
    by_code = {p.spu_code: p for p in products.values()}
    for parent in parents:
        product = by_code[parent["SKU"]]
        assert product.name == parent["Name"]
        assert categories[product.category_id] == parent["Categories"]
    variations = [r for r in rows if r["Type"] == "variation"]
    assert variations
    for row in variations:
        parent = by_sku.get(row["Parent"]) or by_id[row["Parent"]]
        sku = skus[row["SKU"]]
        product = products[sku.product_id]
        assert product.spu_code == parent["SKU"] and product.name == parent["Name"]
        assert categories[product.category_id] == parent["Categories"]
        weight = row["Weight (lbs)"] or parent["Weight (lbs)"]
        assert abs(sku.weight_g - float(weight) * LB) < 0.01
        for column, key in (("Length (in)", "length_cm"), ("Height (in)", "height_cm")):
            size = row[column] or parent[column]
            assert abs(getattr(sku, key) - float(size) * INCH) < 0.001
        options = {
            row[f"Attribute {n} name"]: row[f"Attribute {n} value(s)"]
            for n in (1, 2)
            if row[f"Attribute {n} value(s)"]
        }
        assert json.loads(sku.variant) == options


def test_an_active_sale_price_sells_and_the_regular_price_is_the_list_price(workspace):
    rows = file_rows(real_file(*WOO))
    # the sample has no sale dates: every sale price given is in effect
    assert not any(r["Date sale price starts"] or r["Date sale price ends"] for r in rows)
    on_sale = [r for r in rows if r["Sale price"]]
    assert on_sale
    _preview, _categories, _products, skus = imported(workspace)
    for row in rows:
        if row["SKU"] in skus:
            expected = row["Sale price"] or row["Regular price"]
            assert skus[row["SKU"]].price == float(expected), row["SKU"]
            assert skus[row["SKU"]].list_price == float(row["Regular price"]), row["SKU"]


def test_sale_dates_decide_whether_the_sale_price_sells():
    headers = ["Type", "SKU", "Parent", "Sale price", "Regular price", "Date sale price starts",
               "Date sale price ends"]  # fmt: skip
    structure = read_structure(headers, [], {}, today=date(2026, 11, 30))
    assert structure is not None
    running = ["simple", "A", "", "8", "10", "2026-11-01 00:00:00", "2026-12-01 00:00:00"]
    over = ["simple", "B", "", "8", "10", "2026-10-01", "2026-11-01"]
    later = ["simple", "C", "", "8", "10", "2027-01-01", ""]
    assert sale_price_on(structure, running) and not sale_price_on(structure, over)
    assert not sale_price_on(structure, later)


def test_cli_says_what_happened_to_the_parents(workspace, capsys):
    path = workspace.location
    workspace.close()
    woo = str(real_file(*WOO))
    assert main(["--lang", "en", "import", "products", path, woo, "--currency", "USD"]) == 0
    parents = [r for r in file_rows(real_file(*WOO)) if r["Type"] in ("variable", "grouped")]
    assert f"WooCommerce:  {len(parents)} variable or grouped products" in capsys.readouterr().out


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
