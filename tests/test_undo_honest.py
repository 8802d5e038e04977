"""Undo never silently loses an edit: rows an import created are protected like rows it changed."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from core import cli
from core.importing.apply import ImportRefused
from core.importing.history import undo_import
from core.models import ImportChange, Product, Sku
from tests.test_import_undo import catalog_state, run_import

HEADERS = ["SKU", "SPU", "Product name", "Price"]


def _edit_sku(ws, code, **values):
    with ws.transaction() as session:
        sku = session.exec(select(Sku).where(Sku.sku_code == code)).one()
        for key, value in values.items():
            setattr(sku, key, value)
        session.add(sku)


def test_undo_refuses_to_delete_a_created_sku_edited_since(workspace):
    batch = run_import(workspace, HEADERS, [["NEW-1", "SPU-1", "Lamp", "10"], ["NEW-2", "SPU-1"]])
    _edit_sku(workspace, "NEW-1", price=12.5)
    before = catalog_state(workspace)
    with pytest.raises(ImportRefused) as info:
        undo_import(workspace, batch.id)
    text = info.value.message.render()
    assert "NEW-1" in text and "edited since" in text and "nothing was undone" in text
    with workspace.session() as session:
        edited = session.exec(select(Sku).where(Sku.sku_code == "NEW-1")).one()
    assert edited.version == 2 and edited.changed_by and f"by {edited.changed_by} (" in text
    assert catalog_state(workspace) == before  # nothing deleted, the edit kept


def test_undo_refuses_to_delete_a_created_product_renamed_since(workspace):
    batch = run_import(workspace, HEADERS, [["NEW-1", "SPU-1", "Lamp", "10"]])
    with workspace.transaction() as session:
        product = session.exec(select(Product)).one()
        product.name = "Desk lamp (renamed by hand)"
        session.add(product)
    with pytest.raises(ImportRefused) as info:
        undo_import(workspace, batch.id)
    assert "SPU-1" in info.value.message.render()
    assert workspace.counts()["skus"] == 1


def test_a_created_row_is_logged_by_its_version_and_undone_after_a_later_import_undone(workspace):
    batch = run_import(workspace, HEADERS, [["NEW-1", "SPU-1", "Lamp", "10"]])
    later = run_import(workspace, HEADERS, [["NEW-1", "SPU-1", "Lamp", "11"]])
    with workspace.session() as session:
        logged = session.exec(select(ImportChange).where(ImportChange.batch_id == batch.id)).all()
    assert sorted((c.table_name, c.action, json.loads(c.after)) for c in logged) == [
        ("product", "insert", {"version": 1}),
        ("sku", "insert", {"version": 1}),
    ]
    undo_import(workspace, later.id)  # puts the price back without an edit of anyone's
    undo_import(workspace, batch.id)
    assert workspace.counts()["skus"] == 0 and workspace.counts()["products"] == 0


def test_a_log_written_by_an_older_version_still_names_the_edited_column(workspace):
    batch = run_import(workspace, HEADERS, [["NEW-1", "SPU-1", "Lamp", "10"]])
    with workspace.transaction() as session:  # before stop 25 every value of a new row
        for change in session.exec(select(ImportChange).where(ImportChange.table_name == "sku")):
            change.after = json.dumps({"sku_code": "NEW-1", "price": 10.0, "cost": None})
            session.add(change)
    _edit_sku(workspace, "NEW-1", price=12.5)
    with pytest.raises(ImportRefused) as info:
        undo_import(workspace, batch.id)
    assert "(price: 12.5)" in info.value.message.render()


def test_undo_of_untouched_created_rows_still_works(workspace):
    batch = run_import(workspace, HEADERS, [["NEW-1", "SPU-1", "Lamp", "10"]])
    undo_import(workspace, batch.id)
    assert workspace.counts()["skus"] == 0 and workspace.counts()["products"] == 0


def test_undo_of_a_huge_or_negative_batch_number_is_a_plain_error(workspace, capsys):
    for number in ("99999999999999999999", "-1", "0"):
        assert cli.main(["import", "undo", workspace.location, number]) == 1
        err = capsys.readouterr().err
        assert f"Import #{number} does not exist" in err and "Traceback" not in err


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
