"""Alembic revisions of the workspace schema, run by the app itself (no alembic.ini, no env.py).

See :mod:`core.migrations` for how SQLite files made by the old ``user_version`` ladder reach
the baseline revision, and how to add a schema change.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

# Alembic is imported where a schema is changed or inspected, not here: opening a workspace
# already at the head needs only the revision ids (``head``, ``is_known``), read from the
# revision files (~0.13 s of imports less at every start; tests/test_schema_head.py).
if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection

LOCATION = Path(__file__).resolve().parent
BASELINE = "0001_baseline"
# Taken (transaction-scoped) while a PostgreSQL database is upgraded: two apps starting at once
# must not both create the tables.
UPGRADE_LOCK_KEY = 0x4D747844


def config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(LOCATION))
    return cfg


@cache
def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


_REVISION = re.compile(r"""^revision\s*(?::\s*str\s*)?=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"""^down_revision\s*(?::[^=]+)?=\s*(?:["']([^"']+)["']|None)""", re.MULTILINE
)


@cache
def _revision_chain() -> dict[str, str | None]:
    """revision -> down_revision, read from the revision files as text (no Alembic)."""
    chain: dict[str, str | None] = {}
    for file in sorted((LOCATION / "versions").glob("*.py")):
        source = file.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return {}  # a form this reader does not know: Alembic decides
        chain[revision.group(1)] = down.group(1)
    return chain


def head() -> str:
    """The newest revision this app knows (exactly one head: tests check it).

    From the revision files' text when they form one line (they do: tests check it equals
    Alembic's head); else Alembic's own answer."""
    chain = _revision_chain()
    heads = set(chain) - set(chain.values())
    if len(heads) == 1:
        return heads.pop()
    found = script().get_current_head()
    assert found is not None
    return found


def is_known(revision: str) -> bool:
    if revision in _revision_chain():
        return True
    from alembic.script.revision import RevisionError
    from alembic.util.exc import CommandError

    try:
        return script().get_revision(revision) is not None
    except (CommandError, RevisionError):
        return False


def current(connection: Connection) -> str | None:
    """The revision the database is at (``None``: not under Alembic yet)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, stamp_baseline: bool = False) -> str:
    """Bring the database to :func:`head` in one transaction; returns the head.

    ``stamp_baseline``: the tables of the baseline exist already (an SQLite file made by the
    ladder): record the baseline without running it, then run what follows.
    ``connection`` must not be in a transaction; the upgrade commits its own.
    """
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    directory = script()

    def upgrade_steps(revision, _context):
        return directory._upgrade_revs("head", revision)

    context = MigrationContext.configure(
        connection,
        opts={"script": directory, "fn": upgrade_steps, "transactional_ddl": True},
    )
    with Operations.context(context), context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": UPGRADE_LOCK_KEY})
            # Tables belong to the database's owner role (a team's <db>_owner group), not to
            # the person running the upgrade: the grants of core.team_setup then apply.
            connection.execute(text(f"SET LOCAL ROLE {quoted_owner(connection)}"))
        if stamp_baseline and context.get_current_revision() is None:
            context.stamp(directory, BASELINE)
        context.run_migrations()
    return head()


OWNER_QUERY = "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"


def quoted_owner(connection: Connection) -> str:
    owner = connection.execute(text(OWNER_QUERY)).scalar_one()
    return connection.dialect.identifier_preparer.quote(owner)


def may_upgrade(connection: Connection) -> bool:
    """May this PostgreSQL login change the schema (is it the database owner's member)?"""
    return bool(
        connection.execute(
            text(f"SELECT pg_has_role(current_user, ({OWNER_QUERY}), 'MEMBER')")
        ).scalar()
    )


def new_revision(message: str) -> Path:
    """Write a new, empty revision file after the head (see :mod:`core.migrations`)."""
    from alembic import command

    found = command.revision(config(), message=message)
    assert found is not None and not isinstance(found, list)
    return Path(found.path)
