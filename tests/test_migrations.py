"""The schema: the frozen user_version ladder for old files, then Alembic on both engines.

Old workspace files made by the code before Alembic (tests/fixtures/workspaces, see its
README) upgrade to the head with every row intact; the baseline revision builds exactly the
schema the ladder built; models match the migrated schema on SQLite and PostgreSQL.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy import select as sa_select
from sqlmodel import SQLModel, select

import core.goals.models  # noqa: F401 - registers the tables in SQLModel.metadata
import core.models  # noqa: F401
import core.selection.models  # noqa: F401
from core import backups, migrations, schema
from core.fingerprints import fingerprints, present_columns
from core.models import Sku
from core.workspace import WorkspaceError, open_workspace

BOTH_ENGINES = True
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "workspaces"


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
    assert workspace.schema_revision == schema.head()
    inspector = inspect(workspace.engine)
    tables = set(inspector.get_table_names()) - {"alembic_version"}
    assert tables == set(SQLModel.metadata.tables)
    for table in SQLModel.metadata.sorted_tables:
        columns = {c["name"]: c for c in inspector.get_columns(table.name)}
        assert set(columns) == {c.name for c in table.columns}, table.name
        for column in table.columns:
            if not column.primary_key:
                assert columns[column.name]["nullable"] == column.nullable, (
                    table.name,
                    column.name,
                )


def test_there_is_exactly_one_head():
    """Two revisions pointing at the same parent (two helpers' changes) must be chained."""
    assert len(schema.script().get_heads()) == 1


def _shape(engine):
    """Everything about a schema that the baseline must reproduce, engine-neutral."""
    inspector = inspect(engine)
    shape = {}
    for name in sorted(set(inspector.get_table_names()) - {"alembic_version"}):
        pk = inspector.get_pk_constraint(name)["constrained_columns"]
        shape[name] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"] or c["name"] in pk, str(c["default"]))
                for c in inspector.get_columns(name)
            ],
            "pk": inspector.get_pk_constraint(name)["constrained_columns"],
            "fks": sorted(
                (tuple(f["constrained_columns"]), f["referred_table"])
                for f in inspector.get_foreign_keys(name)
            ),
            "unique": sorted(
                tuple(u["column_names"]) for u in inspector.get_unique_constraints(name)
            ),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"])) for i in inspector.get_indexes(name)
            ),
            "checks": sorted(c["sqltext"] for c in inspector.get_check_constraints(name)),
        }
    return shape


def test_a_new_database_and_a_ladder_file_reach_the_same_schema(tmp_path):
    """Baseline + revisions from empty (a new team database) == the ladder, stamped, then the
    same revisions (an old file): checks, defaults, keys and indexes included."""
    ladder_path = tmp_path / "ladder.matrixdesk"
    conn = sqlite3.connect(ladder_path, isolation_level=None)
    migrations.upgrade(conn)
    conn.close()
    open_workspace(ladder_path).close()  # stamps the baseline, runs what follows
    alembic_path = tmp_path / "alembic.db"
    engine = create_engine(f"sqlite:///{alembic_path}")
    with engine.connect() as connection:
        schema.upgrade(connection)  # no stamp: runs the baseline's op.create_table calls
    ladder_engine = create_engine(f"sqlite:///{ladder_path}")
    assert _shape(engine) == _shape(ladder_engine)
    assert any(_shape(engine)["goal"]["checks"])  # CHECK constraints survived the revisions
    engine.dispose()
    ladder_engine.dispose()


@pytest.mark.parametrize("name", ["v2-small.matrixdesk", "v7-demo.matrixdesk"])
def test_workspace_files_of_older_code_upgrade_to_the_head_with_every_row(tmp_path, name):
    original = FIXTURES / name
    path = tmp_path / name
    shutil.copy(original, path)
    pristine = tmp_path / "pristine.db"  # read a copy: the committed file stays untouched
    shutil.copy(original, pristine)
    before_engine = create_engine(f"sqlite:///{pristine}")
    columns = present_columns(before_engine)
    before = fingerprints(before_engine)
    before_rows = _rows(before_engine, columns)
    before_engine.dispose()
    ws = open_workspace(path)
    try:
        assert ws.schema_revision == schema.head()
        assert ws.schema_version == migrations.LADDER_VERSION
        after = fingerprints(ws.engine, only=columns)
        after_rows = _rows(ws.engine, columns)
        # Nothing lost anywhere. Rows are only added where an upgrade is documented to add
        # them: the settings (creation date), and the import that carries the sales history
        # into the fact store (schema 8); every other table is exactly as it was.
        for table, rows in before_rows.items():
            assert not rows - after_rows[table], table
        grown = {"setting", "importbatch"}
        assert {t: v for t, v in after.items() if t not in grown} == {
            t: v for t, v in before.items() if t not in grown
        }
        if before["salesrecord"][0]:
            with ws.engine.connect() as conn:
                facts = conn.execute(text("SELECT count(*) FROM salesfact")).scalar()
            assert facts == before["salesrecord"][0]  # the history became facts, row for row
        assert ws.counts()["skus"] == before["sku"][0] > 0
    finally:
        ws.close()
    assert backups.list_backups(path)  # upgraded, so backed up first


def _rows(engine, columns) -> dict:
    """Every row of every table (the columns the old file had), as a multiset."""
    from collections import Counter

    from core.fingerprints import data_tables

    found = {}
    with engine.connect() as conn:
        for table in data_tables(conn):
            if table.name not in columns:
                continue
            cols = [c for c in table.columns if c.name in columns[table.name]]
            found[table.name] = Counter(
                tuple(str(v) for v in row) for row in conn.execute(sa_select(*cols))
            )
    return found


def test_v2_file_keeps_its_skus_values(tmp_path):
    path = tmp_path / "v2.matrixdesk"
    shutil.copy(FIXTURES / "v2-small.matrixdesk", path)
    ws = open_workspace(path)
    with ws.session() as session:
        skus = {s.sku_code: s for s in session.exec(select(Sku)).all()}
    ws.close()
    assert skus["PT001-S"].cost == 9.5 and skus["PT001-S"].price == 19.99
    assert skus["PT001-S"].stock_qty == 12 and skus["PT001-S"].has_battery is True
    assert skus["PT001-L"].stock_qty == 0 and skus["PT001-L"].archived is False


def test_a_file_from_a_newer_app_is_refused_unchanged(tmp_path):
    path = tmp_path / "newer.matrixdesk"
    open_workspace(path, create=True).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    stamp = path.read_bytes()
    with pytest.raises(WorkspaceError, match="newer MatrixDesk"):
        open_workspace(path)
    assert path.read_bytes() == stamp
