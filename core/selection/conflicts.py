"""Two people editing a candidate's hand scores, pain points or decision at once
(core.edits' rule): the page keeps what the person saw, the write reads the record again
(the candidate locked, so nobody writes in between on PostgreSQL) and refuses the edit as a
ConflictError naming who changed it and when, instead of writing over their change."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, select

from core.cleared import cleared_stamp, stamp_of
from core.edits import TAKE_THEIRS, check_edit, decided_edit, latest_stamp, locked
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.selection.models import Candidate, CandidateDecision, CandidatePainPoint, CandidateScore
from core.selection.scorecard import CRITERION_BY_KEY

CTX = "Conflict"
DECISIONS = {  # the decisions on a candidate (core.selection.decision)
    "approve": QT_TRANSLATE_NOOP("Decision", "Approve (立项)"),
    "park": QT_TRANSLATE_NOOP("Decision", "Park"),
    "reject": QT_TRANSLATE_NOOP("Decision", "Reject"),
}
REMOVED = QT_TRANSLATE_NOOP("Conflict", "(removed)")
PAIN_POINT = "painpoint"  # core.cleared's kind for a removed pain point, keyed by its tag
BY_NUMBERS = QT_TRANSLATE_NOOP("Conflict", "from the numbers")
NO_DECISION = QT_TRANSLATE_NOOP("Conflict", "no decision")
LABELS = {
    "score": Message("Fields", QT_TRANSLATE_NOOP("Fields", "Score")),
    "reason": Message("Fields", QT_TRANSLATE_NOOP("Fields", "Reason")),
    "decision": Message("Fields", QT_TRANSLATE_NOOP("Fields", "Decision")),
    "mentions": Message("Fields", QT_TRANSLATE_NOOP("Fields", "Mentions")),
    "note": Message("Fields", QT_TRANSLATE_NOOP("Fields", "Note")),
    "tag": Message("Fields", QT_TRANSLATE_NOOP("Fields", "Tag")),
}


def _locked_candidate(session: Session, candidate_id: int) -> Candidate | None:
    return locked(session, Candidate, candidate_id)


# --- hand scores ------------------------------------------------------------------------------


def hand_score_row(session: Session, candidate_id: int, criterion: str) -> CandidateScore | None:
    return session.exec(
        select(CandidateScore).where(
            CandidateScore.candidate_id == candidate_id, CandidateScore.criterion == criterion
        )
    ).first()


def hand_score_seen(session: Session, candidate_id: int, criterion: str) -> dict[str, Any]:
    """What the person starts from: the hand score and its reason (None: from the numbers)."""
    row = hand_score_row(session, candidate_id, criterion)
    return {"score": row.score if row else None, "reason": row.reason if row else ""}


def _shown_score(field: str, value: Any) -> Any:
    if field == "score" and value is None:
        return Message(CTX, BY_NUMBERS)
    return "—" if value is None or value == "" else str(value)


def check_hand_score(
    session: Session,
    candidate_id: int,
    criterion: str,
    score: int | None,
    reason: str,
    seen: Mapping[str, Any] | None,
    decided: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The hand score to write (``{"score", "reason"}``; score None: back to the numbers),
    or a ConflictError when someone else changed it since the person saw ``seen``."""
    candidate = _locked_candidate(session, candidate_id)
    row = hand_score_row(session, candidate_id, criterion)
    current = {"score": row.score if row else None, "reason": row.reason if row else ""}
    wanted = {"score": score, "reason": reason.strip() if score is not None else ""}
    mine = {k: v for k, v in wanted.items() if seen is None or v != seen.get(k)}
    mine, checked = decided_edit(mine, seen, decided)
    what = Message(
        CTX,
        QT_TRANSLATE_NOOP("Conflict", "the hand score of {criterion} for the candidate {name}"),
        {
            "criterion": Message("Scorecard", CRITERION_BY_KEY[criterion].label),
            "name": candidate.name if candidate else candidate_id,
        },
    )
    changed_by, changed_at = stamp_of(session, row, "candidatescore", candidate_id, criterion)
    check_edit(
        what, current, mine, checked, changed_by=changed_by, changed_at=changed_at,
        labels=LABELS, show=_shown_score,
    )  # fmt: skip
    if "score" in mine and mine["score"] is None:
        return {"score": None, "reason": ""}
    return {**current, **mine}


# --- decisions --------------------------------------------------------------------------------


def decision_seen(row: CandidateDecision | None) -> dict[str, Any]:
    """What the person sees of a candidate's current decision: one value (the decision, who
    decided and why; None: no decision yet), since a decision is taken or left as a whole."""
    return {"decision": (row.decision, row.approver_name, row.reason) if row else None}


def _shown_decision(_field: str, value: Any) -> Any:
    if not value or value[0] not in DECISIONS:
        return Message(CTX, NO_DECISION)
    choice, who, why = value
    return Message(
        CTX,
        QT_TRANSLATE_NOOP("Conflict", "{decision} by {name}: {reason}"),
        {"decision": Message("Decision", DECISIONS[choice]), "name": who or "—", "reason": why},
    )


