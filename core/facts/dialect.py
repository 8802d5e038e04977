"""The few places the fact store's SQL differs between SQLite and PostgreSQL, in one module.

Everything else in ``core.facts`` is written once, in SQL both engines read the same way
(``CASE`` instead of SQLite's boolean sums, ``FALSE`` instead of 0 for a boolean, dates read
back with :func:`day_text`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, Integer, MetaData, Table, text
from sqlalchemy.engine import Connection

from core.models import table_of


def is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def period_start(conn: Connection, grain: str, column: str) -> str:
    """SQL for the first day of the month, or the Monday of the week, ``column`` lies in."""
    if grain not in ("month", "week"):
        raise ValueError(grain)
    if is_postgresql(conn):
        # date_trunc of a date would go through timestamptz (the session's time zone)
        return f"CAST(date_trunc('{grain}', CAST({column} AS timestamp)) AS date)"
    if grain == "month":
        return f"date({column}, 'start of month')"
    return f"date({column}, 'weekday 0', '-6 days')"  # the Sunday on or after, less six days


def day_text(value: object) -> str:
    """A date column's value as ``YYYY-MM-DD`` (SQLite hands back text, PostgreSQL a date)."""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def temporary_copy(conn: Connection, name: str) -> Table:
    """An empty temporary table shaped like ``factsummary`` (no foreign keys: a temporary
    table cannot refer to the workspace's tables), dropped first if the connection has one.

    Made from the model's columns, so both engines get the same table; a viewer of a team
    database may create it too (temporary tables need no write grant)."""
    from core.facts.tables import FactSummary

    schema = "pg_temp" if is_postgresql(conn) else "temp"
    conn.execute(text(f"DROP TABLE IF EXISTS {schema}.{name}"))
    columns = []
    for column in table_of(FactSummary).columns:
        if column.primary_key:
            columns.append(Column(column.name, Integer, primary_key=True, autoincrement=True))
            continue
        default = getattr(column.default, "arg", None)
        server_default = None
        if isinstance(default, bool):
            server_default = text("TRUE" if default else "FALSE")
        elif isinstance(default, int):
            server_default = text(str(default))
        elif isinstance(default, str):
            server_default = text("'" + default.replace("'", "''") + "'")
        columns.append(
            Column(
                column.name, column.type, nullable=column.nullable, server_default=server_default
            )
        )
    table = Table(name, MetaData(), *columns, prefixes=["TEMPORARY"])
    table.create(conn)
    return table
