"""Step 3 to Excel: every goal with its live progress, and the platform roles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session

from core.goals import plan
from core.goals.progress import goal_progress
from core.goals.roles import MEASURES, PLATFORM_ROLES, STATUS_LABELS
from core.goals.texts import number
from core.i18n import QT_TRANSLATE_NOOP, Translate, identity
from core.xlsx_export import Sheet, write_workbook

CTX = "Goals"


def goals_sheets(session: Session, translate: Translate = identity, today: date | None = None):
    t = translate
    goals = Sheet(
        t(CTX, QT_TRANSLATE_NOOP("Goals", "Goals")),
        [
            t(CTX, QT_TRANSLATE_NOOP("Goals", "Goal")),
            t(CTX, QT_TRANSLATE_NOOP("Goals", "Measure")),
            t(CTX, QT_TRANSLATE_NOOP("Goals", "Target")),
            t(CTX, QT_TRANSLATE_NOOP("Goals", "Actual")),
            t(CTX, QT_TRANSLATE_NOOP("Goals", "Progress (%)")),
            t(CTX, QT_TRANSLATE_NOOP("Goals", "Status")),
            t(CTX, QT_TRANSLATE_NOOP("Goals", "Run-rate")),
            t(CTX, QT_TRANSLATE_NOOP("Goals", "Currency")),
            t(CTX, QT_TRANSLATE_NOOP("Goals", "Starts")),
            t(CTX, QT_TRANSLATE_NOOP("Goals", "Deadline")),
            t(CTX, QT_TRANSLATE_NOOP("Goals", "Owner")),
        ],
        [
            [
                item.title.render(t),
                t(CTX, MEASURES.get(item.measure, item.measure)),
                number(item.measure, item.target),
                number(item.measure, item.actual),
                round(item.progress * 100, 1),
                t(CTX, STATUS_LABELS[item.status]),
                float(item.run_rate) if item.run_rate is not None else None,
                item.currency or "",
                item.starts_on,
                item.deadline,
                item.owner,
            ]
            for item in goal_progress(session, today)
        ],
    )
    markets = plan.target_markets(session)
    roles = plan.platform_roles(session)
    platforms = Sheet(
        t(CTX, QT_TRANSLATE_NOOP("Goals", "Platform roles")),
        [t(CTX, QT_TRANSLATE_NOOP("Goals", "Platform")), *[m.code for m in markets]],
        [
            [
                f"{rank}. {platform.name}",
                *[
                    t(CTX, PLATFORM_ROLES[role])
                    if (role := roles.get((platform.id or 0, m.id or 0)))
                    else ""
                    for m in markets
                ],
            ]
            for rank, platform in enumerate(plan.platform_priority(session), start=1)
        ],
    )
    return [goals, platforms]


def export_goals(path: Path, sheets, progress=None) -> Path:
    """A job: write the sheets (built on the caller's thread, in its language)."""
    return write_workbook(path, sheets)
