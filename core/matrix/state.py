"""Completion state of step 5, from a few set-based queries (fast at 100,000 SKUs).

- not started: no listing has a product role yet;
- done: every listing that is not ended has a product role and a platform role, and every
  product approved in step 4 has at least one listing that is not ended;
- in progress: anything between.
"""

from __future__ import annotations

from sqlalchemy import and_, exists, func, or_, select
from sqlmodel import Session

from core.models import Listing, ListingStatus, Sku, table_of
from core.selection.models import CandidateDecision
from core.steps import StepState


def matrix_state(session: Session) -> StepState:
    connection = session.connection()
    listing = table_of(Listing).c
    any_role = connection.execute(
        select(listing.id).where(listing.product_role.is_not(None)).limit(1)
    ).first()
    if any_role is None:
        return StepState.NOT_STARTED
    live = listing.status != ListingStatus.ENDED.value
    unassigned = connection.execute(
        select(listing.id)
        .where(live, or_(listing.product_role.is_(None), listing.platform_role.is_(None)))
        .limit(1)
    ).first()
    if unassigned is not None:
        return StepState.IN_PROGRESS
    decision, sku = table_of(CandidateDecision).c, table_of(Sku).c
    placed = exists(
        select(listing.id)
        .join_from(table_of(Listing), table_of(Sku), listing.sku_id == sku.id)
        .where(sku.product_id == decision.product_id, live)
    )
    unplaced = connection.execute(
        select(func.count())
        .select_from(table_of(CandidateDecision))
        .where(
            and_(
                decision.decision == "approve",
                decision.undone_at.is_(None),
                decision.product_id.is_not(None),
                ~placed,
            )
        )
    ).scalar()
    return StepState.IN_PROGRESS if unplaced else StepState.DONE
