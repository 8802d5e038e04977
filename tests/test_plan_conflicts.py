"""No silent overwrite in the plans of steps 3–5 (issue 13): two apps (two workspace objects,
each with its own connections) change the same selection thresholds, fit rule, hand score,
decision, pain point, platform role, market order and platform order. The second writer's
edit is refused with a ConflictError that names the first writer; keep mine writes the
person's value over theirs (and keeps what only they changed), take theirs writes nothing."""

from __future__ import annotations

import pytest
from sqlmodel import select

from core import team
from core.edits import KEEP_MINE, TAKE_THEIRS, ConflictError, decisions
from core.goals import plan
from core.matrix import rules
from core.selection import conflicts, decision, pool, scorecard
from core.selection.models import Candidate, CandidatePainPoint
from core.selection.scoring_edits import save_thresholds, save_weights
from core.workspace import open_workspace

BOTH_ENGINES = True


def _read(workspace, read):
    with workspace.session() as session:
        return read(session)


def _refused(workspace, write) -> ConflictError:
    with pytest.raises(ConflictError) as info, workspace.transaction() as session:
        write(session)
    return info.value


# --- selection thresholds and weights ------------------------------------------------------


def test_thresholds_two_writers_keep_mine_and_take_theirs(demo, ben):
    seen = _read(demo, scorecard.thresholds)
    theirs = {
        **seen,
        "demand": (150.0, 300.0, 1000.0, 3000.0),
        "differentiation": (1.0, 2.0, 3.0, 4.0),
    }
    with ben.transaction() as session:
        assert sorted(save_thresholds(session, theirs, seen)) == ["demand", "differentiation"]
    mine = {**seen, "demand": (200.0, 400.0, 1000.0, 3000.0)}
    conflict = _refused(demo, lambda s: save_thresholds(s, mine, seen))
    assert conflict.changed_by == "ben" and conflict.changed_at
    assert [(f.field, f.clash) for f in conflict.fields][:1] == [("demand", True)]
    text = conflict.message.render()
    assert text.startswith("ben changed Demand of the scoring thresholds at ")
    assert "150 / 300 / 1000 / 3000" in text and "200 / 400 / 1000 / 3000" in text
    assert _read(demo, scorecard.thresholds)["demand"] == theirs["demand"]  # nothing written
    # take theirs: nothing of the clash written
    with demo.transaction() as session:
        save_thresholds(session, mine, seen, decisions(conflict, TAKE_THEIRS))
    assert _read(ben, scorecard.thresholds)["demand"] == theirs["demand"]
    # keep mine: my demand over theirs, their rating (only they changed it) stays
    with demo.transaction() as session:
        save_thresholds(session, mine, seen, decisions(conflict, KEEP_MINE))
    saved = _read(ben, scorecard.thresholds)
    assert (saved["demand"], saved["differentiation"]) == (
        mine["demand"],
        theirs["differentiation"],
    )


def test_thresholds_of_different_criteria_merge_without_asking(demo, ben):
    seen = _read(demo, scorecard.thresholds)
    with ben.transaction() as session:
        save_thresholds(session, {**seen, "differentiation": (1.0, 2.0, 3.0, 4.0)}, seen)
    with demo.transaction() as session:
        save_thresholds(session, {**seen, "demand": (1.0, 2.0, 3.0, 4.0)}, seen)
    saved = _read(ben, scorecard.thresholds)
    assert saved["differentiation"] == saved["demand"] == (1.0, 2.0, 3.0, 4.0)


def test_weights_two_writers(demo, ben):
    seen = _read(demo, scorecard.weights)
    with ben.transaction() as session:
        save_weights(session, {**seen, "demand": 33}, seen)
    conflict = _refused(demo, lambda s: save_weights(s, {**seen, "demand": 44}, seen))
    assert (conflict.theirs, conflict.mine, conflict.changed_by) == (33, 44, "ben")
    with demo.transaction() as session:
        save_weights(session, {**seen, "demand": 44}, seen, decisions(conflict, KEEP_MINE))
    assert _read(ben, scorecard.weights)["demand"] == 44


