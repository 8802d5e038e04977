"""A workspace is one SQLite file, or a team database on a PostgreSQL server. Open, create,
copy, rename and back it up here.

Every open runs the migration ladder; an older file is copied to ``backups/`` beside it first,
so a failed upgrade never costs the seller their data. What differs between the two kinds of
database is the workspace's backend (:mod:`core.engines`).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, func
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool
from sqlmodel import Session, create_engine, select

from core import backups, migrations, schema
from core.edits import USER_KEY, local_user
from core.engines import Backend
from core.engines.postgresql import PostgresqlBackend
from core.engines.postgresql import connect as connect_server
from core.engines.sqlite import SqliteBackend, make_engine
from core.file_check import checked_ahead
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import (
    Category,
    Listing,
    Market,
    Platform,
    Product,
    RaciAssignment,
    Setting,
    Sku,
    TeamMember,
)
from core.workspace_guard import (
    APPLICATION_ID,
    DiskFull,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceReadOnly,
    damaged,
    identify,
    is_disk_full_error,
    is_read_only_error,
    quick_check,
    read_only,
    writable,
)
from core.workspace_locks import remove_lock_files

__all__ = [
    "DiskFull",
    "Workspace",
    "WorkspaceDamaged",
    "WorkspaceError",
    "WorkspaceReadOnly",
    "backup_file",
    "make_engine",
    "open_workspace",
]

SUFFIX = ".matrixdesk"
SQLITE_MAGIC = b"SQLite format 3\x00"


class Workspace:
    """An open workspace: an SQLite file, or a team database on a PostgreSQL server.

    For a team database ``url`` is its address (without the password) and ``path`` only a
    stand-in file name in the home folder, for suggesting export file names. What differs
    between the two (the import lock, backups, integrity checks, write errors) is asked of
    ``backend`` (:mod:`core.engines`).
    """

    def __init__(
        self, path: Path, engine: Engine, url: str | None = None, backend: Backend | None = None
    ) -> None:
        self.path = path
        self.engine = engine
        self.url = url
        self.backend: Backend = backend or (SqliteBackend() if url is None else PostgresqlBackend())
        self.user = ""  # the database role of a team workspace
        self.read_only = False  # a viewer's team workspace
        self.warning: Message | None = None  # e.g. a connection without TLS

    @property
    def is_server(self) -> bool:
        return self.backend.is_server

    @property
    def location(self) -> str:
        """What the seller knows this workspace by: its file path or its server address."""
        return self.url if self.url is not None else str(self.path)

    @property
    def name(self) -> str:
        return self.path.stem

    def import_lock(self) -> AbstractContextManager[None]:
        """One import or undo at a time: a file lock, or an advisory lock on the server."""
        return self.backend.import_lock(self)

    def write_errors(self) -> AbstractContextManager[None]:
        """Turn a failed write into a plain message (see ``plain_write_errors``)."""
        return self.backend.write_errors(self)

    def backup(self, reason: str, extra_space: int = 0) -> Path | None:
        """A backup copy of a file before a risky change; a server keeps its own backups."""
        return self.backend.backup(self, reason, extra_space)

    def integrity_problems(self) -> list[str]:
        return self.backend.integrity_problems(self)

    def session(self) -> Session:
        # who writes: recorded on every edited record (core.edits)
        return Session(
            self.engine, expire_on_commit=False, info={USER_KEY: self.user or local_user()}
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error."""
        with self.session() as session:
            try:
                yield session
                session.commit()
            except BaseException as exc:
                session.rollback()
                failure = self.backend.failed_write(self, exc)
                if failure is not exc:
                    raise failure from exc
                raise

    def close(self) -> None:
        self.engine.dispose()

    @property
    def schema_version(self) -> int:
        """The old ladder's version (:data:`core.migrations.LADDER_VERSION` once upgraded)."""
        return self.backend.schema_version(self)

    @property
    def schema_revision(self) -> str | None:
        """The Alembic revision the schema is at."""
        with self.engine.connect() as conn:
            return schema.current(conn)

    def setting(self, key: str, default: str = "") -> str:
        with self.session() as session:
            row = session.get(Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as session:
            session.merge(Setting(key=key, value=value))

    def counts(self) -> dict[str, int]:
        """Rows per entity, for ``info`` and the status bar."""
        from core.models import ExchangeRate, ImportBatch, SalesRecord, StockLot

        tables = {
            "categories": Category,
            "products": Product,
            "skus": Sku,
            "markets": Market,
            "platforms": Platform,
            "listings": Listing,
            "team_members": TeamMember,
            "raci_assignments": RaciAssignment,
            "exchange_rates": ExchangeRate,
            "sales_records": SalesRecord,
            "stock_lots": StockLot,
            "imports": ImportBatch,
        }
        with self.session() as session:
            return {
                name: int(session.exec(select(func.count()).select_from(model)).one())
                for name, model in tables.items()
            }


def is_server_address(location: str | Path) -> bool:
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


def backup_file(path: Path, reason: str, extra_space: int = 0) -> Path:
    """Copy the workspace into ``backups/`` (see :mod:`core.backups` for the keeping policy)."""
    return backups.make_backup(path, reason, extra_space)


def open_workspace(path: str | Path, create: bool = False) -> Workspace:
    """Open (and upgrade) a workspace file; with ``create`` a missing file is made.

    Nothing is written to a file before it is known to be ours and whole: foreign, empty,
    damaged and read-only files are refused with a :class:`WorkspaceError` saying which.
    A ``postgresql://`` address opens a team database instead (:func:`open_server_workspace`).
    """
    if is_server_address(path):
        return open_server_workspace(str(path))
    path = Path(path).expanduser().resolve()
    existed = path.exists()
    if not existed:
        if not create:
            raise WorkspaceError(
                Message(
                    "Workspace",
                    QT_TRANSLATE_NOOP("Workspace", "{path} does not exist."),
                    {"path": str(path)},
                )
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise read_only(path) from exc
        if not writable(path.parent):
            raise read_only(path)
    elif path.is_dir() or (path.stat().st_size > 0 and _magic(path) != SQLITE_MAGIC):
        raise WorkspaceError(
            Message(
                "Workspace",
                QT_TRANSLATE_NOOP(
                    "Workspace", "{path} is not a MatrixDesk workspace (not an SQLite database)."
                ),
                {"path": str(path)},
            )
        )
    try:
        _migrate(path, create and not existed)
        engine = make_engine(path)
        workspace = Workspace(path, engine)
        if not workspace.setting("created_at"):
            workspace.set_setting("created_at", datetime.now().isoformat(timespec="seconds"))
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        raise _write_failed(path, exc) from exc
    return workspace


def open_server_workspace(location: str, password: str | None = None) -> Workspace:
    """Connect to a team database (upgraded to the head when this role may; see
    :func:`core.engines.postgresql.connect` for what is refused)."""
    login = connect_server(location, password)
    workspace = Workspace(
        Path.home() / f"{login.database}.matrixdesk",
        login.engine,
        url=login.address,
        backend=PostgresqlBackend(),
    )
    workspace.user = login.user
    workspace.read_only = login.read_only
    workspace.warning = login.warning
    return workspace


def _write_failed(path: Path, exc: BaseException) -> WorkspaceError:
    if is_disk_full_error(exc):
        return DiskFull(
            Message(
                "Workspace",
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "The disk holding {path} is full, so MatrixDesk cannot open it for writing. "
                    "Free some space and try again.",
                ),
                {"path": str(path)},
            )
        )
    if is_read_only_error(exc):
        return read_only(path)
    return WorkspaceError(
        Message(
            "Workspace",
            QT_TRANSLATE_NOOP("Workspace", "{path} is damaged or not a workspace: {error}"),
            {"path": str(path), "error": str(exc)},
        )
    )


def _magic(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(16)


def _migrate(path: Path, creating: bool) -> None:
    """Identify the file, check it, then upgrade and mark it (backed up first).

    The old ``user_version`` ladder first, then Alembic (see :mod:`core.migrations`)."""
    if path.exists() and not writable(path):
        # Identified read-only and immutable (SQLite then needs no -shm beside it): a foreign
        # file is still called foreign, a workspace is offered as a copy.
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            identify(conn, path, creating)
        finally:
            conn.close()
        raise read_only(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        kind = identify(conn, path, creating)
        if kind != "empty":
            problems = checked_ahead(path)  # started at the app's start (core/file_check.py)
            if problems is None:
                problems = quick_check(conn)
            if problems:
                raise damaged(path, problems)
        version = migrations.current_version(conn)
        revision = migrations.alembic_revision(conn)
        head = schema.head()
        if version == migrations.LADDER_VERSION and revision == head and kind == "ours":
            return
        # Stamping a ladder-made file with the baseline changes no data: no backup for that.
        if version > 0 and (
            version < migrations.LADDER_VERSION or (revision or schema.BASELINE) != head
        ):
            conn.close()
            backup_file(path, f"before-v{head}")
            conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        migrations.upgrade(conn)
    finally:
        conn.close()
    engine = _migration_engine(path)
    try:
        with engine.connect() as connection:
            schema.upgrade(connection, stamp_baseline=True)
    finally:
        engine.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        conn.close()


def _migration_engine(path: Path) -> Engine:
    """SQLite for Alembic: foreign keys off (a batch step rebuilds tables) and DDL inside one
    real transaction (Python's sqlite3 would commit before each CREATE/ALTER)."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        dbapi_connection.execute("PRAGMA busy_timeout = 5000")

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN EXCLUSIVE")

    return engine


def create_workspace(path: str | Path) -> Workspace:
    path = Path(path).expanduser().resolve()
    if path.exists():
        raise WorkspaceError(
            Message(
                "Workspace",
                QT_TRANSLATE_NOOP("Workspace", "{path} already exists."),
                {"path": str(path)},
            )
        )
    return open_workspace(path, create=True)


def copy_workspace(workspace: Workspace, target: str | Path) -> Path:
    """Save As: a consistent copy of the open workspace at ``target`` (overwritten)."""
    target = Path(target).expanduser().resolve()
    if target == workspace.path:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    source = sqlite3.connect(workspace.path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def rename_workspace(workspace: Workspace, new_name: str) -> Workspace:
    """Rename the file in its folder; returns the reopened workspace."""
    clean = new_name.strip()
    if not clean or any(ch in clean for ch in '/\\:*?"<>|'):
        raise WorkspaceError(
            Message(
                "Workspace",
                QT_TRANSLATE_NOOP("Workspace", "'{name}' cannot be used as a file name."),
                {"name": new_name},
            )
        )
    target = workspace.path.with_name(clean + SUFFIX)
    if target.exists():
        raise WorkspaceError(
            Message(
                "Workspace",
                QT_TRANSLATE_NOOP("Workspace", "{path} already exists."),
                {"path": str(target)},
            )
        )
    with workspace.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    shutil.move(str(workspace.path), str(target))
    remove_lock_files(workspace.path)
    for suffix in ("-wal", "-shm"):
        Path(f"{workspace.path}{suffix}").unlink(missing_ok=True)
    return open_workspace(target)
