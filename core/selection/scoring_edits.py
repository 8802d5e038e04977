"""The scoring thresholds and weights of step 4 edited by several people at once: each
person's change is checked against what they saw (core.setting_edits), and written over what
is saved now criterion by criterion."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.selection import scorecard
from core.selection.scorecard import CRITERIA, CRITERION_BY_KEY
from core.setting_edits import checked_parts

LABELS = {c.key: Message("Scorecard", c.label) for c in CRITERIA}


def _thresholds_shown(_part: str, value: Any) -> str:
    if not value:
        return "—"
    return " / ".join(f"{float(v):g}" for v in value)


def _thresholds(session: Session) -> dict[str, tuple[float, ...]]:
    return scorecard.thresholds(session)


def save_thresholds(
    session: Session,
    wanted: Mapping[str, Any],
    seen: Mapping[str, Any] | None = None,
    decided: Mapping[str, str] | None = None,
) -> list[str]:
    """Write the thresholds of the criteria the person changed from ``seen`` (criterion key →
    four values); another person's change of one of them meanwhile is a ConflictError and
    nothing is written. Returns the criteria written."""
    wanted = {k: tuple(float(v) for v in values) for k, values in wanted.items()}
    seen = {k: tuple(float(v) for v in values) for k, values in seen.items()} if seen else seen
    what = Message("Conflict", QT_TRANSLATE_NOOP("Conflict", "the scoring thresholds"))
    _current, mine = checked_parts(
        session,
        scorecard.THRESHOLDS_KEY,
        _thresholds,
        what,
        wanted,
        seen,
        decided,
        labels=LABELS,
        show=_thresholds_shown,
    )
    for key, values in mine.items():
        scorecard.set_thresholds(session, key, list(values))
    return list(mine)


def save_weights(
    session: Session,
    wanted: Mapping[str, int],
    seen: Mapping[str, int] | None = None,
    decided: Mapping[str, str] | None = None,
) -> list[str]:
    """Write the weights the person changed from ``seen`` over the saved ones (checked as
    :func:`save_thresholds` does). Returns the criteria written."""
    what = Message("Conflict", QT_TRANSLATE_NOOP("Conflict", "the scoring weights"))
    current, mine = checked_parts(
        session,
        scorecard.WEIGHTS_KEY,
        scorecard.weights,
        what,
        {k: int(v) for k, v in wanted.items()},
        seen,
        decided,
        labels=LABELS,
    )
    if mine:
        scorecard.set_weights(session, {**current, **mine})
    return list(mine)


def criterion_label(key: str) -> Message:
    return Message("Scorecard", CRITERION_BY_KEY[key].label)
