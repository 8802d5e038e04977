"""Workspace-wide settings several people may edit at once (the scoring thresholds and
weights of step 4, the fit rules of step 5), with core.edits' conflict rule.

A setting is one JSON row; the person's edit is a map of parts (a criterion's thresholds, a
fit rule's number) they changed from what they saw. The row is read locked, the parts
someone else changed meanwhile are compared, and the write puts only this person's parts
over what is saved now, so another person's change of another part stays.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlmodel import Session

from core.edits import check_edit, decided_edit, locked
from core.models import Setting


def checked_parts(
    session: Session,
    key: str,
    read: Callable[[Session], Mapping[str, Any]],
    what: Any,
    wanted: Mapping[str, Any],
    seen: Mapping[str, Any] | None,
    decided: Mapping[str, str] | None = None,
    whole: bool = False,
    **options: Any,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(what is saved now, the parts of ``wanted`` to write over it), or a ConflictError.

    ``read`` gives the setting's parts as saved now (defaults filled in); ``wanted`` is the
    whole new state the person asked for, ``seen`` the state they started from (None: a
    script, no check). ``whole``: every part is the person's (a reset to defaults), not
    only those they changed from ``seen``."""
    row = locked(session, Setting, key)
    current = dict(read(session))
    mine = {
        part: value
        for part, value in wanted.items()
        if whole
        or (seen is None and current.get(part) != value)
        or (seen is not None and seen.get(part) != value)
    }
    mine, checked_seen = decided_edit(mine, seen, decided)
    check_edit(
        what,
        current,
        mine,
        checked_seen,
        changed_by=row.changed_by if row is not None else "",
        changed_at=row.changed_at if row is not None else None,
        **options,
    )
    return current, mine
