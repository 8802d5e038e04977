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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, declared_attr
from sqlmodel import SQLModel

from core.i18n import QT_TRANSLATE_NOOP, Message

USER_KEY = "matrixdesk_user"  # Session.info key: who is writing


class Stamped(SQLModel):
    """Who last wrote a record and when (so a conflict names the person). Records that are
    replaced rather than updated (a ranking, a decision, a setting) carry only this."""

    changed_by: str = ""
    changed_at: str | None = None  # ISO timestamp, UTC


class Versioned(Stamped):
    """Fields of every record several people may edit at once."""

    version: int = 1

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
        if isinstance(row, Stamped) and (row in session.new or session.is_modified(row)):
            row.changed_by = who
            row.changed_at = when


KEEP_MINE, TAKE_THEIRS = "mine", "theirs"  # the person's choice when two edits collide

_SOMEONE = Message("Conflict", QT_TRANSLATE_NOOP("Conflict", "Someone"))


def local_time(changed_at: str | None) -> str:
    """A record's ``changed_at`` (ISO, UTC) in this computer's time, to the minute."""
    if not changed_at:
        return "?"
    try:
        moment = datetime.fromisoformat(changed_at)
    except ValueError:
        return changed_at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class FieldVersions:
    """One field of a record two people edited: what this person started from (``seen``),
    what they entered (``mine``) and what is saved now (``theirs``). ``clash``: both changed
    it, differently; otherwise only the other person did (their value stays)."""

    field: str
    label: Any  # str or Message: the field in the seller's words
    seen: Any
    mine: Any
    theirs: Any
    clash: bool = True
    show: Callable[[Any], Any] | None = dataclass_field(default=None, compare=False)

    def shown(self, value: Any) -> Any:
        """A value as the seller reads it (str or Message)."""
        return self.show(value) if self.show is not None else _shown(value)


@dataclass(frozen=True)
class _Joined(Message):
    """Several labels joined in the reader's language ("a, b" / "a、b")."""

    items: tuple[Any, ...] = ()

    def render(self, translate: Callable[[str, str], str] = lambda c, t: t) -> str:
        parts = [i.render(translate) if isinstance(i, Message) else str(i) for i in self.items]
        return translate("Conflict", ", ").join(parts)


def joined(items: tuple[Any, ...] | list[Any]) -> Message:
    QT_TRANSLATE_NOOP("Conflict", ", ")
    return _Joined("Conflict", "", items=tuple(items))


class ConflictError(Exception):
    """Someone else changed what this edit was based on. ``mine`` is the value this person
    wanted, ``theirs`` the value now saved, ``seen`` the value they had started from.

    An edit of several fields at once (a team member, a goal, a matrix cell) carries every
    field in ``fields``: the ones both people changed differently (``clash``) and the ones
    only the other person changed (kept whatever is chosen). ``field``/``mine``/``theirs``/
    ``seen`` are then the first clashing field's."""

    def __init__(
        self,
        what: Any,
        field: str,
        mine: Any,
        theirs: Any,
        seen: Any,
        changed_by: str,
        changed_at: str | None,
        fields: tuple[FieldVersions, ...] = (),
    ) -> None:
        self.what, self.field = what, field
        self.mine, self.theirs, self.seen = mine, theirs, seen
        self.changed_by, self.changed_at = changed_by, changed_at
        self.key: Any = None  # which record, when the caller needs to tell (e.g. team undo)
        self.fields = fields or (FieldVersions(field, field, seen, mine, theirs, clash=True),)
        super().__init__(self.message.render())

    @property
    def clashes(self) -> tuple[FieldVersions, ...]:
        return tuple(f for f in self.fields if f.clash)

    @property
    def when(self) -> str:
        """When they saved, in this computer's time (stored in UTC)."""
        return local_time(self.changed_at)

    @property
    def message(self) -> Message:
        clashes = self.clashes
        params: dict[str, Any] = {
            "who": self.changed_by or _SOMEONE,
            "what": self.what,
            "when": self.when,
        }
        if len(clashes) > 1:
            params["fields"] = joined([f.label for f in clashes])
            text = (
                QT_TRANSLATE_NOOP(
                    "Conflict",
                    "{who} changed {what} at {when} while you were editing it: {fields} differ "
                    "from what you entered.",
                )
                if self.changed_at
                else QT_TRANSLATE_NOOP(
                    "Conflict",
                    "{who} changed {what} while you were editing it: {fields} differ from what "
                    "you entered.",
                )
            )
            return Message("Conflict", text, params)
        first = clashes[0] if clashes else self.fields[0]
        params |= {
            "field": first.label,
            "theirs": first.shown(first.theirs),
            "mine": first.shown(first.mine),
        }
        text = (
            QT_TRANSLATE_NOOP(
                "Conflict",
                "{who} changed {field} of {what} at {when} while you were editing it: it is "
                "now {theirs}; you entered {mine}.",
            )
            if self.changed_at
            else QT_TRANSLATE_NOOP(
                "Conflict",
                "{who} changed {field} of {what} while you were editing it: it is now "
                "{theirs}; you entered {mine}.",
            )
        )
        return Message("Conflict", text, params)


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