def check_decision(
    session: Session,
    candidate_id: int,
    current: CandidateDecision | None,
    wanted: Mapping[str, Any],
    seen: Mapping[str, Any] | None,
    decided: Mapping[str, str] | None = None,
) -> bool:
    """Refuse a decision (or its undo: ``wanted`` from ``decision_seen(None)``) when someone
    else decided meanwhile; False when the person chose to take theirs (nothing to write)."""
    if seen is None:
        return True
    candidate = session.get(Candidate, candidate_id)
    rows = session.exec(
        select(CandidateDecision).where(CandidateDecision.candidate_id == candidate_id)
    ).all()
    changed_by, changed_at = latest_stamp(rows)
    mine, checked = decided_edit(wanted, seen, decided)
    what = Message(
        CTX,
        QT_TRANSLATE_NOOP("Conflict", "the candidate {name}"),
        {"name": candidate.name if candidate else candidate_id},
    )
    check_edit(
        what, decision_seen(current), mine, checked, changed_by=changed_by,
        changed_at=changed_at, labels=LABELS, show=_shown_decision,
    )  # fmt: skip
    return bool(mine)


# --- pain points ----------------------------------------------------------------------------


def pain_key(tag: str) -> str:
    """A pain point's tag as lists and review files match it (lower case, trimmed)."""
    return tag.strip().lower()


def pain_seen(row: CandidatePainPoint) -> dict[str, Any]:
    return {"tag": row.tag, "mentions": row.mentions, "note": row.note}


def _shown_pain(_field: str, value: Any) -> Any:
    if value is None:
        return Message(CTX, REMOVED)
    return "—" if value == "" else str(value)


def _pain_what(session: Session, candidate_id: int, tag: str) -> Message:
    candidate = session.get(Candidate, candidate_id)
    return Message(
        CTX,
        QT_TRANSLATE_NOOP("Conflict", "the pain point “{tag}” of the candidate {name}"),
        {"tag": tag, "name": candidate.name if candidate else candidate_id},
    )


def same_tag(session: Session, candidate_id: int, tag: str) -> CandidatePainPoint | None:
    rows = session.exec(
        select(CandidatePainPoint)
        .where(CandidatePainPoint.candidate_id == candidate_id)
        .order_by(col(CandidatePainPoint.id))
    ).all()
    return next((r for r in rows if r.tag.strip().lower() == tag.strip().lower()), None)


def check_new_pain_point(
    session: Session,
    candidate_id: int,
    wanted: Mapping[str, Any],
    seen_tags: set[str] | None,
    decided: Mapping[str, str] | None = None,
) -> CandidatePainPoint | None:
    """A pain point the person adds that someone else added meanwhile (same tag, which the
    person's list did not show): the existing one to update with their choice, or a
    ConflictError. None: add it as a new pain point."""
    _locked_candidate(session, candidate_id)
    existing = same_tag(session, candidate_id, wanted["tag"])
    if existing is None or seen_tags is None or existing.tag.strip().lower() in seen_tags:
        return None  # new, or one the person saw: added as before (a second row of the tag)
    current = pain_seen(existing)
    before = {"tag": wanted["tag"], "mentions": None, "note": None}  # not there for them
    mine = {k: v for k, v in wanted.items() if k != "tag" and v != ""}  # no note: theirs stays
    mine, checked = decided_edit(mine, before, decided)
    check_edit(
        _pain_what(session, candidate_id, existing.tag), current, mine, checked,
        changed_by=existing.changed_by, changed_at=existing.changed_at,
        labels=LABELS, show=_shown_pain,
    )  # fmt: skip
    return existing


def check_pain_point_removal(
    session: Session,
    row: CandidatePainPoint,
    seen: Mapping[str, Any] | None,
    decided: Mapping[str, str] | None = None,
) -> bool:
    """Removing a pain point someone else changed meanwhile asks first; False: the person
    took theirs (the pain point stays)."""
    _locked_candidate(session, row.candidate_id)
    if seen is None:
        return True
    current = pain_seen(row)
    mine = {k: None for k in current if current[k] != seen.get(k)}
    if decided and any(choice == TAKE_THEIRS for choice in decided.values()):
        return False  # their change is kept, so the pain point stays
    mine, checked = decided_edit(mine, seen, decided)
    check_edit(
        _pain_what(session, row.candidate_id, row.tag), current, mine, checked,
        changed_by=row.changed_by, changed_at=row.changed_at, labels=LABELS, show=_shown_pain,
    )  # fmt: skip
    return True


def check_pain_count(
    session: Session,
    pain: CandidatePainPoint,
    mentions: int,
    seen: Mapping[str, Any] | None,
    decided: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A review file's count for a pain point the candidate has: ``{"mentions": ...}`` to
    write, ``{}`` when the person kept theirs, or a ConflictError when someone changed the
    count since the person's list showed it as ``seen`` (None: not on their list, so someone
    added it since)."""
    before = seen if seen is not None else {"tag": pain.tag, "mentions": None, "note": None}
    mine, checked = decided_edit({"mentions": mentions}, before, decided)
    check_edit(
        _pain_what(session, pain.candidate_id, pain.tag), pain_seen(pain), mine, checked,
        changed_by=pain.changed_by, changed_at=pain.changed_at, labels=LABELS, show=_shown_pain,
    )  # fmt: skip
    return mine


def check_removed_pain_count(
    session: Session,
    candidate_id: int,
    mentions: int,
    seen: Mapping[str, Any],
    decided: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A review file's count for a pain point the person's list showed as ``seen`` and that
    someone removed since: ``{"mentions": ...}`` to add it again, ``{}`` when the person kept
    the removal, or a ConflictError naming who removed it and when."""
    mine, checked = decided_edit({"mentions": mentions}, seen, decided)
    gone = dict.fromkeys(seen)  # every field: (removed)
    changed_by, changed_at = cleared_stamp(session, PAIN_POINT, candidate_id, pain_key(seen["tag"]))
    check_edit(
        _pain_what(session, candidate_id, seen["tag"]), gone, mine, checked,
        changed_by=changed_by, changed_at=changed_at, labels=LABELS, show=_shown_pain,
    )  # fmt: skip
    return mine
