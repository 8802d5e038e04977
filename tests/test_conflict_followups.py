"""Issue 13's follow-ups, two (and three) writers on one workspace, both engines: a matrix
cell's and a sign-off's keep mine is checked against the value the dialog showed, so a third
person's change while the dialog was open asks again instead of being overwritten."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlmodel import select

from core.edits import KEEP_MINE, ConflictError, asked_again, decisions, kept_over
from core.matrix import compliance, grid
from core.models import Listing, Product

BOTH_ENGINES = True


@pytest.fixture
def carl(demo, ben):
    """A third person's app on the demo workspace (anna's is the demo, ben's the fixture)."""
    from core.workspace import open_workspace

    other = open_workspace(demo.location if demo.is_server else demo.path)
    other.user = "carl"
    yield other
    other.close()


def _refused(workspace, write) -> ConflictError:
    with pytest.raises(ConflictError) as info, workspace.transaction() as session:
        write(session)
    return info.value


def _a_listing(workspace):
    with workspace.session() as session:
        listing = session.exec(select(Listing).order_by(Listing.id)).first()
        return (listing.sku_id, listing.platform_id, listing.market_id)


def _cell(workspace, key):
    with workspace.session() as session:
        return grid.cell_state(session, *key)


# --- (3) matrix cells and sign-offs: the third writer ----------------------------------------


def test_a_matrix_cell_kept_over_ben_asks_again_when_carl_changed_it_meanwhile(demo, ben, carl):
    key = _a_listing(demo)
    shown = _cell(demo, key)
    bens, carls, annas = [
        r for r in ("hero", "traffic", "profit", "image") if r != shown.product_role
    ][:3]
    with ben.transaction() as session:
        grid.set_cell(session, *key, replace(shown, product_role=bens), seen=shown)
    mine = replace(shown, product_role=annas)
    conflict = _refused(demo, lambda s: grid.set_cell(s, *key, mine, seen=shown))
    assert conflict.changed_by == "ben"
    choice = kept_over(conflict, decisions(conflict, KEEP_MINE))  # Anna keeps hers...
    assert asked_again(choice, conflict)  # the same question is answered (a loop guard)
    with carl.transaction() as session:  # ...while Carl, the dialog still open, changes it
        grid.set_cell(
            session,
            *key,
            replace(shown, product_role=carls),
            seen=replace(shown, product_role=bens),
        )
    again = _refused(demo, lambda s: grid.set_cell(s, *key, mine, seen=shown, decided=choice))
    assert (again.changed_by, again.theirs) == ("carl", carls)
    assert not asked_again(choice, again)  # a new question: the page shows the dialog again
    assert _cell(ben, key).product_role == carls  # Carl's stays until she chooses
    choice = {**choice, **kept_over(again, decisions(again, KEEP_MINE))}
    with demo.transaction() as session:  # she keeps hers over Carl's, seen this time
        grid.set_cell(session, *key, mine, seen=shown, decided=choice)
    assert _cell(ben, key).product_role == annas


def test_a_plain_keep_mine_on_a_cell_still_writes_over_what_is_saved(demo, ben):
    """A script's keep mine (no KeptOver) is not checked again: it writes, as before."""
    key = _a_listing(demo)
    shown = _cell(demo, key)
    with ben.transaction() as session:
        grid.set_cell(session, *key, replace(shown, price=11.0), seen=shown)
    with demo.transaction() as session:
        grid.set_cell(
            session, *key, replace(shown, price=22.0), seen=shown, decided={"price": KEEP_MINE}
        )
    assert _cell(ben, key).price == 22.0


def test_a_listing_taken_off_over_bens_change_asks_again_after_carls(demo, ben, carl):
    key = _a_listing(demo)
    shown = _cell(demo, key)
    with ben.transaction() as session:
        grid.set_cell(session, *key, replace(shown, price=12.0), seen=shown)
    conflict = _refused(demo, lambda s: grid.set_cell(s, *key, None, seen=shown))
    choice = kept_over(conflict, decisions(conflict, KEEP_MINE))
    with carl.transaction() as session:
        grid.set_cell(session, *key, replace(shown, price=13.0), seen=replace(shown, price=12.0))
    again = _refused(demo, lambda s: grid.set_cell(s, *key, None, seen=shown, decided=choice))
    assert (again.changed_by, again.clashes[0].theirs) == ("carl", 13.0)
    assert _cell(ben, key).price == 13.0


def test_a_sign_off_kept_over_ben_asks_again_after_carls(demo, ben, carl):
    from ui.pages.matrix.source import save_sign_offs

    with demo.session() as session:
        product_id = session.exec(select(Product.id).order_by(Product.id)).first()
        have = frozenset(compliance.signed_off(session).get(product_id, {}).get("US", set()))
    pair = (product_id, "US")
    save_sign_offs(ben, {pair: have | {"fcc"}}, {pair: have})
    mine = {pair: have | {"cpsia"}}
    with pytest.raises(ConflictError) as info:
        save_sign_offs(demo, mine, {pair: have})
    choice = {pair: kept_over(info.value, decisions(info.value, KEEP_MINE))}
    save_sign_offs(carl, {pair: have | {"ukca"}}, {pair: have | {"fcc"}})
    with pytest.raises(ConflictError) as info:
        save_sign_offs(demo, mine, {pair: have}, choice)
    assert info.value.theirs == have | {"ukca"}
    with carl.session() as session:
        assert compliance.signed_off(session)[product_id]["US"] == set(have | {"ukca"})
    choice = {pair: kept_over(info.value, decisions(info.value, KEEP_MINE))}
    save_sign_offs(demo, mine, {pair: have}, choice)
    with carl.session() as session:
        assert compliance.signed_off(session)[product_id]["US"] == set(have | {"cpsia"})
