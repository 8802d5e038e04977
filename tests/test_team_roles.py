"""One person, several roles (issue 7): a two- or three-person shop reaches Done by combining
roles; the guided start merges a name typed twice; older workspaces upgrade without loss;
whole-team snapshots (what the Team page's undo writes back)."""

from __future__ import annotations

import sqlite3

import pytest

from core import migrations, team, team_undo
from core.steps import StepState
from core.workspace import open_workspace

BOTH_ENGINES = True


def _person(name: str, *roles: str, hours: float = 40.0, contact: str = ""):
    return [team.ProposedMember(role=r, name=name, capacity_hours=hours, contact=contact)
            for r in roles]  # fmt: skip


def test_two_person_shop_reaches_done_through_the_guided_start(workspace):
    # 老王 buys and keeps the books; Lin Wei does products, operations and compliance. The
    # wizard has one row per role: the same name typed in several rows is one person.
    proposal = [
        *_person("Lin Wei", "product_manager", hours=30, contact="lin@shop.cn"),
        *_person("老王", "purchasing", hours=20),
        *_person("lin wei ", "operations", "compliance", hours=45),
        *_person("老王", "finance", hours=10, contact="wechat: laowang"),
    ]
    with workspace.transaction() as session:
        added = team.apply_proposal(session, proposal)
    assert [m.name for m in added] == ["Lin Wei", "老王"]
    with workspace.session() as session:
        people = team.members(session)
        assert [(m.name, team.roles_of(m)) for m in people] == [
            ("Lin Wei", ["product_manager", "operations", "compliance"]),
            ("老王", ["purchasing", "finance"]),
        ]
        # Their largest hours and the first contact given.
        assert [(m.capacity_hours, m.contact) for m in people] == [
            (45, "lin@shop.cn"),
            (20, "wechat: laowang"),
        ]
        assert team.missing_core_roles(session) == []
        assert team.raci_warnings(session) == []
        assert team.team_state(session) == StepState.DONE
        cells = team.raci_cells(session)
    lin, wang = (m.id for m in people)
    # From the proposal table: approval A = product manager, replenishment A/R = purchasing,
    # ad budget A = finance with operations Responsible, compliance sign-off A = compliance.
    assert cells[(lin, "duty:approval")] == "A"
    assert cells[(wang, "duty:approval")] == "C"  # finance and purchasing are consulted
    assert cells[(wang, "duty:replenishment")] == "A"
    assert cells[(wang, "duty:ad_budget")] == "A"
    assert cells[(lin, "duty:ad_budget")] == "R"
    assert cells[(lin, "duty:compliance_signoff")] == "A"
    # Exactly one A per subject, though one person holds the accountable role of many.
    assert len([1 for (_, s), letter in cells.items() if letter == "A"]) == len(team.subjects())


def test_proposal_cells_for_people_with_several_roles_match_apply(workspace):
    people = [["product_manager", "operations", "compliance"], ["purchasing", "finance"]]
    expected = team.proposal_cells(people)
    proposal = [*_person("A", *people[0]), *_person("B", *people[1])]
    with workspace.transaction() as session:
        added = team.apply_proposal(session, proposal)
        index = {m.id: i for i, m in enumerate(added)}
        got = {(index[m], s): letter for (m, s), letter in team.raci_cells(session).items()}
    assert got == expected


def test_three_person_shop_by_hand_is_done_once_every_row_has_one_a(workspace):
    with workspace.transaction() as session:
        boss = team.add_member(session, "Boss", "product_manager", other_roles=["finance"])
        ops = team.add_member(session, "Ops", "operations", other_roles=["compliance"])
        buyer = team.add_member(session, "Buyer", "purchasing")
        assert team.missing_core_roles(session) == []
        assert team.team_state(session) == StepState.IN_PROGRESS  # the matrix is empty
        for number, subject in enumerate(team.subjects()):
            team.set_raci(session, (boss, ops, buyer)[number % 3].id, subject, "A")
        assert team.team_state(session) == StepState.DONE
        team.update_member(session, ops.id, roles=["operations"])
        assert team.missing_core_roles(session) == ["compliance"]
        assert team.team_state(session) == StepState.IN_PROGRESS


def test_a_name_already_in_the_team_gets_the_roles_not_a_twin(workspace):
    with workspace.transaction() as session:
        team.add_member(session, "老王", "purchasing")
        added = team.apply_proposal(session, _person("老王", "finance"))
        assert added == []
        (wang,) = team.members(session)
        assert team.roles_of(wang) == ["purchasing", "finance"]
        assert team.role_names(wang) == "Purchasing, Finance"


def test_roles_are_checked_and_kept_once(workspace):
    with workspace.transaction() as session:
        member = team.add_member(
            session, "Mei", "design", other_roles=["finance", "design", "finance"]
        )
        assert team.roles_of(member) == ["design", "finance"]
        with pytest.raises(ValueError):
            team.update_member(session, member.id, roles=["finance", "astrologer"])
        with pytest.raises(ValueError):
            team.update_member(session, member.id, roles=[])
        updated = team.update_member(session, member.id, roles=["finance", "design"])
        assert team.roles_of(updated) == ["finance", "design"]
        # Changing the main role alone keeps the others.
        updated = team.update_member(session, member.id, role="operations")
        assert team.roles_of(updated) == ["operations", "design"]


def test_snapshot_and_restore_bring_back_a_removed_member_with_id_and_letters(workspace):
    with workspace.transaction() as session:
        team.apply_proposal(session, _person("老王", "purchasing", "finance"))
        before = team_undo.team_snapshot(session)
        (wang,) = team.members(session)
        team.remove_member(session, wang.id)
        team.add_member(session, "New", "design")
        after = team_undo.team_snapshot(session)
    with workspace.transaction() as session:
        team_undo.restore_team(session, before)
    with workspace.session() as session:
        assert team_undo.team_snapshot(session) == before
        (back,) = team.members(session)
        assert (back.id, team.roles_of(back)) == (wang.id, ["purchasing", "finance"])
    with workspace.transaction() as session:
        team_undo.restore_team(session, after)
    with workspace.session() as session:
        assert team_undo.team_snapshot(session) == after


def test_an_older_workspace_keeps_its_team_when_upgraded(tmp_path):
    """A workspace from before several roles (the last ladder version, no Alembic revision
    yet) opens with its members and letters, upgraded through the revisions."""
    path = tmp_path / "older.matrixdesk"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=migrations.LADDER_VERSION)
    conn.execute(
        "INSERT INTO teammember (name, role, contact, capacity_hours, notes) "
        "VALUES ('老王', 'purchasing', 'wx', 20, 'also books')"
    )
    conn.execute(
        "INSERT INTO raciassignment (member_id, subject, letter) VALUES (1, 'duty:approval', 'C')"
    )
    conn.close()
    ws = open_workspace(path)
    try:
        with ws.session() as session:
            (wang,) = team.members(session)
            assert (wang.name, wang.contact, wang.capacity_hours, wang.notes) == (
                "老王",
                "wx",
                20,
                "also books",
            )
            assert team.roles_of(wang) == ["purchasing"]
            assert team.raci_cells(session) == {(wang.id, "duty:approval"): "C"}
        with ws.transaction() as session:
            team.update_member(session, wang.id, roles=["purchasing", "finance"])
        with ws.session() as session:
            assert team.roles_of(team.members(session)[0]) == ["purchasing", "finance"]
    finally:
        ws.close()
