"""A team workspace: the same schema on a shared PostgreSQL server.

The server's side of a workspace lives in :mod:`core.engines.postgresql` (connecting, TLS, the
advisory import lock, refused writes, the change mark); this module keeps the names the rest
of the app knows it by, and opens a team database as a :class:`core.workspace.Workspace`.
"""

from __future__ import annotations

from core.engines.postgresql import (
    CONNECT_TIMEOUT,
    IMPORT_LOCK_KEY,
    LOOPBACK,
    PostgresqlBackend,
    ServerLogin,
    TeamDatabaseError,
    advisory_import_lock,
    connection_problem,
    is_loopback,
    is_permission_error,
    make_server_engine,
    others_change_mark,
    plain_server_errors,
    public_address,
    read_only_message,
    refused_or_same,
    server_url,
    tls_settings,
)
from core.workspace import Workspace, open_server_workspace
from core.workspace_guard import ServerRefused

__all__ = [
    "CONNECT_TIMEOUT",
    "IMPORT_LOCK_KEY",
    "LOOPBACK",
    "PostgresqlBackend",
    "ServerLogin",
    "ServerRefused",
    "TeamDatabaseError",
    "advisory_import_lock",
    "connection_problem",
    "is_loopback",
    "is_permission_error",
    "make_server_engine",
    "open_team_workspace",
    "others_change_mark",
    "plain_server_errors",
    "public_address",
    "read_only_message",
    "refused_or_same",
    "server_url",
    "tls_settings",
]


def open_team_workspace(location: str, password: str | None = None) -> Workspace:
    """Connect to a team database and bring its schema to the head when this role may."""
    return open_server_workspace(location, password)
