"""Codes shared by several variants (a real Shopify store gives every size one Variant SKU):
every variant arrives, keyed by code + options or by barcode; exact repeats stay rejected."""

from __future__ import annotations

import csv
from collections import Counter

import pytest
from sqlmodel import select

from core.cli import main
from core.importing.apply import apply_import
from core.importing.mapping import auto_map
from core.importing.products import ImportChoices, preview_products
from core.importing.readers import read_table
from core.importing.shared_codes import KEY_BY_BARCODE, KEY_BY_OPTIONS, REJECT_REPEATS
from core.models import Product, Sku
from core.workspace import open_workspace
from tests.conftest import real_file
from tests.test_import_products import make_table

SHOPIFY = ("shopify-products-export-real", "products_export_1.csv")


def variant_rows(path) -> list[dict[str, str]]:
    """The file's variant rows, read with the csv module: rows that carry a Variant SKU."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["Variant SKU"].strip()]


def barcode_keys(rows: list[dict[str, str]]) -> set[str]:
    """A code used once stays; a shared code gives way to each row's barcode."""
    uses = Counter(r["Variant SKU"].strip() for r in rows)
    return {
        r["Variant Barcode"].lstrip("'")
        if uses[r["Variant SKU"].strip()] > 1
        else r["Variant SKU"].strip()
        for r in rows
    }


def preview_file(workspace, path, choice=None):
    table = read_table(path)
    with workspace.session() as session:
        return preview_products(
            session, table, auto_map(table.headers), choices=ImportChoices(choice)
        )


def test_real_shopify_store_imports_every_variant_with_all_its_stock(workspace):
    path = real_file(*SHOPIFY)
    rows = variant_rows(path)
    codes = {r["Variant SKU"].strip() for r in rows}
    barcodes = {r["Variant Barcode"].lstrip("'") for r in rows}
    assert (len(rows), len(codes), len(barcodes)) == (5295, 1165, 5295)  # what the issue says
    preview = preview_file(workspace, path)
    assert preview.shared_codes.proposed == KEY_BY_OPTIONS
    assert len(preview.new) == len(rows) and not preview.rejected
    apply_import(workspace, preview)
    with workspace.session() as session:
        skus = session.exec(select(Sku)).all()
        handles = {p.spu_code for p in session.exec(select(Product)).all()}
    assert len(skus) == len(rows)
    assert sum(s.stock_qty or 0 for s in skus) == sum(int(r["Variant Inventory Qty"]) for r in rows)
    assert {s.barcode for s in skus} == barcodes
    by_barcode = {s.barcode: s for s in skus}
    assert handles == {r["Handle"] for r in rows}
    # the first size of the first style, keyed by its code and the size that differs
    first = rows[0]
    key = f"{first['Variant SKU'].strip()}-{first['Option1 Value']}"
    sku = next(s for s in skus if s.sku_code == key)
    assert sku.barcode == first["Variant Barcode"].lstrip("'")
    assert sku.stock_qty == int(first["Variant Inventory Qty"])
    for row in rows:  # Compare At Price is the list price, beside the selling price
        stored = by_barcode[row["Variant Barcode"].lstrip("'")]
        assert stored.price == float(row["Variant Price"])
        compare = row["Variant Compare At Price"]
        assert stored.list_price == (float(compare) if compare else None)
    # the keys are stable: the same file again changes nothing
    again = preview_file(workspace, path)
    assert len(again.unchanged) == len(rows) and not again.new and not again.changed


def test_real_shopify_store_keyed_by_barcode_or_rejected_as_before(workspace):
    path = real_file(*SHOPIFY)
    rows = variant_rows(path)
    by_barcode = preview_file(workspace, path, KEY_BY_BARCODE)
    assert {r.sku_code for r in by_barcode.new} == barcode_keys(rows)
    rejecting = preview_file(workspace, path, REJECT_REPEATS)
    codes = {r["Variant SKU"].strip() for r in rows}
    assert len(rejecting.new) == len(codes)
    assert len(rejecting.rejected) == len(rows) - len(codes)
    assert "already appears in row 2" in rejecting.rejected[0].messages[0].render()


def test_identical_rows_stay_rejected_and_a_clash_falls_back_to_reject(workspace):
    headers = ["SKU", "Product name", "Option1 Name", "Option1 Value", "Barcode", "Stock"]
    rows = [
        ["A", "Shoe", "Size", "36", "111", "1"],
        ["A", "Shoe", "Size", "37", "112", "2"],
        ["A", "Shoe", "Size", "37", "112", "2"],  # an exact repeat of row 3
        ["B", "Bag", "", "", "", "5"],
        ["B", "Bag blue", "", "", "", "6"],  # differs, but neither options nor barcode
    ]
    table = make_table(rows, headers)
    with workspace.session() as session:
        preview = preview_products(session, table, auto_map(table.headers))
    assert [r.sku_code for r in preview.new] == ["A-36", "A-37", "B"]
    assert {r.spu_code for r in preview.new[:2]} == {"A"}  # the shared code becomes the SPU
    messages = {r.row_number: r.messages[0].render() for r in preview.rejected}
    assert "already appears in row 3" in messages[4]
    assert "already appears in row 5" in messages[6]
    assert preview.shared_codes.codes == 2 and preview.shared_codes.rows == 4


