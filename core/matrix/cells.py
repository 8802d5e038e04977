"""Changing the product matrix's cells (step 5); reading it is core.matrix.grid.

Changing (each takes a session, flushes, and leaves the commit to the caller)::

    place(session, sku_id, platform_id, market_id, product_role=None, platform_role=None)
    set_roles(session, listing_id, product_role=..., platform_role=...)   # None clears
    set_status(session, listing_id, "active")
    remove_listing(session, listing_id)      # returns the CellState it had
    before = set_cell(session, sku_id, platform_id, market_id, state_or_None)

``set_cell`` is the one primitive for undo/redo: it puts a cell into a state (None: not
listed) and returns the state it had, so an undo command stores ``before`` and calls
``set_cell`` with it. Roles are the keys of core.goals.roles PRODUCT_ROLES / PLATFORM_ROLES;
statuses those of core.models.ListingStatus.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlmodel import Session, select

from core.cleared import note_cleared
from core.goals.plan import platform_roles
from core.goals.roles import PLATFORM_ROLES, PRODUCT_ROLES
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.matrix.cell_conflicts import merged_cell
from core.matrix.grid import KEEP, STATUS_LABELS, CellState
from core.models import Listing, ListingStatus, Market, Platform, Sku

CTX = "Matrix"


def _error(text: str, **params: Any) -> ValueError:
    return ValueError(Message(CTX, text, params))


def state_of(listing: Any) -> CellState:
    """The state of a listing (an ORM object or a plain row of the listing table)."""
    return CellState(
        status=listing.status,
        product_role=listing.product_role,
        platform_role=listing.platform_role,
        price=listing.price,
        currency=listing.currency,
        platform_sku=listing.platform_sku,
        external_id=getattr(listing, "external_id", "") or "",
    )


def _check_state(state: CellState) -> None:
    if state.product_role is not None and state.product_role not in PRODUCT_ROLES:
        raise _error(
            QT_TRANSLATE_NOOP("Matrix", "\u201c{role}\u201d is not a product role."),
            role=state.product_role,
        )
    if state.platform_role is not None and state.platform_role not in PLATFORM_ROLES:
        raise _error(
            QT_TRANSLATE_NOOP("Matrix", "\u201c{role}\u201d is not a platform role."),
            role=state.platform_role,
        )
    if state.status not in STATUS_LABELS:
        raise _error(
            QT_TRANSLATE_NOOP("Matrix", "\u201c{status}\u201d is not a listing status."),
            status=state.status,
        )


def find_listing(session: Session, sku_id: int, platform_id: int, market_id: int) -> Listing | None:
    return session.exec(
        select(Listing).where(
            Listing.sku_id == sku_id,
            Listing.platform_id == platform_id,
            Listing.market_id == market_id,
        )
    ).first()


def cell_state(session: Session, sku_id: int, platform_id: int, market_id: int) -> CellState | None:
    listing = find_listing(session, sku_id, platform_id, market_id)
    return state_of(listing) if listing else None


def set_cell(
    session: Session,
    sku_id: int,
    platform_id: int,
    market_id: int,
    state: CellState | None,
    seen: Any = KEEP,
    decided: dict[str, str] | None = None,
) -> CellState | None:
    """Put the cell into ``state`` (None: remove the listing); returns the state it had.

    ``seen``: the state the person started from (None: not listed); the fields they changed
    are written over what is saved now, and a field another person changed too is a
    :class:`~core.edits.ConflictError` (``decided`` applies their choice, field by field)."""
    listing = find_listing(session, sku_id, platform_id, market_id)
    before = state_of(listing) if listing else None
    if seen is not KEEP:
        if listing is not None:
            session.refresh(listing, with_for_update=True)  # nobody writes between
            before = state_of(listing)
        cell = (sku_id, platform_id, market_id)
        merged = merged_cell(session, cell, listing, before, state, seen, decided)
        if merged == "unchanged":
            return before
        state = merged
    if state is None:
        if listing is not None:
            session.delete(listing)
            note_cleared(session, "listing", sku_id, platform_id, market_id)
            session.flush()
        return before
    _check_state(state)
    if listing is None:
        for model, key in ((Sku, sku_id), (Platform, platform_id), (Market, market_id)):
            if session.get(model, key) is None:
                raise _error(
                    QT_TRANSLATE_NOOP("Matrix", "There is no {what} number {id}."),
                    what=model.__name__.lower(),
                    id=key,
                )
        listing = Listing(sku_id=sku_id, platform_id=platform_id, market_id=market_id)
    listing.status = state.status
    listing.product_role = state.product_role
    listing.platform_role = state.platform_role
    listing.price = state.price
    listing.currency = state.currency
    listing.platform_sku = state.platform_sku
    listing.external_id = state.external_id
    session.add(listing)
    session.flush()
    return before


def place(
    session: Session,
    sku_id: int,
    platform_id: int,
    market_id: int,
    product_role: str | None = None,
    platform_role: str | None = KEEP,
    status: str = ListingStatus.PLANNED.value,
) -> Listing:
    """List the SKU on the platform in the market (planned by default). The platform role
    starts as step 3's role of that platform in that market unless one is given."""
    if find_listing(session, sku_id, platform_id, market_id) is not None:
        raise _error(QT_TRANSLATE_NOOP("Matrix", "This SKU is already listed there."))
    if platform_role is KEEP:
        platform_role = platform_roles(session).get((platform_id, market_id))
    set_cell(
        session,
        sku_id,
        platform_id,
        market_id,
        CellState(status=status, product_role=product_role, platform_role=platform_role),
    )
    listing = find_listing(session, sku_id, platform_id, market_id)
    assert listing is not None
    return listing


def _listing(session: Session, listing_id: int) -> Listing:
    listing = session.get(Listing, listing_id)
    if listing is None:
        raise _error(QT_TRANSLATE_NOOP("Matrix", "There is no listing number {id}."), id=listing_id)
    return listing


def set_roles(
    session: Session, listing_id: int, product_role: Any = KEEP, platform_role: Any = KEEP
) -> Listing:
    """Change a listing's roles; a role passed as None is cleared, one not passed is kept."""
    listing = _listing(session, listing_id)
    state = state_of(listing)
    if product_role is not KEEP:
        state = replace(state, product_role=product_role)
    if platform_role is not KEEP:
        state = replace(state, platform_role=platform_role)
    set_cell(session, listing.sku_id, listing.platform_id, listing.market_id, state)
    return listing


def set_status(session: Session, listing_id: int, status: str) -> Listing:
    listing = _listing(session, listing_id)
    state = replace(state_of(listing), status=str(status))
    set_cell(session, listing.sku_id, listing.platform_id, listing.market_id, state)
    return listing


def remove_listing(session: Session, listing_id: int) -> CellState:
    """Take the listing off the matrix (its sales history stays); returns what it held."""
    listing = _listing(session, listing_id)
    before = set_cell(session, listing.sku_id, listing.platform_id, listing.market_id, None)
    assert before is not None
    return before
