"""Other windows' changes to a local workspace file (the file's counterpart of LISTEN/NOTIFY).

SQLite has no notices, but ``PRAGMA data_version`` on a connection changes whenever *another*
connection commits to the file (WAL mode included). :class:`DataVersionWatch` keeps one idle
connection of its own and polls it from a plain thread about once a second (a read of shared
memory, no disk access); a change calls ``on_change`` as the PostgreSQL listener does.

This app's own commits go through other connections too, so they would look like someone
else's: the watch counts a commit of the workspace's engine as pending until that connection
is handed back to the pool, then takes the new ``data_version`` as the base. A commit by
another window in exactly that moment is taken for our own and shown at the next change or F5.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

POLL_SECONDS = 1.0

log = logging.getLogger("matrixdesk")


class DataVersionWatch:
    """Calls ``on_change(set())`` from its own thread when another connection (another window,
    another app, a script) commits to the workspace file; the tables are not known on SQLite.

    ``engine`` is the workspace's own engine, whose commits are not reported."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        on_change: Callable[[set[str]], None],
        every: float = POLL_SECONDS,
    ) -> None:
        self.path = path
        self.engine = engine
        self.on_change = on_change
        self.every = every
        self._lock = threading.Lock()
        self._pending: set[int] = set()  # own connections that committed, not yet handed back
        self._connection: sqlite3.Connection | None = None
        self._base: int | None = None
        self._closed = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()  # set once the base is read (tests wait on it)
        # Here, on the caller's thread: adding listeners while another thread runs through
        # them is not safe, and the new workspace's engine is not busy yet.
        event.listen(engine, "commit", self._committed)
        event.listen(engine, "checkin", self._handed_back)
        event.listen(engine, "engine_disposed", self._workspace_closed)

    # --- this app's own commits ------------------------------------------------------------
    def _committed(self, connection: Any) -> None:
        if self._closed:
            return
        with self._lock:
            self._pending.add(id(connection.connection.dbapi_connection))

    def _handed_back(self, dbapi_connection: Any, _record: Any) -> None:
        if self._closed:
            return
        with self._lock:
            if id(dbapi_connection) in self._pending:
                self._pending.discard(id(dbapi_connection))
                self._base = self._read()

    # --- polling -------------------------------------------------------------------------
    def _read(self) -> int | None:
        if self._connection is None:
            return None
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def open(self) -> None:
        """Take the base to compare against (:meth:`start` does it on its thread)."""
        with self._lock:
            if self._connection is None:
                # mode=rw: a file moved away meanwhile is not made again, empty
                self._connection = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=rw",
                    uri=True,
                    check_same_thread=False,
                    isolation_level=None,
                )
            self._base = self._read()
        self.listening.set()

    def _workspace_closed(self, _engine: Any) -> None:
        """The workspace was closed (to be renamed, restored, replaced): let go of the file at
        once, as Windows renames no file that is open. The thread ends at its next wake."""
        self._stop.set()
        self.close()

    def poll(self) -> bool:
        """Whether another connection committed since the last poll (and says so)."""
        with self._lock:
            if self._pending or self._connection is None:
                return False  # our own commit is on its way back: wait for it
            found = self._read()
            changed = found != self._base
            self._base = found
        if changed:
            self.on_change(set())
        return changed

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="matrixdesk-file", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self.open()
            while not self._stop.wait(self.every):
                self.poll()
        except sqlite3.Error as exc:  # e.g. the file was moved away: F5 still works
            log.info("watching the workspace file stopped: %s", exc)
        finally:
            self.close()

    def stop(self, wait: bool = True) -> None:
        self._stop.set()
        if wait and self._thread is not None:
            self._thread.join(timeout=self.every * 4)
        if self._thread is None:
            self.close()

    def close(self) -> None:
        # The listeners stay on the engine, idle (removing them from this thread could race
        # the engine's own thread going through them); a closed workspace's engine goes with it.
        with self._lock:
            self._closed = True
            if self._connection is not None:
                self._connection.close()
                self._connection = None
            self.listening.clear()
