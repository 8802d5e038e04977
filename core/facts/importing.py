"""An import of facts as one job: the workspace's import lock, a backup, one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.facts.store import ApplyOptions, ApplyResult, apply_facts
from core.importing.apply import backup_before_import
from core.workspace import Workspace
from core.workspace_guard import plain_write_errors
from core.workspace_locks import import_lock

ROW_BYTES = 160  # room a fact row and its index entries take


def import_facts(
    workspace: Workspace, kind: str, rows: Sequence[Any], options: ApplyOptions | None = None
) -> ApplyResult:
    """Back the workspace up, then write ``rows`` as one import (see ``core.facts``)."""
    with import_lock(workspace.path), plain_write_errors(workspace.path):
        backup_before_import(workspace.path, extra_space=ROW_BYTES * len(rows))
        with workspace.transaction() as session:
            return apply_facts(session, kind, rows, options)
