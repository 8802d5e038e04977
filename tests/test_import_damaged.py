"""Issue 6.7 and 6.8: a damaged optional cell is left empty with a warning (only a damaged SKU
code rejects its row), and the preview says which expected fields stayed unmapped while
columns of the file go unread. Expected values are read from the real files with csv."""

from __future__ import annotations

import csv
from decimal import Decimal

from core.cli import main
from core.importing.fields import PRODUCT_FIELDS
from core.importing.mapping import auto_map
from core.importing.products import preview_products
from core.importing.readers import read_table
from tests.conftest import real_file

BOTH_ENGINES = True


def csv_rows(path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def preview_of(workspace, path, currency=None):
    table = read_table(path)
    with workspace.session() as session:
        return preview_products(session, table, auto_map(table.headers, PRODUCT_FIELDS),
                                currency=currency)  # fmt: skip


def test_barcode_excel_rounded_in_a_real_file_keeps_the_row(workspace, tmp_path):
    headers, rows = csv_rows(real_file("shopify-product-template", "product_template.csv"))
    damaged = next(i for i, r in enumerate(rows) if r["Handle"] == "example-pants")
    original = dict(rows[damaged])
    rows[damaged]["Variant Barcode"] = "3.65E+11"  # what Excel shows after rounding it
    rows[damaged + 1]["Variant Weight Unit"] = "g"
    rows[damaged + 1]["Variant Grams"] = "heavy"  # a damaged weight: also only a warning
    path = tmp_path / "products_from_excel.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, headers)
        writer.writeheader()
        writer.writerows(rows)
    preview = preview_of(workspace, path)
    assert preview.rejected == []
    by_code = {row.sku_code: row for row in preview.new}
    row = by_code[original["Variant SKU"]]
    assert "barcode" not in row.values
    assert Decimal(str(row.values["price"])) == Decimal(original["Variant Price"])
    assert Decimal(str(row.values["cost"])) == Decimal(original["Cost per item"])
    assert row.values["stock_qty"] == int(original["Variant Inventory Qty"])
    text = " ".join(m.render() for m in row.warnings)
    # the CSV's row number as Excel shows it: the header is row 1
    assert f"“products_from_excel.csv”, row {damaged + 2}, column Variant Barcode" in text
    assert "'3.65E+11'" in text and "left empty" in text
    heavy = by_code[rows[damaged + 1]["Variant SKU"]]
    assert "weight_g" not in heavy.values and "price" in heavy.values
    assert "column Variant Grams: 'heavy' is not a number" in heavy.warnings[0].render()


def test_etsy_says_cost_is_not_mapped_and_lists_unread_columns(workspace, capsys):
    path = real_file("etsy-listings-en", "EtsyListingsDownload.csv")
    headers, rows = csv_rows(path)
    assert not any("cost" in h.lower() for h in headers)  # Etsy has no purchase cost
    preview = preview_of(workspace, path)
    assert preview.unmapped_fields == ["cost"]
    filled = [h for h in headers if any(r[h].strip() for r in rows)]
    for header in ("DESCRIPTION", "TAGS", "MATERIALS", "IMAGE1"):
        assert header in filled and header in preview.unmapped_columns
    assert set(preview.unmapped_columns) <= set(filled)
    for header in ("SKU", "PRICE", "QUANTITY", "TITLE", "CURRENCY_CODE"):
        assert header not in preview.unmapped_columns
    ws_path = workspace.location
    workspace.close()
    assert main(["--lang", "en", "import", "products", ws_path, str(path)]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("Not mapped: "))
    assert line.startswith(
        "Not mapped: Cost (purchase price). Columns with values that are not imported:"
    )
    assert "DESCRIPTION, TAGS, MATERIALS, IMAGE1" in line


def test_nothing_is_said_when_every_expected_field_is_mapped(workspace, capsys):
    path = real_file("shopify-product-template", "product_template.csv")
    preview = preview_of(workspace, path)
    assert preview.unmapped_fields == []
    assert "Body (HTML)" in preview.unmapped_columns  # listed for the wizard all the same
    ws_path = workspace.location
    workspace.close()
    assert main(["--lang", "en", "import", "products", ws_path, str(path)]) == 0
    assert "Not mapped" not in capsys.readouterr().out


def test_woocommerce_structure_columns_are_not_called_unread(workspace):
    path = real_file("woocommerce-sample", "sample_products.csv")
    headers, rows = csv_rows(path)
    preview = preview_of(workspace, path, currency="EUR")
    for header in ("Type", "ID", "Parent", "In stock?", "Regular price"):
        assert header in headers and header not in preview.unmapped_columns
    assert "Description" in preview.unmapped_columns
    assert preview.unmapped_fields == ["cost"]  # WooCommerce has no purchase cost column
