"""One conflict API for every record a person edits (core.edits): two apps (two workspace
objects, each with its own connections) edit the same team member, responsibility cell, goal
and candidate; the second writer's edit is refused with both versions field by field, and each
choice (keep mine, take theirs, field by field) writes what it says, as one undoable write."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlmodel import select

from core import team
from core.edits import KEEP_MINE, TAKE_THEIRS, ConflictError, check_edit, resolve
from core.goals import plan
from core.goals.models import Goal
from core.models import Product, TeamMember
from core.selection import pool
from core.selection.models import Candidate

BOTH_ENGINES = True


def _first(workspace, model):
    with workspace.session() as session:
        return session.exec(select(model).order_by(model.id)).first()


# --- the rule itself, without a database ---------------------------------------------------


def test_only_a_field_both_changed_differently_is_a_conflict():
    seen = {"name": "Li", "notes": "", "contact": "wx"}
    # they changed notes, I change the name: no conflict, their notes stay
    check_edit("x", {"name": "Li", "notes": "theirs", "contact": "wx"}, {"name": "Wang"}, seen)
    # both changed the name to the same: no conflict
    check_edit("x", {"name": "Wang", "notes": "", "contact": "wx"}, {"name": "Wang"}, seen)
    # no idea what the person saw (a script): no check
    check_edit("x", {"name": "Zhao"}, {"name": "Wang"}, None)
    with pytest.raises(ConflictError) as info:
        check_edit(
            "x", {"name": "Zhao", "notes": "theirs", "contact": "wx"}, {"name": "Wang"}, seen
        )
    fields = info.value.fields
    assert [(f.field, f.seen, f.mine, f.theirs, f.clash) for f in fields] == [
        ("name", "Li", "Wang", "Zhao", True),
        ("notes", "", "", "theirs", False),  # only theirs: shown, kept whatever is chosen
    ]


def test_keep_mine_writes_mine_over_all_that_is_saved_now_and_undo_takes_it_back():
    with pytest.raises(ConflictError) as info:
        check_edit(
            "x",
            {"a": 2, "b": 20, "c": "t"},
            {"a": 3, "b": 30},
            {"a": 1, "b": 10, "c": "s"},
        )
    conflict = info.value
    assert resolve(conflict, TAKE_THEIRS) is None
    keep = resolve(conflict, KEEP_MINE)
    assert keep.changes == {"a": 3, "b": 30}
    assert keep.seen == {"a": 2, "b": 20, "c": "t"}
    assert keep.undone().changes == {"a": 2, "b": 20} and keep.undone().seen == {"a": 3, "b": 30}
    mixed = resolve(conflict, {"a": KEEP_MINE, "b": TAKE_THEIRS})
    assert mixed.changes == {"a": 3}


# --- team members --------------------------------------------------------------------------


def test_two_writers_on_one_member_get_both_versions_field_by_field(demo, ben):
    shown = _first(demo, TeamMember)  # what Anna's window shows
    seen = team.member_seen(shown)
    with ben.transaction() as session:  # Ben saves first: hours and contact
        team.update_member(session, shown.id, capacity_hours=12.0, contact="ben@shop")
    with pytest.raises(ConflictError) as info, demo.transaction() as session:
        team.update_member(session, shown.id, capacity_hours=30.0, notes="Anna's", seen=seen)
    conflict = info.value
    assert conflict.changed_by == "ben"
    by_field = {f.field: (f.seen, f.mine, f.theirs, f.clash) for f in conflict.fields}
    assert by_field == {
        "capacity_hours": (seen["capacity_hours"], 30.0, 12.0, True),
        "contact": (seen["contact"], seen["contact"], "ben@shop", False),
    }
    text = conflict.message.render()
    assert "ben changed Capacity (h/week) of team member" in text and shown.name in text
    assert "30" in text
    saved = _first(ben, TeamMember)
    assert (saved.capacity_hours, saved.notes) == (12.0, shown.notes)  # nothing of Anna's


def test_keep_mine_on_a_member_writes_mine_and_keeps_their_other_change(demo, ben):
    shown = _first(demo, TeamMember)
    seen = team.member_seen(shown)
    with ben.transaction() as session:
        team.update_member(session, shown.id, capacity_hours=12.0, contact="ben@shop")
    with pytest.raises(ConflictError) as info, demo.transaction() as session:
        team.update_member(session, shown.id, capacity_hours=30.0, seen=seen)
    keep = resolve(info.value, KEEP_MINE)
    with demo.transaction() as session:
        team.update_member(session, shown.id, **keep.changes, seen=keep.seen)
    saved = _first(ben, TeamMember)
    assert (saved.capacity_hours, saved.contact, saved.changed_by) == (30.0, "ben@shop", "anna")
    # one undoable step: its undo writes theirs back
    back = keep.undone()
    with demo.transaction() as session:
        team.update_member(session, shown.id, **back.changes, seen=back.seen)
    assert _first(ben, TeamMember).capacity_hours == 12.0


def test_take_theirs_on_a_member_writes_nothing(demo, ben):
    shown = _first(demo, TeamMember)
    seen = team.member_seen(shown)
    with ben.transaction() as session:
        team.update_member(session, shown.id, roles=["finance"])
    with pytest.raises(ConflictError) as info, demo.transaction() as session:
        team.update_member(session, shown.id, roles=["design", "finance"], seen=seen)
    conflict = info.value
    assert resolve(conflict, TAKE_THEIRS) is None
    assert conflict.fields[0].field == "roles"
    assert conflict.fields[0].shown(conflict.theirs).render() == "Finance"
    saved = _first(demo, TeamMember)
    assert (team.roles_of(saved), saved.changed_by, saved.version) == (
        ["finance"],
        "ben",
        shown.version + 1,
    )


def test_a_member_edit_after_theirs_on_another_field_goes_through(demo, ben):
    shown = _first(demo, TeamMember)
    seen = team.member_seen(shown)
    with ben.transaction() as session:
        team.update_member(session, shown.id, notes="Ben's note")
    with demo.transaction() as session:
        team.update_member(session, shown.id, name="Anna's name", seen=seen)
    saved = _first(ben, TeamMember)
    assert (saved.name, saved.notes) == ("Anna's name", "Ben's note")


def test_two_writers_on_one_responsibility_cell(demo, ben):
    member = _first(demo, TeamMember)
    subject = "duty:ad_budget"
    with demo.session() as session:
        seen = team.raci_cells(session).get((member.id, subject), "")
    theirs = "I" if seen != "I" else "C"
    with ben.transaction() as session:
        team.set_raci(session, member.id, subject, theirs, seen=seen)
    with pytest.raises(ConflictError) as info, demo.transaction() as session:
        team.set_raci(session, member.id, subject, "R", seen=seen)
    assert (info.value.seen, info.value.mine, info.value.theirs) == (seen, "R", theirs)
    assert "Ad budget" in info.value.message.render()
    keep = resolve(info.value, KEEP_MINE)
    with demo.transaction() as session:
        team.set_raci(session, member.id, subject, keep.changes["letter"], seen=keep.seen["letter"])
    with ben.session() as session:
        assert team.raci_cells(session)[(member.id, subject)] == "R"


# --- goals -----------------------------------------------------------------------------------


def test_two_writers_on_one_goal_then_keep_mine(demo, ben):
    shown = _first(demo, Goal)
    assert shown is not None, "the demo has goals"
    seen = {"target": shown.target, "notes": shown.notes}
    theirs_target = str(Decimal(shown.target) + 5)
    mine_target = str(Decimal(shown.target) + 7)
    with ben.transaction() as session:
        plan.update_goal(session, shown.id, target=theirs_target)
    with pytest.raises(ConflictError) as info, demo.transaction() as session:
        plan.update_goal(session, shown.id, seen=seen, target=mine_target, notes="Anna")
    conflict = info.value
    assert [(f.field, f.clash) for f in conflict.fields] == [("target", True)]
    assert (conflict.theirs, conflict.mine, conflict.changed_by) == (
        theirs_target,
        mine_target,
        "ben",
    )
    assert _first(ben, Goal).notes == shown.notes  # the refused edit wrote nothing at all
    keep = resolve(conflict, KEEP_MINE)
    with demo.transaction() as session:
        plan.update_goal(session, shown.id, seen=keep.seen, **keep.changes)
    assert _first(ben, Goal).target == mine_target


def test_a_goal_owner_in_a_conflict_is_shown_by_name(demo, ben):
    shown = _first(demo, Goal)
    with demo.session() as session:
        people = [m for m in team.members(session) if m.id != shown.owner_id]
    theirs, mine = people[0], people[1]
    with ben.transaction() as session:
        plan.update_goal(session, shown.id, owner_id=theirs.id)
    with pytest.raises(ConflictError) as info, demo.transaction() as session:
        plan.update_goal(session, shown.id, seen={"owner_id": shown.owner_id}, owner_id=mine.id)
    field = info.value.fields[0]
    assert (field.shown(field.theirs), field.shown(field.mine)) == (theirs.name, mine.name)


# --- selection candidates --------------------------------------------------------------------


def test_two_writers_on_one_candidate_field(demo, ben):
    shown = _first(demo, Candidate)
    with ben.transaction() as session:
        pool.update_candidate(session, shown.id, "price", "19.99", seen=shown.price)
    with pytest.raises(ConflictError) as info, demo.transaction() as session:
        pool.update_candidate(session, shown.id, "price", "24.50", seen=shown.price)
    assert (info.value.theirs, info.value.mine) == ("19.99", "24.50")
    assert shown.name in info.value.message.render()
    # take theirs: nothing written; the value stays Ben's
    assert resolve(info.value, TAKE_THEIRS) is None
    assert _first(demo, Candidate).price == "19.99"


# --- matrix cells and sign-offs ------------------------------------------------------------------


def _a_listing(workspace):
    from core.models import Listing

    with workspace.session() as session:
        listing = session.exec(select(Listing).order_by(Listing.id)).first()
        return (listing.sku_id, listing.platform_id, listing.market_id)


def _cell(workspace, key):
    from core.matrix import cells

    with workspace.session() as session:
        return cells.cell_state(session, *key)


def test_two_writers_on_one_matrix_cell_merge_other_fields_and_clash_on_the_same(demo, ben):
    from dataclasses import replace

    from core.matrix import cells

    key = _a_listing(demo)
    shown = _cell(demo, key)
    other_role = next(r for r in ("hero", "traffic", "profit") if r != shown.product_role)
    mine_role = next(
        r for r in ("image", "profit", "traffic") if r not in (other_role, shown.product_role)
    )
    with ben.transaction() as session:  # Ben: a new price and a role
        cells.set_cell(
            session, *key, replace(shown, price=99.0, product_role=other_role), seen=shown
        )
    with pytest.raises(ConflictError) as info, demo.transaction() as session:
        cells.set_cell(session, *key, replace(shown, product_role=mine_role), seen=shown)
    conflict = info.value
    assert conflict.key == key and conflict.changed_by == "ben"
    assert [(f.field, f.clash) for f in conflict.fields] == [
        ("product_role", True),
        ("price", False),
    ]
    assert "the matrix cell" in conflict.message.render()
    # keep mine for the role: Ben's price stays
    with demo.transaction() as session:
        cells.set_cell(
            session, *key, replace(shown, product_role=mine_role), seen=shown,
            decided={"product_role": KEEP_MINE},
        )  # fmt: skip
    saved = _cell(ben, key)
    assert (saved.product_role, saved.price) == (mine_role, 99.0)


def test_a_matrix_cell_edit_after_anothers_change_of_another_field_keeps_both(demo, ben):
    from dataclasses import replace

    from core.matrix import cells

    key = _a_listing(demo)
    shown = _cell(demo, key)
    with ben.transaction() as session:
        cells.set_cell(session, *key, replace(shown, price=55.0), seen=shown)
    with demo.transaction() as session:
        cells.set_cell(session, *key, replace(shown, platform_sku="ANNA-1"), seen=shown)
    saved = _cell(ben, key)
    assert (saved.price, saved.platform_sku) == (55.0, "ANNA-1")


def test_taking_a_listing_off_that_another_changed_asks_first(demo, ben):
    from dataclasses import replace

    from core.matrix import cells

    key = _a_listing(demo)
    shown = _cell(demo, key)
    with ben.transaction() as session:
        cells.set_cell(session, *key, replace(shown, price=12.0), seen=shown)
    with pytest.raises(ConflictError) as info, demo.transaction() as session:
        cells.set_cell(session, *key, None, seen=shown)
    assert "price" in [f.field for f in info.value.clashes]
    assert _cell(ben, key) is not None  # still listed
    with demo.transaction() as session:  # take theirs: nothing removed
        cells.set_cell(
            session, *key, None, seen=shown,
            decided=decisions_all(info.value, TAKE_THEIRS),
        )  # fmt: skip
    assert _cell(ben, key).price == 12.0


def decisions_all(conflict, choice):
    from core.edits import decisions

    return decisions(conflict, choice)


def test_two_writers_on_one_sign_off(demo, ben):
    from core.matrix import compliance

    with demo.session() as session:
        product_id = session.exec(select(Product.id).order_by(Product.id)).first()
        have = compliance.signed_off(session).get(product_id, {}).get("US", set())
    with ben.transaction() as session:
        compliance.replace_signed_off(session, product_id, "US", have | {"fcc"}, seen=have)
    with pytest.raises(ConflictError) as info, demo.transaction() as session:
        compliance.replace_signed_off(session, product_id, "US", have | {"cpsia"}, seen=have)
    assert (info.value.theirs, info.value.mine) == (have | {"fcc"}, have | {"cpsia"})
    assert info.value.key == (product_id, "US")
    assert info.value.changed_by == "ben"  # the sign-offs' setting row says who and when
    assert " at " in info.value.message.render()
    with demo.transaction() as session:
        compliance.replace_signed_off(
            session, product_id, "US", have | {"cpsia"}, seen=have, keep_mine=True
        )
    with ben.session() as session:
        assert compliance.signed_off(session)[product_id]["US"] == have | {"cpsia"}
