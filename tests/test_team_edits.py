"""Several writers on one workspace (a file or a team database): who changed what and when,
conflicts detected by the version column, the import lock shared by every app."""

from __future__ import annotations

import pytest
from sqlmodel import select

from core import catalog
from core.edits import ConflictError
from core.models import Product, Sku
from core.workspace import open_workspace
from core.workspace_locks import WorkspaceBusy

BOTH_ENGINES = True


def _second_app(workspace, name: str):
    """Another person's app on the same workspace: its own engine and connections."""
    other = open_workspace(workspace.location if workspace.is_server else workspace.path)
    other.user = name
    return other


def _a_sku(workspace) -> Sku:
    with workspace.session() as session:
        return session.exec(select(Sku).order_by(Sku.id)).first()


def test_each_change_records_who_and_when_and_bumps_the_version(demo):
    demo.user = "anna"
    sku = _a_sku(demo)
    with demo.transaction() as session:
        catalog.update_sku(session, sku.id, "price", "21.5")
    after = _a_sku(demo)
    assert (after.price, after.changed_by, after.version) == (21.5, "anna", sku.version + 1)
    assert after.changed_at and after.changed_at[:4] >= "2026"


def test_two_writers_on_the_same_value_get_a_conflict_with_mine_and_theirs(demo):
    demo.user = "anna"
    ben = _second_app(demo, "ben")
    try:
        seen = _a_sku(demo)  # what Anna's window shows
        with ben.transaction() as session:  # Ben saves first
            catalog.update_sku(session, seen.id, "price", "30")
        with pytest.raises(ConflictError) as info, demo.transaction() as session:
            catalog.update_sku(session, seen.id, "price", "25", seen=seen.price)
        conflict = info.value
        assert (conflict.mine, conflict.theirs, conflict.seen) == (25.0, 30.0, seen.price)
        assert conflict.changed_by == "ben" and conflict.field == "price"
        assert "ben changed" in conflict.message.render()
        assert _a_sku(demo).price == 30.0  # nothing of Anna's was written
        # keep mine: written again knowing theirs
        with demo.transaction() as session:
            catalog.update_sku(session, seen.id, "price", "25", seen=conflict.theirs)
        final = _a_sku(ben)
        assert (final.price, final.changed_by) == (25.0, "anna")
    finally:
        ben.close()


def test_another_field_changed_meanwhile_is_no_conflict(demo):
    ben = _second_app(demo, "ben")
    try:
        seen = _a_sku(demo)
        with ben.transaction() as session:
            catalog.update_sku(session, seen.id, "barcode", "6901234567892")
        with demo.transaction() as session:
            catalog.update_sku(session, seen.id, "price", "25", seen=seen.price)
        final = _a_sku(demo)
        assert (final.price, final.barcode) == (25.0, "6901234567892")
    finally:
        ben.close()


def test_a_write_from_a_stale_read_is_refused_not_silently_overwritten(demo):
    """The version column itself: Anna's app read the product before Ben's save and writes
    with no idea of the value she saw: the UPDATE matches no row and becomes a conflict."""
    ben = _second_app(demo, "ben")
    try:
        with demo.session() as anna:
            product = anna.exec(select(Product).order_by(Product.id)).first()
            anna.commit()  # her read is over; the object (version 1) stays in her session
            with ben.transaction() as session:
                catalog.update_product(session, product.id, "name", "Ben's name")
            with pytest.raises(ConflictError) as info:
                catalog.update_product(anna, product.id, "name", "Anna's name")
        assert info.value.theirs == "Ben's name" and info.value.changed_by == "ben"
        with demo.session() as session:
            assert session.get(Product, product.id).name == "Ben's name"
    finally:
        ben.close()


def test_the_import_lock_is_shared_by_every_app_on_the_workspace(workspace):
    other = _second_app(workspace, "ben")
    try:
        with workspace.import_lock():
            with pytest.raises(WorkspaceBusy), other.import_lock():
                pass
        with other.import_lock():  # released: the next one may go
            pass
    finally:
        other.close()
