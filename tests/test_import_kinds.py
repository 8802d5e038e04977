"""Order exports, Amazon reports and review dumps are recognised and refused; product lists pass."""

from __future__ import annotations

import json

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from core.cli import main
from core.importing.fields import header_tokens
from core.importing.kinds import NotAProductList, detect_kind, refuse_if_not_products
from core.importing.mapping import auto_map
from core.importing.plan import ImportPlan
from core.importing.products import preview_products
from core.importing.readers import ImportFileError, read_grid, read_table
from tests.conftest import real_file

NOT_PRODUCTS = [
    ("shopify_orders", "shopify-orders-export-real", "orders_export_1.csv", None),
    ("shopify_orders", "shopify-orders-export-devstore", "orders_export_1.csv", None),
    ("amazon_business_report", "amazon-business-report", "BusinessReport-16-07-2025 (2).csv", None),
    ("amazon_business_report", "amazon-business-report", "BusinessReport-23-07-2025.csv", None),
    ("amazon_settlement", "amazon-settlement-flatfile-v1", "15836299764_14day2.txt", None),
    ("amazon_ads", "amazon-sp-ads-in-2020", "Sponsored Products Campaign report.csv", None),
    ("amazon_ads", "amazon-sp-ads-in-2020", "Sponsored Products Advertised product report.xlsx",
     "Sponsored Product Advertised Pr"),
    ("amazon_ads", "amazon-sp-ads-in-2020", "Sponsored Products Search term report.xlsx",
     "Sponsored Product Search Term R"),
    ("reviews", "amazon-alexa-reviews", "amazon_alexa.tsv", None),
    ("reviews", "olist-subset", "olist_order_reviews_dataset.csv", None),
    ("orders", "superstore", "Sample - Superstore.xlsx", "Orders"),
]  # fmt: skip

PRODUCTS = [
    ("shopify-product-template", "product_template.csv"),
    ("shopify-products-export-real", "products_export_1.csv"),
    ("woocommerce-sample", "sample_products.csv"),
    ("dianxiaomi-tiktok-import-template", "template_tiktok_example.xlsx"),
    ("tiktok-shop-template-cn", "template_store_backend.xlsx"),
    ("etsy-listings-en", "EtsyListingsDownload.csv"),
    ("amazon-active-listings", "Active+Listings+Report_02-26-2026.csv"),
    ("olist-subset", "olist_products_dataset.csv"),
]


@pytest.mark.parametrize(("key", "folder", "name", "sheet"), NOT_PRODUCTS)
def test_reports_are_recognised_and_refused(key, folder, name, sheet):
    table = read_table(real_file(folder, name))
    kind = detect_kind(table.headers)
    assert kind is not None and kind.key == key and not kind.is_product_list
    with pytest.raises(NotAProductList) as caught:
        refuse_if_not_products(table)
    text = caught.value.message.render()
    assert f"“{name}”" in text and "not a product list" in text
    assert f"import {kind.facts} WORKSPACE FILE" in text  # sent to the right kind of import
    assert kind.label in text
    if sheet:
        assert f"Sheet “{sheet}”" in text
    assert isinstance(caught.value, ImportFileError)  # every caller already shows these


@pytest.mark.parametrize(("folder", "name"), PRODUCTS)
def test_product_lists_pass(folder, name):
    table = read_table(real_file(folder, name))
    kind = detect_kind(table.headers)
    assert kind is not None and kind.is_product_list, kind
    refuse_if_not_products(table)  # does not raise


def test_unknown_headers_pass_and_kind_label_is_translated():
    assert detect_kind(["编号", "名字", "进货价"]) is None
    assert detect_kind(["Order ID", "Order Date", "Quantity", "Product Name"]).key == "orders"
    table = read_table(real_file("shopify-orders-export-devstore", "orders_export_1.csv"))
    with pytest.raises(NotAProductList) as caught:
        refuse_if_not_products(table)
    zh = {"a Shopify order export": "Shopify 订单导出"}
    text = caught.value.message.render(lambda _context, source: zh.get(source, source))
    assert "Shopify 订单导出" in text and "a Shopify order export" not in text


def test_preview_products_refuses_too(workspace):
    table = read_table(real_file("shopify-orders-export-real", "orders_export_1.csv"))
    with workspace.session() as session, pytest.raises(NotAProductList):
        preview_products(session, table, {"sku_code": table.headers.index("Lineitem sku")})


