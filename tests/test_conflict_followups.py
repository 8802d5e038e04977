"""Issue 13's follow-ups, two (and three) writers on one workspace, both engines: a matrix
cell's and a sign-off's keep mine is checked against the value the dialog showed, so a third
person's change while the dialog was open asks again instead of being overwritten."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlmodel import select

from core.edits import KEEP_MINE, ConflictError, asked_again, decisions, kept_over
from core.matrix import cells, compliance
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
        return cells.cell_state(session, *key)


# --- (3) matrix cells and sign-offs: the third writer ----------------------------------------


def test_a_matrix_cell_kept_over_ben_asks_again_when_carl_changed_it_meanwhile(demo, ben, carl):
    key = _a_listing(demo)
    shown = _cell(demo, key)
    bens, carls, annas = [
        r for r in ("hero", "traffic", "profit", "image") if r != shown.product_role
    ][:3]
    with ben.transaction() as session:
        cells.set_cell(session, *key, replace(shown, product_role=bens), seen=shown)
    mine = replace(shown, product_role=annas)
    conflict = _refused(demo, lambda s: cells.set_cell(s, *key, mine, seen=shown))
    assert conflict.changed_by == "ben"
    choice = kept_over(conflict, decisions(conflict, KEEP_MINE))  # Anna keeps hers...
    assert asked_again(choice, conflict)  # the same question is answered (a loop guard)
    with carl.transaction() as session:  # ...while Carl, the dialog still open, changes it
        cells.set_cell(
            session,
            *key,
            replace(shown, product_role=carls),
            seen=replace(shown, product_role=bens),
        )
    again = _refused(demo, lambda s: cells.set_cell(s, *key, mine, seen=shown, decided=choice))
    assert (again.changed_by, again.theirs) == ("carl", carls)
    assert not asked_again(choice, again)  # a new question: the page shows the dialog again
    assert _cell(ben, key).product_role == carls  # Carl's stays until she chooses
    choice = {**choice, **kept_over(again, decisions(again, KEEP_MINE))}
    with demo.transaction() as session:  # she keeps hers over Carl's, seen this time
        cells.set_cell(session, *key, mine, seen=shown, decided=choice)
    assert _cell(ben, key).product_role == annas


def test_a_plain_keep_mine_on_a_cell_still_writes_over_what_is_saved(demo, ben):
    """A script's keep mine (no KeptOver) is not checked again: it writes, as before."""
    key = _a_listing(demo)
    shown = _cell(demo, key)
    with ben.transaction() as session:
        cells.set_cell(session, *key, replace(shown, price=11.0), seen=shown)
    with demo.transaction() as session:
        cells.set_cell(
            session, *key, replace(shown, price=22.0), seen=shown, decided={"price": KEEP_MINE}
        )
    assert _cell(ben, key).price == 22.0


def test_a_listing_taken_off_over_bens_change_asks_again_after_carls(demo, ben, carl):
    key = _a_listing(demo)
    shown = _cell(demo, key)
    with ben.transaction() as session:
        cells.set_cell(session, *key, replace(shown, price=12.0), seen=shown)
    conflict = _refused(demo, lambda s: cells.set_cell(s, *key, None, seen=shown))
    choice = kept_over(conflict, decisions(conflict, KEEP_MINE))
    with carl.transaction() as session:
        cells.set_cell(session, *key, replace(shown, price=13.0), seen=replace(shown, price=12.0))
    again = _refused(demo, lambda s: cells.set_cell(s, *key, None, seen=shown, decided=choice))
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


# --- (1) a candidate research import after someone's edit --------------------------------------


