"""Issue 6.1: the currencies of imported prices and costs come from the file (a currency column,
the market columns) or from the seller; never a silent default. Checked on the real seller
files, with the expected values read from them here with the csv module."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from sqlmodel import select

from core.cli import main
from core.currency import set_rate
from core.importing.apply import ImportRefused, apply_import
from core.importing.currencies import file_hint, market_currencies, rows_without_currency
from core.importing.fields import PRODUCT_FIELDS
from core.importing.mapping import auto_map
from core.importing.products import preview_products
from core.importing.readers import RawTable, read_table
from core.inventory.review import review_catalog
from core.models import Sku
from core.workspace import open_workspace
from tests.conftest import real_file

TEMPLATE = ("shopify-product-template", "product_template.csv")
SHOPIFY_REAL = ("shopify-products-export-real", "products_export_1.csv")
ETSY = ("etsy-listings-en", "EtsyListingsDownload.csv")
WOO = ("woocommerce-sample", "sample_products.csv")


def csv_rows(path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def read(path) -> tuple[RawTable, dict[str, int]]:
    table = read_table(path)
    return table, auto_map(table.headers, PRODUCT_FIELDS)


def skus_of(ws) -> dict[str, Sku]:
    with ws.session() as session:
        return {s.sku_code: s for s in session.exec(select(Sku))}


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_market_columns_name_the_currency():
    headers = ["Included / Canada", "Price / Canada", "Price / International", "Price"]
    assert market_currencies(headers) == (("CAD",), ("Included / Canada", "Price / Canada"))
    assert market_currencies(["Price / United States", "Included / Germany"])[0] == (
        "USD",
        "EUR",
    )
    assert market_currencies(["Price", "Cost per item"]) == ((), ())
    # market names are the seller's own, often in the admin's language
    assert market_currencies(["Included / Deutschland", "Price / États-Unis"])[0] == (
        "EUR",
        "USD",
    )
    assert market_currencies(["Included / 加拿大"])[0] == ("CAD",)


def test_shopify_template_jeans_cost_and_price_share_the_store_currency(tmp_path, capsys):
    path = real_file(*TEMPLATE)
    rows = [r for r in csv_rows(path) if r["Variant SKU"]]
    # The template's only country market is the United States ("International" is none).
    assert "Price / United States" in rows[0] and "Price / International" in rows[0]
    workspace = tmp_path / "shop.matrixdesk"
    assert cli(capsys, "new", str(workspace))[0] == 0
    code, out, _ = cli(capsys, "import", "products", str(workspace), str(path), "--apply")
    assert code == 0, out
    assert "Currencies: prices USD 16; costs USD 4 — USD from the market columns" in out
    ws = open_workspace(workspace)
    try:
        with ws.transaction() as session:
            set_rate(session, "USD", 7.2)  # the base is CNY: the margin must not depend on it
        stored = skus_of(ws)
        with ws.session() as session:
            review = {r.sku_code: r for r in review_catalog(session).skus}
    finally:
        ws.close()
    for row in rows:
        sku = stored[row["Variant SKU"]]
        assert (sku.price_currency, sku.cost_currency) == ("USD", "USD")
        assert Decimal(str(sku.price)) == Decimal(row["Variant Price"])
    jeans = next(r for r in rows if r["Handle"] == "example-pants")
    price, cost = Decimal(jeans["Variant Price"]), Decimal(jeans["Cost per item"])
    expected = (price - cost) / price  # (95 − 50) ÷ 95
    assert round(expected, 3) == Decimal("0.474")
    margin = review[jeans["Variant SKU"]].gross_margin
    assert margin == pytest.approx(float(expected), abs=1e-9)


def test_real_shopify_store_is_read_as_cad(workspace):
    path = real_file(*SHOPIFY_REAL)
    rows = csv_rows(path)
    countries = {h.split("/", 1)[1].strip() for h in rows[0] if h.startswith("Included /")}
    assert countries == {"Canada"}  # one market: the store sells in Canadian dollars
    table, mapping = read(path)
    assert file_hint(table, mapping).code == "CAD"
    with workspace.session() as session:
        preview = preview_products(session, table, mapping)
    assert preview.currencies.chosen == "CAD" and preview.currencies.missing == 0
    assert set(preview.currencies.price) == {"CAD"}
    # every variant arrives (sizes sharing a Variant SKU are keyed apart): match by barcode
    price_by_barcode = {}
    for row in rows:
        if row["Variant SKU"] and row["Variant Price"]:
            price_by_barcode[row["Variant Barcode"].lstrip("'")] = Decimal(row["Variant Price"])
    assert len(preview.new) == len(price_by_barcode)
    for row in preview.new:
        assert row.values["price_currency"] == "CAD"
        if "cost" in row.values:
            assert row.values["cost_currency"] == "CAD"
        assert Decimal(str(row.values["price"])) == price_by_barcode[row.values["barcode"]]


def test_etsy_currency_code_column_gives_each_row_its_currency(workspace):
    path = real_file(*ETSY)
    rows = csv_rows(path)
    # a cell may list several SKUs (one listing, many variants): each gets the row's currency
    expected = {
        code.strip(): r["CURRENCY_CODE"]
        for r in rows
        for code in r["SKU"].split(",")
        if code.strip()
    }
    table, mapping = read(path)
    assert table.headers[mapping["price_currency"]] == "CURRENCY_CODE"
    assert rows_without_currency(table, mapping) == 0
    hint = file_hint(table, mapping)
    assert (hint.code, hint.source) == (sorted(set(expected.values()))[0], "column")
    with workspace.session() as session:
        preview = preview_products(session, table, mapping)
    assert preview.currencies.missing == 0
    priced = [row for row in preview.new if "price" in row.values]
    assert len(priced) > len(rows)  # the listed SKUs arrived one by one
    for row in priced:
        assert row.values["price_currency"] == expected[row.sku_code]


def test_woocommerce_without_currency_is_refused_until_one_is_given(workspace, tmp_path, capsys):
    path = real_file(*WOO)
    rows = csv_rows(path)
    assert not any("currency" in h.lower() or "/" in h for h in rows[0])
    priced = [r for r in rows if r["Regular price"] or r["Sale price"]]
    table, mapping = read(path)
    assert file_hint(table, mapping).code == "" and rows_without_currency(table, mapping) > 0
    with workspace.session() as session:
        preview = preview_products(session, table, mapping)
    assert preview.currencies.missing > 0
    with pytest.raises(ImportRefused) as refused:
        apply_import(workspace, preview)
    assert "sample_products.csv" in refused.value.message.render()
    assert skus_of(workspace) == {}
    ws_path = workspace.location
    workspace.close()
    code, out, err = cli(capsys, "import", "products", ws_path, str(path))
    assert code == 1 and out == ""
    assert err.startswith("error: sample_products.csv: ") and "--currency CUR" in err
    code, out, err = cli(capsys, "import", "products", ws_path, str(path), "--currency", "E")
    assert code == 1 and '"E" is not a currency code' in err
    args = ("import", "products", ws_path, str(path), "--currency", "eur", "--apply")
    code, out, err = cli(capsys, *args)
    assert code == 0, err
    assert "Currencies: prices EUR" in out and "USD" not in out
    ws = open_workspace(ws_path)
    try:
        stored = skus_of(ws)
    finally:
        ws.close()
    with_price = [s for s in stored.values() if s.price is not None]
    assert len(with_price) >= len({r["SKU"] for r in priced if r["SKU"]}) - 5
    assert {s.price_currency for s in stored.values()} == {"EUR"}
    assert {s.cost_currency for s in stored.values()} == {"EUR"}
    # the same file again: nothing flips, nothing changes
    code, out, _ = cli(capsys, "import", "products", ws_path, str(path), "--currency", "EUR")
    assert code == 0 and " 0 new, 0 changed," in out.replace("Rows:      ", "")


def test_reimport_never_flips_existing_currencies_to_a_default(demo, tmp_path):
    with demo.session() as session:
        sku = session.exec(select(Sku).order_by(Sku.id)).first()
    assert sku.cost_currency != sku.price_currency  # the demo buys in CNY, sells in USD
    table = RawTable("stock.csv", "", [], 1, ["SKU", "Stock"], [[sku.sku_code, "7"]], [2])
    with demo.session() as session:
        preview = preview_products(session, table, auto_map(table.headers))
    assert preview.changed[0].changes == {"stock_qty": (sku.stock_qty, 7)}
    apply_import(demo, preview)
    table = RawTable("price.csv", "", [], 1, ["SKU", "Price"], [[sku.sku_code, "19.5"]], [2])
    with demo.session() as session:
        preview = preview_products(session, table, auto_map(table.headers), currency="EUR")
    assert preview.changed[0].changes == {
        "price": (sku.price, 19.5),
        "price_currency": (sku.price_currency, "EUR"),
    }
    apply_import(demo, preview)
    after = skus_of(demo)[sku.sku_code]
    assert (after.cost, after.cost_currency) == (sku.cost, sku.cost_currency)
    assert (after.price, after.price_currency, after.stock_qty) == (19.5, "EUR", 7)


def test_several_markets_name_no_single_currency(workspace, tmp_path, capsys):
    path = tmp_path / "two_markets.csv"
    path.write_text(
        "Variant SKU,Variant Price,Price / Canada,Price / United States\nA-1,10,,\n",
        encoding="utf-8",
    )
    table, mapping = read(path)
    hint = file_hint(table, mapping)
    assert (hint.code, hint.found) == ("", ("CAD", "USD"))
    ws_path = workspace.location
    workspace.close()
    code, _, err = cli(capsys, "import", "products", ws_path, str(path))
    assert code == 1 and "two_markets.csv" in err and "CAD, USD" in err and "--currency" in err
    code, out, _ = cli(capsys, "import", "products", ws_path, str(path), "--currency", "USD")
    assert code == 0 and "prices USD 1" in out


def test_a_cost_currency_column_keeps_cost_and_price_apart(workspace):
    headers = ["SKU", "Cost", "Cost currency", "Price", "Price currency"]
    rows = [
        ["A-1", "50", "CNY", "19.9", "USD"],
        ["A-2", "40", "", "18", "EUR"],
        ["A-3", "30", "", "", ""],
    ]
    table = RawTable("supplier.csv", "", [], 1, headers, rows, [2, 3, 4])
    with workspace.session() as session:
        preview = preview_products(session, table, auto_map(headers), currency="GBP")
    got = {r.sku_code: (r.values.get("cost_currency"), r.values.get("price_currency"))
           for r in preview.new}  # fmt: skip
    # the cost shares the row's price currency; A-3: the row names none, the choice holds
    assert got == {"A-1": ("CNY", "USD"), "A-2": ("EUR", "EUR"), "A-3": ("GBP", None)}
    apply_import(workspace, preview)
    stored = skus_of(workspace)
    assert (stored["A-3"].cost_currency, stored["A-3"].price_currency) == ("GBP", "GBP")


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
