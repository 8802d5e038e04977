"""Workspaces on real SQLite files: create, reopen, copy, rename, reject foreign files; what
any workspace does (a failed transaction, cascades, settings) on a team database too."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from core import migrations
from core.models import Category, Product, Sku
from core.workspace import (
    WorkspaceError,
    copy_workspace,
    create_workspace,
    open_workspace,
    rename_workspace,
)

BOTH_ENGINES = True  # the tests taking ``workspace``; the rest make files of their own


def test_new_workspace_has_current_schema_and_pragmas(tmp_path):
    ws = create_workspace(tmp_path / "a.matrixdesk")
    assert ws.schema_version == migrations.SCHEMA_VERSION
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    ws.close()


def test_edits_are_on_disk_after_each_transaction(tmp_path):
    path = tmp_path / "shop.matrixdesk"
    ws = create_workspace(path)
    with ws.transaction() as session:
        session.add(Category(name="Pet"))
    # A second, independent connection sees it: nothing waits for a "save".
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM category").fetchall() == [("Pet",)]
    conn.close()
    ws.close()


def test_failed_transaction_changes_nothing(workspace):
    with pytest.raises(RuntimeError):
        with workspace.transaction() as session:
            session.add(Category(name="Home"))
            session.flush()
            raise RuntimeError("boom")
    assert workspace.counts()["categories"] == 0


def test_foreign_keys_cascade_skus_with_their_product(workspace):
    with workspace.transaction() as session:
        product = Product(spu_code="P1", name="Bowl")
        session.add(product)
        session.flush()
        session.add(Sku(product_id=product.id, sku_code="P1-S"))
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM product")
    assert workspace.counts()["skus"] == 0


def test_create_refuses_existing_file(tmp_path):
    path = tmp_path / "x.matrixdesk"
    create_workspace(path).close()
    with pytest.raises(WorkspaceError):
        create_workspace(path)


@pytest.mark.parametrize("content", [b"this is a text file\n" * 10, b"\x00\xff" * 600])
def test_not_a_workspace_is_refused_with_its_name(tmp_path, content):
    path = tmp_path / "notes.matrixdesk"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path)
    assert "notes.matrixdesk" in info.value.message.render()
    assert path.read_bytes() == content  # untouched


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(WorkspaceError):
        open_workspace(path)


def test_missing_file_is_an_error_unless_create(tmp_path):
    with pytest.raises(WorkspaceError):
        open_workspace(tmp_path / "nope.matrixdesk")


def test_newer_workspace_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "future.matrixdesk"
    create_workspace(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path)
    assert "newer" in info.value.message.render()


def _demo_copy(demo_file, tmp_path):
    path = tmp_path / "demo.matrixdesk"
    shutil.copy(demo_file, path)
    return open_workspace(path)


def test_copy_is_an_independent_workspace(demo_file, tmp_path):
    demo = _demo_copy(demo_file, tmp_path)
    target = copy_workspace(demo, tmp_path / "copy.matrixdesk")
    copy = open_workspace(target)
    assert copy.counts() == demo.counts()
    with copy.transaction() as session:
        session.add(Category(name="Garden"))
    assert copy.counts()["categories"] == demo.counts()["categories"] + 1
    copy.close()
    demo.close()


def test_rename_keeps_the_data(demo_file, tmp_path):
    demo = _demo_copy(demo_file, tmp_path)
    counts = demo.counts()
    renamed = rename_workspace(demo, "spring plan")
    assert renamed.path.name == "spring plan.matrixdesk"
    assert renamed.counts() == counts
    assert not (tmp_path / "demo.matrixdesk").exists()
    renamed.close()


@pytest.mark.parametrize("bad", ["", "  ", "a/b", "what?"])
def test_rename_rejects_bad_names(workspace, bad):
    with pytest.raises(WorkspaceError):
        rename_workspace(workspace, bad)


def test_settings_round_trip(workspace):
    workspace.set_setting("seller_name", "联星")
    assert workspace.setting("seller_name") == "联星"
    assert workspace.setting("missing", "x") == "x"
