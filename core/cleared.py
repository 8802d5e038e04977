"""Who cleared a record and when, so a conflict with a clear names the person.

Records that are cleared by deleting their row (a hand score given back to the numbers, a
platform role, a ranking emptied, a listing taken off the matrix, a decision undone) leave
nothing to say who did it; the conflict dialog then said "Someone" with no time. A clear
notes itself here (:class:`core.models.ClearedRecord`, one row per record, the latest clear),
and a conflict with a record that has no row reads it back.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from core.edits import USER_KEY, local_user, now
from core.models import ClearedRecord


def record_key(kind: str, *key: Any) -> str:
    return ":".join([kind, *(str(part) for part in key)])


def note_cleared(session: Session, kind: str, *key: Any) -> None:
    """The record ``kind``/``key`` was cleared by this session's person, now."""
    name = record_key(kind, *key)
    row = session.get(ClearedRecord, name) or ClearedRecord(record=name)
    row.changed_by = session.info.get(USER_KEY) or local_user()
    row.changed_at = now()  # (the flush stamps it too; set here so an old row is modified)
    session.add(row)


def cleared_stamp(session: Session, kind: str, *key: Any) -> tuple[str, str | None]:
    """Who cleared the record last, and when ("", None: nobody did, or before this was kept)."""
    row = session.get(ClearedRecord, record_key(kind, *key))
    return (row.changed_by or "", row.changed_at) if row is not None else ("", None)


def stamp_of(session: Session, row: Any, kind: str, *key: Any) -> tuple[str, str | None]:
    """Who last wrote ``row`` and when, or, when there is no row, who cleared it."""
    if row is not None:
        return getattr(row, "changed_by", "") or "", getattr(row, "changed_at", None)
    return cleared_stamp(session, kind, *key)
