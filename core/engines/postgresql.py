"""A team workspace: the same schema on a shared PostgreSQL server (the server's side of
:class:`core.workspace.Workspace`: connecting, the advisory import lock, what a role may not
write, the change mark other people's edits move).

The app connects as the person's own database role (see :mod:`core.team_setup`), never as a
shared superuser; what that role may do is decided by the server's grants. Connections to a
server that is not on this machine use TLS: ``verify-full`` when a root certificate is known
(``sslrootcert=`` in the address, ``PGSSLROOTCERT`` or ``~/.postgresql/root.crt``), otherwise
encrypted without checking the server's identity, with a warning.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, create_engine, func, select, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from core import migrations, schema
from core.engines import OpenWorkspace
from core.engines.notify import ChangeListener
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.workspace_guard import ServerRefused, WorkspaceError
from core.workspace_locks import WorkspaceBusy

IMPORT_LOCK_KEY = 0x4D747845  # pg_advisory_lock key of the import lock (one per database)
LOOPBACK = {"localhost", "127.0.0.1", "::1", ""}
CONNECT_TIMEOUT = 8  # seconds: an unreachable server says so instead of hanging the window


class TeamDatabaseError(WorkspaceError):
    """The server could not be reached, refused the login, or is not set up."""


def _msg(text: str, **params) -> Message:
    return Message("Team", text, params)


def server_url(location: str, password: str | None = None, user: str | None = None) -> URL:
    """The SQLAlchemy URL (psycopg 3 driver) of a ``postgresql://`` address."""
    url = make_url(location.replace("postgres://", "postgresql://", 1))
    url = url.set(drivername="postgresql+psycopg")
    if user:
        url = url.set(username=user)
    if password is not None:
        url = url.set(password=password)
    return url


def public_address(url: URL | str) -> str:
    """The address without its password (for titles, the recent list and messages)."""
    url = make_url(url) if isinstance(url, str) else url
    return url._replace(drivername="postgresql", password=None).render_as_string(
        hide_password=False
    )


def is_loopback(url: URL) -> bool:
    host = url.host or ""
    return host in LOOPBACK or host.startswith("127.") or host.startswith("/")


def tls_settings(url: URL) -> tuple[dict[str, str], Message | None]:
    """libpq's ``sslmode`` (and root certificate) for ``url``, and a warning when the
    server's identity cannot be checked."""
    query = dict(url.query)
    if is_loopback(url) or "sslmode" in query:
        return {}, None
    root = query.get("sslrootcert") or os.environ.get("PGSSLROOTCERT")
    default_root = Path.home() / ".postgresql" / "root.crt"
    if not root and default_root.exists():
        root = str(default_root)
    if root:
        return {"sslmode": "verify-full", "sslrootcert": str(root)}, None
    return {"sslmode": "require"}, _msg(
        QT_TRANSLATE_NOOP(
            "Team",
            "The connection to {host} is encrypted, but MatrixDesk cannot check that it is "
            "really your server: no certificate of it is known. Ask whoever runs the server "
            "for its root certificate and save it as {path}.",
        ),
        host=url.host or "",
        path=str(default_root),
    )


def make_server_engine(url: URL) -> tuple[Engine, Message | None]:
    settings, warning = tls_settings(url)
    engine = create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT, **settings},
    )
    return engine, warning


def connection_problem(exc: BaseException, url: URL) -> TeamDatabaseError:
    """A plain message for a failed login or an unreachable server."""
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc) else ""
    lowered = str(exc).lower()
    params = {"host": url.host or "localhost", "port": url.port or 5432, "user": url.username}
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        text_ = QT_TRANSLATE_NOOP(
            "Team",
            "The server at {host} refused the login of {user}: the user name or password is wrong.",
        )
    elif "does not exist" in lowered and "database" in lowered:
        text_ = QT_TRANSLATE_NOOP(
            "Team",
            "The server at {host} has no database {database}. Check the name, or set the team "
            "workspace up first (python main.py team init).",
        )
        params["database"] = url.database or ""
    elif "role" in lowered and "does not exist" in lowered:
        text_ = QT_TRANSLATE_NOOP(
            "Team", "The server at {host} has no user {user}. Ask the owner to add you."
        )
    elif "timeout expired" in lowered or "timed out" in lowered:
        text_ = QT_TRANSLATE_NOOP(
            "Team",
            "The server at {host}:{port} did not answer within {seconds} seconds. Check the "
            "address and your network; your local workspaces still work.",
        )
        params["seconds"] = CONNECT_TIMEOUT
    else:
        text_ = QT_TRANSLATE_NOOP(
            "Team",
            "Cannot reach the server at {host}:{port} ({detail}). Check the address and that "
            "the server is running; your local workspaces still work.",
        )
        params["detail"] = detail
    return TeamDatabaseError(_msg(text_, **params))


