"""Rows and a checksum per table, the same on SQLite and PostgreSQL for the same data.

Used to prove that a copy between engines (``python main.py copy``) and an upgrade of an old
workspace lost nothing. Values are read through the models' column types (dates as dates,
booleans as booleans) and written in one canonical text form before hashing, rows in primary
key order.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, inspect, select
from sqlalchemy.engine import Connection, Engine
from sqlmodel import SQLModel

import core.goals.models  # noqa: F401
import core.models  # noqa: F401 - registers the tables
import core.selection.models  # noqa: F401


def data_tables(engine: Engine | Connection) -> list[Table]:
    """The app's tables present in the database, parents before children."""
    present = set(inspect(engine).get_table_names())
    return [t for t in SQLModel.metadata.sorted_tables if t.name in present]


def _canonical(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def present_columns(engine: Engine | Connection) -> dict[str, set[str]]:
    """The app's columns each table has in the database (an old file may lack newer ones)."""
    inspector = inspect(engine)
    return {t.name: {c["name"] for c in inspector.get_columns(t.name)} for t in data_tables(engine)}


def table_fingerprint(
    connection: Connection, table: Table, only: set[str] | None = None
) -> tuple[int, str]:
    """(rows, sha256 of the rows in primary key order), over the columns in ``only``."""
    digest = hashlib.sha256()
    count = 0
    columns = [c for c in table.columns if only is None or c.name in only]
    order = list(table.primary_key.columns) or columns
    query = select(*columns).order_by(*order)
    for row in connection.execute(query.execution_options(yield_per=5000)):
        digest.update(json.dumps([_canonical(v) for v in row], ensure_ascii=False).encode())
        digest.update(b"\n")
        count += 1
    return count, digest.hexdigest()


def fingerprints(
    engine: Engine, only: dict[str, set[str]] | None = None
) -> dict[str, tuple[int, str]]:
    """``{table: (rows, checksum)}`` for every app table in the database, over the columns
    it has (or those named in ``only``)."""
    with engine.connect() as connection:
        columns = only or present_columns(connection)
        return {
            t.name: table_fingerprint(connection, t, columns.get(t.name))
            for t in data_tables(connection)
            if t.name in columns
        }


def row_count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())
