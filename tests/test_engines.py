"""The workspace asks its backend (core.engines) for what differs between a file and a server."""

from __future__ import annotations

import sqlite3

from core import migrations
from core.engines.postgresql import PostgresqlBackend
from core.engines.sqlite import SqliteBackend

BOTH_ENGINES = True


def test_the_backend_matches_the_kind_of_workspace(workspace, engine_kind):
    backend = workspace.backend
    if engine_kind == "postgresql":
        assert isinstance(backend, PostgresqlBackend) and workspace.is_server
    else:
        assert isinstance(backend, SqliteBackend) and not workspace.is_server
    assert workspace.schema_version == migrations.LADDER_VERSION


def test_a_file_is_backed_up_beside_itself_a_server_keeps_its_own(workspace, engine_kind):
    copy = workspace.backup("test")
    if engine_kind == "postgresql":
        assert copy is None
        return
    assert copy is not None and copy.parent.name == "backups"
    with sqlite3.connect(copy) as conn:  # a whole database, read without the app
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LADDER_VERSION