# --- matrix fit rules ------------------------------------------------------------------------


def _with(rules_now: dict, platform: str, value) -> dict:
    import copy

    changed = copy.deepcopy(rules_now)
    changed["platforms"][platform]["fee_percent"] = value
    return changed


def test_fit_rules_two_writers_keep_mine_and_take_theirs(demo, ben):
    seen = _read(demo, rules.fit_rules)
    theirs = _with(seen, "amazon", 17)
    theirs["base"] = 55
    with ben.transaction() as session:
        rules.save_fit_rules(session, theirs, seen)
    mine = _with(seen, "amazon", 12)
    labels = {"platforms.amazon.fee_percent": "Amazon: fee (%)"}
    conflict = _refused(demo, lambda s: rules.save_fit_rules(s, mine, seen, labels=labels))
    assert conflict.changed_by == "ben"
    assert [(f.field, f.clash) for f in conflict.fields] == [
        ("platforms.amazon.fee_percent", True),
        ("base", False),
    ]
    assert "Amazon: fee (%) of the fit rules" in conflict.message.render()
    assert _read(demo, rules.fit_rules)["platforms"]["amazon"]["fee_percent"] == 17
    with demo.transaction() as session:
        rules.save_fit_rules(session, mine, seen, decisions(conflict, TAKE_THEIRS))
    assert _read(ben, rules.fit_rules)["platforms"]["amazon"]["fee_percent"] == 17
    with demo.transaction() as session:
        rules.save_fit_rules(session, mine, seen, decisions(conflict, KEEP_MINE))
    saved = _read(ben, rules.fit_rules)
    assert (saved["platforms"]["amazon"]["fee_percent"], saved["base"]) == (12, 55)


def test_fit_rules_reset_over_anothers_change_asks_first(demo, ben):
    seen = _read(demo, rules.fit_rules)
    with ben.transaction() as session:
        rules.save_fit_rules(session, _with(seen, "etsy", 25), seen)
    conflict = _refused(demo, lambda s: rules.reset_fit_rules(s, seen))
    assert conflict.field == "platforms.etsy.fee_percent" and conflict.theirs == 25
    with demo.transaction() as session:  # take theirs: the rest back to defaults, theirs kept
        rules.reset_fit_rules(session, seen, decisions(conflict, TAKE_THEIRS))
    assert _read(ben, rules.fit_rules)["platforms"]["etsy"]["fee_percent"] == 25
    with demo.transaction() as session:  # keep mine: all defaults, nothing saved any more
        rules.reset_fit_rules(session, seen, decisions(conflict, KEEP_MINE))
    assert not _read(ben, rules.rules_are_edited)


# --- candidates: hand scores, decisions, pain points ------------------------------------------


def _candidate_ids(workspace) -> list[int]:
    return _read(workspace, lambda s: list(s.exec(select(Candidate.id).order_by(Candidate.id))))


def test_hand_score_two_writers_names_ben_and_keep_mine(demo, ben):
    cid = _candidate_ids(demo)[0]
    seen = _read(demo, lambda s: conflicts.hand_score_seen(s, cid, "demand"))
    with ben.transaction() as session:
        pool.set_hand_score(session, cid, "demand", 2, "Ben: a crowded niche", seen=seen)
    conflict = _refused(
        demo, lambda s: pool.set_hand_score(s, cid, "demand", 5, "Anna: TikTok trend", seen=seen)
    )
    assert conflict.changed_by == "ben"
    assert {f.field: (f.theirs, f.mine) for f in conflict.clashes} == {
        "score": (2, 5),
        "reason": ("Ben: a crowded niche", "Anna: TikTok trend"),
    }
    assert "the hand score of Demand for the candidate" in conflict.message.render()
    # take theirs: Ben's score stays
    with demo.transaction() as session:
        pool.set_hand_score(
            session, cid, "demand", 5, "Anna", seen=seen, decided=decisions(conflict, TAKE_THEIRS)
        )
    assert _read(ben, lambda s: conflicts.hand_score_seen(s, cid, "demand"))["score"] == 2
    with demo.transaction() as session:
        pool.set_hand_score(
            session, cid, "demand", 5, "Anna: TikTok trend", seen=seen,
            decided=decisions(conflict, KEEP_MINE),
        )  # fmt: skip
    row = _read(ben, lambda s: conflicts.hand_score_row(s, cid, "demand"))
    assert (row.score, row.reason, row.changed_by) == (5, "Anna: TikTok trend", "anna")