def _research_file(tmp_path, rows: list[tuple[str, str, str]]):
    """A Jungle Scout-like export: (name, price, reviews) rows."""
    path = tmp_path / "js_export.csv"
    lines = ["Product Name,Price,Reviews"] + [f'"{n}",${p},{r}' for n, p, r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _candidate(workspace, name):
    from core.selection.models import Candidate

    with workspace.session() as session:
        return session.exec(select(Candidate).where(Candidate.name == name)).one_or_none()


def _a_candidate_name(workspace) -> str:
    from core.selection.models import Candidate

    with workspace.session() as session:
        return session.exec(select(Candidate.name).order_by(Candidate.id)).first()


def _ben_sets_price(ben, name, price):
    from core.selection import pool

    found = _candidate(ben, name)
    with ben.transaction() as session:
        pool.update_candidate(session, found.id, "price", price, seen=found.price)


@pytest.mark.parametrize("choice", ["file", "theirs"])
def test_a_candidate_import_after_bens_edit_is_refused_then_applied_with_the_choice(
    demo, ben, tmp_path, choice
):
    from core.edits import TAKE_THEIRS
    from core.import_conflicts import ImportConflicts
    from core.selection import importing

    name = _a_candidate_name(demo)
    before = _candidate(demo, name)
    path = _research_file(tmp_path, [(name, "77.77", "1234"), ("Brand New Lid", "5.00", "10")])
    preview = importing.read_candidates(demo, path, "USD")  # Anna's preview...
    _ben_sets_price(ben, name, "55.55")  # ...then Ben types a price
    with pytest.raises(ImportConflicts) as info:
        importing.apply_candidates(demo, preview)
    (conflict,) = info.value.conflicts
    assert (conflict.changed_by, conflict.field, conflict.theirs, conflict.mine) == (
        "ben",
        "price",
        "55.55",
        "77.77",
    )
    assert conflict.seen == before.price
    text = conflict.message.render()
    assert text.startswith("ben changed Price of the candidate ") and "js_export.csv" in text
    assert "the file has 77.77" in text
    # nothing written: Ben's price, the old reviews, no new candidate
    assert _candidate(ben, name).price == "55.55"
    assert _candidate(ben, name).reviews == before.reviews
    assert _candidate(ben, "Brand New Lid") is None
    picked = KEEP_MINE if choice == "file" else TAKE_THEIRS
    preview.decided[conflict.key] = kept_over(conflict, decisions(conflict, picked))
    importing.apply_candidates(demo, preview)
    saved = _candidate(ben, name)
    assert saved.price == ("77.77" if choice == "file" else "55.55")
    assert saved.reviews == 1234  # not changed by Ben: the file's value either way
    assert _candidate(ben, "Brand New Lid").price == "5.00"


def test_a_candidate_someone_added_after_the_preview_is_not_duplicated(demo, ben, tmp_path):
    from core.edits import TAKE_THEIRS
    from core.import_conflicts import ImportConflicts
    from core.selection import importing, pool
    from core.selection.models import Candidate

    path = _research_file(tmp_path, [("Brand New Lid", "5.00", "10")])
    preview = importing.read_candidates(demo, path, "USD")
    assert preview.rows[0].action == "new"
    with ben.transaction() as session:
        pool.add_candidate(session, "Brand New Lid", price="6.00", currency="USD")
    with pytest.raises(ImportConflicts) as info:
        importing.apply_candidates(demo, preview)
    (conflict,) = info.value.conflicts
    assert (conflict.changed_by, conflict.theirs, conflict.mine) == ("ben", "6.00", "5.00")
    preview.decided[conflict.key] = decisions(conflict, TAKE_THEIRS)
    importing.apply_candidates(demo, preview)
    with ben.session() as session:
        found = session.exec(select(Candidate).where(Candidate.name == "Brand New Lid")).all()
    assert [(c.price, c.reviews) for c in found] == [("6.00", 10)]  # one, Ben's price kept


def test_the_import_record_counts_what_was_written_not_the_preview(demo, ben, tmp_path):
    """A "new" row Ben added meanwhile was written as an update (the file's value kept), yet
    the import history said 2 new, 0 changed: the preview's numbers."""
    from core.import_conflicts import ImportConflicts
    from core.models import ImportBatch, ImportChange
    from core.selection import importing, pool

    path = _research_file(tmp_path, [("Brand New Lid", "5.00", "10"), ("Tall Mug", "7.00", "3")])
    preview = importing.read_candidates(demo, path, "USD")
    assert [(r.name, r.action) for r in preview.rows] == [
        ("Brand New Lid", "new"),
        ("Tall Mug", "new"),
    ]
    with ben.transaction() as session:
        pool.add_candidate(session, "Brand New Lid", price="6.00", currency="USD")
    with pytest.raises(ImportConflicts) as info:
        importing.apply_candidates(demo, preview)
    (conflict,) = info.value.conflicts
    preview.decided[conflict.key] = kept_over(conflict, decisions(conflict, KEEP_MINE))
    batch = importing.apply_candidates(demo, preview)
    assert _candidate(ben, "Brand New Lid").price == "5.00"  # written over Ben's
    with ben.session() as session:
        saved = session.get(ImportBatch, batch.id)
        actions = sorted(
            c.action
            for c in session.exec(select(ImportChange).where(ImportChange.batch_id == batch.id))
        )
    assert actions == ["insert", "update"]  # Tall Mug added, Brand New Lid updated
    counts = (saved.new_count, saved.changed_count, saved.unchanged_count, saved.rejected_count)
    assert counts == (1, 1, 0, 0)


def test_keeping_the_files_value_over_bens_asks_again_after_carls(demo, ben, carl, tmp_path):
    from core.import_conflicts import ImportConflicts
    from core.selection import importing

    name = _a_candidate_name(demo)
    path = _research_file(tmp_path, [(name, "77.77", "1234")])
    preview = importing.read_candidates(demo, path, "USD")
    _ben_sets_price(ben, name, "55.55")
    with pytest.raises(ImportConflicts) as info:
        importing.apply_candidates(demo, preview)
    (conflict,) = info.value.conflicts
    preview.decided[conflict.key] = kept_over(conflict, decisions(conflict, KEEP_MINE))
    _ben_sets_price(carl, name, "66.66")  # while the dialog is open
    with pytest.raises(ImportConflicts) as info:
        importing.apply_candidates(demo, preview)
    assert (info.value.conflicts[0].changed_by, info.value.conflicts[0].theirs) == (
        "carl",
        "66.66",
    )
    assert _candidate(ben, name).price == "66.66"


def test_an_unchanged_pool_imports_without_asking(demo, ben, tmp_path):
    """Ben's change of another candidate, or of a value the file does not have, is no
    conflict: the import goes in and his change stays."""
    from core.selection import importing, pool

    name = _a_candidate_name(demo)
    path = _research_file(tmp_path, [(name, "77.77", "1234")])
    preview = importing.read_candidates(demo, path, "USD")
    found = _candidate(ben, name)
    with ben.transaction() as session:
        pool.update_candidate(session, found.id, "notes", "Ben's note", seen=found.notes)
    importing.apply_candidates(demo, preview)
    saved = _candidate(ben, name)
    assert (saved.price, saved.reviews, saved.notes) == ("77.77", 1234, "Ben's note")


def test_the_cli_refuses_an_import_over_bens_edit_unless_overwrite(
    demo, ben, tmp_path, capsys, monkeypatch
):
    from core.cli import main
    from core.selection import importing

    name = _a_candidate_name(demo)
    path = _research_file(tmp_path, [(name, "77.77", "1234")])
    real_read = importing.read_candidates
    typed = iter(["55.55", "44.44"])

    def read_then_ben_types(*args, **kwargs):
        preview = real_read(*args, **kwargs)
        _ben_sets_price(ben, name, next(typed))  # between the CLI's preview and its apply
        return preview

    monkeypatch.setattr(importing, "read_candidates", read_then_ben_types)
    where = demo.location if demo.is_server else str(demo.path)
    assert main(["candidates", where, "--import", str(path), "--apply"]) == 1
    err = capsys.readouterr().err
    assert "ben changed Price of the candidate" in err and "the file has 77.77" in err
    assert "Nothing was imported" in err and "--overwrite" in err
    assert _candidate(ben, name).price == "55.55"
    assert main(["candidates", where, "--import", str(path), "--apply", "--overwrite"]) == 0
    assert _candidate(ben, name).price == "77.77"


# --- (1) a review file's pain point counts after someone's edit -------------------------------


def _summary(*tags):
    from core.selection.reviews import ReviewSummary

    return ReviewSummary(
        "reviews_b0test.csv", 120, 40, list(tags), {t: f"about {t}" for t, _ in tags}
    )


def _pains(workspace, candidate_id):
    from core.selection import pool

    with workspace.session() as session:
        return {p.tag: (p.mentions, p.note) for p in pool.pain_points(session, candidate_id)}


def _list_shows(workspace, candidate_id):
    """What the step 4 page's pain point list keeps for each row (tag → what it showed)."""
    from core.selection import conflicts, pool

    with workspace.session() as session:
        return {
            p.tag.strip().lower(): conflicts.pain_seen(p)
            for p in pool.pain_points(session, candidate_id)
        }


def _candidate_id(workspace):
    from core.selection.models import Candidate

    with workspace.session() as session:
        return session.exec(select(Candidate.id).order_by(Candidate.id)).first()


@pytest.mark.parametrize("choice", ["file", "theirs"])
def test_a_review_import_over_a_count_ben_changed_asks(demo, ben, choice):
    from core.edits import TAKE_THEIRS
    from core.import_conflicts import ImportConflicts
    from core.selection import pool, reviews

    cid = _candidate_id(demo)
    with demo.transaction() as session:
        pool.add_pain_point(session, cid, "Lid leaks", "", 2)
    shown = _list_shows(demo, cid)  # Anna's list, when she picks the review file
    with ben.transaction() as session:  # Ben imports another review file meanwhile
        reviews.add_review_pain_points(
            session, cid, _summary(("lid leaks", 9)), seen=_list_shows(ben, cid)
        )
    summary = _summary(("lid leaks", 14), ("too small", 5))
    with pytest.raises(ImportConflicts) as info, demo.transaction() as session:
        reviews.add_review_pain_points(session, cid, summary, seen=shown)
    (conflict,) = info.value.conflicts
    assert (conflict.key, conflict.changed_by, conflict.theirs, conflict.mine) == (
        "lid leaks",
        "ben",
        9,
        14,
    )
    assert conflict.message.render().startswith("ben changed Mentions of the pain point")
    assert "reviews_b0test.csv" in conflict.message.render()
    assert _pains(ben, cid)["Lid leaks"] == (9, "about lid leaks")  # Ben's, nothing written
    assert "too small" not in _pains(ben, cid)
    picked = KEEP_MINE if choice == "file" else TAKE_THEIRS
    decided = {conflict.key: kept_over(conflict, decisions(conflict, picked))}
    with demo.transaction() as session:
        reviews.add_review_pain_points(session, cid, summary, seen=shown, decided=decided)
    saved = _pains(ben, cid)
    assert saved["Lid leaks"][0] == (14 if choice == "file" else 9)
    assert saved["too small"] == (5, "about too small")


def test_a_review_import_over_a_tag_ben_added_since_asks(demo, ben):
    from core.import_conflicts import ImportConflicts
    from core.selection import pool, reviews

    cid = _candidate_id(demo)
    shown = _list_shows(demo, cid)
    with ben.transaction() as session:
        pool.add_pain_point(session, cid, "Lid leaks", "Ben's note", 3)
    with pytest.raises(ImportConflicts) as info, demo.transaction() as session:
        reviews.add_review_pain_points(session, cid, _summary(("lid leaks", 14)), seen=shown)
    (conflict,) = info.value.conflicts
    assert (conflict.changed_by, conflict.theirs, conflict.mine) == ("ben", 3, 14)
    decided = {conflict.key: kept_over(conflict, decisions(conflict, KEEP_MINE))}
    with demo.transaction() as session:
        reviews.add_review_pain_points(
            session, cid, _summary(("lid leaks", 14)), seen=shown, decided=decided
        )
    assert _pains(ben, cid) == {**_pains(ben, cid), "Lid leaks": (14, "Ben's note")}
    assert list(_pains(ben, cid)).count("Lid leaks") == 1


def test_a_review_import_with_no_change_since_writes_at_once(demo, ben):
    from core.selection import pool, reviews

    cid = _candidate_id(demo)
    with demo.transaction() as session:
        pool.add_pain_point(session, cid, "Lid leaks", "", 2)
    shown = _list_shows(demo, cid)
    with ben.transaction() as session:  # Ben adds another pain point: no question
        pool.add_pain_point(session, cid, "Hard to clean", "", 4, seen_tags=set(shown))
    with demo.transaction() as session:
        reviews.add_review_pain_points(session, cid, _summary(("lid leaks", 14)), seen=shown)
    saved = _pains(ben, cid)
    assert (saved["Lid leaks"], saved["Hard to clean"]) == ((14, "about lid leaks"), (4, ""))


# --- (2) a record the other person cleared still names them ----------------------------------


def _names_ben_with_a_time(conflict) -> None:
    assert conflict.changed_by == "ben" and conflict.changed_at
    text = conflict.message.render()
    assert text.startswith("ben changed ") and " at 20" in text and "Someone" not in text


def test_a_hand_score_ben_gave_back_to_the_numbers_names_him(demo, ben):
    from core.selection import conflicts, pool

    cid = _candidate_id(demo)
    with demo.transaction() as session:
        pool.set_hand_score(session, cid, "demand", 4, "Anna: strong search trend")
    with demo.session() as session:
        seen = conflicts.hand_score_seen(session, cid, "demand")
    with ben.transaction() as session:  # Ben clears it: the row is gone
        pool.set_hand_score(session, cid, "demand", None, seen=seen)
    conflict = _refused(
        demo, lambda s: pool.set_hand_score(s, cid, "demand", 5, "Anna: even more", seen=seen)
    )
    _names_ben_with_a_time(conflict)
    assert conflict.theirs is None


def test_a_platform_role_ben_cleared_names_him(demo, ben):
    from core.goals import plan

    with demo.session() as session:
        roles = plan.platform_roles(session)
    cell, role = next(iter(roles.items()))
    other = next(r for r in ("main", "test", "clearance") if r != role)
    with ben.transaction() as session:
        plan.set_platform_role(session, *cell, None, seen=role)
    conflict = _refused(demo, lambda s: plan.set_platform_role(s, *cell, other, seen=role))
    _names_ben_with_a_time(conflict)


def test_a_ranking_ben_emptied_names_him(demo, ben):
    from core.goals import plan
    from core.goals.models import TargetMarket

    with demo.session() as session:
        seen = [
            r.market_id for r in session.exec(select(TargetMarket).order_by(TargetMarket.position))
        ]
    assert len(seen) >= 2
    with ben.transaction() as session:
        plan.set_target_markets(session, [], seen=seen)
    conflict = _refused(demo, lambda s: plan.set_target_markets(s, seen[::-1], seen=seen))
    _names_ben_with_a_time(conflict)


def test_a_listing_ben_took_off_names_him(demo, ben):
    key = _a_listing(demo)
    shown = _cell(demo, key)
    with ben.transaction() as session:
        cells.set_cell(session, *key, None, seen=shown)
    conflict = _refused(
        demo, lambda s: cells.set_cell(s, *key, replace(shown, price=42.0), seen=shown)
    )
    _names_ben_with_a_time(conflict)
    # cleared again later by someone else: the latest clear is named
    with demo.transaction() as session:
        cells.set_cell(session, *key, shown)
    with demo.transaction() as session:
        cells.set_cell(session, *key, None)
    conflict = _refused(
        ben, lambda s: cells.set_cell(s, *key, replace(shown, price=1.0), seen=shown)
    )
    assert conflict.changed_by == "anna"


def test_a_sign_off_ben_changed_names_him(demo, ben):
    with demo.session() as session:
        product_id = session.exec(select(Product.id).order_by(Product.id)).first()
        have = compliance.signed_off(session).get(product_id, {}).get("US", set())
    with ben.transaction() as session:
        compliance.replace_signed_off(session, product_id, "US", have | {"fcc"}, seen=have)
    conflict = _refused(
        demo,
        lambda s: compliance.replace_signed_off(s, product_id, "US", have | {"cpsia"}, seen=have),
    )
    _names_ben_with_a_time(conflict)


@pytest.mark.parametrize("choice", ["file", "theirs"])
def test_a_review_import_over_a_pain_point_ben_removed_names_him(demo, ben, choice):
    """A pain point removed by someone else was added again by a review file without a word,
    and nothing kept who removed it."""
    from core.edits import TAKE_THEIRS
    from core.import_conflicts import ImportConflicts
    from core.selection import pool, reviews

    cid = _candidate_id(demo)
    with demo.transaction() as session:
        pain_id = pool.add_pain_point(session, cid, "Lid leaks", "Anna's note", 2).id
    shown = _list_shows(demo, cid)  # Anna's list, when she picks the review file
    with ben.transaction() as session:
        assert pool.remove_pain_point(session, pain_id, shown["lid leaks"])
    summary = _summary(("lid leaks", 14), ("too small", 5))
    with pytest.raises(ImportConflicts) as info, demo.transaction() as session:
        reviews.add_review_pain_points(session, cid, summary, seen=shown)
    (conflict,) = info.value.conflicts
    _names_ben_with_a_time(conflict)
    assert (conflict.key, conflict.theirs, conflict.mine) == ("lid leaks", None, 14)
    assert "(removed)" in conflict.message.render() and "reviews_b0test.csv" in str(
        conflict.message.render()
    )
    assert "Lid leaks" not in _pains(ben, cid) and "too small" not in _pains(ben, cid)
    picked = KEEP_MINE if choice == "file" else TAKE_THEIRS
    decided = {conflict.key: kept_over(conflict, decisions(conflict, picked))}
    with demo.transaction() as session:
        reviews.add_review_pain_points(session, cid, summary, seen=shown, decided=decided)
    saved = _pains(ben, cid)
    if choice == "file":
        assert saved["lid leaks"] == (14, "about lid leaks")  # added again, the file's count
    else:
        assert "lid leaks" not in saved and "Lid leaks" not in saved  # stays removed
    assert saved["too small"] == (5, "about too small")
