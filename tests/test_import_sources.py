"""The import names the export a product file came from, checked on the real seller files."""

from __future__ import annotations

import pytest

from core.importing.readers import read_grid, table_from_grid
from core.importing.sources import recognise_source
from tests.conftest import real_file

CASES = [
    (("shopify-products-export-real", "products_export_1.csv"), "Shopify products export"),
    (("etsy-listings-en", "EtsyListingsDownload.csv"), "Etsy listings export"),
    (("woocommerce-sample", "sample_products.csv"), "WooCommerce products export"),
    (
        ("amazon-active-listings", "Active+Listings+Report_02-26-2026.csv"),
        "Amazon active listings report",
    ),
    (
        ("dianxiaomi-tiktok-import-template", "template_tiktok_example.xlsx"),
        "店小秘 Dianxiaomi / TikTok Shop template",
    ),
]


@pytest.mark.parametrize(("parts", "expected"), CASES)
def test_real_exports_are_named(parts, expected):
    table = table_from_grid(read_grid(real_file(*parts), None))
    assert recognise_source(table.headers) == expected


def test_a_sellers_own_sheet_is_not_given_a_name():
    assert recognise_source(["SKU", "Product name", "Cost", "Price"]) is None


def test_the_name_is_shown_on_the_file_page(qtbot, qt_settings, workspace):
    from tests.test_import_wizard import open_wizard

    wizard = open_wizard(qtbot, workspace, real_file("woocommerce-sample", "sample_products.csv"))
    assert "WooCommerce products export" in wizard.file_page.status.text()


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
