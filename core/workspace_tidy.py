"""Keep a workspace from growing without bound.

An undone import keeps its history row (what, when, undone when) but its change log, which is
only needed to undo it, is deleted. When more than a quarter of the file is free pages the file
is compacted (VACUUM), if the disk has room for the temporary copy SQLite makes.
"""

from __future__ import annotations

import shutil

from sqlalchemy import text

from core.workspace import Workspace
from core.workspace_guard import file_size

VACUUM_FREE_SHARE = 0.25
VACUUM_MIN_BYTES = 1024 * 1024  # below this the file is small anyway


def prune_undone_logs(conn) -> int:
    """Delete the change logs of undone imports (inside the caller's transaction)."""
    result = conn.execute(
        text(
            "DELETE FROM importchange WHERE batch_id IN "
            "(SELECT id FROM importbatch WHERE undone_at IS NOT NULL)"
        )
    )
    return int(result.rowcount or 0)


def free_share(workspace: Workspace) -> float:
    with workspace.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
        free = int(conn.exec_driver_sql("PRAGMA freelist_count").scalar() or 0)
    return free / pages if pages else 0.0


def vacuum_if_worth_it(workspace: Workspace) -> bool:
    """Compact the file when a quarter or more of it is free pages; returns whether it did.
    (A PostgreSQL server reclaims space by its own autovacuum.)"""
    if workspace.is_server:
        return False
    if file_size(workspace.path) < VACUUM_MIN_BYTES or free_share(workspace) < VACUUM_FREE_SHARE:
        return False
    # VACUUM writes a full temporary copy: skip (the file stays correct) when there is no room.
    if shutil.disk_usage(workspace.path.parent).free < 2 * file_size(workspace.path):
        return False
    with workspace.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return True
