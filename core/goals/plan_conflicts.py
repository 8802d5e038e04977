"""Two people changing step 3's plan at once (core.edits' rule): the market order, the
platform order and the role of a platform in a market. The page keeps what the person saw;
the write reads it again, locked on PostgreSQL, and refuses the edit as a ConflictError that
names who changed it and when, instead of writing over their change."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlmodel import Session, col, select

from core.cleared import cleared_stamp, stamp_of
from core.edits import ConflictError, check_edit, decided_edit, latest_stamp
from core.goals.models import PlatformPriority, PlatformRole, TargetMarket
from core.goals.roles import PLATFORM_ROLES
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import Market, Platform

CTX = "Conflict"
NO_ROLE = QT_TRANSLATE_NOOP("Conflict", "no role")
MARKETS = "markets"
PLATFORMS = "platforms"
RANKINGS: dict[str, tuple[Any, Any, Any]] = {
    # field → (rows, the id column, the record as the seller names it)
    MARKETS: (
        TargetMarket,
        TargetMarket.market_id,
        QT_TRANSLATE_NOOP("Conflict", "the plan of step 3"),
    ),
    PLATFORMS: (
        PlatformPriority,
        PlatformPriority.platform_id,
        QT_TRANSLATE_NOOP("Conflict", "the plan of step 3"),
    ),
}
LABELS = {
    MARKETS: Message("Fields", QT_TRANSLATE_NOOP("Fields", "Target markets")),
    PLATFORMS: Message("Fields", QT_TRANSLATE_NOOP("Fields", "Platform order")),
    "role": Message("Fields", QT_TRANSLATE_NOOP("Fields", "Platform role")),
}


def _names(session: Session, field: str) -> dict[int, str]:
    if field == MARKETS:
        return {m.id or 0: m.code for m in session.exec(select(Market)).all()}
    return {p.id or 0: p.name for p in session.exec(select(Platform)).all()}


def check_ranking(
    session: Session,
    field: str,
    wanted: Sequence[int],
    seen: Sequence[int] | None,
    decided: Mapping[str, str] | None = None,
) -> bool:
    """Refuse a new order of the markets or platforms (``field``) when someone else changed
    it since the person saw ``seen`` (None: a script, no check). False: nothing to write
    (the person took theirs, or asked for what is saved)."""
    model, id_column, what_text = RANKINGS[field]
    rows = session.exec(
        select(model)
        .order_by(col(model.position))
        .with_for_update()
        .execution_options(populate_existing=True)
    ).all()
    if seen is None:
        return True
    current = tuple(getattr(r, id_column.key) for r in rows)
    wanted_t, seen_t = tuple(dict.fromkeys(wanted)), tuple(seen)
    mine = {field: wanted_t} if wanted_t != seen_t else {}
    mine, checked = decided_edit(mine, {field: seen_t}, decided)
    names = _names(session, field)
    changed_by, changed_at = latest_stamp(rows)
    if not rows:  # emptied: who did it is kept apart (core.cleared)
        changed_by, changed_at = cleared_stamp(session, "ranking", model.__tablename__)
    try:
        check_edit(
            Message(CTX, what_text), {field: current}, mine, checked,
            changed_by=changed_by, changed_at=changed_at, labels=LABELS,
            show=lambda _f, ids: " › ".join(names.get(i, str(i)) for i in ids) or "—",
        )  # fmt: skip
    except ConflictError as exc:
        exc.key = field
        raise
    return bool(mine) and wanted_t != current


def role_row(session: Session, platform_id: int, market_id: int) -> PlatformRole | None:
    return session.exec(
        select(PlatformRole)
        .where(PlatformRole.platform_id == platform_id, PlatformRole.market_id == market_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()


def _shown_role(_field: str, value: Any) -> Message:
    if value in PLATFORM_ROLES:
        return Message("Goals", PLATFORM_ROLES[value])
    return Message(CTX, NO_ROLE)


def check_platform_role(
    session: Session,
    row: PlatformRole | None,
    platform_id: int,
    market_id: int,
    role: str | None,
    seen: Any,
    decided: Mapping[str, str] | None = None,
) -> bool:
    """Refuse a platform's new role in a market when someone else changed it since the
    person saw ``seen`` (a role key or None). False: nothing to write (they took theirs)."""
    current = {"role": row.role if row else None}
    mine, checked = decided_edit({"role": role}, {"role": seen}, decided)
    platform, market = session.get(Platform, platform_id), session.get(Market, market_id)
    what = Message(
        CTX,
        QT_TRANSLATE_NOOP("Conflict", "{platform} in {market}"),
        {
            "platform": platform.name if platform else platform_id,
            "market": market.code if market else market_id,
        },
    )
    changed_by, changed_at = stamp_of(session, row, "platformrole", platform_id, market_id)
    try:
        check_edit(
            what, current, mine, checked, changed_by=changed_by, changed_at=changed_at,
            labels=LABELS, show=_shown_role,
        )  # fmt: skip
    except ConflictError as exc:
        exc.key = ("role", platform_id, market_id)
        raise
    return bool(mine)