def test_giving_a_hand_score_back_to_the_numbers_after_anothers_change_asks(demo, ben):
    cid = _candidate_ids(demo)[0]
    with demo.transaction() as session:
        pool.set_hand_score(session, cid, "margin", 3, "first look")
    seen = _read(demo, lambda s: conflicts.hand_score_seen(s, cid, "margin"))
    with ben.transaction() as session:
        pool.set_hand_score(session, cid, "margin", 4, "supplier quote", seen=seen)
    conflict = _refused(demo, lambda s: pool.set_hand_score(s, cid, "margin", None, seen=seen))
    field = conflict.fields[0]
    assert (field.field, field.theirs, field.shown(field.mine).render()) == (
        "score",
        4,
        "from the numbers",
    )
    with demo.transaction() as session:
        pool.set_hand_score(
            session, cid, "margin", None, seen=seen, decided=decisions(conflict, KEEP_MINE)
        )
    assert _read(ben, lambda s: conflicts.hand_score_row(s, cid, "margin")) is None


def _current_decision(workspace, cid):
    return _read(workspace, lambda s: conflicts.decision_seen(pool.current_decisions(s).get(cid)))


def _member_id(workspace) -> int:
    return _read(workspace, lambda s: team.members(s)[0].id)


def test_decision_two_writers_keep_mine_and_take_theirs(demo, ben):
    cid = next(c for c in _candidate_ids(demo) if _current_decision(demo, c)["decision"] is None)
    seen = _current_decision(demo, cid)
    member = _member_id(demo)
    with ben.transaction() as session:
        decision.decide(session, cid, "reject", "Ben: too many sellers", member, seen=seen)
    conflict = _refused(
        demo, lambda s: decision.decide(s, cid, "park", "Anna: wait for Q3", member, seen=seen)
    )
    assert conflict.changed_by == "ben" and conflict.changed_at
    first = conflict.fields[0]
    assert first.field == "decision" and len(conflict.fields) == 1  # taken or left whole
    name = _read(demo, lambda s: team.members(s)[0].name)
    assert (first.shown(first.theirs).render(), first.shown(first.mine).render()) == (
        f"Reject by {name}: Ben: too many sellers",
        f"Park by {name}: Anna: wait for Q3",
    )
    assert "changed Decision of the candidate" in conflict.message.render()
    with demo.transaction() as session:
        assert (
            decision.decide(
                session,
                cid,
                "park",
                "Anna: wait",
                member,
                seen=seen,
                decided=decisions(conflict, TAKE_THEIRS),
            )  # fmt: skip
            is None
        )
    assert _current_decision(ben, cid)["decision"][0] == "reject"
    with demo.transaction() as session:
        decision.decide(
            session, cid, "park", "Anna: wait for Q3", member, seen=seen,
            decided=decisions(conflict, KEEP_MINE),
        )  # fmt: skip
    assert _current_decision(ben, cid)["decision"][0] == "park"


def test_undoing_a_decision_another_changed_asks_first(demo, ben):
    cid = next(c for c in _candidate_ids(demo) if _current_decision(demo, c)["decision"] is None)
    member = _member_id(demo)
    with demo.transaction() as session:
        decision.decide(session, cid, "park", "later", member)
    seen = _current_decision(demo, cid)
    with ben.transaction() as session:
        decision.decide(session, cid, "reject", "Ben: no", member, seen=seen)
    conflict = _refused(demo, lambda s: decision.undo_decision(s, cid, seen=seen))
    assert conflict.changed_by == "ben"
    with demo.transaction() as session:
        decision.undo_decision(
            s := session, cid, seen=seen, decided=decisions(conflict, TAKE_THEIRS)
        )
    assert s is not None and _current_decision(ben, cid)["decision"][0] == "reject"