@dataclass
class ServerLogin:
    """A connection to a team database whose schema is at the head, for this role."""

    engine: Engine
    address: str  # without the password
    database: str
    user: str
    read_only: bool  # a viewer: reads, never writes
    warning: Message | None  # e.g. a connection without TLS


def connect(location: str, password: str | None = None) -> ServerLogin:
    """Connect to a team database and bring its schema to the head when this role may.

    A database that is behind the app and cannot be upgraded by this role (an editor or a
    viewer) is refused with a message naming the owner's command.
    """
    url = server_url(location, password)
    if url.password is None and not os.environ.get("PGPASSWORD"):
        from core.credentials import saved_password

        url = server_url(location, saved_password(public_address(url)))
    engine, warning = make_server_engine(url)
    try:
        with engine.connect() as connection:
            revision = schema.current(connection)
            may_migrate = schema.may_upgrade(connection)
            writable = bool(
                connection.execute(
                    text(
                        "SELECT to_regclass('sku') IS NOT NULL AND "
                        "has_table_privilege(current_user, 'sku', 'UPDATE')"
                    )
                ).scalar()
            ) or (revision is None and may_migrate)
        if revision is not None and not schema.is_known(revision):
            raise TeamDatabaseError(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Team",
                        "The team database was upgraded by a newer MatrixDesk (schema "
                        "{found}). Please update MatrixDesk.",
                    ),
                    found=revision,
                )
            )
        if revision != schema.head():
            if not may_migrate:
                raise TeamDatabaseError(
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "Team",
                            "The team database needs an upgrade that only its owner may make: "
                            "ask them to run python main.py team init {address}.",
                        ),
                        address=public_address(url),
                    )
                )
            with engine.connect() as connection:
                schema.upgrade(connection)
    except DBAPIError as exc:
        engine.dispose()
        if exc.connection_invalidated or _is_login_problem(exc):
            raise connection_problem(exc, url) from exc
        raise
    except TeamDatabaseError:
        engine.dispose()
        raise
    return ServerLogin(
        engine=engine,
        address=public_address(url),
        database=url.database or "team",
        user=url.username or "",
        read_only=not writable,
        warning=warning,
    )


def _is_login_problem(exc: DBAPIError) -> bool:
    from psycopg import OperationalError

    return isinstance(exc.orig, OperationalError)


@contextmanager
def advisory_import_lock(workspace: OpenWorkspace) -> Iterator[None]:
    """The import lock across every app on the server: a session-level advisory lock held on
    its own connection while the import runs (the server drops it if the app dies)."""
    with workspace.engine.connect() as connection:
        got = connection.execute(
            text("SELECT pg_try_advisory_lock(:key)"), {"key": IMPORT_LOCK_KEY}
        ).scalar()
        connection.commit()
        if not got:
            raise WorkspaceBusy(
                Message(
                    "Workspace",
                    QT_TRANSLATE_NOOP(
                        "Workspace",
                        "Another import or undo is running on {name} (in this or another "
                        "window). Wait until it has finished, then try again.",
                    ),
                    {"name": workspace.name},
                )
            )
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": IMPORT_LOCK_KEY})
            connection.commit()


def read_only_message(workspace: OpenWorkspace) -> Message:
    return _msg(
        QT_TRANSLATE_NOOP(
            "Team",
            "You can read this team workspace but not change it: your role ({user}) is a "
            "viewer. Ask the owner for the editor role to make changes.",
        ),
        user=workspace.user,
    )


