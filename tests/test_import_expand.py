"""Rows that list several SKUs in one cell (Etsy's listings download) and files with column
names but no data rows."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QWizard
from sqlmodel import select

from core.cli import main
from core.importing.apply import apply_import
from core.importing.expand import (
    NOT_PAIRED,
    STOCK_IS_TOTAL,
    pair_options,
    split_code_list,
    spu_code_for,
)
from core.importing.fields import PRODUCT_FIELDS
from core.importing.kinds import NoDataRows
from core.importing.mapping import auto_map
from core.importing.products import preview_products
from core.importing.readers import read_table
from core.models import Product, Sku
from tests.conftest import real_file
from ui.dialogs.import_wizard import ImportWizard

ETSY = ("etsy-listings-en", "EtsyListingsDownload.csv")
TEMPLATE = ("tiktok-shop-template-cn", "template_store_backend.xlsx")


def preview_file(workspace, path):
    table = read_table(path)
    with workspace.session() as session:
        return preview_products(session, table, auto_map(table.headers, PRODUCT_FIELDS))


def all_rows(preview):
    return preview.new + preview.changed + preview.unchanged + preview.rejected


def test_split_code_list_only_splits_real_lists():
    assert split_code_list("A-1,A-2, A-3") == ["A-1", "A-2", "A-3"]
    assert split_code_list("A-1;A-2") == ["A-1", "A-2"]
    assert split_code_list("LONG-CODE-WITHOUT-ANY-COMMA-" + "X" * 60) is None
    assert split_code_list("Red, large cup") is None  # spaces inside a part: text, not codes
    assert split_code_list("1,356") is None  # a number with a thousands separator
    assert split_code_list("A-1," + "B" * 101) is None  # a part longer than a SKU may be


def test_pairing_follows_the_values_named_in_the_codes_not_the_order():
    codes = ["TEE-WHITE-M", "TEE-WHITE-XL", "TEE-WHITE-S"]
    assert pair_options(codes, [["White"], ["S", "M", "XL"]]) == [
        ["White", "M"],
        ["White", "XL"],
        ["White", "S"],
    ]
    assert pair_options(["A-1", "A-2", "A-3"], [["Red", "Blue", "Green"]]) is None
    assert pair_options(["CUP-RED", "CUP-RED2"], [["Red", "Blue"]]) is None
    assert spu_code_for(["ADS-3WW-5HGYH-FFFFFF-S", "ADS-3WW-5HGYH-FFFFFF-M"]) == (
        "ADS-3WW-5HGYH-FFFFFF"
    )
    assert spu_code_for(["66F927A9CDAD6_5436", "66F927AB7799D_"]) == "66F927A9CDAD6_5436"


def test_real_etsy_download_expands_every_listing(workspace):
    preview = preview_file(workspace, real_file(*ETSY))
    assert preview.rejected == []
    assert len(preview.new) == 1021  # the SKU cells of the 92 listings name 1021 codes
    rows = preview.new
    by_row: dict[int, list] = {}
    for row in rows:
        by_row.setdefault(row.row_number, []).append(row)
    assert len(by_row) == 92
    assert len(by_row[2]) == 96 and len(by_row[3]) == 24 and len(by_row[13]) == 8
    assert [r.sku_code for r in by_row[27]] == ["12529011997255851358"]  # one code: not split
    assert by_row[27][0].values["stock_qty"] == 999  # stock of a single-SKU listing is its own
    hoodie = by_row[13]
    assert {r.spu_code for r in hoodie} == {"ADS-3WWYZZ25-5HGYH-FFFFFF"}
    sizes = {r.sku_code.rsplit("-", 1)[1]: json.loads(r.values["variant"]) for r in hoodie}
    assert sizes["4XL"] == {"Size": "4XL", "Color": "White"}  # third code in the cell
    assert sizes["S"] == {"Size": "S", "Color": "White"}
    assert all(r.values["price"] == 46.99 and "stock_qty" not in r.values for r in hoodie)
    assert all(r.values["product_name"].startswith("BCU- Unisex Plus Fleece") for r in hoodie)
    # Printful codes name no values: kept without attributes, with a warning on the row
    first = by_row[2]
    assert all("variant" not in r.values for r in first)
    texts = [w.text for w in first[0].warnings]
    assert NOT_PAIRED in texts and STOCK_IS_TOTAL in texts
    assert "row 2" in first[0].warnings[0].render()
    stock_warnings = [w for r in rows for w in r.warnings if w.text == STOCK_IS_TOTAL]
    assert len(stock_warnings) == 1


def test_real_etsy_download_applies_spus_with_their_skus(workspace):
    preview = preview_file(workspace, real_file(*ETSY))
    apply_import(workspace, preview)
    with workspace.session() as session:
        duvet = session.exec(
            select(Product).where(Product.spu_code == "ADS-2HBQSJ03-4NVMH-FFFFFF")
        ).one()
        assert duvet.name.startswith("Love2Snug Four-piece Duvet Cover Set")
        skus = session.exec(select(Sku).where(Sku.product_id == duvet.id)).all()
        variants = {s.sku_code: json.loads(s.variant) for s in skus}
        # the file lists the values as "USK,USC" but the codes the other way round
        assert variants == {
            "ADS-2HBQSJ03-4NVMH-FFFFFF-USC": {"Color": "White", "Size": "USC"},
            "ADS-2HBQSJ03-4NVMH-FFFFFF-USK": {"Color": "White", "Size": "USK"},
        }
        assert all(s.stock_qty in (None, 0) and s.price == 85.91 for s in skus)
        printful = session.exec(select(Product).where(Product.spu_code == "66F925B9DAD1E")).one()
        assert len(session.exec(select(Sku).where(Sku.product_id == printful.id)).all()) == 24
        assert len(session.exec(select(Sku)).all()) == 1021


def test_hand_made_lists_pair_by_name_and_warn_otherwise(workspace, tmp_path):
    path = tmp_path / "listings.csv"
    path.write_text(
        "SKU,Title,Colour name,Colour values,Price,Stock\n"
        '"MUG-RED,MUG-BLUE,MUG-GREEN",Mug,Colour,"Red,Blue,Green",9.5,30\n'
        '"A-1,A-2,A-3",Plate,Colour,"Red,Blue",4,12\n'
        "VERY-LONG-SINGLE-CODE-WITHOUT-COMMAS-0123456789-0123456789,Bowl,,,3,7\n",
        encoding="utf-8",
    )
    table = read_table(path)
    mapping = {"sku_code": 0, "product_name": 1, "option1_name": 2, "option1_value": 3}
    mapping |= {"price": 4, "stock_qty": 5}
    with workspace.session() as session:
        preview = preview_products(session, table, mapping)
    assert preview.rejected == []
    rows = {r.sku_code: r for r in preview.new}
    assert len(rows) == 7
    assert json.loads(rows["MUG-BLUE"].values["variant"]) == {"Colour": "Blue"}
    assert rows["MUG-RED"].spu_code == "MUG" and rows["MUG-RED"].values["price"] == 9.5
    # a stem of one letter is no product code: the first code names the SPU
    assert rows["A-2"].spu_code == "A-1" and "variant" not in rows["A-2"].values
    assert [w.text for w in rows["A-1"].warnings] == [NOT_PAIRED]
    assert "row 3" in rows["A-1"].warnings[0].render()
    single = rows["VERY-LONG-SINGLE-CODE-WITHOUT-COMMAS-0123456789-0123456789"]
    assert single.values["stock_qty"] == 7 and single.row_number == 4


def test_empty_template_is_refused_with_file_sheet_and_header_row(workspace, tmp_path, capsys):
    table = read_table(real_file(*TEMPLATE))
    with workspace.session() as session, pytest.raises(NoDataRows) as caught:
        preview_products(session, table, auto_map(table.headers, PRODUCT_FIELDS))
    text = caught.value.message.render()
    assert "“template_store_backend.xlsx”" in text and "“Sheet1”" in text and "row 1" in text
    csv = tmp_path / "products.csv"
    csv.write_text("SKU,Title,Price\n", encoding="utf-8")
    path = workspace.location
    workspace.close()
    assert main(["import", "products", path, str(real_file(*TEMPLATE))]) == 1
    assert "no rows of data" in capsys.readouterr().err
    assert main(["import", "products", path, str(csv)]) == 1
    err = capsys.readouterr().err
    assert "“products.csv” has column names in row 1 but no rows of data" in err


def test_wizard_shows_the_empty_template_and_keeps_next_disabled(qtbot, qt_settings, workspace):
    wizard = ImportWizard(workspace, path=str(real_file(*TEMPLATE)))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    qtbot.waitUntil(lambda: page.problem.text() != "", timeout=10_000)
    assert "template_store_backend.xlsx" in page.problem.text()
    assert "no rows of data" in page.problem.text() and page.problem.isVisibleTo(wizard)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
