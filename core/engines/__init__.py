"""What differs between the two kinds of workspace database, behind one small protocol.

A :class:`core.workspace.Workspace` holds a :class:`Backend`: :class:`core.engines.sqlite.
SqliteBackend` for a file, :class:`core.engines.postgresql.PostgresqlBackend` for a team
database on a server. The workspace asks its backend instead of branching on the engine, and
the backends never import :mod:`core.workspace` (they are handed the open workspace, seen
through :class:`OpenWorkspace`), so the two sides do not import each other.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Table
from sqlalchemy.engine import Connection, Engine


class OpenWorkspace(Protocol):
    """What a backend may read of the workspace it serves."""

    path: Path
    engine: Engine
    user: str

    @property
    def name(self) -> str: ...


class ChangeWatch(Protocol):
    """Reports other apps' commits from a thread of its own: LISTEN/NOTIFY on a server
    (:mod:`core.engines.notify`), ``PRAGMA data_version`` polled on a file
    (:mod:`core.engines.file_watch`)."""

    listening: threading.Event  # set once it is watching

    def start(self) -> None: ...

    def stop(self, wait: bool = True) -> None: ...


class Backend(Protocol):
    """The behaviour that depends on the kind of database behind a workspace."""

    #: a shared server (several people at once) rather than a file of one person
    is_server: bool

    def import_lock(self, workspace: OpenWorkspace) -> AbstractContextManager[None]:
        """One import or undo at a time across every app on this workspace."""
        ...

    def write_errors(self, workspace: OpenWorkspace) -> AbstractContextManager[None]:
        """Around a write: a failure becomes a plain :class:`WorkspaceError` message."""
        ...

    def failed_write(self, workspace: OpenWorkspace, exc: BaseException) -> BaseException:
        """The exception to raise for ``exc`` after a transaction was rolled back."""
        ...

    def backup(self, workspace: OpenWorkspace, reason: str, extra_space: int) -> Path | None:
        """A copy before a risky change; ``None`` when the database keeps its own."""
        ...

    def integrity_problems(self, workspace: OpenWorkspace) -> list[str]: ...

    def defer_checkpoint(self, connection: Connection) -> None:
        """A large write in this transaction: the engine's housekeeping after its commit
        (SQLite's WAL checkpoint) waits for :meth:`integrity_problems`, which does it
        alongside the check."""
        ...

    def schema_version(self, workspace: OpenWorkspace) -> int:
        """The old ``user_version`` ladder's step the database is at."""
        ...

    def insert_rows(
        self,
        connection: Connection,
        table: Table,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
    ) -> int:
        """Many rows in the fastest way the engine offers (COPY, executemany)."""
        ...

    def reset_id_sequence(self, connection: Connection, table: Table) -> None:
        """After rows were written with their ids: new ids come after them."""
        ...

    def change_listener(
        self, workspace: OpenWorkspace, on_change: Callable[[set[str]], None]
    ) -> ChangeWatch:
        """Calls ``on_change(tables)`` (from its own thread; empty when the engine cannot
        say which tables) when another app commits a change; :meth:`ChangeWatch.start` it."""
        ...
