"""The workspace revision: a cheap value that changes whenever anyone commits a write to the
workspace (this app or another one on the same data), so a result computed from it (step 2's
review of 100,000 SKUs) can be kept until something changed. Nothing is written for it.

- SQLite: ``PRAGMA data_version`` on a connection of our own that never writes (closed
  when the engine is disposed, i.e. when the workspace closes). SQLite
  changes it for that connection whenever any other connection (the app's, another
  window's, a command line's) commits to the file, WAL mode included.
- PostgreSQL: the server's WAL insert position (``pg_current_wal_insert_lsn``): every transaction that
  wrote commits with a WAL record, so the position moves. Other databases on the same server
  move it too: then the result is computed again, never kept when it should not be.

``current`` returns None when it cannot tell (the caller then always recomputes).
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

# engine -> (our own connection to its SQLite file, a lock: the review runs on a worker thread)
_watchers: weakref.WeakKeyDictionary[Engine, tuple[sqlite3.Connection, threading.Lock]] = (
    weakref.WeakKeyDictionary()
)
_guard = threading.Lock()


def _sqlite_watcher(engine: Engine) -> tuple[sqlite3.Connection, threading.Lock] | None:
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    with _guard:
        known = _watchers.get(engine)
        if known is None:
            # Not read-only: when it is the last connection to close, SQLite checkpoints and
            # removes the -wal file as the app's own would (a read-only one leaves it behind).
            # It only ever asks PRAGMA data_version, which starts no transaction.
            connection = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
            known = _watchers[engine] = (connection, threading.Lock())
            event.listen(engine, "engine_disposed", _forget)
        return known


def _forget(engine: Engine) -> None:
    with _guard:
        known = _watchers.pop(engine, None)
    if known is not None:
        known[0].close()


def current(connection: Connection) -> Any:
    """The revision of ``connection``'s workspace now: compare two values with ``==``."""
    dialect = connection.dialect.name
    try:
        if dialect == "sqlite":
            watcher = _sqlite_watcher(connection.engine)
            if watcher is None:
                return None
            own, lock = watcher
            with lock:
                return own.execute("PRAGMA data_version").fetchone()[0]
        if dialect == "postgresql":
            return connection.exec_driver_sql("SELECT pg_current_wal_insert_lsn()::text").scalar()
    except Exception:  # noqa: BLE001 - no revision: the caller recomputes
        return None
    return None
