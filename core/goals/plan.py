"""Reading and writing step 3's plan: target markets, platform priority and roles, goals.

Every write validates first and raises ``ValueError(Message)`` with a sentence the seller can
act on; the caller commits. A goal must be SMART: a measure, a number and a deadline after its
start (an owner is asked for, not required, so a goal can be written down before it is given).
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session, col, select

from core.edits import check_removal, check_row, flush_checked, locked
from core.goals import plan_conflicts
from core.goals.models import Goal
from core.goals.ranking import (  # noqa: F401 - step 3's plan is read and written through plan
    platform_priority,
    platform_roles,
    set_platform_priority,
    set_platform_role,
    set_target_markets,
    target_markets,
)
from core.goals.roles import MEASURES, PRODUCT_ROLES, Measure
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import Market, Platform, TeamMember
from core.steps import StepState

CTX = "Goals"
PERIODS: dict[str, str] = {
    "month": QT_TRANSLATE_NOOP("Goals", "This month"),
    "quarter": QT_TRANSLATE_NOOP("Goals", "This quarter"),
    "half": QT_TRANSLATE_NOOP("Goals", "This half-year"),
    "year": QT_TRANSLATE_NOOP("Goals", "This year"),
}


def _error(text: str, **params: Any) -> ValueError:
    return ValueError(Message(CTX, text, params))


# --- goals ------------------------------------------------------------------------------


@dataclass
class GoalDraft:
    """A goal being written (the form, the wizard, an edit): everything but the id."""

    measure: str | None = None
    target: str | None = None
    starts_on: date | None = None
    deadline: date | None = None
    product_role: str | None = None
    platform_id: int | None = None
    market_id: int | None = None
    currency: str | None = None
    owner_id: int | None = None
    name: str = ""
    notes: str = ""

    @classmethod
    def of(cls, goal: Goal) -> GoalDraft:
        return cls(**{f.name: getattr(goal, f.name) for f in fields(cls)})


EDITABLE = tuple(f.name for f in fields(GoalDraft))


def parse_target(text: Any, measure: str | None) -> Decimal | None:
    """The number a seller typed: "5", "120000", "35 %" or "35%" (margin) → Decimal or None."""
    if text is None:
        return None
    raw = str(text).strip().replace(",", "").replace("，", "")
    percent = raw.endswith("%")
    raw = raw.rstrip("%").strip()
    if not raw:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    if measure == Measure.MARGIN and (percent or value > 1):
        value = value / 100  # margins are typed as percent; stored as a fraction
    return value


def smart_problems(draft: GoalDraft) -> list[Message]:
    """What is missing for the goal to be SMART (an empty list: it can be saved)."""
    problems: list[Message] = []
    if draft.measure not in MEASURES:
        problems.append(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("Goals", "Choose what to measure: SKU count, revenue or margin."),
            )
        )
    value = parse_target(draft.target, draft.measure)
    if value is None or value <= 0:
        problems.append(
            Message(CTX, QT_TRANSLATE_NOOP("Goals", "Give a number to reach, greater than zero."))
        )
    elif draft.measure == Measure.SKU_COUNT and value != value.to_integral_value():
        problems.append(Message(CTX, QT_TRANSLATE_NOOP("Goals", "A SKU count is a whole number.")))
    elif draft.measure == Measure.MARGIN and value >= 1:
        problems.append(
            Message(CTX, QT_TRANSLATE_NOOP("Goals", "A margin target must be below 100 %."))
        )
    if draft.deadline is None:
        problems.append(Message(CTX, QT_TRANSLATE_NOOP("Goals", "Give a deadline.")))
    elif draft.starts_on is not None and draft.deadline < draft.starts_on:
        problems.append(
            Message(CTX, QT_TRANSLATE_NOOP("Goals", "The deadline comes before the start."))
        )
    if draft.starts_on is None:
        problems.append(Message(CTX, QT_TRANSLATE_NOOP("Goals", "Give the day the goal starts.")))
    if draft.product_role is not None and draft.product_role not in PRODUCT_ROLES:
        problems.append(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("Goals", '"{role}" is not a product role.'),
                {"role": draft.product_role},
            )
        )
    return problems


def _check(session: Session, draft: GoalDraft) -> Decimal:
    problems = smart_problems(draft)
    if problems:
        raise ValueError(problems[0])
    if draft.owner_id is not None and session.get(TeamMember, draft.owner_id) is None:
        raise _error(QT_TRANSLATE_NOOP("Goals", "The owner is not in the team."))
    if draft.platform_id is not None and session.get(Platform, draft.platform_id) is None:
        raise _error(
            QT_TRANSLATE_NOOP("Goals", "There is no platform number {id}."), id=draft.platform_id
        )
    if draft.market_id is not None and session.get(Market, draft.market_id) is None:
        raise _error(
            QT_TRANSLATE_NOOP("Goals", "There is no market number {id}."), id=draft.market_id
        )
    value = parse_target(draft.target, draft.measure)
    assert value is not None
    return value


def _write(goal: Goal, draft: GoalDraft, value: Decimal, base: str) -> None:
    for name, field_value in asdict(draft).items():
        setattr(goal, name, field_value)
    goal.target = format(value.normalize(), "f")  # "100000", "0.35": never "1E+5"
    goal.currency = (draft.currency or base) if draft.measure == Measure.REVENUE else None
    goal.name = (draft.name or "").strip()


def add_goal(session: Session, draft: GoalDraft) -> Goal:
    from core.currency import base_currency

    value = _check(session, draft)
    last = session.exec(select(Goal).order_by(col(Goal.position).desc())).first()
    goal = Goal(measure="", target="", starts_on=date.today(), deadline=date.today())
    _write(goal, draft, value, base_currency(session))
    goal.position = (last.position + 1) if last is not None else 0
    session.add(goal)
    session.flush()
    return goal


def update_goal(
    session: Session, goal_id: int, seen: dict[str, Any] | None = None, **changes: Any
) -> dict[str, Any]:
    """Change some of a goal's fields; returns their values before (for undo).

    ``seen``: those fields as the person saw them; someone else's change of one of them
    meanwhile is a :class:`~core.edits.ConflictError` and nothing is written."""
    from core.currency import base_currency

    goal = locked(session, Goal, goal_id)
    if goal is None:
        raise _error(QT_TRANSLATE_NOOP("Goals", "This goal was deleted meanwhile."))
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise KeyError(sorted(unknown))
    draft = GoalDraft.of(goal)
    before = {name: getattr(draft, name) for name in changes}
    for name, value in changes.items():
        setattr(draft, name, value)
    value = _check(session, draft)
    if seen is not None:
        # compared as written (a target typed "35 %" is saved as "0.35")
        mine = {name: getattr(draft, name) for name in changes}
        if "target" in mine:
            mine["target"] = format(value.normalize(), "f")
        check_row(goal, goal_what(goal), mine, seen, show=lambda f, v: goal_value(session, f, v))
    _write(goal, draft, value, base_currency(session))
    session.add(goal)
    flush_checked(session, goal, goal_what(goal), changes)
    return before


def goal_what(goal: Goal) -> Message:
    return Message(
        "Conflict",
        QT_TRANSLATE_NOOP("Conflict", "the goal {name}"),
        {"name": goal.name or goal_value_label("measure", goal.measure)},
    )


def goal_value(session: Session, field: str, value: Any) -> Any:
    """A goal's field as the seller reads it (names, not ids)."""
    if value is None or value == "":
        return "—"
    models: dict[str, type] = {"owner_id": TeamMember, "platform_id": Platform, "market_id": Market}
    model = models.get(field)
    if model is not None:
        row = session.get(model, value)
        return getattr(row, "name", None) or getattr(row, "code", None) or str(value)
    return goal_value_label(field, value)


