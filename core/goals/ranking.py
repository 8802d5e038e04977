"""Step 3's ranking of markets and platforms and the role of each platform in each market,
read and written with core.edits' conflict rule (what the person saw is checked first)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, select

from core.cleared import note_cleared
from core.edits import UNSET
from core.goals import plan_conflicts
from core.goals.models import PlatformPriority, PlatformRole, TargetMarket
from core.goals.roles import PLATFORM_ROLES
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import Market, Platform


def _error(text: str, **params: Any) -> ValueError:
    return ValueError(Message("Goals", text, params))


def target_markets(session: Session) -> list[Market]:
    rows = session.exec(
        select(Market, TargetMarket)
        .join(TargetMarket, col(TargetMarket.market_id) == col(Market.id))
        .order_by(col(TargetMarket.position), col(Market.code))
    ).all()
    return [market for market, _ in rows]


def platform_priority(session: Session) -> list[Platform]:
    rows = session.exec(
        select(Platform, PlatformPriority)
        .join(PlatformPriority, col(PlatformPriority.platform_id) == col(Platform.id))
        .order_by(col(PlatformPriority.position), col(Platform.name))
    ).all()
    return [platform for platform, _ in rows]


def set_target_markets(
    session: Session,
    market_ids: list[int],
    seen: list[int] | None = None,
    decided: Mapping[str, str] | None = None,
) -> None:
    """Aim at these markets, first one first (replaces the previous list). ``seen``: the
    list the person started from (someone else's change meanwhile: a ConflictError)."""
    if not plan_conflicts.check_ranking(session, plan_conflicts.MARKETS, market_ids, seen, decided):
        return
    missing = QT_TRANSLATE_NOOP("Goals", "There is no market number {id}.")
    _replace_ranking(session, TargetMarket, "market_id", Market, market_ids, missing)


def set_platform_priority(
    session: Session,
    platform_ids: list[int],
    seen: list[int] | None = None,
    decided: Mapping[str, str] | None = None,
) -> None:
    """Rank these platforms, most important first (replaces the previous ranking). ``seen``:
    the order the person started from (someone else's change meanwhile: a ConflictError)."""
    field = plan_conflicts.PLATFORMS
    if not plan_conflicts.check_ranking(session, field, platform_ids, seen, decided):
        return
    missing = QT_TRANSLATE_NOOP("Goals", "There is no platform number {id}.")
    _replace_ranking(session, PlatformPriority, "platform_id", Platform, platform_ids, missing)


def _replace_ranking(
    session: Session, ranking: Any, key: str, ranked: Any, ids: list[int], missing: str
) -> None:
    """The ranking table's rows replaced by ``ids`` in order (a repeated id counts once)."""
    for row in session.exec(select(ranking)).all():
        session.delete(row)
    if not ids:  # emptied: no row is left to say who did it
        note_cleared(session, "ranking", ranking.__tablename__)
    session.flush()
    for position, ranked_id in enumerate(dict.fromkeys(ids)):
        if session.get(ranked, ranked_id) is None:
            raise _error(missing, id=ranked_id)
        session.add(ranking(**{key: ranked_id, "position": position}))
    session.flush()


def platform_roles(session: Session) -> dict[tuple[int, int], str]:
    """(platform id, market id) → role key."""
    return {
        (row.platform_id, row.market_id): row.role
        for row in session.exec(select(PlatformRole)).all()
    }


def set_platform_role(
    session: Session,
    platform_id: int,
    market_id: int,
    role: str | None,
    seen: Any = UNSET,
    decided: Mapping[str, str] | None = None,
) -> None:
    """Give a platform a role in a market; None clears it. ``seen``: the role the person
    saw (someone else's change meanwhile: a ConflictError; ``decided``: their choice)."""
    if role is not None and role not in PLATFORM_ROLES:
        raise _error(QT_TRANSLATE_NOOP("Goals", '"{role}" is not a platform role.'), role=role)
    row = plan_conflicts.role_row(session, platform_id, market_id)
    if seen is not UNSET and not plan_conflicts.check_platform_role(
        session, row, platform_id, market_id, role, seen, decided
    ):
        return
    if role is None:
        if row is not None:
            session.delete(row)
            note_cleared(session, "platformrole", platform_id, market_id)
    elif row is None:
        session.add(PlatformRole(platform_id=platform_id, market_id=market_id, role=role))
    else:
        row.role = role
        session.add(row)
    session.flush()
