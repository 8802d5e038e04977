"""Decide on a candidate: approve (立项), park or reject, with reason, date and approver.

Approving writes the product and its SKU into the catalog (step 2) with the candidate's costs
and price, so nothing is typed twice; undoing the approval takes them out again as long as
nothing else has started to use them (listings, sales, stock).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, func, select

from core.edits import locked
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import (
    Category,
    Listing,
    Product,
    RaciAssignment,
    SalesRecord,
    Sku,
    StockLot,
    TeamMember,
    saved_id,
)
from core.selection import conflicts
from core.selection.models import Candidate, CandidateDecision, decimal_or_none
from core.selection.pool import current_decisions, get_candidate
from core.selection.scorecard import score_cards

DECISIONS = conflicts.DECISIONS  # approve (立项), park, reject
APPROVAL_DUTY = "duty:approval"
# Catalog flags a candidate's attributes set on its SKU.
SKU_FLAGS = {
    "battery": "has_battery",
    "wireless": "has_radio",
    "food_contact": "food_contact",
    "children": "for_children",
}


def _error(text: str, **params) -> ValueError:
    return ValueError(Message("Decision", text, params))


@dataclass
class DecisionOutcome:
    decision: CandidateDecision
    product: Product | None = None
    warnings: list[Message] = field(default_factory=list)


def accountable_for_approval(session: Session) -> TeamMember | None:
    """The member with an A for product approval in step 1's RACI matrix."""
    row = session.exec(
        select(RaciAssignment).where(
            RaciAssignment.subject == APPROVAL_DUTY, RaciAssignment.letter == "A"
        )
    ).first()
    return session.get(TeamMember, row.member_id) if row else None


def approver_warning(session: Session, approver_id: int | None) -> Message | None:
    accountable = accountable_for_approval(session)
    if accountable is None:
        return Message(
            "Decision",
            QT_TRANSLATE_NOOP(
                "Decision",
                "Nobody is Accountable for product approval in the team's RACI matrix (step 1).",
            ),
        )
    if approver_id != accountable.id:
        return Message(
            "Decision",
            QT_TRANSLATE_NOOP(
                "Decision",
                "{name} is Accountable for product approval (step 1): approvals should be theirs.",
            ),
            {"name": accountable.name},
        )
    return None


def decide(
    session: Session,
    candidate_id: int,
    decision: str,
    reason: str,
    approver_id: int | None,
    on: date | None = None,
    seen: Mapping[str, Any] | None = None,
    decided: Mapping[str, str] | None = None,
) -> DecisionOutcome | None:
    """Record a decision (replacing the current one, which must be undone first if it created
    a product). Approving adds the product and SKU to the catalog.

    ``seen`` (conflicts.decision_seen): the decision the person saw; someone else's decision
    meanwhile is a ConflictError (``decided``: the person's choice; None is returned when
    they took theirs and nothing was written)."""
    if decision not in DECISIONS:
        raise _error(QT_TRANSLATE_NOOP("Decision", "Decide approve, park or reject."))
    candidate = get_candidate(session, candidate_id)
    locked(session, Candidate, candidate_id)  # one decision at a time per candidate
    current = current_decisions(session).get(candidate_id)
    approver = session.get(TeamMember, approver_id) if approver_id is not None else None
    wanted = {"decision": (decision, approver.name if approver else "", reason.strip())}
    if not conflicts.check_decision(session, candidate_id, current, wanted, seen, decided):
        return None
    if current is not None and current.product_id is not None:
        raise _error(
            QT_TRANSLATE_NOOP("Decision", "{name} is already approved: undo the approval first."),
            name=candidate.name,
        )
    if not reason.strip():
        raise _error(QT_TRANSLATE_NOOP("Decision", "Write down the reason for the decision."))
    if approver is None:
        raise _error(QT_TRANSLATE_NOOP("Decision", "Choose who decides, from the team."))
    card = score_cards(session).get(candidate_id)
    row = CandidateDecision(
        candidate_id=candidate_id,
        decision=decision,
        reason=reason.strip(),
        decided_on=on or date.today(),
        approver_id=approver.id,
        approver_name=approver.name,
        score=str(card.total) if card else None,
    )
    outcome = DecisionOutcome(row)
    if current is not None:
        current.undone_at = _now()
        session.add(current)
    if decision == "approve":
        warning = approver_warning(session, approver.id)
        if warning is not None:
            outcome.warnings.append(warning)
        outcome.product = _create_product(session, candidate, row)
        row.product_id = outcome.product.id
    session.add(row)
    session.flush()
    return outcome


