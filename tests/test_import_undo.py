"""Undoing an import as a whole, and the import history."""

from __future__ import annotations

import pytest
from sqlmodel import select

from core.importing.apply import ImportRefused, apply_import
from core.importing.history import import_history, undo_import
from core.importing.mapping import auto_map
from core.importing.products import preview_products
from core.importing.readers import RawTable
from core.models import Category, Listing, Market, Platform, Product, Sku


def run_import(ws, headers, rows, name="catalog.xlsx"):
    table = RawTable(
        name,
        "Sheet1",
        ["Sheet1"],
        1,
        headers,
        [list(r) + [""] * (len(headers) - len(r)) for r in rows],
        list(range(2, 2 + len(rows))),
    )
    with ws.session() as session:
        preview = preview_products(session, table, auto_map(headers), currency="USD")
    return apply_import(ws, preview)


def catalog_state(ws):
    with ws.session() as session:
        return (
            sorted(s.model_dump_json() for s in session.exec(select(Sku))),
            sorted(p.model_dump_json() for p in session.exec(select(Product))),
            sorted(c.model_dump_json() for c in session.exec(select(Category))),
        )


def test_undo_restores_exact_values_and_removes_inserted_rows(demo):
    before = catalog_state(demo)
    with demo.session() as session:
        skus = session.exec(select(Sku).order_by(Sku.id)).all()[:3]
    headers = ["SKU", "SPU", "Product name", "Category", "Price", "Cost", "Variant"]
    rows = [
        [skus[0].sku_code, "", "", "", skus[0].price * 2, "1.5", "Color: Teal"],
        [skus[1].sku_code, "MOVED-SPU", "Moved product", "Garden", "3"],
        ["BRAND-NEW-1", "NEW-SPU", "New product", "Garden", "10"],
        ["BRAND-NEW-2", "NEW-SPU", "", "", "11"],
    ]
    batch = run_import(demo, headers, rows)
    assert (batch.new_count, batch.changed_count) == (2, 2)
    assert catalog_state(demo) != before
    undo_import(demo, batch.id)
    assert catalog_state(demo) == before
    with demo.session() as session:
        history = import_history(session)
    assert history[0].id == batch.id and history[0].undone_at


def test_undo_keeps_a_created_product_that_gained_other_skus(workspace):
    batch = run_import(workspace, ["SKU", "SPU", "Category"], [["A-1", "LAMP", "Lighting"]])
    with workspace.transaction() as session:
        product = session.exec(select(Product)).one()
        session.add(Sku(product_id=product.id, sku_code="HAND-MADE"))
    undo_import(workspace, batch.id)
    with workspace.session() as session:
        assert [s.sku_code for s in session.exec(select(Sku))] == ["HAND-MADE"]
        assert session.exec(select(Product)).one().spu_code == "LAMP"
        assert session.exec(select(Category)).one().name == "Lighting"


def test_undo_refused_while_a_later_import_touched_the_same_skus(workspace):
    first = run_import(workspace, ["SKU", "Price"], [["A-1", "5"], ["B-1", "6"]], "first.csv")
    second = run_import(workspace, ["SKU", "Price"], [["A-1", "7"]], "second.csv")
    with pytest.raises(ImportRefused) as info:
        undo_import(workspace, first.id)
    text = info.value.message.render()
    assert f"Import #{second.id} (second.csv" in text and "first" in text
    undo_import(workspace, second.id)
    with workspace.session() as session:
        assert session.exec(select(Sku).where(Sku.sku_code == "A-1")).one().price == 5
    undo_import(workspace, first.id)
    assert workspace.counts()["skus"] == 0


def test_undo_twice_is_refused(workspace):
    batch = run_import(workspace, ["SKU"], [["A-1"]])
    undo_import(workspace, batch.id)
    with pytest.raises(ImportRefused, match="already undone"):
        undo_import(workspace, batch.id)
    with pytest.raises(ImportRefused, match="does not exist"):
        undo_import(workspace, 999)


def test_undo_refuses_to_overwrite_a_later_hand_edit(workspace):
    run_import(workspace, ["SKU", "Price"], [["A-1", "5"]])
    batch = run_import(workspace, ["SKU", "Price"], [["A-1", "8"]])
    with workspace.transaction() as session:
        sku = session.exec(select(Sku)).one()
        sku.price = 9.5
        session.add(sku)
    with pytest.raises(ImportRefused, match="edited after the import"):
        undo_import(workspace, batch.id)
    with workspace.session() as session:
        assert session.exec(select(Sku)).one().price == 9.5


def test_undo_refuses_to_delete_a_sku_that_has_listings_now(workspace):
    batch = run_import(workspace, ["SKU"], [["A-1"]])
    with workspace.transaction() as session:
        market, platform = (
            Market(code="US", name="US", currency="USD"),
            Platform(code="amazon", name="Amazon"),
        )
        session.add_all([market, platform])
        session.flush()
        sku = session.exec(select(Sku)).one()
        session.add(Listing(sku_id=sku.id, platform_id=platform.id, market_id=market.id))
    with pytest.raises(ImportRefused, match="A-1"):
        undo_import(workspace, batch.id)
    assert workspace.counts()["skus"] == 1


def test_history_is_newest_first(workspace):
    first = run_import(workspace, ["SKU"], [["A-1"]], "one.csv")
    second = run_import(workspace, ["SKU"], [["B-1"]], "two.csv")
    with workspace.session() as session:
        assert [b.id for b in import_history(session)] == [second.id, first.id]


def test_undo_refuses_to_overwrite_a_product_renamed_by_hand(workspace):
    run_import(workspace, ["SKU", "SPU", "Product name"], [["A-1", "LAMP", "Lamp"]])
    batch = run_import(workspace, ["SKU", "SPU", "Product name"], [["A-1", "LAMP", "Desk lamp"]])
    with workspace.transaction() as session:
        product = session.exec(select(Product)).one()
        product.name = "Reading lamp"
        session.add(product)
    with pytest.raises(ImportRefused, match="Product LAMP was edited"):
        undo_import(workspace, batch.id)
    with workspace.session() as session:
        assert session.exec(select(Product)).one().name == "Reading lamp"


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
