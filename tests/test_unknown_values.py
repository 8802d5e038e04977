"""Unknown is not zero: stock a file does not give is stored as NULL (schema 5), shown as "—",
kept out of the review's sums; a cost of 0 is imported as missing unless the seller says it
is real."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date

from PySide6.QtCore import Qt
from sqlmodel import select

from core import catalog, currency, migrations
from core.cli import main
from core.importing.apply import apply_import
from core.importing.mapping import auto_map
from core.importing.products import ImportChoices, preview_products
from core.importing.readers import read_table
from core.importing.unknowns import ZERO_COST
from core.inventory.review import review_catalog
from core.models import Sku
from core.workspace import open_workspace
from tests.conftest import real_file
from ui.models.catalog_model import CatalogModel
from ui.models.catalog_rows import UNKNOWN

ETSY = ("etsy-listings-en", "EtsyListingsDownload.csv")
WOO = ("woocommerce-sample", "sample_products.csv")
SHOPIFY = ("shopify-products-export-real", "products_export_1.csv")
AS_OF = date(2026, 11, 1)


def import_file(workspace, path, currency=None, **choices):
    table = read_table(path)
    with workspace.session() as session:
        preview = preview_products(
            session,
            table,
            auto_map(table.headers),
            currency=currency,
            choices=ImportChoices(**choices),
        )
    apply_import(workspace, preview)
    return preview


def stock_by_code(workspace) -> dict[str, int | None]:
    with workspace.session() as session:
        return {s.sku_code: s.stock_qty for s in session.exec(select(Sku)).all()}


def _make_v2(path) -> None:
    """A version-2 workspace as today's main writes it, with rows referring to the SKUs."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=2)
    conn.executescript(
        """
        INSERT INTO category (name) VALUES ('Pet');
        INSERT INTO product (spu_code, name, category_id) VALUES ('PT001', 'Bowl', 1);
        INSERT INTO sku (product_id, sku_code, cost, price, stock_qty, barcode)
            VALUES (1, 'PT001-S', 9, 19.99, 12, '123'), (1, 'PT001-L', 11, 24.99, 0, '');
        INSERT INTO market (code, name, currency) VALUES ('US', 'United States', 'USD');
        INSERT INTO platform (code, name) VALUES ('amazon', 'Amazon');
        INSERT INTO listing (sku_id, platform_id, market_id, status) VALUES (1, 1, 1, 'active');
        INSERT INTO salesrecord (sku_id, platform_id, market_id, month, units, revenue)
            VALUES (1, 1, 1, '2026-10-01', 5, 99.95);
        INSERT INTO stocklot (sku_id, qty, received_on) VALUES (1, 12, '2026-06-01');
        """
    )
    conn.close()


