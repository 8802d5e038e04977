"""The candidate pool: typed-in or imported candidates, their pain points and hand scores, and
the pool ranked by the scorecard."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, delete, select

from core.cleared import note_cleared
from core.edits import TAKE_THEIRS, UNSET, check_removal, check_row, locked, seen_of
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.selection import conflicts
from core.selection.compliance import ATTRIBUTE_LABELS, normalise_market
from core.selection.models import (
    Candidate,
    CandidateDecision,
    CandidatePainPoint,
    CandidateScore,
)
from core.selection.profit import ProfitError, decimal_of
from core.selection.scorecard import CRITERION_BY_KEY, ScoreCard, score_cards
from core.steps import StepState

CONTEXT = "Candidates"
MONEY_FIELDS = ("price", "cost", "freight", "monthly_revenue")
INT_FIELDS = ("moq", "lead_days", "monthly_units", "reviews", "bsr", "sellers")
FLOAT_FIELDS = ("weight_g", "rating")
TEXT_FIELDS = ("name", "category", "notes", "platform")
CURRENCY_FIELDS = ("currency", "cost_currency", "freight_currency")
IP_RISKS = ("", "low", "medium", "high")


def _error(text: str, **params: Any) -> ValueError:
    return ValueError(Message(CONTEXT, text, params))


def _clean(field: str, value: Any) -> Any:
    """The value as stored, or a ValueError that names the field."""
    empty = value is None or (isinstance(value, str) and not value.strip())
    if field == "name":
        if empty:
            raise _error(QT_TRANSLATE_NOOP("Candidates", "A candidate needs a name."))
        return str(value).strip()
    if field in TEXT_FIELDS:
        return "" if empty else str(value).strip()
    if field in CURRENCY_FIELDS:
        code = str(value or "").strip().upper()
        if len(code) != 3 or not code.isalpha():
            raise _error(
                QT_TRANSLATE_NOOP("Candidates", '"{value}" is not a currency code.'), value=value
            )
        return code
    if field in MONEY_FIELDS:
        if empty:
            return None
        try:
            number = decimal_of(value, field)
        except ProfitError as exc:
            raise ValueError(exc.message) from None
        if number < 0:
            raise _error(QT_TRANSLATE_NOOP("Candidates", "Amounts cannot be negative."))
        return str(number)
    if field in INT_FIELDS or field in FLOAT_FIELDS:
        if empty:
            return None
        try:
            amount = float(str(value).replace(",", ""))
        except ValueError:
            raise _error(
                QT_TRANSLATE_NOOP("Candidates", '"{value}" is not a number.'), value=value
            ) from None
        if not amount >= 0 or amount == float("inf"):
            raise _error(QT_TRANSLATE_NOOP("Candidates", "Numbers cannot be negative."))
        if field == "rating" and amount > 5:
            raise _error(QT_TRANSLATE_NOOP("Candidates", "A rating is at most 5 stars."))
        return int(round(amount)) if field in INT_FIELDS else amount
    if field == "attributes":
        items = [str(a).strip().lower() for a in value or [] if str(a).strip()]
        unknown = [a for a in items if a not in ATTRIBUTE_LABELS]
        if unknown:
            raise _error(
                QT_TRANSLATE_NOOP("Candidates", "Unknown product attribute: {name}."),
                name=", ".join(unknown),
            )
        return json.dumps(sorted(set(items)))
    if field == "markets":
        codes = [normalise_market(str(m)) for m in value or [] if str(m).strip()]
        return json.dumps(list(dict.fromkeys(codes)))
    if field == "seasonality":
        curve = [] if not value else [float(v) for v in value]
        if curve and (len(curve) != 12 or any(v < 0 for v in curve)):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Candidates", "A seasonality curve has 12 months, none of them negative."
                )
            )
        return json.dumps(curve)
    if field == "ip_risk":
        text = str(value or "").strip().lower()
        if text not in IP_RISKS:
            raise _error(
                QT_TRANSLATE_NOOP("Candidates", "IP risk is low, medium or high."),
            )
        return text
    raise _error(QT_TRANSLATE_NOOP("Candidates", "'{field}' cannot be edited."), field=field)


def add_candidate(session: Session, name: str, **values: Any) -> Candidate:
    candidate = Candidate(name=_clean("name", name), created_on=date.today())
    for field, value in values.items():
        setattr(candidate, field, _clean(field, value))
    session.add(candidate)
    session.flush()
    return candidate


def update_candidate(
    session: Session, candidate_id: int, field: str, value: Any, seen: Any = UNSET
) -> Any:
    """Write one field; ``seen``: its value as the person saw it (someone else's change
    meanwhile is a :class:`~core.edits.ConflictError` and nothing is written)."""
    candidate = locked(session, Candidate, candidate_id)
    if candidate is None:
        candidate = get_candidate(session, candidate_id)  # says it no longer exists
    clean = _clean(field, value)
    if seen is not UNSET:
        what = Message("Conflict", QT_TRANSLATE_NOOP("Conflict", "the candidate {name}"),
                       {"name": candidate.name})  # fmt: skip
        check_row(candidate, what, {field: clean}, {field: seen}, show=_shown_value)
    setattr(candidate, field, clean)
    sources = candidate.source_map
    if field in sources:  # typed over: no longer the imported value
        del sources[field]
        candidate.sources = json.dumps(sources)
    session.add(candidate)
    session.flush()
    return clean


def _shown_value(field: str, value: Any) -> Any:
    """Stored lists (markets, attributes, seasonality) as the seller types them."""
    if field in ("markets", "attributes", "seasonality") and isinstance(value, str):
        items = json.loads(value or "[]")
        return ", ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in items) or "—"
    return "—" if value is None or value == "" else str(value)


def get_candidate(session: Session, candidate_id: int) -> Candidate:
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise _error(
            QT_TRANSLATE_NOOP("Candidates", "This candidate no longer exists (id {id})."),
            id=candidate_id,
        )
    return candidate


CANDIDATE_SEEN = (*TEXT_FIELDS, *MONEY_FIELDS, *INT_FIELDS, *FLOAT_FIELDS, *CURRENCY_FIELDS,
                  "markets", "attributes", "seasonality", "ip_risk")  # fmt: skip


def candidate_seen(candidate: Candidate) -> dict[str, Any]:
    """The candidate as the person sees it (removing it after another's change asks)."""
    return seen_of(candidate, CANDIDATE_SEEN)


def remove_candidate(
    session: Session,
    candidate_id: int,
    seen: dict[str, Any] | None = None,
    decided: Mapping[str, str] | None = None,
) -> bool:
    """Remove a candidate with its pain points, scores and decisions. ``seen``
    (:func:`candidate_seen`): someone else's change of it meanwhile asks first (False:
    the person took theirs, nothing removed)."""
    candidate = locked(session, Candidate, candidate_id)
    if candidate is not None and not check_removal(
        candidate, _candidate_what(candidate), seen, decided, show=_shown_value
    ):
        return False
    for model in (CandidatePainPoint, CandidateScore, CandidateDecision):
        session.exec(delete(model).where(col(model.candidate_id) == candidate_id))  # type: ignore[call-overload]
    session.delete(get_candidate(session, candidate_id))
    session.flush()
    return True


def _candidate_what(candidate: Candidate) -> Message:
    return Message(
        "Conflict",
        QT_TRANSLATE_NOOP("Conflict", "the candidate {name}"),
        {"name": candidate.name},
    )


def add_pain_point(
    session: Session,
    candidate_id: int,
    tag: str,
    note: str = "",
    mentions: int = 1,
    source: str = "",
    seen_tags: set[str] | None = None,
    decided: Mapping[str, str] | None = None,
) -> CandidatePainPoint:
    """Add a pain point; ``seen_tags``: the tags (lower case) the person's list showed, so
    the same tag added by someone else meanwhile is a ConflictError, not a second row."""
    get_candidate(session, candidate_id)
    if not tag.strip():
        raise _error(QT_TRANSLATE_NOOP("Candidates", "A pain point needs a tag."))
    wanted = {"tag": tag.strip(), "mentions": max(1, int(mentions)), "note": note.strip()}
    theirs = conflicts.check_new_pain_point(session, candidate_id, wanted, seen_tags, decided)
    if theirs is not None:  # the person chose, field by field, over the one someone added
        for name in ("mentions", "note"):
            if wanted[name] != "" and (decided or {}).get(name) != TAKE_THEIRS:
                setattr(theirs, name, wanted[name])
        session.add(theirs)
        session.flush()
        return theirs
    pain = CandidatePainPoint(
        candidate_id=candidate_id,
        tag=tag.strip(),
        note=note.strip(),
        mentions=max(1, int(mentions)),
        source=source.strip(),
    )
    session.add(pain)
    session.flush()
    return pain


def pain_points(session: Session, candidate_id: int) -> list[CandidatePainPoint]:
    return list(
        session.exec(
            select(CandidatePainPoint)
            .where(CandidatePainPoint.candidate_id == candidate_id)
            .order_by(col(CandidatePainPoint.mentions).desc())
        ).all()
    )


def remove_pain_point(
    session: Session,
    pain_id: int,
    seen: Mapping[str, Any] | None = None,
    decided: Mapping[str, str] | None = None,
) -> bool:
    """Remove a pain point; ``seen`` (conflicts.pain_seen): as the person saw it, so a change
    someone else made meanwhile is a ConflictError first. False: nothing removed."""
    pain = session.get(CandidatePainPoint, pain_id)
    if pain is None or not conflicts.check_pain_point_removal(session, pain, seen, decided):
        return False
    session.delete(pain)
    # the row is gone: a review file's count for this tag then names who removed it
    note_cleared(session, conflicts.PAIN_POINT, pain.candidate_id, conflicts.pain_key(pain.tag))
    session.flush()
    return True


def set_hand_score(
    session: Session,
    candidate_id: int,
    criterion: str,
    score: int | None,
    reason: str = "",
    seen: Mapping[str, Any] | None = None,
    decided: Mapping[str, str] | None = None,
) -> None:
    """Score a criterion by hand (a reason is required), or give it back to the numbers.
    ``seen`` (conflicts.hand_score_seen): what the person started from, so someone else's
    change meanwhile is a ConflictError (``decided``: the person's choice then)."""
    get_candidate(session, candidate_id)
    if criterion not in CRITERION_BY_KEY:
        raise _error(QT_TRANSLATE_NOOP("Candidates", "Unknown criterion {name}."), name=criterion)
    if seen is not None:
        write = conflicts.check_hand_score(
            session, candidate_id, criterion, score, reason, seen, decided
        )
        score, reason = write["score"], write["reason"] or reason
    row = conflicts.hand_score_row(session, candidate_id, criterion)
    if score is None:
        if row is not None:
            session.delete(row)
            note_cleared(session, "candidatescore", candidate_id, criterion)
            session.flush()
        return
    if not 1 <= int(score) <= 5:
        raise _error(QT_TRANSLATE_NOOP("Candidates", "A score is a whole number from 1 to 5."))
    if not reason.strip():
        raise _error(
            QT_TRANSLATE_NOOP("Candidates", "Write down why, when you score a criterion by hand.")
        )
    if row is None:
        row = CandidateScore(candidate_id=candidate_id, criterion=criterion, score=0, reason="")
    row.score, row.reason = int(score), reason.strip()
    session.add(row)
    session.flush()


def current_decisions(session: Session) -> dict[int, CandidateDecision]:
    """The latest decision not undone, per candidate."""
    rows = session.exec(
        select(CandidateDecision)
        .where(col(CandidateDecision.undone_at).is_(None))
        .order_by(col(CandidateDecision.id))
    ).all()
    return {row.candidate_id: row for row in rows}


@dataclass
class PoolRow:
    candidate: Candidate
    card: ScoreCard
    decision: CandidateDecision | None

    @property
    def score(self) -> Decimal:
        return self.card.total


def ranked_pool(session: Session) -> list[PoolRow]:
    """Every candidate, best total score first (ties by name)."""
    cards = score_cards(session)
    decisions = current_decisions(session)
    rows = [
        PoolRow(c, cards[c.id], decisions.get(c.id))
        for c in session.exec(select(Candidate)).all()
        if c.id is not None
    ]
    rows.sort(key=lambda r: (-r.card.total, r.candidate.name.lower()))
    return rows


def ranked_pool_json(session: Session) -> dict[str, list[dict[str, Any]]]:
    """The ``candidates --json`` document."""
    return {
        "candidates": [
            {
                "name": row.candidate.name,
                "score": float(row.card.total),
                "scores": {k: s.score for k, s in row.card.scores.items()},
                "missing_data": row.card.missing,
                "decision": row.decision.decision if row.decision else None,
            }
            for row in ranked_pool(session)
        ]
    }


def selection_state(session: Session) -> StepState:
    """Not started without candidates; done once every candidate has a decision and at least
    one was approved; in progress in between."""
    candidates = session.exec(select(Candidate.id)).all()
    if not candidates:
        return StepState.NOT_STARTED
    decisions = current_decisions(session)
    approved = any(d.decision == "approve" for d in decisions.values())
    if approved and all(c in decisions for c in candidates):
        return StepState.DONE
    return StepState.IN_PROGRESS