def undo_decision(
    session: Session,
    candidate_id: int,
    seen: Mapping[str, Any] | None = None,
    decided: Mapping[str, str] | None = None,
) -> CandidateDecision | None:
    """Take back the current decision; an approval's product leaves the catalog again.
    ``seen``: the decision the person saw (someone else's decision meanwhile is a
    ConflictError rather than theirs taken back unseen)."""
    locked(session, Candidate, candidate_id)
    current = current_decisions(session).get(candidate_id)
    nothing = conflicts.decision_seen(None)
    if seen is not None and not conflicts.check_decision(
        session, candidate_id, current, nothing, seen, decided
    ):
        return None
    if current is None:
        return None
    if current.product_id is not None:
        product = session.get(Product, current.product_id)
        if product is not None:
            _remove_product(session, product)
        current.product_id = None
    current.undone_at = _now()
    session.add(current)
    session.flush()
    return current


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _spu_code(session: Session, candidate: Candidate) -> str:
    base = f"NEW{saved_id(candidate):03d}"
    code, n = base, 1
    while session.exec(select(Product).where(Product.spu_code == code)).first() is not None:
        n += 1
        code = f"{base}-{n}"
    return code


def _create_product(session: Session, candidate: Candidate, row: CandidateDecision) -> Product:
    category_id = None
    if candidate.category.strip():
        category = session.exec(
            select(Category).where(Category.name == candidate.category.strip())
        ).first()
        if category is None:
            category = Category(name=candidate.category.strip())
            session.add(category)
            session.flush()
        category_id = category.id
    note = Message(
        "Decision",
        QT_TRANSLATE_NOOP(
            "Decision", "Approved from the candidate pool on {date} by {name} (score {score})."
        ),
        {"date": row.decided_on.isoformat(), "name": row.approver_name, "score": row.score},
    ).render()
    product = Product(
        spu_code=_spu_code(session, candidate),
        name=candidate.name,
        category_id=category_id,
        notes=note,
        created_on=row.decided_on,
    )
    session.add(product)
    session.flush()
    cost, price = decimal_or_none(candidate.cost), decimal_or_none(candidate.price)
    sku = Sku(
        product_id=saved_id(product),
        sku_code=f"{product.spu_code}-01",
        cost=float(cost) if cost is not None else None,
        cost_currency=candidate.cost_currency,
        price=float(price) if price is not None else None,
        price_currency=candidate.currency,
        weight_g=candidate.weight_g,
        stock_qty=0,
    )
    for attribute in candidate.attribute_list:
        if attribute in SKU_FLAGS:
            setattr(sku, SKU_FLAGS[attribute], True)
    session.add(sku)
    session.flush()
    return product


def _remove_product(session: Session, product: Product) -> None:
    sku_ids = [
        saved_id(s) for s in session.exec(select(Sku).where(Sku.product_id == product.id)).all()
    ]
    if sku_ids:
        used = sum(
            int(
                session.exec(
                    select(func.count()).select_from(model).where(col(model.sku_id).in_(sku_ids))
                ).one()
            )
            for model in (Listing, SalesRecord, StockLot)
        )
        if used:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Decision",
                    "{code} already has listings, sales or stock in the catalog: it stays. "
                    "Change or end it in step 2 instead.",
                ),
                code=product.spu_code,
            )
    for sku_id in sku_ids:
        sku = session.get(Sku, sku_id)
        if sku is not None:
            session.delete(sku)
    session.flush()
    session.delete(product)
    session.flush()