def test_plan_refuses_the_sheet_and_rechecks_other_header_rows(tmp_path):
    path = tmp_path / "店铺数据.xlsx"
    book = openpyxl.Workbook()
    orders = book.active
    orders.title = "订单"
    orders.append(["Order ID", "Order Date", "Quantity", "SKU"])
    orders.append(["A-1", "2026-01-02", 2, "CUP-1"])
    orders.append(["编号", "名字", "进货价", "备注"])
    orders.append(["CUP-1", "杯子", 3.5, ""])  # a header row needs data under it
    book.save(path)
    plan = ImportPlan()
    with pytest.raises(NotAProductList) as caught:
        plan.use_grid(read_grid(path))
    assert "Sheet “订单” of “店铺数据.xlsx”" in caught.value.message.render()
    assert plan.table is None and plan.grid is not None and plan.detected_header_row == 1
    plan.use_header_row(3)  # the seller points at another row: checked again, and let through
    assert plan.table is not None and plan.table.headers == ["编号", "名字", "进货价", "备注"]
    with pytest.raises(NotAProductList):
        plan.use_header_row(1)
    assert plan.table is None


# ---------------------------------------------------------------- mapping


def test_settlement_headers_no_longer_fuzzy_map():
    table = read_table(real_file("amazon-settlement-flatfile-v1", "15836299764_14day2.txt"))
    mapped = {key: table.headers[col] for key, col in auto_map(table.headers).items()}
    for key in ("product_name", "category", "price", "stock_qty"):
        assert key not in mapped, mapped
    assert mapped["sku_code"] == "sku"


def test_fuzzy_matches_whole_words_with_qualifiers_only():
    headers = ["price-type", "order-fee-type", "marketplace-name", "Lineitem quantity",
               "Quantity Purchased", "Cost Per Click (CPC)", "订单数量", "Campaign Type"]  # fmt: skip
    assert auto_map(headers) == {}
    headers = ["Listing Price USD", "Product Weight (g)", "Product Brand", "商品类型", "Item Cost"]
    assert auto_map(headers) == {"category": 3, "cost": 4, "price": 0, "weight_g": 1, "brand": 2}
    assert header_tokens("productWeightG") == ["product", "weight", "g"]
    assert header_tokens("Sessions – Total") == ["sessions", "total"]


# ---------------------------------------------------------------- command line


def test_cli_refuses_an_order_export_and_writes_nothing(demo, capsys):
    path = demo.location
    demo.close()
    assert main(["info", path, "--json"]) == 0
    before = json.loads(capsys.readouterr().out)["counts"]
    orders = real_file("shopify-orders-export-real", "orders_export_1.csv")
    assert main(["import", "products", path, str(orders), "--apply"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""  # refused before any preview
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: “orders_export_1.csv” looks like")
    assert main(["info", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"] == before


# ---------------------------------------------------------------- wizard


def _open(qtbot, workspace, path):
    from ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.resize(1200, 800)
    wizard.show()
    page = wizard.file_page
    qtbot.waitUntil(lambda: not page.loading and bool(page.problem.text() or page.isComplete()),
                    timeout=20_000)  # fmt: skip
    return wizard


def test_wizard_routes_a_shopify_order_export_to_orders(qtbot, qt_settings, workspace):
    """What is this file? The wizard says it: orders, not products; kept as products, it is
    refused with the kind to choose."""
    wizard = _open(qtbot, workspace, real_file("shopify-orders-export-real", "orders_export_1.csv"))
    page = wizard.file_page
    assert page.fact_kind == "orders" and "orders" in page.what_label.text()
    assert page.isComplete() and not page.problem.isVisible()
    page.import_as.setCurrentIndex(page.import_as.findData(""))  # the seller insists: products
    assert page.problem.isVisible()
    assert "“orders_export_1.csv” looks like a Shopify order export" in page.problem.text()
    assert "import orders WORKSPACE FILE" in page.problem.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.plan.table is None


def test_wizard_lets_the_seller_pick_the_product_sheet(qtbot, qt_settings, workspace, tmp_path):
    path = tmp_path / "导出.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Orders"
    book.active.append(["Order ID", "Order Date", "Quantity", "SKU"])
    book.active.append(["A-1", "2026-01-02", 2, "CUP-1"])
    products = book.create_sheet("Products")
    products.append(["SKU", "Name", "Price"])
    products.append(["CUP-1", "Cup", 3.5])
    book.save(path)
    wizard = _open(qtbot, workspace, path)
    assert "Sheet “Orders” of “导出.xlsx”" in wizard.file_page.problem.text()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()  # another sheet may hold the products
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    sheet_page = wizard.sheet_page
    assert (
        sheet_page.problem.isVisible() and "looks like an order list" in sheet_page.problem.text()
    )
    assert not next_button.isEnabled()
    sheet_page.sheet_combo.setCurrentText("Products")
    qtbot.waitUntil(lambda: sheet_page.isComplete(), timeout=10_000)
    assert not sheet_page.problem.isVisible() and next_button.isEnabled()
    assert wizard.plan.table.headers == ["SKU", "Name", "Price"]
    sheet_page.sheet_combo.setCurrentText("Orders")  # back again: refused again
    qtbot.waitUntil(lambda: sheet_page.problem.isVisible(), timeout=10_000)
    assert not next_button.isEnabled()


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