def goal_value_label(field: str, value: Any) -> Any:
    labels = {"measure": MEASURES, "product_role": PRODUCT_ROLES}.get(field, {})
    return Message("Goals", labels[value]) if value in labels else str(value)


def delete_goal(
    session: Session,
    goal_id: int,
    seen: dict[str, Any] | None = None,
    decided: Mapping[str, str] | None = None,
) -> dict[str, Any] | None:
    """Delete a goal; returns everything needed to put it back (``restore_goal``).
    ``seen`` (its EDITABLE fields as the person saw them): someone else's change of it
    meanwhile asks first (None returned: the person took theirs, the goal stays)."""
    goal = locked(session, Goal, goal_id)
    if goal is None:
        return None
    show = lambda f, v: goal_value(session, f, v)  # noqa: E731
    if not check_removal(goal, goal_what(goal), seen, decided, show=show):
        return None
    snapshot = goal.model_dump()
    session.delete(goal)
    session.flush()
    return snapshot


def restore_goal(session: Session, snapshot: dict[str, Any]) -> Goal:
    goal = Goal(**snapshot)
    session.add(goal)
    session.flush()
    return goal


def goals(session: Session) -> list[Goal]:
    return list(session.exec(select(Goal).order_by(col(Goal.position), col(Goal.id))).all())


