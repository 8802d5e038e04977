"""Two people editing one matrix cell (a listing) or one sign-off at once (core.edits' rule).

A cell edit knows the state the person saw; only the fields they changed are checked against
what is saved now, and their changes are written over the saved state, so another person's
change of another field (Ben's price while Anna sets the role) stays. A field both changed
differently is a ConflictError; ``decided`` (field → keep mine / take theirs) applies the
person's choice. A keep mine that remembers the value it was made over (core.edits.KeptOver)
is checked against that value, so a third person's change while the dialog was open asks
again instead of being overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, fields
from typing import Any

from sqlmodel import Session

from core.cleared import stamp_of
from core.edits import KEEP_MINE, TAKE_THEIRS, ConflictError, KeptOver, check_edit
from core.goals.roles import PLATFORM_ROLES, PRODUCT_ROLES
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import Listing, Market, Platform, Sku

LISTED = "listed"  # pseudo-field: whether the cell holds a listing at all

STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("Conflict", "planned"),
    "active": QT_TRANSLATE_NOOP("Conflict", "active"),
    "paused": QT_TRANSLATE_NOOP("Conflict", "paused"),
    "ended": QT_TRANSLATE_NOOP("Conflict", "ended"),
}
LISTED_LABELS = {
    True: QT_TRANSLATE_NOOP("Conflict", "listed"),
    False: QT_TRANSLATE_NOOP("Conflict", "not listed"),
}


def _fields(state: Any, cell_type: type) -> dict[str, Any]:
    if state is None:
        return {LISTED: False, **{f.name: None for f in fields(cell_type)}}
    return {LISTED: True, **asdict(state)}


def cell_what(session: Session, sku_id: int, platform_id: int, market_id: int) -> Message:
    sku, platform = session.get(Sku, sku_id), session.get(Platform, platform_id)
    market = session.get(Market, market_id)
    return Message(
        "Conflict",
        QT_TRANSLATE_NOOP("Conflict", "the matrix cell {sku} on {platform} {market}"),
        {
            "sku": sku.sku_code if sku else sku_id,
            "platform": platform.name if platform else platform_id,
            "market": market.code if market else market_id,
        },
    )


def shown_cell_value(field: str, value: Any) -> Any:
    if value is None or value == "":
        return "—"
    by_field: dict[str, Mapping[Any, str]] = {
        "product_role": PRODUCT_ROLES,
        "platform_role": PLATFORM_ROLES,
        "status": STATUS_LABELS,
        LISTED: LISTED_LABELS,
    }
    labels = by_field.get(field, {})
    if value in labels:
        return Message("Goals" if field.endswith("role") else "Conflict", labels[value])
    return f"{value:g}" if isinstance(value, float) else str(value)


def merged_cell(
    session: Session,
    key: tuple[int, int, int],
    listing: Listing | None,
    saved: Any,
    state: Any,
    seen: Any,
    decided: Mapping[str, str] | None = None,
) -> Any:
    """The state to write for the person's ``state`` made from ``seen`` over what is saved
    now (``saved``, the state of ``listing``), or a ConflictError (``key`` = the cell) when
    both changed a field. States are core.matrix.grid.CellState (None: not listed)."""
    if state is None and seen is None and saved is None:
        return "unchanged"
    cell_type = type(next(s for s in (state, seen, saved) if s is not None))
    current = _fields(saved, cell_type)
    before, wanted = _fields(seen, cell_type), _fields(state, cell_type)
    mine = {name: value for name, value in wanted.items() if value != before[name]}
    checked_seen = dict(before)
    if state is None and mine:
        # taking a listing off: every field someone changed since is part of the question
        mine = {name: None for name in current if current[name] != before[name]} | mine
    if state is None and TAKE_THEIRS in (decided or {}).values():
        return "unchanged"  # their change is kept, so the listing stays
    for name, choice in (decided or {}).items():
        if choice == TAKE_THEIRS:
            mine.pop(name, None)
        elif isinstance(choice, KeptOver):  # checked against what the dialog showed
            checked_seen[name] = choice.theirs
        elif choice == KEEP_MINE:
            checked_seen.pop(name, None)
    changed_by, changed_at = stamp_of(session, listing, "listing", *key)
    try:
        check_edit(
            cell_what(session, *key),
            current,
            mine,
            checked_seen,
            changed_by=changed_by,
            changed_at=changed_at,
            show=shown_cell_value,
        )
    except ConflictError as exc:
        exc.key = key
        raise
    if not mine:
        return "unchanged"
    if state is None and mine.get(LISTED) is False:
        return None
    result = {**current, **mine} if current[LISTED] else {**wanted, **mine}
    if not result[LISTED]:
        return None
    return cell_type(**{f.name: result[f.name] for f in fields(cell_type)})
