"""The user_version ladder: upgrade an old workspace, back it up first, match the models."""

from __future__ import annotations

import sqlite3

from sqlmodel import SQLModel

import core.models  # noqa: F401 - registers the tables in SQLModel.metadata
from core import migrations
from core.workspace import open_workspace


def _make_v1(path):
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=1)
    conn.execute("INSERT INTO category (name) VALUES ('Pet')")
    conn.execute("INSERT INTO product (spu_code, name, category_id) VALUES ('PT001', 'Bowl', 1)")
    conn.execute(
        "INSERT INTO sku (product_id, sku_code, cost, price) VALUES (1, 'PT001-S', 9, 19.99)"
    )
    conn.close()


def test_version_one_workspace_is_backed_up_and_upgraded(tmp_path):
    path = tmp_path / "old.matrixdesk"
    _make_v1(path)
    ws = open_workspace(path)
    assert ws.schema_version == migrations.SCHEMA_VERSION
    assert ws.counts()["skus"] == 1
    assert ws.counts()["sales_records"] == 0  # a table from version 2 now exists
    backups = list((tmp_path / "backups").glob("old.before-v*.matrixdesk"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT sku_code FROM sku").fetchall() == [("PT001-S",)]
    conn.close()
    ws.close()


def test_current_workspace_is_not_backed_up_again(tmp_path):
    path = tmp_path / "new.matrixdesk"
    open_workspace(path, create=True).close()
    open_workspace(path).close()
    assert not (tmp_path / "backups").exists()


def test_failed_step_rolls_back_to_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / "old.matrixdesk"
    _make_v1(path)
    monkeypatch.setattr(migrations, "STEPS", [migrations.V1, migrations.V2 + "\nNOT SQL;"])
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        migrations.upgrade(conn, target=2)
    except sqlite3.OperationalError:
        pass
    assert migrations.current_version(conn) == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "salesrecord" not in tables
    conn.close()


def test_models_match_the_migrated_schema(workspace):
    conn = sqlite3.connect(workspace.path)
    for table in SQLModel.metadata.sorted_tables:
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table.name})")}
        assert columns == {c.name for c in table.columns}, table.name
    conn.close()