def test_a_pain_point_added_by_both_asks_instead_of_a_second_row(demo, ben):
    cid = _candidate_ids(demo)[0]
    seen_tags = _read(demo, lambda s: {p.tag.lower() for p in pool.pain_points(s, cid)})
    with ben.transaction() as session:
        pool.add_pain_point(session, cid, "Lid leaks", "Ben's note", 7, seen_tags=seen_tags)
    conflict = _refused(
        demo, lambda s: pool.add_pain_point(s, cid, "lid leaks", "", 3, seen_tags=seen_tags)
    )
    assert conflict.changed_by == "ben"
    assert [(f.field, f.theirs, f.mine) for f in conflict.clashes] == [("mentions", 7, 3)]
    with demo.transaction() as session:
        pool.add_pain_point(
            session, cid, "lid leaks", "", 3, seen_tags=seen_tags,
            decided=decisions(conflict, KEEP_MINE),
        )  # fmt: skip
    rows = _read(ben, lambda s: [p for p in pool.pain_points(s, cid) if p.tag == "Lid leaks"])
    assert [(p.mentions, p.note, p.changed_by) for p in rows] == [(3, "Ben's note", "anna")]


def test_removing_a_pain_point_another_changed_asks_and_take_theirs_keeps_it(demo, ben):
    cid = _candidate_ids(demo)[0]
    with demo.transaction() as session:
        pain = pool.add_pain_point(session, cid, "Strap breaks", "", 2)
        pain_id, seen = pain.id, conflicts.pain_seen(pain)
    with ben.transaction() as session:
        row = session.get(CandidatePainPoint, pain_id)
        row.mentions = 9
        session.add(row)
    conflict = _refused(demo, lambda s: pool.remove_pain_point(s, pain_id, seen))
    field = conflict.clashes[0]
    assert (field.field, field.theirs, field.shown(field.mine).render()) == (
        "mentions",
        9,
        "(removed)",
    )
    assert conflict.changed_by == "ben"
    with demo.transaction() as session:
        assert not pool.remove_pain_point(session, pain_id, seen, decisions(conflict, TAKE_THEIRS))
    assert _read(ben, lambda s: s.get(CandidatePainPoint, pain_id)) is not None
    with demo.transaction() as session:
        assert pool.remove_pain_point(session, pain_id, seen, decisions(conflict, KEEP_MINE))
    assert _read(ben, lambda s: s.get(CandidatePainPoint, pain_id)) is None


# --- step 3: platform roles, market order, platform order -------------------------------------


def test_platform_role_two_writers(demo, ben):
    roles = _read(demo, plan.platform_roles)
    (platform_id, market_id), seen = next(iter(roles.items()))
    theirs = next(r for r in ("main", "test", "clearance") if r != seen)
    mine = next(r for r in ("main", "test", "clearance") if r not in (seen, theirs))
    with ben.transaction() as session:
        plan.set_platform_role(session, platform_id, market_id, theirs, seen=seen)
    conflict = _refused(
        demo, lambda s: plan.set_platform_role(s, platform_id, market_id, mine, seen=seen)
    )
    assert (conflict.theirs, conflict.mine, conflict.changed_by) == (theirs, mine, "ben")
    assert conflict.message.render().startswith("ben changed Platform role of ")
    with demo.transaction() as session:
        plan.set_platform_role(
            session,
            platform_id,
            market_id,
            mine,
            seen=seen,
            decided=decisions(conflict, TAKE_THEIRS),
        )
    assert _read(ben, plan.platform_roles)[(platform_id, market_id)] == theirs
    with demo.transaction() as session:
        plan.set_platform_role(
            session, platform_id, market_id, mine, seen=seen, decided=decisions(conflict, KEEP_MINE)
        )
    assert _read(ben, plan.platform_roles)[(platform_id, market_id)] == mine


