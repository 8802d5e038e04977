"""Many rows into one table, the fastest way each engine offers.

PostgreSQL: ``COPY … FROM STDIN`` through psycopg (one round trip for the whole batch, several
times faster than INSERTs). SQLite: one ``executemany`` of a prepared INSERT (in-process, so no
round trips to save).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.engine import Connection


def insert_rows(
    connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Insert ``rows`` (values in the order of ``columns``) into ``table``; returns the count."""
    if connection.dialect.name == "postgresql":
        return _copy_rows(connection, table, columns, rows)
    batch = [dict(zip(columns, row, strict=True)) for row in rows]
    if batch:
        connection.execute(insert(table), batch)
    return len(batch)


def _copy_rows(
    connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    # The DBAPI connection of this same transaction: the rows are part of it.
    dbapi = connection.connection.driver_connection
    assert dbapi is not None
    names = ", ".join(f'"{name}"' for name in columns)
    count = 0
    with dbapi.cursor() as cursor:
        with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
    return count


def reset_id_sequence(connection: Connection, table: Table) -> None:
    """After rows were written with their ids, PostgreSQL must hand out ids after them."""
    if connection.dialect.name != "postgresql" or "id" not in table.columns:
        return
    top = connection.execute(select(func.max(table.c.id))).scalar()
    connection.execute(
        text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, :called)"),
        {"t": table.name, "v": int(top or 1), "called": top is not None},
    )
