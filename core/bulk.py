"""Many rows into one table, the fastest way each engine offers: the engine's backend decides
(:mod:`core.engines` — COPY on PostgreSQL, one executemany on SQLite).

Callers holding a workspace may ask ``workspace.backend`` directly; these functions serve
callers that only hold a connection (an import's transaction, a copy between two databases).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from core.engines import Backend


def backend_of(connection: Connection) -> Backend:
    """The backend serving the database ``connection`` is on."""
    if connection.dialect.name == "postgresql":
        from core.engines.postgresql import PostgresqlBackend

        return PostgresqlBackend()
    from core.engines.sqlite import SqliteBackend

    return SqliteBackend()


def insert_rows(
    connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Insert ``rows`` (values in the order of ``columns``) into ``table``; returns the count."""
    return backend_of(connection).insert_rows(connection, table, columns, rows)


def reset_id_sequence(connection: Connection, table: Table) -> None:
    """After rows were written with their ids, the database must hand out ids after them."""
    backend_of(connection).reset_id_sequence(connection, table)