def _ids(rows) -> list[int]:
    return [r.id for r in rows]


@pytest.mark.parametrize(
    ("read", "write"),
    [
        (plan.target_markets, plan.set_target_markets),
        (plan.platform_priority, plan.set_platform_priority),
    ],
    ids=["markets", "platforms"],
)
def test_an_order_changed_by_two_writers(demo, ben, read, write):
    seen = _ids(_read(demo, read))
    assert len(seen) >= 2, "the demo ranks several markets and platforms"
    theirs = [seen[1], seen[0], *seen[2:]]
    mine = [*seen[1:], seen[0]] if len(seen) > 2 else seen[:1]
    with ben.transaction() as session:
        write(session, theirs, seen=seen)
    conflict = _refused(demo, lambda s: write(s, mine, seen=seen))
    assert (list(conflict.theirs), list(conflict.mine)) == (theirs, mine)
    assert conflict.changed_by == "ben" and " › " in conflict.message.render()
    with demo.transaction() as session:
        write(session, mine, seen=seen, decided=decisions(conflict, TAKE_THEIRS))
    assert _ids(_read(ben, read)) == theirs
    with demo.transaction() as session:
        write(session, mine, seen=seen, decided=decisions(conflict, KEEP_MINE))
    assert _ids(_read(ben, read)) == mine
    with demo.transaction() as session:  # an edit from what is saved now goes through
        write(session, theirs, seen=mine)
    assert _ids(_read(ben, read)) == theirs


# --- removals and the goal wizard --------------------------------------------------------------


def test_removing_a_candidate_another_changed_asks_first(demo, ben):
    cid = _candidate_ids(demo)[-1]
    seen = _read(demo, lambda s: pool.candidate_seen(s.get(Candidate, cid)))
    with ben.transaction() as session:
        pool.update_candidate(session, cid, "price", "31.00", seen=seen["price"])
    conflict = _refused(demo, lambda s: pool.remove_candidate(s, cid, seen))
    field = conflict.clashes[0]
    assert (field.field, field.theirs, field.shown(field.mine).render()) == (
        "price",
        "31.00",
        "(removed)",
    )
    assert conflict.changed_by == "ben"
    with demo.transaction() as session:
        assert not pool.remove_candidate(session, cid, seen, decisions(conflict, TAKE_THEIRS))
    assert _read(ben, lambda s: s.get(Candidate, cid)) is not None
    with demo.transaction() as session:
        assert pool.remove_candidate(session, cid, seen, decisions(conflict, KEEP_MINE))
    assert _read(ben, lambda s: s.get(Candidate, cid)) is None


def test_deleting_a_goal_another_changed_asks_first(demo, ben):
    from core.edits import seen_of
    from core.goals.models import Goal

    goal = _read(demo, lambda s: s.exec(select(Goal).order_by(Goal.id)).first())
    seen = seen_of(goal, plan.EDITABLE)
    with ben.transaction() as session:
        plan.update_goal(session, goal.id, notes="Ben: keep this one")
    conflict = _refused(demo, lambda s: plan.delete_goal(s, goal.id, seen))
    assert conflict.changed_by == "ben" and conflict.clashes[0].field == "notes"
    with demo.transaction() as session:
        assert plan.delete_goal(session, goal.id, seen, decisions(conflict, TAKE_THEIRS)) is None
    assert _read(ben, lambda s: s.get(Goal, goal.id)) is not None
    with demo.transaction() as session:
        assert plan.delete_goal(session, goal.id, seen, decisions(conflict, KEEP_MINE))
    assert _read(ben, lambda s: s.get(Goal, goal.id)) is None


