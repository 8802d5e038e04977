"""Other people's changes on a team database, as they are committed (LISTEN/NOTIFY).

Every table of a team database carries a statement trigger (Alembic revision
0005_change_notices) that sends ``NOTIFY matrixdesk_changes, '<table>'``; PostgreSQL delivers
it when the writing transaction commits. :class:`ChangeListener` LISTENs on a connection of its
own in a plain thread (the window never waits for it) and reports the tables other apps
changed; its own app's notices are told apart by the server process id of each of the app's
connections. SQLite has nothing like it: the periodic check (and F5) covers files.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

CHANNEL = "matrixdesk_changes"
FUNCTION = "matrixdesk_change_notice"
WAIT_SECONDS = 0.5  # how long one wait for notices lasts: the thread stops within this
RETRY_SECONDS = 5.0  # after a lost connection (the periodic check covers the gap)

log = logging.getLogger("matrixdesk")


def change_notice_sql(tables: Iterable[str]) -> list[str]:
    """The function and the trigger on each table (a later revision adding a table calls
    this for it)."""
    statements = [
        f"""CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$"""
    ]
    for table in tables:
        trigger = f"{table}_change_notice"
        statements += [
            f'DROP TRIGGER IF EXISTS "{trigger}" ON "{table}"',
            f'CREATE TRIGGER "{trigger}" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
            f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()',
        ]
    return statements


_OWN_PIDS: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()


def track_own_connections(engine: Engine) -> set[int]:
    """The server process ids of this app's connections (kept up to date), so that its own
    notices are not taken for another person's change."""
    pids = _OWN_PIDS.get(engine)
    if pids is None:
        pids = _OWN_PIDS[engine] = set()
        found = pids

        def remember(dbapi_connection: Any, _record: Any) -> None:
            found.add(dbapi_connection.info.backend_pid)

        event.listen(engine, "connect", remember)
        engine.pool.dispose()  # connections opened before are reopened, and so recorded
    return pids


class ChangeListener:
    """Calls ``on_change(tables)`` from its own thread when other apps commit changes.

    ``engine`` is the workspace's engine (a PostgreSQL one); the listener takes one connection
    out of its pool for good and gives it back closed on :meth:`stop`."""

    def __init__(self, engine: Engine, on_change: Callable[[set[str]], None]) -> None:
        self.engine = engine
        self.on_change = on_change
        self.own_pids = track_own_connections(engine)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()  # set once LISTEN is in place (tests wait on it)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="matrixdesk-changes", daemon=True)
        self._thread.start()

    def stop(self, wait: bool = True) -> None:
        self._stop.set()
        if wait and self._thread is not None:
            self._thread.join(timeout=WAIT_SECONDS * 4)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._listen()
            except Exception as exc:  # noqa: BLE001 - a lost server: try again later
                log.info("change notices paused: %s", exc)
                self.listening.clear()
                self._stop.wait(RETRY_SECONDS)

    def _listen(self) -> None:
        pooled = self.engine.raw_connection()
        pooled.detach()  # ours for good: never handed to a query, closed by us
        connection: Any = pooled.dbapi_connection  # a psycopg.Connection
        try:
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
            mine = connection.info.backend_pid
            self.listening.set()
            while not self._stop.is_set():
                tables = {
                    notice.payload
                    for notice in connection.notifies(timeout=WAIT_SECONDS)
                    if notice.pid not in self.own_pids and notice.pid != mine
                }
                if tables:
                    self.on_change(tables)
        finally:
            self.listening.clear()
            try:
                connection.close()  # not pooled.close(): no rollback on a lost connection
            except Exception:  # noqa: BLE001 - already gone
                pass
