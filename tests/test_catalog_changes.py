"""Adding, deleting and archiving SKUs and products, and undoing each; old files upgrade."""

from __future__ import annotations

import sqlite3

import pytest
from sqlmodel import select

from core import catalog_changes as changes
from core import migrations
from core.models import Product, SalesRecord, Sku
from core.workspace import open_workspace


def _sku_id(session, code: str) -> int:
    return session.exec(select(Sku.id).where(Sku.sku_code == code)).one()


def test_add_a_product_and_a_sku_then_undo(workspace):
    with workspace.transaction() as session:
        product_id = changes.add_product(session, "NEW1", "Travel mug", "Kitchen")
        sku_id = changes.add_sku(session, product_id, "NEW1-RED")
    with workspace.session() as session:
        assert session.get(Sku, sku_id).product_id == product_id
        with pytest.raises(ValueError):
            changes.add_sku(session, product_id, "new1-red")  # codes are case-insensitive
    with workspace.transaction() as session:
        changes.remove_added(session, "product", product_id)
    with workspace.session() as session:
        assert session.exec(select(Sku)).all() == [] and session.exec(select(Product)).all() == []


def test_a_sku_with_sales_is_archived_not_deleted(demo):
    with demo.session() as session:
        sold = session.exec(select(SalesRecord.sku_id)).first()
        code = session.get(Sku, sold).sku_code
    with demo.transaction() as session, pytest.raises(ValueError) as refused:
        changes.delete_sku(session, sold)
    assert code in str(refused.value.args[0].render(lambda _c, t: t))
    with demo.transaction() as session:
        old = changes.set_archived(session, "sku", [sold], True)
    assert old == [False]
    with demo.session() as session:
        assert session.get(Sku, sold).archived
        assert session.exec(select(SalesRecord).where(SalesRecord.sku_id == sold)).first()
    with demo.transaction() as session:
        changes.restore_archived(session, "sku", [sold], old)
    with demo.session() as session:
        assert not session.get(Sku, sold).archived


def test_delete_and_restore_keeps_every_value_and_the_id(workspace):
    with workspace.transaction() as session:
        product_id = changes.add_product(session, "P1", "Lamp")
        sku_id = changes.add_sku(session, product_id, "P1-W")
        sku = session.get(Sku, sku_id)
        sku.price, sku.price_currency, sku.barcode = 19.99, "EUR", "4006381333931"
        session.add(sku)
    with workspace.transaction() as session:
        snapshot = changes.delete_product(session, product_id)
    with workspace.session() as session:
        assert session.get(Sku, sku_id) is None
    with workspace.transaction() as session:
        changes.restore(session, snapshot)
    with workspace.session() as session:
        back = session.get(Sku, sku_id)
        assert (back.price, back.price_currency, back.barcode) == (19.99, "EUR", "4006381333931")
        assert session.get(Product, product_id).spu_code == "P1"


def test_a_workspace_from_before_archiving_opens_with_nothing_archived(tmp_path):
    path = tmp_path / "old.matrixdesk"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=migrations.STEPS.index(migrations.V_ARCHIVE))
    conn.execute("INSERT INTO product (spu_code, name) VALUES ('PT001', 'Bowl')")
    conn.execute("INSERT INTO sku (product_id, sku_code) VALUES (1, 'PT001-S')")
    conn.close()
    ws = open_workspace(path)
    try:
        with ws.session() as session:
            assert session.exec(select(Sku.archived)).one() is False
            assert session.exec(select(Product.archived)).one() is False
    finally:
        ws.close()


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