def test_a_version_2_workspace_upgrades_keeping_every_row_and_reference(tmp_path):
    path = tmp_path / "v2.matrixdesk"
    _make_v2(path)
    open_workspace(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert conn.execute(
        "SELECT id, sku_code, cost, price, stock_qty, barcode FROM sku ORDER BY id"
    ).fetchall() == [(1, "PT001-S", 9.0, 19.99, 12, "123"), (2, "PT001-L", 11.0, 24.99, 0, "")]
    # listings, sales and stock lots still point at their SKU; nothing cascaded away
    assert conn.execute("SELECT sku_id FROM listing").fetchall() == [(1,)]
    assert conn.execute("SELECT sku_id, units FROM salesrecord").fetchall() == [(1, 5)]
    assert conn.execute("SELECT sku_id, qty FROM stocklot").fetchall() == [(1, 12)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    indexes = {r[1] for r in conn.execute("PRAGMA index_list(sku)")}
    assert "ix_sku_product" in indexes
    notnull = {r[1]: r[3] for r in conn.execute("PRAGMA table_info(sku)")}
    assert notnull["stock_qty"] == 0 and notnull["sku_code"] == 1
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("UPDATE sku SET stock_qty = NULL WHERE id = 2")
    conn.commit()
    # the references still cascade as before: deleting the product takes its SKUs and rows
    conn.execute("DELETE FROM product")
    conn.commit()
    assert conn.execute("SELECT COUNT(*) FROM listing").fetchone()[0] == 0
    conn.close()
    backups = list((tmp_path / "backups").glob("v2.before-v*.matrixdesk"))
    assert len(backups) == 1


def test_etsy_rows_listing_several_skus_store_unknown_stock(workspace):
    path = real_file(*ETSY)
    import_file(workspace, path)
    stock = stock_by_code(workspace)
    with open(path, encoding="utf-8", newline="") as handle:
        listings = list(csv.DictReader(handle))
    several = [r for r in listings if "," in r["SKU"]]
    single = [r for r in listings if r["SKU"].strip() and "," not in r["SKU"]]
    assert several and single
    for listing in several:
        for code in listing["SKU"].split(","):
            assert stock[code.strip()] is None, code
    for listing in single:
        assert stock[listing["SKU"].strip()] == int(listing["QUANTITY"])


def test_woocommerce_in_stock_without_a_number_is_unknown_not_zero(workspace):
    path = real_file(*WOO)
    import_file(workspace, path, currency="USD")  # the file names no currency
    stock = stock_by_code(workspace)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        products = list(csv.DictReader(handle))
    unknown = [r["SKU"] for r in products if r["In stock?"] == "1" and not r["Stock"].strip()]
    assert unknown
    for code in unknown:
        if code in stock:  # variable and grouped parents are products, not SKUs
            assert stock[code] is None, code


def test_zero_costs_of_the_real_store_are_missing_unless_the_seller_says_they_are_real(
    workspace, tmp_path
):
    path = real_file(*SHOPIFY)
    with open(path, encoding="utf-8", newline="") as handle:
        variants = [r for r in csv.DictReader(handle) if r["Variant SKU"].strip()]
    zero = [r for r in variants if r["Cost per item"].strip() and float(r["Cost per item"]) == 0]
    costed = [r for r in variants if r["Cost per item"].strip() and float(r["Cost per item"])]
    preview = import_file(workspace, path)
    assert preview.zero_costs == len(zero)
    warned = [r for r in preview.new if any(w.text == ZERO_COST for w in r.warnings)]
    assert len(warned) == len(zero)
    with workspace.session() as session:
        skus = session.exec(select(Sku)).all()
    by_barcode = {s.barcode: s for s in skus}
    for row in zero:
        assert by_barcode[row["Variant Barcode"].lstrip("'")].cost is None
    for row in costed:
        assert by_barcode[row["Variant Barcode"].lstrip("'")].cost == float(row["Cost per item"])
    # the seller confirms: the zeros are stored as 0
    other = open_workspace(tmp_path / "real-zeros.matrixdesk", create=True)
    try:
        confirmed = import_file(other, path, zero_cost_is_real=True)
        assert confirmed.zero_costs == len(zero)
        assert not any(w.text == ZERO_COST for r in confirmed.new for w in r.warnings)
        with other.session() as session:
            costs = [s.cost for s in session.exec(select(Sku)).all()]
        assert costs.count(0.0) == len(zero)
    finally:
        other.close()


def test_cli_says_how_zero_costs_are_imported(workspace, capsys):
    path = workspace.location
    workspace.close()
    shopify = str(real_file(*SHOPIFY))
    assert main(["--lang", "en", "import", "products", path, shopify]) == 0
    assert "imported as missing (add --zero-cost-is-real" in capsys.readouterr().out
    assert main(["--lang", "en", "import", "products", path, shopify, "--zero-cost-is-real"]) == 0
    assert "imported as 0 (as asked)" in capsys.readouterr().out


def _unknown_stock_workspace(workspace, folder):
    headers = ["SKU", "SPU", "Product name", "Cost", "Price", "Stock"]
    path = folder / "stock.csv"
    path.write_text(
        ",".join(headers) + "\nA-1,A,Lamp,5,10,\nA-2,A,Lamp,5,10,7\nB-1,B,Bowl,3,9,\n",
        encoding="utf-8",
    )
    import_file(workspace, path, currency="CNY")  # the base currency: no rate needed


def test_review_keeps_unknown_stock_out_of_value_cover_and_flags(workspace, tmp_path):
    _unknown_stock_workspace(workspace, tmp_path)
    with workspace.session() as session:
        review = review_catalog(session, as_of=AS_OF)
    by_code = {s.sku_code: s for s in review.skus}
    assert by_code["A-1"].stock_qty is None and by_code["A-1"].stock_value is None
    assert by_code["A-1"].days_of_cover is None
    assert by_code["A-2"].stock_qty == 7 and by_code["A-2"].stock_value is not None
    assert "slow_mover" not in by_code["A-1"].flags and "aged_stock" not in by_code["A-1"].flags


def test_catalog_shows_unknown_stock_as_a_dash_with_a_reason(qtmodeltester, workspace, tmp_path):
    _unknown_stock_workspace(workspace, tmp_path)
    model = CatalogModel(workspace)
    with workspace.session() as session:
        model.set_catalog(
            review_catalog(session, as_of=AS_OF),
            catalog.product_rows(session),
            catalog.catalog_rows(session),
            currency.rates(session),
            catalog.category_names(session),
        )
    qtmodeltester.check(model)
    from ui.models.catalog_model import COLUMN_KEYS

    column = COLUMN_KEYS.index("stock")
    texts = {}
    for p in range(model.rowCount()):
        parent = model.index(p, 0)
        texts[model.index(p, 0).data()] = (
            model.index(p, column).data(),
            model.index(p, column).data(Qt.ItemDataRole.ToolTipRole),
        )
        for s in range(model.rowCount(parent)):
            index = model.index(s, column, parent)
            code = model.index(s, 0, parent).data()
            texts[code] = (index.data(), index.data(Qt.ItemDataRole.ToolTipRole))
    assert texts["A-1"][0] == UNKNOWN and "unknown" in texts["A-1"][1]
    assert texts["A-2"] == ("7", None)
    assert texts["A"][0] == "≥ 7" and "1 of these SKUs" in texts["A"][1]
    assert texts["B"][0] == UNKNOWN and texts["B-1"][0] == UNKNOWN


def test_clearing_the_stock_in_the_catalog_makes_it_unknown(workspace, tmp_path):
    _unknown_stock_workspace(workspace, tmp_path)
    with workspace.session() as session:
        sku_id = session.exec(select(Sku.id).where(Sku.sku_code == "A-2")).one()
    with workspace.session() as session:
        assert catalog.update_sku(session, sku_id, "stock_qty", "") == 7  # the old value
        session.commit()
    assert stock_by_code(workspace)["A-2"] is None


def test_wizard_asks_whether_costs_of_0_are_real(qtbot, qt_settings, workspace, tmp_path):
    from tests.test_import_wizard import next_page, open_wizard
    from ui.dialogs.import_wizard import Page

    path = tmp_path / "costs.csv"
    path.write_text(
        "SKU,Name,Cost,Price,Currency\nA-1,Lamp,0.00,10,USD\nA-2,Lamp,4,10,USD\n", encoding="utf-8"
    )
    wizard = open_wizard(qtbot, workspace, path)
    next_page(qtbot, wizard, Page.SHEET)
    next_page(qtbot, wizard, Page.MAPPING)
    next_page(qtbot, wizard, Page.PREVIEW)
    page = wizard.preview_page
    check = page.choices.zero_cost_check
    assert check.isVisible() and not check.isChecked()
    assert "1 rows give a cost of 0" in page.choices.zero_cost_label.text()
    new = page.models["new"]
    assert new.index(0, 0).data() == "⚠ 2"  # the row is marked and says why
    check.click()
    qtbot.waitUntil(lambda: page.isComplete(), timeout=10_000)
    assert wizard.plan.zero_cost_is_real and page.choices.zero_cost_check.isChecked()
    assert new.index(0, 0).data() == "2"
    assert wizard.plan.preview.new[0].values["cost"] == 0


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
