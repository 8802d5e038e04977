"""The matrix grid API: columns, cells, placing and changing listings, undo through set_cell."""

from __future__ import annotations

import pytest
from sqlmodel import select

from core.goals import plan
from core.matrix.cells import place, remove_listing, set_cell, set_roles, set_status
from core.matrix.grid import CellState, load_matrix
from core.models import Listing
from tests.matrix_shop import build_shop

BOTH_ENGINES = True  # issue 13: the core suite runs on SQLite and PostgreSQL


@pytest.fixture
def shop(workspace):
    build_shop(workspace)
    return workspace


def test_every_sku_by_every_platform_market(shop):
    with shop.session() as s:
        matrix = load_matrix(s)
    # No priority set: platforms by name, markets by code.
    assert [c.title for c in matrix.columns] == [
        "AliExpress DE",
        "AliExpress US",
        "Amazon DE",
        "Amazon US",
        "Etsy DE",
        "Etsy US",
        "TikTok Shop DE",
        "TikTok Shop US",
    ]
    assert [r.sku_code for r in matrix.rows] == ["S2", "S1", "S3"]  # 3C before Home
    assert all(len(r.cells) == 8 and not any(c.listed for c in r.cells) for r in matrix.rows)


def test_step_3_priority_orders_columns_and_hides_other_markets(shop):
    with shop.transaction() as s:
        plan.set_platform_priority(s, [2, 1])  # TikTok Shop, then Amazon
        plan.set_target_markets(s, [1])  # US only
        plan.set_platform_role(s, 1, 1, "main")
    with shop.session() as s:
        matrix = load_matrix(s)
    assert [c.title for c in matrix.columns] == [
        "TikTok Shop US",
        "Amazon US",
        "AliExpress US",
        "Etsy US",
    ]
    assert matrix.column(1, 1).planned_role == "main"
    # A listing outside the target markets still shows its column.
    with shop.transaction() as s:
        place(s, 1, 3, 2)
    with shop.session() as s:
        titles = [c.title for c in load_matrix(s).columns]
    assert "AliExpress DE" in titles and "Amazon DE" not in titles


def test_place_takes_step_3_platform_role_and_roles_change(shop):
    with shop.transaction() as s:
        plan.set_platform_role(s, 1, 1, "main")
        listing = place(s, 1, 1, 1, product_role="hero")
        assert (listing.status, listing.product_role, listing.platform_role) == (
            "planned",
            "hero",
            "main",
        )
        set_roles(s, listing.id, product_role="traffic")
        set_status(s, listing.id, "active")
        lid = listing.id
    with shop.session() as s:
        matrix = load_matrix(s)
        cell = matrix.cell(1, 1, 1)
    assert cell.listing_id == lid
    assert (cell.status, cell.product_role, cell.platform_role) == ("active", "traffic", "main")
    with shop.transaction() as s:
        set_roles(s, lid, platform_role=None)  # cleared; product role kept
        assert s.get(Listing, lid).product_role == "traffic"
        assert s.get(Listing, lid).platform_role is None


def test_bad_roles_and_statuses_are_refused(shop):
    with shop.transaction() as s:
        listing = place(s, 1, 1, 1)
        with pytest.raises(ValueError, match="not a product role"):
            set_roles(s, listing.id, product_role="star")
        with pytest.raises(ValueError, match="not a platform role"):
            set_roles(s, listing.id, platform_role="side")
        with pytest.raises(ValueError, match="not a listing status"):
            set_status(s, listing.id, "live")
        with pytest.raises(ValueError, match="already listed"):
            place(s, 1, 1, 1)
        with pytest.raises(ValueError, match="no sku number 99"):
            set_cell(s, 99, 1, 1, CellState())


def test_set_cell_returns_what_undo_needs(shop):
    with shop.transaction() as s:
        before = set_cell(s, 2, 2, 1, CellState(product_role="traffic", platform_role="test"))
        assert before is None
        before = set_cell(s, 2, 2, 1, CellState(status="active", product_role="profit"))
        assert before == CellState(product_role="traffic", platform_role="test")
        # Undo the second change, then the first.
        set_cell(s, 2, 2, 1, before)
        assert set_cell(s, 2, 2, 1, None) == CellState(product_role="traffic", platform_role="test")
        assert s.exec(select(Listing)).all() == []


def test_remove_listing_returns_its_state(shop):
    with shop.transaction() as s:
        listing = place(s, 3, 3, 1, product_role="traffic", platform_role="clearance")
        state = remove_listing(s, listing.id)
    assert state == CellState(product_role="traffic", platform_role="clearance")
    with shop.session() as s:
        assert not load_matrix(s).cell(3, 3, 1).listed


def test_only_approved_and_archived(shop):
    from core.models import Sku

    with shop.transaction() as s:
        s.get(Sku, 3).archived = True
    with shop.session() as s:
        assert [r.sku_code for r in load_matrix(s).rows] == ["S2", "S1"]
        assert len(load_matrix(s, include_archived=True).rows) == 3
        assert load_matrix(s, only_approved=True).rows == []


def test_step_state_follows_roles_and_approved_products(shop):
    from datetime import date

    from core.matrix.state import matrix_state
    from core.selection.models import Candidate, CandidateDecision
    from core.steps import StepState

    with shop.session() as s:
        assert matrix_state(s) == StepState.NOT_STARTED
    with shop.transaction() as s:
        listing = place(s, 1, 1, 1, product_role="hero", platform_role=None)
        assert matrix_state(s) == StepState.IN_PROGRESS  # no platform role yet
        set_roles(s, listing.id, platform_role="main")
        assert matrix_state(s) == StepState.DONE
        place(s, 2, 1, 1)  # listed without roles
        assert matrix_state(s) == StepState.IN_PROGRESS
        set_status(s, find_id(s, 2, 1, 1), "ended")  # ended listings need no role
        assert matrix_state(s) == StepState.DONE
        s.add(Candidate(id=1, name="Bin"))
        s.add(
            CandidateDecision(
                candidate_id=1, decision="approve", decided_on=date(2026, 1, 5), product_id=3
            )
        )
        s.flush()
        assert matrix_state(s) == StepState.IN_PROGRESS  # approved P3 is not placed
        place(s, 3, 2, 1, product_role="potential", platform_role="test")
        assert matrix_state(s) == StepState.DONE


def find_id(session, sku_id, platform_id, market_id):
    from core.matrix.cells import find_listing

    return find_listing(session, sku_id, platform_id, market_id).id
