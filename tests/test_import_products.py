"""Validation, preview and apply of product imports, on real SQLite workspaces."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from core.importing.apply import ImportRefused, apply_import, backup_before_import
from core.importing.mapping import auto_map
from core.importing.products import preview_products
from core.importing.readers import RawTable
from core.jobs import Cancelled, Progress
from core.models import Category, ImportBatch, ImportChange, Product, Sku

HEADERS = [
    "SKU",
    "SPU",
    "Product name",
    "Category",
    "Variant",
    "Cost",
    "Price",
    "Price currency",
    "Weight",
    "Barcode",
    "Stock",
]


def make_table(rows, headers=HEADERS, sheet="Products") -> RawTable:
    width = len(headers)
    padded = [list(r) + [""] * (width - len(r)) for r in rows]
    return RawTable(
        "catalog.xlsx", sheet, [sheet], 1, list(headers), padded, list(range(2, 2 + len(rows)))
    )


def preview(ws, rows, headers=HEADERS, sheet="Products", currency=None):
    table = make_table(rows, headers, sheet)
    with ws.session() as session:
        return preview_products(session, table, auto_map(table.headers), currency=currency)


def only_message(result) -> str:
    assert len(result.rejected) == 1, result.counts()
    return " | ".join(m.render() for m in result.rejected[0].messages)


def test_mapping_of_the_test_headers_is_complete():
    mapping = auto_map(HEADERS)
    assert set(mapping) >= {
        "sku_code",
        "spu_code",
        "product_name",
        "category",
        "variant",
        "cost",
        "price",
        "price_currency",
        "weight_g",
        "barcode",
        "stock_qty",
    }


def test_missing_sku_names_sheet_row_and_column(workspace):
    result = preview(workspace, [["A-1", "A", "Lamp"], ["", "A", "Lamp", "", "", "", "9"]])
    assert result.counts()["new"] == 1
    text = only_message(result)
    assert "Sheet “Products”, row 3, column SKU" in text and "empty" in text


def test_duplicate_sku_rejects_later_rows_naming_the_first(workspace):
    result = preview(workspace, [["A-1", "", "Lamp"], ["B-1", "", "Bowl"], [" A-1 ", "", "X"]])
    assert [r.sku_code for r in result.new] == ["A-1", "B-1"]
    text = only_message(result)
    assert "row 4" in text and "already appears in row 2" in text


@pytest.mark.parametrize(
    "cell, expected, currency",
    [
        ("$12.99", 12.99, "USD"),
        ("¥35", 35.0, "CNY"),
        ("1,356.00", 1356.0, None),
        ("12,5", 12.5, None),
        ("1.234,56", 1234.56, None),
        ("€ 9,90", 9.9, "EUR"),
        ("USD 4", 4.0, "USD"),
        (7, 7.0, None),
        (" 19.90 ", 19.9, None),
    ],
)
def test_prices_in_seller_spellings_are_understood(workspace, cell, expected, currency):
    result = preview(workspace, [["A-1", "", "Lamp", "", "", "", cell]])
    row = result.new[0]
    assert row.values["price"] == pytest.approx(expected)
    assert row.values.get("price_currency") == currency


def warning_texts(row) -> str:
    return " | ".join(m.render() for m in row.warnings)


def test_damaged_numbers_are_left_empty_with_a_warning_not_rejected(workspace):
    result = preview(
        workspace,
        [
            ["A-1", "", "Lamp", "", "", "4", "twelve", "", "", "", "7"],
            ["A-2", "", "Lamp", "", "", "-3", "9"],
            ["A-3", "", "Lamp", "", "", "", "", "", "2000000"],
            ["A-4", "", "Lamp", "", "", "", "", "", "", "", "-1"],
            ["A-5", "", "Lamp", "", "", "", "", "", "", "", "2.5"],
        ],
    )
    assert result.counts()["rejected"] == 0 and len(result.new) == 5
    rows = {r.sku_code: r for r in result.new}
    assert "price" not in rows["A-1"].values
    assert (rows["A-1"].values["cost"], rows["A-1"].values["stock_qty"]) == (4, 7)
    assert "row 2, column Price: 'twelve' is not a number" in warning_texts(rows["A-1"])
    assert "left empty" in warning_texts(rows["A-1"])
    assert "cost" not in rows["A-2"].values and rows["A-2"].values["price"] == 9
    assert "row 3, column Cost: '-3' is negative" in warning_texts(rows["A-2"])
    assert "weight_g" not in rows["A-3"].values
    assert "row 4, column Weight" in warning_texts(rows["A-3"])
    assert "more than 1,000,000" in warning_texts(rows["A-3"])
    assert "row 5, column Stock: '-1' is negative" in warning_texts(rows["A-4"])
    assert "'2.5' is not a whole number" in warning_texts(rows["A-5"])
    assert all("stock_qty" not in rows[c].values for c in ("A-4", "A-5"))


def test_unknown_currency_leaves_its_amounts_empty_known_symbols_mapped(workspace):
    result = preview(
        workspace,
        [
            ["A-1", "", "Lamp", "", "", "", "5", "usd"],
            ["A-2", "", "Lamp", "", "", "", "5", "£"],
            ["A-3", "", "Lamp", "", "", "2", "5", "DOLLARS", "", "", "3"],
        ],
    )
    assert [r.values.get("price_currency") for r in result.new] == ["USD", "GBP", None]
    assert result.rejected == []
    third = result.new[2]
    assert "price" not in third.values and "cost" not in third.values
    assert third.values["stock_qty"] == 3
    text = warning_texts(third)
    assert "row 4, column Price currency: 'DOLLARS' is not a currency code" in text
    assert "row 4, column Price: '5' was left empty" in text
    assert "row 4, column Cost: '2' was left empty" in text


def test_barcodes_excel_rounded_are_left_empty_clean_floats_converted(workspace):
    result = preview(
        workspace,
        [
            ["A-1", "", "Lamp", "", "", "", "", "", "", 6901234567892.0],
            ["A-2", "", "Lamp", "", "3", "4", "", "", "", "3.65E+11", "8"],
            ["A-3", "", "Lamp", "", "", "", "", "", "", 365000000000.0],
            ["A-4", "", "Lamp", "", "", "", "", "", "", "'4849000260870"],
        ],
    )
    assert result.rejected == [] and len(result.new) == 4
    assert [r.values.get("barcode") for r in result.new] == [
        "6901234567892",
        None,
        None,
        "4849000260870",
    ]
    damaged = result.new[1]
    assert (damaged.values["cost"], damaged.values["stock_qty"]) == (4, 8)
    text = warning_texts(damaged)
    assert "Sheet “Products”, row 3, column Barcode: '3.65E+11'" in text
    assert "Format the column as Text" in text and "left empty" in text
    assert "row 4, column Barcode" in warning_texts(result.new[2])


def test_too_long_text_is_left_empty_a_too_long_sku_rejects(workspace):
    result = preview(
        workspace,
        [["A-1", "", "x" * 300, "", "", "", "3"], ["A-2", "", "Lamp", "", "", "", "0"],
         ["B" * 101, "", "Lamp"]],
    )  # fmt: skip
    first = result.new[0]
    assert "product_name" not in first.values and first.values["price"] == 3
    assert "at most 255 fit" in warning_texts(first)
    assert result.new[1].warnings and "price is 0" in result.new[1].warnings[0].render()
    assert "at most 100 fit" in only_message(result)  # the SKU code is the key: rejected


def test_sku_cleaning_and_spu_fallbacks(workspace):
    result = preview(workspace, [["'  A-1 ", "", "Desk lamp"], [1234.0], ["C-1", "SPU-9", ""]])
    by_code = {r.sku_code: r for r in result.new}
    assert set(by_code) == {"A-1", "1234", "C-1"}
    assert by_code["A-1"].spu_code == "Desk lamp"  # no SPU column value: the product name
    assert by_code["1234"].spu_code == "1234"  # nothing at all: the SKU itself
    assert by_code["C-1"].spu_code == "SPU-9"


def test_variant_text_and_option_pairs_become_json(workspace):
    result = preview(
        workspace,
        [["A-1", "", "Lamp", "", "Color: Black; Size: L"], ["A-2", "", "Lamp", "", "Red / M"]],
    )
    assert json.loads(result.new[0].values["variant"]) == {"Color": "Black", "Size": "L"}
    assert json.loads(result.new[1].values["variant"]) == {"variant": "Red / M"}
    headers = [
        "Handle",
        "Title",
        "Option1 Name",
        "Option1 Value",
        "Option2 Name",
        "Option2 Value",
        "Variant SKU",
        "Image Src",
    ]
    rows = [
        ["shirt", "Shirt", "Color", "Green", "Size", "S", "S-1", "a.jpg"],
        ["shirt", "", "", "Green", "", "M", "S-2", "b.jpg"],
        ["shirt", "", "", "", "", "", "", "c.jpg"],  # image-only continuation row
        ["hat", "Hat", "Title", "Default Title", "", "", "H-1", ""],
    ]
    result = preview(workspace, rows, headers)
    assert result.counts() == {"new": 3, "changed": 0, "unchanged": 0, "rejected": 0, "skipped": 1}
    second = result.new[1]
    assert json.loads(second.values["variant"]) == {"Color": "Green", "Size": "M"}
    assert second.values["product_name"] == "Shirt"  # filled down from the first row
    assert "variant" not in result.new[2].values  # Shopify's "Default Title" is no variant


def test_variant_row_without_sku_is_rejected_not_skipped(workspace):
    headers = ["Handle", "Option1 Value", "Variant SKU", "Variant Price"]
    result = preview(workspace, [["shirt", "M", "", "25"]], headers)
    assert result.counts()["rejected"] == 1 and result.skipped == 0


def test_csv_messages_name_the_file_as_sheet(workspace):
    table = make_table([["A-1", "", "", "", "", "", "abc"]], sheet="")
    table.file_name = "goods.csv"
    with workspace.session() as session:
        result = preview_products(session, table, auto_map(table.headers))
    assert "“goods.csv”, row 2, column Price" in warning_texts(result.new[0])


def _demo_rows(demo, count):
    with demo.session() as session:
        skus = list(session.exec(select(Sku).order_by(Sku.id)).all()[:count])
    return skus


def test_preview_on_demo_two_changed_prices(demo):
    skus = _demo_rows(demo, 5)
    headers = ["SKU", "Price"]
    rows = [[s.sku_code, s.price] for s in skus]
    rows[1][1] = skus[1].price + 1
    rows[3][1] = f"${skus[3].price + 2:.2f}"
    result = preview(demo, rows, headers)
    assert result.counts() == {"new": 0, "changed": 2, "unchanged": 3, "rejected": 0, "skipped": 0}
    changed = {r.sku_code: r.changes for r in result.changed}
    assert changed[skus[1].sku_code] == {"price": (skus[1].price, skus[1].price + 1)}
    # The "$" says USD, which the demo already uses: only the price differs.
    assert set(changed[skus[3].sku_code]) == {"price"}


def test_unmapped_fields_are_never_compared_or_written(demo):
    sku = _demo_rows(demo, 1)[0]
    result = preview(demo, [[sku.sku_code, sku.price]], ["SKU", "Price"])
    assert result.counts()["unchanged"] == 1
    result = preview(demo, [[sku.sku_code, "", 99]], ["SKU", "Cost", "Price"], currency="USD")
    apply_import(demo, result)
    with demo.session() as session:
        after = session.get(Sku, sku.id)
    assert after.price == 99 and after.cost == sku.cost and after.barcode == sku.barcode
    assert after.weight_g == sku.weight_g and after.variant == sku.variant


def test_apply_writes_products_skus_categories_and_the_record(workspace):
    rows = [
        [
            "A-1",
            "LAMP",
            "Desk lamp",
            "Lighting",
            "Color: Black",
            "12",
            "29.9",
            "USD",
            "850",
            "6901234567892",
            "40",
        ],
        ["A-2", "LAMP", "", "", "Color: White", "12.5", "$31"],
        ["B-1", "", "Bowl", "Pets", "", "¥8"],
    ]
    result = preview(workspace, rows)
    assert result.counts()["new"] == 3
    batch = apply_import(workspace, result, profile_name="my erp")
    with workspace.session() as session:
        skus = {s.sku_code: s for s in session.exec(select(Sku))}
        products = {p.spu_code: p for p in session.exec(select(Product))}
        categories = {c.id: c.name for c in session.exec(select(Category))}
        changes = session.exec(select(ImportChange)).all()
        stored = session.get(ImportBatch, batch.id)
    assert set(products) == {"LAMP", "Bowl"}
    assert products["LAMP"].name == "Desk lamp"
    assert categories[products["LAMP"].category_id] == "Lighting"
    assert categories[products["Bowl"].category_id] == "Pets"
    lamp = skus["A-1"]
    assert (
        lamp.cost,
        lamp.price,
        lamp.price_currency,
        lamp.weight_g,
        lamp.barcode,
        lamp.stock_qty,
    ) == (12.0, 29.9, "USD", 850.0, "6901234567892", 40)
    assert lamp.variant_attributes == {"Color": "Black"}
    assert skus["A-2"].product_id == lamp.product_id and skus["A-2"].price == 31.0
    assert skus["B-1"].cost == 8.0 and skus["B-1"].cost_currency == "CNY"
    # cost and price of a row share its currency unless the file gives the cost its own
    assert (lamp.cost_currency, skus["A-2"].cost_currency) == ("USD", "USD")
    assert (stored.file_name, stored.sheet, stored.profile_name, stored.new_count) == (
        "catalog.xlsx",
        "Products",
        "my erp",
        3,
    )
    assert (
        sorted((c.table_name, c.action) for c in changes)
        == [("category", "insert")] * 2 + [("product", "insert")] * 2 + [("sku", "insert")] * 3
    )
    backups = list((workspace.path.parent / "backups").glob("*.before-import.*"))
    assert len(backups) == (0 if workspace.is_server else 1)  # a server keeps its own


def test_apply_updates_only_changed_columns_and_records_before(demo):
    sku = _demo_rows(demo, 1)[0]
    result = preview(
        demo,
        [[sku.sku_code, sku.price + 5, "Brand new name"]],
        ["SKU", "Price", "Product name"],
        currency=sku.price_currency,
    )
    assert set(result.changed[0].changes) == {"price", "product_name"}
    batch = apply_import(demo, result)
    with demo.session() as session:
        product = session.get(Product, sku.product_id)
        changes = session.exec(select(ImportChange).where(ImportChange.batch_id == batch.id)).all()
    assert product.name == "Brand new name"
    by_table = {c.table_name: c for c in changes}
    assert json.loads(by_table["sku"].before) == {"price": sku.price}
    assert json.loads(by_table["sku"].after) == {"price": sku.price + 5}
    assert by_table["product"].action == "update"


def _snapshot(ws):
    with ws.session() as session:
        return (
            sorted((s.sku_code, s.price, s.cost, s.product_id) for s in session.exec(select(Sku))),
            sorted((p.spu_code, p.name) for p in session.exec(select(Product))),
            len(session.exec(select(ImportBatch)).all()),
            len(session.exec(select(ImportChange)).all()),
        )


def _mixed_preview(demo):
    skus = _demo_rows(demo, 3)
    rows = [[s.sku_code, "", "", "", "", "", s.price + 1] for s in skus]
    rows += [[f"NEW-{i}", "NEWSPU", "New thing", "Garden", "", "1", "2"] for i in range(50)]
    return preview(demo, rows, currency="USD")


def test_failure_mid_apply_leaves_the_workspace_untouched(demo, monkeypatch):
    import core.importing.apply as apply_module

    before = _snapshot(demo)
    result = _mixed_preview(demo)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(apply_module, "_update_skus", broken)
    with pytest.raises(RuntimeError):
        apply_import(demo, result)
    assert _snapshot(demo) == before


def test_cancel_during_apply_rolls_everything_back(demo):
    before = _snapshot(demo)
    result = _mixed_preview(demo)
    seen = []

    def callback(done, total, text):
        seen.append(done)
        if done >= total - 1:  # after all rows were written, before the commit
            progress.cancel()

    progress = Progress(callback)
    with pytest.raises(Cancelled):
        apply_import(demo, result, progress)
    assert len(seen) >= 3
    assert _snapshot(demo) == before


def test_apply_refuses_when_the_catalog_changed_since_the_preview(demo):
    result = _mixed_preview(demo)
    with demo.transaction() as session:  # someone adds NEW-7 meanwhile
        product = session.exec(select(Product)).first()
        session.add(Sku(product_id=product.id, sku_code="NEW-7"))
    before = _snapshot(demo)
    with pytest.raises(ImportRefused) as info:
        apply_import(demo, result)
    assert "NEW-7" in info.value.message.render()
    assert _snapshot(demo) == before


def test_only_the_newest_ten_import_backups_are_kept(tmp_path):
    from core.workspace import open_workspace

    path = tmp_path / "shop.matrixdesk"
    open_workspace(path, create=True).close()  # backups are of files (a server keeps its own)
    for _ in range(13):
        backup_before_import(path)
    assert len(list((tmp_path / "backups").glob("*.before-import.*"))) == 10


def test_ten_thousand_rows_preview_and_apply(workspace):
    rows = [
        [
            f"SKU-{i:05d}",
            f"SPU-{i // 4}",
            f"Product {i // 4}",
            f"Cat {i % 7}",
            f"Size: {i % 4}",
            "10.5",
            "19.99",
            "USD",
            "300",
            "",
            str(i % 50),
        ]
        for i in range(10_000)
    ]
    result = preview(workspace, rows)
    assert result.counts()["new"] == 10_000
    apply_import(workspace, result)
    counts = workspace.counts()
    assert (counts["skus"], counts["products"], counts["categories"]) == (10_000, 2_500, 7)
    rows[5][6] = "21"
    assert preview(workspace, rows).counts()["changed"] == 1


@pytest.mark.parametrize(
    "cell, chosen, expected",
    [
        ("$12.99", "CAD", "CAD"),  # a Canadian store writes "$" too
        ("$12.99", "EUR", "USD"),  # not a dollar currency: "$" stays USD
        ("US$12.99", "CAD", "USD"),  # spelled out: the cell wins
        ("¥1200", "JPY", "JPY"),
        ("CN¥35", "JPY", "CNY"),
        ("12.99", "CAD", "CAD"),
    ],
)
def test_bare_dollar_or_yen_means_the_chosen_currency_of_that_family(
    workspace, cell, chosen, expected
):
    result = preview(workspace, [["A-1", "", "Lamp", "", "", "", cell]], currency=chosen)
    assert result.new[0].values["price_currency"] == expected


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
