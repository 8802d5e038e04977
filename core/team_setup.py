"""Set a team workspace up on a PostgreSQL server: the database, its roles and their grants.

``python main.py team init URL --admin USER`` (URL: an administrator of the server, e.g. the
``postgres`` superuser, and the team database's name) makes

- three group roles per team database, ``<db>_owner`` (owns the tables: migrations, users),
  ``<db>_editor`` (reads and writes the data: plan and import) and ``<db>_viewer`` (reads only:
  a partner or an accountant), with the grants that say so: the server refuses what a role
  may not do even if the app were bypassed;
- the login role USER (a person), member of ``<db>_owner``, allowed to add people;
- the database (owned by ``<db>_owner``, closed to everyone else) at the schema head.

``team add-user URL NAME --role editor|viewer`` adds a person's login role to a group. The app
then connects as that person, never as a shared superuser.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL

from core import schema
from core.engines.postgresql import TeamDatabaseError, make_server_engine, server_url
from core.i18n import QT_TRANSLATE_NOOP, Message

ROLES = ("owner", "editor", "viewer")
PEOPLE_ROLES = ("editor", "viewer")


@dataclass(frozen=True)
class TeamLogin:
    user: str
    password: str
    generated: bool  # the password was made here: print it once


def group(database: str, role: str) -> str:
    return f"{database}_{role}"


def _connect(url: URL, database: str | None = None) -> psycopg.Connection:
    params: dict[str, Any] = {
        "host": url.host,
        "port": url.port,
        "user": url.username,
        "password": url.password,
        "dbname": database or url.database,
        "connect_timeout": 8,
    }
    given = {k: v for k, v in params.items() if v is not None}
    return psycopg.connect(autocommit=True, **given)


def _role_exists(conn: psycopg.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is not None


def _new_password(password: str | None) -> tuple[str, bool]:
    return (password, False) if password else (secrets.token_urlsafe(12), True)


def init_team(location: str, admin: str, password: str | None = None) -> TeamLogin:
    """Create (or bring up to date) the team database at ``location``; ``admin`` is the
    person who owns it. Safe to run again: it upgrades the schema and repairs the grants."""
    url = server_url(location)
    database = url.database
    if not database:
        raise TeamDatabaseError(
            Message(
                "Team",
                QT_TRANSLATE_NOOP("Team", "The address must name the team database: {address}"),
                {"address": location},
            )
        )
    owner = group(database, "owner")
    admin_password, generated = _new_password(password)
    with _connect(url, "postgres") as conn:
        for role in ROLES:
            if not _role_exists(conn, group(database, role)):
                conn.execute(
                    sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group(database, role)))
                )
        if _role_exists(conn, admin):
            if password:
                conn.execute(
                    sql.SQL("ALTER ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
                        sql.Identifier(admin), sql.Literal(admin_password)
                    )
                )
        else:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
                    sql.Identifier(admin), sql.Literal(admin_password)
                )
            )
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(owner), sql.Identifier(admin)))
        for role in PEOPLE_ROLES:  # the owner may add people to these groups
            conn.execute(
                sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(
                    sql.Identifier(group(database, role)), sql.Identifier(admin)
                )
            )
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (database,)
        ).fetchone()
        if not exists:
            conn.execute(
                sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0 ENCODING 'UTF8'").format(
                    sql.Identifier(database), sql.Identifier(owner)
                )
            )
        else:
            conn.execute(
                sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
                    sql.Identifier(database), sql.Identifier(owner)
                )
            )
        conn.execute(
            sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(database))
        )
        for role in ROLES:
            conn.execute(
                sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(
                    sql.Identifier(database), sql.Identifier(group(database, role))
                )
            )
    with _connect(url) as conn:
        _grant_schema(conn, database)
    _upgrade_as_owner(url)
    with _connect(url) as conn:
        _grant_tables(conn, database)
    return TeamLogin(admin, admin_password, generated)


def _grant_schema(conn: psycopg.Connection, database: str) -> None:
    owner, editor, viewer = (sql.Identifier(group(database, r)) for r in ROLES)
    conn.execute(sql.SQL("ALTER SCHEMA public OWNER TO {}").format(owner))
    conn.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}, {}").format(editor, viewer))


def _grant_tables(conn: psycopg.Connection, database: str) -> None:
    owner, editor, viewer = (sql.Identifier(group(database, r)) for r in ROLES)
    statements = [
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {viewer}",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {editor}",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {editor}",
        "GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {viewer}",
        # tables that later revisions create get the same grants
        "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public GRANT SELECT ON TABLES "
        "TO {viewer}",
        "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public GRANT SELECT, INSERT, "
        "UPDATE, DELETE ON TABLES TO {editor}",
        "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public GRANT USAGE, SELECT ON "
        "SEQUENCES TO {editor}",
        # the schema's version table is the owner's business alone
        "REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {editor}",
    ]
    for statement in statements:
        conn.execute(sql.SQL(statement).format(owner=owner, editor=editor, viewer=viewer))


def _upgrade_as_owner(url: URL) -> None:
    engine, _warning = make_server_engine(url)
    try:
        with engine.connect() as connection:
            schema.upgrade(connection)
    finally:
        engine.dispose()


def add_user(location: str, name: str, role: str, password: str | None = None) -> TeamLogin:
    """A person's login role in the ``editor`` or ``viewer`` group of the team database."""
    if role not in PEOPLE_ROLES:
        raise ValueError(role)
    url = server_url(location)
    database = url.database or ""
    new_password, generated = _new_password(password)
    with _connect(url) as conn:
        ident = sql.Identifier(name)
        if _role_exists(conn, name):
            conn.execute(
                sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(ident, sql.Literal(new_password))
            )
        else:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(ident, sql.Literal(new_password))
            )
        for other in PEOPLE_ROLES:  # one role per person: moving a person drops the old one
            if other != role:
                conn.execute(
                    sql.SQL("REVOKE {} FROM {}").format(
                        sql.Identifier(group(database, other)), ident
                    )
                )
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group(database, role)), ident))
    return TeamLogin(name, new_password, generated)