def is_permission_error(exc: BaseException) -> bool:
    from psycopg.errors import InsufficientPrivilege

    orig = getattr(exc, "orig", exc)
    return isinstance(orig, InsufficientPrivilege)


def refused_or_same(workspace: OpenWorkspace, exc: BaseException) -> BaseException:
    """A write the server refused for this role becomes :class:`ServerRefused`."""
    return ServerRefused(read_only_message(workspace)) if is_permission_error(exc) else exc


@contextmanager
def plain_server_errors(workspace: OpenWorkspace) -> Iterator[None]:
    """A write the role may not make becomes :class:`ServerRefused` with a plain message."""
    try:
        yield
    except SQLAlchemyError as exc:
        if is_permission_error(exc):
            raise ServerRefused(read_only_message(workspace)) from exc
        raise


# Records people edit carry who changed them and when (core.edits): the newest change by
# someone else, and the imports, tell the app that the workspace changed under it.
_CHANGE_MARK = """
SELECT (SELECT max(changed_at) FROM product WHERE changed_by <> current_user),
       (SELECT max(changed_at) FROM sku WHERE changed_by <> current_user),
       (SELECT max(changed_at) FROM listing WHERE changed_by <> current_user),
       (SELECT max(changed_at) FROM teammember WHERE changed_by <> current_user),
       (SELECT max(changed_at) FROM goal WHERE changed_by <> current_user),
       (SELECT count(*) FROM importbatch),
       (SELECT count(undone_at) FROM importbatch)
"""


def others_change_mark(workspace: OpenWorkspace) -> tuple:
    """Changes when another person saves an edit or an import is made or undone (a periodic
    check compares it; a cheap query on small indexes of five tables)."""
    with workspace.engine.connect() as connection:
        return tuple(connection.execute(text(_CHANGE_MARK)).one())


def copy_rows(
    connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """``COPY … FROM STDIN`` through psycopg: one round trip for the whole batch, several times
    faster than INSERTs. Returns the count."""
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
    """After rows were written with their ids, the sequence must hand out ids after them."""
    if "id" not in table.columns:
        return
    top = connection.execute(select(func.max(table.c.id))).scalar()
    connection.execute(
        text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, :called)"),
        {"t": table.name, "v": int(top or 1), "called": top is not None},
    )


class PostgresqlBackend:
    """A team database: the server keeps backups and checks its own pages; imports take an
    advisory lock; a write the role may not make becomes :class:`ServerRefused`."""

    is_server = True

    def import_lock(self, workspace: OpenWorkspace) -> AbstractContextManager[None]:
        return advisory_import_lock(workspace)

    def write_errors(self, workspace: OpenWorkspace) -> AbstractContextManager[None]:
        return plain_server_errors(workspace)

    def failed_write(self, workspace: OpenWorkspace, exc: BaseException) -> BaseException:
        return refused_or_same(workspace, exc) if isinstance(exc, SQLAlchemyError) else exc

    def backup(self, workspace: OpenWorkspace, reason: str, extra_space: int) -> Path | None:
        return None

    def integrity_problems(self, workspace: OpenWorkspace) -> list[str]:
        return []

    def defer_checkpoint(self, connection: Connection) -> None:
        pass  # the server checkpoints on its own

    def schema_version(self, workspace: OpenWorkspace) -> int:
        # the old user_version ladder predates team databases: a server starts past it
        return migrations.LADDER_VERSION

    def change_mark(self, workspace: OpenWorkspace) -> tuple:
        return others_change_mark(workspace)

    def insert_rows(
        self,
        connection: Connection,
        table: Table,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
    ) -> int:
        return copy_rows(connection, table, columns, rows)

    def reset_id_sequence(self, connection: Connection, table: Table) -> None:
        reset_id_sequence(connection, table)

    def change_listener(
        self, workspace: OpenWorkspace, on_change: Callable[[set[str]], None]
    ) -> ChangeListener:
        return ChangeListener(workspace.engine, on_change)
