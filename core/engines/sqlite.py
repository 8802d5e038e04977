"""A workspace file: SQLite with a file lock for imports, backups beside the file, SQLite's own
integrity check, many rows in by one ``executemany`` (in-process: no round trips to save) and
other windows' commits noticed by polling ``PRAGMA data_version`` (:mod:`core.engines.file_watch`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Table, event, insert
from sqlalchemy.engine import Connection, Engine
from sqlmodel import create_engine

from core import backups
from core.engines import OpenWorkspace
from core.engines.file_watch import DataVersionWatch
from core.workspace_guard import integrity_problems, plain_write_errors
from core.workspace_locks import import_lock


def _pragma_on_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


# A connection whose commit must not checkpoint (SqliteBackend.defer_checkpoint) is marked so
# in its pool record; given back to the pool it checkpoints automatically again.
NO_AUTOCHECKPOINT = "matrixdesk_no_autocheckpoint"
AUTOCHECKPOINT_PAGES = 1000  # SQLite's default


def _autocheckpoint_again(dbapi_connection, record) -> None:
    if record.info.pop(NO_AUTOCHECKPOINT, False) and dbapi_connection is not None:
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _pragma_on_connect)
    event.listen(engine, "checkin", _autocheckpoint_again)
    return engine


def executemany_rows(
    connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """One ``executemany`` of a prepared INSERT; returns the count."""
    batch = [dict(zip(columns, row, strict=True)) for row in rows]
    if batch:
        connection.execute(insert(table), batch)
    return len(batch)


class SqliteBackend:
    is_server = False

    @contextmanager
    def import_lock(self, workspace: OpenWorkspace) -> Iterator[None]:
        with import_lock(workspace.path):
            yield

    def write_errors(self, workspace: OpenWorkspace) -> AbstractContextManager[None]:
        return plain_write_errors(workspace.path)

    def failed_write(self, workspace: OpenWorkspace, exc: BaseException) -> BaseException:
        return exc

    def backup(self, workspace: OpenWorkspace, reason: str, extra_space: int) -> Path | None:
        return backups.make_backup(workspace.path, reason, extra_space)

    def integrity_problems(self, workspace: OpenWorkspace) -> list[str]:
        # A checkpoint a large import's commit left (defer_checkpoint) runs meanwhile on
        # another connection: after 100,000 SKUs it and the check took 0.17 s each, one after
        # the other; the check reads through the WAL all the same.
        return integrity_problems(workspace.path, checkpoint=True)

    def defer_checkpoint(self, connection: Connection) -> None:
        connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
        connection.info[NO_AUTOCHECKPOINT] = True

    def schema_version(self, workspace: OpenWorkspace) -> int:
        with workspace.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)

    def insert_rows(
        self,
        connection: Connection,
        table: Table,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
    ) -> int:
        return executemany_rows(connection, table, columns, rows)

    def reset_id_sequence(self, connection: Connection, table: Table) -> None:
        """SQLite hands out ids after the highest one by itself."""

    def change_listener(
        self, workspace: OpenWorkspace, on_change: Callable[[set[str]], None]
    ) -> DataVersionWatch:
        return DataVersionWatch(workspace.path, workspace.engine, on_change)