def period_dates(kind: str, today: date) -> tuple[date, date]:
    """First and last day of the month, quarter, half-year or year ``today`` falls in."""
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[kind]
    first_month = (today.month - 1) // months * months + 1
    start = date(today.year, first_month, 1)
    end_month = first_month + months - 1
    end = date(today.year, end_month, calendar.monthrange(today.year, end_month)[1])
    return start, end


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def last_day_before(day: date) -> date:
    return day - timedelta(days=1)


# --- step state -------------------------------------------------------------------------


def missing_setup(session: Session) -> list[Message]:
    """What step 3 still lacks, in the order the wizard asks for it (empty: done)."""
    result: list[Message] = []
    if not target_markets(session):
        result.append(Message(CTX, QT_TRANSLATE_NOOP("Goals", "Choose your target markets.")))
    ranked = platform_priority(session)
    if not ranked:
        result.append(Message(CTX, QT_TRANSLATE_NOOP("Goals", "Rank your platforms.")))
    else:
        roles = platform_roles(session)
        without = [p.name for p in ranked if not any(key[0] == p.id for key in roles)]
        if without:
            result.append(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Goals", "Give {platforms} a role (test, main or clearance)."
                    ),
                    {"platforms": ", ".join(without)},
                )
            )
    all_goals = goals(session)
    if not all_goals:
        result.append(Message(CTX, QT_TRANSLATE_NOOP("Goals", "Set at least one goal.")))
    unowned = sum(1 for goal in all_goals if goal.owner_id is None)
    if unowned:
        result.append(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("Goals", "Give an owner to {count} goal(s)."),
                {"count": unowned},
            )
        )
    return result


def goals_state(session: Session) -> StepState:
    if not (target_markets(session) or platform_priority(session) or goals(session)):
        return StepState.NOT_STARTED
    return StepState.IN_PROGRESS if missing_setup(session) else StepState.DONE


def apply_setup(
    session: Session,
    market_ids: list[int],
    platform_ids: list[int],
    roles: dict[tuple[int, int], str | None],
    drafts: list[GoalDraft],
    seen: dict[str, Any] | None = None,
    decided: Mapping[Any, Mapping[str, str]] | None = None,
) -> list[Goal]:
    """What the goal wizard decided, in one go: markets, priority, roles, new goals.

    ``seen`` ({"markets", "platforms", "roles"}): the plan when the wizard opened; what the
    person left as it was is not written (another person's change of it stays), and what
    they changed that someone else changed too is a ConflictError (its ``key`` says which;
    ``decided``: key → the person's choice)."""
    decided = decided or {}
    if seen is None:
        set_target_markets(session, market_ids)
        set_platform_priority(session, platform_ids)
    else:
        markets, platforms = plan_conflicts.MARKETS, plan_conflicts.PLATFORMS
        set_target_markets(session, market_ids, seen[markets], decided.get(markets))
        set_platform_priority(session, platform_ids, seen[platforms], decided.get(platforms))
    for (platform_id, market_id), role in roles.items():
        if seen is None:
            set_platform_role(session, platform_id, market_id, role)
            continue
        before = seen["roles"].get((platform_id, market_id))
        if role != before:
            key = ("role", platform_id, market_id)
            set_platform_role(session, platform_id, market_id, role, before, decided.get(key))
    return [add_goal(session, draft) for draft in drafts]


def plan_seen(session: Session) -> dict[str, Any]:
    """The plan as the goal wizard opens on it (``seen`` of :func:`apply_setup`)."""
    return {
        plan_conflicts.MARKETS: [m.id for m in target_markets(session)],
        plan_conflicts.PLATFORMS: [p.id for p in platform_priority(session)],
        "roles": platform_roles(session),
    }
