"""Several people editing one workspace: who changed a record, when, and conflicts.

Records people edit (products, SKUs, listings, team members, goals) carry ``version``,
``changed_by`` and ``changed_at`` (Alembic revision 0002). ``version`` is SQLAlchemy's
optimistic lock: every ORM update says ``WHERE version = <the one read>`` and bumps it, so a
write based on a stale read fails (``StaleDataError``) instead of silently overwriting. An
edit that knows the value the person saw (``seen``) is refused as a :class:`ConflictError`
when someone else changed that value meanwhile; the person then chooses: keep mine (write again
over theirs), take theirs, or compare.
"""

from __future__ import annotations

import getpass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, declared_attr
from sqlmodel import SQLModel

from core.i18n import QT_TRANSLATE_NOOP, Message

USER_KEY = "matrixdesk_user"  # Session.info key: who is writing


class Versioned(SQLModel):
    """Fields of every record several people may edit at once."""

    version: int = 1
    changed_by: str = ""
    changed_at: str | None = None  # ISO timestamp, UTC

    @declared_attr  # type: ignore[misc, arg-type]
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def local_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name (a container without /etc/passwd entry)
        return ""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@event.listens_for(Session, "before_flush")
def _stamp_who_and_when(session: Session, _context, _instances) -> None:
    who = session.info.get(USER_KEY) or local_user()
    when = now()
    for row in (*session.new, *session.dirty):
        if isinstance(row, Versioned) and (row in session.new or session.is_modified(row)):
            row.changed_by = who
            row.changed_at = when


class ConflictError(Exception):
    """Someone else changed what this edit was based on. ``mine`` is the value this person
    wanted, ``theirs`` the value now saved, ``seen`` the value they had started from."""

    def __init__(
        self,
        what: str,
        field: str,
        mine: Any,
        theirs: Any,
        seen: Any,
        changed_by: str,
        changed_at: str | None,
    ) -> None:
        self.what, self.field = what, field
        self.mine, self.theirs, self.seen = mine, theirs, seen
        self.changed_by, self.changed_at = changed_by, changed_at
        super().__init__(self.message.render())

    @property
    def message(self) -> Message:
        return Message(
            "Conflict",
            QT_TRANSLATE_NOOP(
                "Conflict",
                "{who} changed {what} ({field}) at {when} while you were editing it: it is "
                "now {theirs}; you entered {mine}.",
            ),
            {
                "who": self.changed_by or "?",
                "what": self.what,
                "field": self.field,
                "when": (self.changed_at or "").replace("T", " ").replace("+00:00", " UTC"),
                "theirs": _shown(self.theirs),
                "mine": _shown(self.mine),
            },
        )


def _shown(value: Any) -> str:
    return "—" if value is None or value == "" else str(value)


UNSET: Any = object()  # ``seen`` not given: the caller does not know what the person saw


def check_seen(row: Versioned, what: str, field: str, current: Any, seen: Any, mine: Any) -> None:
    """Refuse the edit when the value the person started from is no longer the saved one."""
    if seen is not UNSET and not _same(current, seen):
        raise ConflictError(what, field, mine, current, seen, row.changed_by, row.changed_at)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return a is not None and b is not None and float(a) == float(b) or a == b
        except (TypeError, ValueError):
            return False
    return a == b


def flush_or_conflict(
    session: Session, row: Versioned, what: str, field: str, mine: Any, seen: Any
) -> None:
    """Flush; another writer's commit between our read and this write becomes a conflict
    (the optimistic lock matched no row), with their value read back."""
    from sqlalchemy.orm.exc import StaleDataError

    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        fresh = session.get(type(row), row.id)  # type: ignore[attr-defined]
        theirs = getattr(fresh, field, None) if fresh is not None else None
        raise ConflictError(
            what,
            field,
            mine,
            theirs,
            seen,
            fresh.changed_by if fresh is not None else "",
            fresh.changed_at if fresh is not None else None,
        ) from None