def test_a_key_that_clashes_with_another_code_is_not_used(workspace):
    headers = ["SKU", "Option1 Name", "Option1 Value", "Barcode"]
    rows = [["A", "Size", "S", "1"], ["A", "Size", "M", "2"], ["A-S", "", "", "3"]]
    table = make_table(rows, headers)
    with workspace.session() as session:
        preview = preview_products(session, table, auto_map(table.headers))
    # "A-S" is taken, so keying by options would clash: the barcode tells them apart
    assert preview.shared_codes.proposed == KEY_BY_BARCODE
    assert sorted(r.sku_code for r in preview.new) == ["1", "2", "A-S"]
    with workspace.session() as session:
        forced = preview_products(
            session, table, auto_map(table.headers), choices=ImportChoices(KEY_BY_OPTIONS)
        )
    assert [r.sku_code for r in forced.new] == ["A-M", "A-S"]
    assert "does not tell the two apart" in forced.rejected[0].messages[0].render()


@pytest.mark.parametrize("choice", [None, "barcode", "reject"])
def test_cli_duplicate_codes_option(tmp_path, capsys, choice):
    path = real_file(*SHOPIFY)
    workspace = str(tmp_path / "shop.matrixdesk")
    open_workspace(workspace, create=True).close()
    args = ["--lang", "en", "import", "products", workspace, str(path), "--apply"]
    if choice:
        args += ["--duplicate-codes", choice]
    assert main(args) == 0
    out = capsys.readouterr().out
    rows = variant_rows(path)
    uses = Counter(r["Variant SKU"].strip() for r in rows)
    shared = {code: n for code, n in uses.items() if n > 1}  # no exact repeats in this file
    text = f"Shared codes: {len(shared)} SKU codes are used by {sum(shared.values())} rows"
    assert text in out
    assert "--duplicate-codes option: code + option values" in out
    proposed = next(line for line in out.splitlines() if "[proposed" in line)
    assert "--duplicate-codes option" in proposed
    expected = len({r["Variant SKU"].strip() for r in rows}) if choice == "reject" else len(rows)
    assert f"Applied as import #1: {expected} new" in out


def test_wizard_proposes_a_key_and_the_seller_can_choose_another(qtbot, qt_settings, workspace):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from tests.test_import_wizard import click, next_page, open_wizard
    from ui.dialogs.import_wizard import Page

    path = real_file(*SHOPIFY)
    rows = variant_rows(path)
    codes = {r["Variant SKU"].strip() for r in rows}
    wizard = open_wizard(qtbot, workspace, path)
    next_page(qtbot, wizard, Page.SHEET)
    next_page(qtbot, wizard, Page.MAPPING)
    next_page(qtbot, wizard, Page.PREVIEW)
    page = wizard.preview_page
    box = page.choices
    assert box.isVisible()
    combo = box.key_combo
    assert combo.currentData() == KEY_BY_OPTIONS and "(proposed)" in combo.currentText()
    assert page.models["new"].rowCount() == len(rows)
    first = page.models["new"].index(0, 1)  # the key, and the code the file gave
    assert first.data() == f"{rows[0]['Variant SKU'].strip()}-{rows[0]['Option1 Value']}"
    tooltip = first.data(Qt.ItemDataRole.ToolTipRole)
    assert f"In the file: {rows[0]['Variant SKU'].strip()}," in tooltip
    # The seller rejects the repeats instead: the preview is made again
    index = combo.findData(REJECT_REPEATS)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: page.isComplete(), timeout=20_000)
    assert wizard.plan.duplicate_codes == REJECT_REPEATS
    assert page.models["new"].rowCount() == len(codes)
    assert page.models["rejected"].rowCount() == len(rows) - len(codes)
    assert box.key_combo.currentData() == REJECT_REPEATS
    # ... and back to keying by barcode, which is what gets imported
    index = box.key_combo.findData(KEY_BY_BARCODE)
    box.key_combo.setCurrentIndex(index)
    box.key_combo.activated.emit(index)
    qtbot.waitUntil(lambda: page.isComplete(), timeout=20_000)
    assert page.models["new"].rowCount() == len(rows)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.batch is not None, timeout=30_000)
    with workspace.session() as session:
        stored = {s.sku_code for s in session.exec(select(Sku)).all()}
    assert stored == barcode_keys(rows)


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