# --- one API for every record a person edits ---------------------------------------------------
#
# A page remembers the values a person started from (``seen``); the core function that writes
# the edit reads the record again (locked on PostgreSQL, so nobody writes between the check and
# the write) and calls :func:`check_edit`. When someone else changed a field this edit changes
# too, nothing is written and a :class:`ConflictError` describes both versions field by field.
# :func:`resolve` turns the person's choice into the write to make (one undoable step).

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "role": QT_TRANSLATE_NOOP("Fields", "Main role"),
    "roles": QT_TRANSLATE_NOOP("Fields", "Roles"),
    "contact": QT_TRANSLATE_NOOP("Fields", "Contact"),
    "capacity_hours": QT_TRANSLATE_NOOP("Fields", "Capacity (h/week)"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "letter": QT_TRANSLATE_NOOP("Fields", "Responsibility (R, A, C, I)"),
    "measure": QT_TRANSLATE_NOOP("Fields", "Measure"),
    "product_role": QT_TRANSLATE_NOOP("Fields", "Product role"),
    "platform_role": QT_TRANSLATE_NOOP("Fields", "Platform role"),
    "platform_id": QT_TRANSLATE_NOOP("Fields", "Platform"),
    "market_id": QT_TRANSLATE_NOOP("Fields", "Market"),
    "target": QT_TRANSLATE_NOOP("Fields", "Target"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "starts_on": QT_TRANSLATE_NOOP("Fields", "Starts on"),
    "deadline": QT_TRANSLATE_NOOP("Fields", "Deadline"),
    "owner_id": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "price": QT_TRANSLATE_NOOP("Fields", "Price"),
    "platform_sku": QT_TRANSLATE_NOOP("Fields", "Platform SKU"),
    "external_id": QT_TRANSLATE_NOOP("Fields", "Platform's id (ASIN…)"),
    "signed_off": QT_TRANSLATE_NOOP("Fields", "Certifications signed off"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "cost": QT_TRANSLATE_NOOP("Fields", "Cost"),
    "freight": QT_TRANSLATE_NOOP("Fields", "Freight"),
    "markets": QT_TRANSLATE_NOOP("Fields", "Markets"),
    "platform": QT_TRANSLATE_NOOP("Fields", "Platform"),
    "attributes": QT_TRANSLATE_NOOP("Fields", "Attributes"),
    "ip_risk": QT_TRANSLATE_NOOP("Fields", "IP risk"),
    "score": QT_TRANSLATE_NOOP("Fields", "Score"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
}


def field_label(name: str) -> Any:
    text = FIELD_LABELS.get(name)
    return Message("Fields", text) if text else name


def seen_of(row: Any, fields: list[str] | tuple[str, ...]) -> dict[str, Any]:
    """The values a person starts editing from (kept by the page until the edit is written)."""
    return {name: getattr(row, name) for name in fields}


def locked(session: Session, model: type, key: Any) -> Any:
    """The record as saved now, locked until the transaction ends on PostgreSQL (SQLite lets
    one writer in at a time anyway), so no one writes between the check and the write."""
    return session.get(model, key, with_for_update=True, populate_existing=True)


def check_edit(
    what: Any,
    current: Mapping[str, Any],
    mine: Mapping[str, Any],
    seen: Mapping[str, Any] | None,
    *,
    changed_by: str = "",
    changed_at: str | None = None,
    labels: Mapping[str, Any] | None = None,
    show: Callable[[str, Any], Any] | None = None,
) -> None:
    """Refuse the edit ``mine`` (field → new value) of the record ``what`` when someone else
    changed one of those fields since the person saw ``seen``; ``current`` is what is saved
    now. ``seen`` None: the caller does not know what the person saw (a script): no check.
    The same change made by both is no conflict; a field only they changed is kept."""
    if seen is None:
        return
    fields: list[FieldVersions] = []
    for name, seen_value in seen.items():
        if name not in current or _same(current[name], seen_value):
            continue
        now = current[name]
        clash = name in mine and not _same(now, mine[name])
        if name in mine and not clash:
            continue  # both made the same change
        label = (labels or {}).get(name) or field_label(name)
        shower = (lambda value, n=name: show(n, value)) if show is not None else None
        fields.append(
            FieldVersions(name, label, seen_value, mine.get(name, seen_value), now, clash, shower)
        )
    clashes = [f for f in fields if f.clash]
    if not clashes:
        return
    first = clashes[0]
    ordered = tuple(clashes + [f for f in fields if not f.clash])
    raise ConflictError(
        what, first.field, first.mine, first.theirs, first.seen, changed_by, changed_at, ordered
    )


def check_row(
    row: Any,
    what: Any,
    mine: Mapping[str, Any],
    seen: Mapping[str, Any] | None,
    **options: Any,
) -> None:
    """:func:`check_edit` for a record read with :func:`locked` (its fields are the values)."""
    if seen is None:
        return
    current = {name: getattr(row, name) for name in seen}
    check_edit(
        what,
        current,
        mine,
        seen,
        changed_by=getattr(row, "changed_by", "") or "",
        changed_at=getattr(row, "changed_at", None),
        **options,
    )


@dataclass(frozen=True)
class Resolution:
    """The write a choice asks for: ``changes`` (field → value) made over ``seen`` (the
    values saved now, so that a third person's change meanwhile is a new conflict)."""

    changes: dict[str, Any]
    seen: dict[str, Any]

    def undone(self) -> Resolution:
        """The write that takes this one back (undo of "keep mine")."""
        return Resolution({k: self.seen[k] for k in self.changes}, dict(self.changes))


def decisions(conflict: ConflictError, choice: str | Mapping[str, str]) -> dict[str, str]:
    """The choice field by field (:data:`KEEP_MINE` or :data:`TAKE_THEIRS` per clashing
    field), for writes that apply it themselves (a matrix cell, a sign-off)."""
    return {
        f.field: choice if isinstance(choice, str) else choice.get(f.field, TAKE_THEIRS)
        for f in conflict.clashes
    }


def resolve(conflict: ConflictError, choice: str | Mapping[str, str]) -> Resolution | None:
    """The person's choice as a write: :data:`KEEP_MINE` writes their values over the saved
    ones, :data:`TAKE_THEIRS` writes nothing (None); a mapping chooses field by field."""
    picks = {
        f.field: choice if isinstance(choice, str) else choice.get(f.field, TAKE_THEIRS)
        for f in conflict.clashes
    }
    changes = {f.field: f.mine for f in conflict.clashes if picks[f.field] == KEEP_MINE}
    if not changes:
        return None
    return Resolution(changes, {f.field: f.theirs for f in conflict.fields})


def flush_checked(session: Session, row: Any, what: Any, mine: Mapping[str, Any]) -> None:
    """Flush a checked edit; a write of someone else's that slipped in anyway (the version
    column matched no row) becomes a conflict on every field of this edit."""
    from sqlalchemy.orm.exc import StaleDataError

    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        fresh = session.get(type(row), row.id)
        current = {name: getattr(fresh, name, None) for name in mine}
        fields = tuple(
            FieldVersions(name, field_label(name), None, value, current[name])
            for name, value in mine.items()
        )
        first = fields[0]
        raise ConflictError(
            what,
            first.field,
            first.mine,
            first.theirs,
            None,
            getattr(fresh, "changed_by", "") or "",
            getattr(fresh, "changed_at", None),
            fields,
        ) from None


class KeptOver(str):
    """:data:`KEEP_MINE` for one field, remembering the value the person kept theirs over
    (``theirs``, shown in the dialog): the edit made again is checked against that value, so
    a third person's change while the dialog was open is asked about too, not overwritten."""

    theirs: Any

    def __new__(cls, theirs: Any) -> KeptOver:
        kept = super().__new__(cls, KEEP_MINE)
        kept.theirs = theirs
        return kept


def kept_over(conflict: ConflictError, choice: Mapping[str, str]) -> dict[str, str]:
    """``choice`` (field → keep mine / take theirs, from :func:`decisions`) with every keep
    mine remembering the value it was made over (:class:`KeptOver`)."""
    theirs = {f.field: f.theirs for f in conflict.fields}
    return {
        name: KeptOver(theirs[name]) if picked == KEEP_MINE and name in theirs else picked
        for name, picked in choice.items()
    }


def asked_again(decided: Mapping[str, str] | None, conflict: ConflictError) -> bool:
    """Whether ``conflict`` is a question the person already answered in ``decided``: every
    clashing field has a choice, and none is a keep mine over a value that changed since
    (which is a third person's change: a new question). Guards a write-ask-write loop."""
    if not decided:
        return False
    for f in conflict.clashes:
        choice = decided.get(f.field)
        if choice is None:
            return False
        if isinstance(choice, KeptOver) and not _same(choice.theirs, f.theirs):
            return False
    return True


def decided_edit(
    mine: Mapping[str, Any],
    seen: Mapping[str, Any] | None,
    decided: Mapping[str, str] | None,
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The edit to check and write once the person chose field by field (``decided``, from
    :func:`decisions`): a field they take theirs for leaves the edit; a field they keep mine
    for is checked against the value they kept it over (:class:`KeptOver`), or no longer
    checked (a plain keep mine). The same edit is simply made again with the choice, so a
    third person's change meanwhile is a new conflict and the person's other changes go in."""
    if not decided:
        return dict(mine), (dict(seen) if seen is not None else None)
    kept = {k: v for k, v in mine.items() if decided.get(k) != TAKE_THEIRS}
    if seen is None:
        return kept, None
    checked: dict[str, Any] = {}
    for name, value in seen.items():
        choice = decided.get(name)
        if isinstance(choice, KeptOver):
            checked[name] = choice.theirs
        elif choice != KEEP_MINE:
            checked[name] = value
    return kept, checked


def latest_stamp(rows: Any) -> tuple[str, str | None]:
    """Who wrote last, and when, among ``rows`` (a ranking kept as several rows)."""
    stamped = [r for r in rows if getattr(r, "changed_at", None)]
    if not stamped:
        return "", None
    last = max(stamped, key=lambda r: r.changed_at)
    return last.changed_by or "", last.changed_at


REMOVED = QT_TRANSLATE_NOOP("Conflict", "(removed)")


def check_removal(
    row: Any,
    what: Any,
    seen: Mapping[str, Any] | None,
    decided: Mapping[str, str] | None = None,
    show: Callable[[str, Any], Any] | None = None,
) -> bool:
    """Before removing a record the person saw as ``seen`` (field → value): someone else's
    change of it meanwhile is a ConflictError (each changed field: theirs, or removed), so
    their change is not thrown away unseen. False: the person took theirs (keep the record)."""
    if seen is None:
        return True
    current = {name: getattr(row, name) for name in seen}
    changed = [name for name in seen if not _same(current[name], seen[name])]
    if decided and any(choice == TAKE_THEIRS for choice in decided.values()):
        return False
    if decided:  # the person saw their change and keeps the removal: unless it changed again
        kept = {k: c.theirs for k, c in decided.items() if isinstance(c, KeptOver)}
        if not kept:
            return True
        seen = {**seen, **kept}
        changed = [name for name in seen if not _same(current[name], seen[name])]

    def shown(name: str, value: Any) -> Any:
        if value is None and name in changed:
            return Message("Conflict", REMOVED)
        return show(name, value) if show is not None else _shown(value)

    check_edit(
        what,
        current,
        {name: None for name in changed if current[name] is not None},
        seen,
        changed_by=getattr(row, "changed_by", "") or "",
        changed_at=getattr(row, "changed_at", None),
        show=shown,
    )
    return True