def test_the_goal_wizard_keeps_what_it_did_not_change_and_asks_about_what_it_did(demo, ben):
    seen = _read(demo, plan.plan_seen)
    (cell_a, role_a), (cell_b, role_b) = list(seen["roles"].items())[:2]
    other = {r: next(x for x in ("main", "test", "clearance") if x != r) for r in (role_a, role_b)}
    with ben.transaction() as session:  # Ben changes two roles
        plan.set_platform_role(session, *cell_a, other[role_a], seen=role_a)
        plan.set_platform_role(session, *cell_b, other[role_b], seen=role_b)
    # Anna's wizard leaves cell A as it was and sets cell B to something else again
    annas_b = next(x for x in ("main", "test", "clearance") if x not in (role_b, other[role_b]))
    roles = {**seen["roles"], cell_b: annas_b}
    markets, platforms = seen["markets"], seen["platforms"]
    conflict = _refused(
        demo, lambda s: plan.apply_setup(s, markets, platforms, roles, [], seen=seen)
    )
    assert conflict.key == ("role", *cell_b) and conflict.changed_by == "ben"
    with demo.transaction() as session:
        plan.apply_setup(
            session, markets, platforms, roles, [], seen=seen,
            decided={conflict.key: decisions(conflict, KEEP_MINE)},
        )  # fmt: skip
    saved = _read(ben, plan.platform_roles)
    assert (saved[cell_a], saved[cell_b]) == (other[role_a], annas_b)


def test_a_third_change_while_the_dialog_is_open_is_asked_about_too(demo, ben):
    """Keep mine is made over the value the dialog showed: Carl's change after it is not
    overwritten unseen (core.edits.kept_over)."""
    from core.edits import kept_over

    carl = open_workspace(demo.location if demo.is_server else demo.path)
    carl.user = "carl"
    try:
        seen = _read(demo, plan.platform_roles)
        cell, role = next(iter(seen.items()))
        theirs, carls, mine = [r for r in ("main", "test", "clearance") if r != role] + [role]
        with ben.transaction() as session:
            plan.set_platform_role(session, *cell, theirs, seen=role)
        conflict = _refused(demo, lambda s: plan.set_platform_role(s, *cell, carls, seen=role))
        choice = kept_over(conflict, decisions(conflict, KEEP_MINE))  # Anna keeps hers...
        with carl.transaction() as session:  # ...while Carl changes it again
            plan.set_platform_role(session, *cell, mine, seen=theirs)
        again = _refused(
            demo, lambda s: plan.set_platform_role(s, *cell, carls, seen=role, decided=choice)
        )
        assert (again.changed_by, again.theirs) == ("carl", mine)
        assert _read(ben, plan.platform_roles)[cell] == mine  # Carl's stays until she chooses
        # thresholds and removals the same way
        t_seen = _read(demo, scorecard.thresholds)
        with ben.transaction() as session:
            save_thresholds(session, {**t_seen, "demand": (1, 2, 3, 4)}, t_seen)
        wanted = {**t_seen, "demand": (5, 6, 7, 8)}
        conflict = _refused(demo, lambda s: save_thresholds(s, wanted, t_seen))
        choice = kept_over(conflict, decisions(conflict, KEEP_MINE))
        with carl.transaction() as session:
            save_thresholds(session, {**t_seen, "demand": (9, 10, 11, 12)}, None)
        again = _refused(demo, lambda s: save_thresholds(s, wanted, t_seen, choice))
        assert again.changed_by == "carl"
        cid = _candidate_ids(demo)[-1]
        c_seen = _read(demo, lambda s: pool.candidate_seen(s.get(Candidate, cid)))
        with ben.transaction() as session:
            pool.update_candidate(session, cid, "notes", "Ben")
        conflict = _refused(demo, lambda s: pool.remove_candidate(s, cid, c_seen))
        choice = kept_over(conflict, decisions(conflict, KEEP_MINE))
        with carl.transaction() as session:
            pool.update_candidate(session, cid, "notes", "Carl")
        again = _refused(demo, lambda s: pool.remove_candidate(s, cid, c_seen, choice))
        assert (again.changed_by, again.clashes[0].theirs) == ("carl", "Carl")
    finally:
        carl.close()
