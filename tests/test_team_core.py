"""Step 1 core: the team, its RACI matrix, warnings, state and the Excel export (no Qt)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from core import team
from core.i18n import Message
from core.jobs import Progress
from core.models import RaciAssignment, TeamMember
from core.steps import StepState


def _proposal(*roles: str) -> list[team.ProposedMember]:
    return [team.ProposedMember(role=r, name=f"{r} person", contact=f"{r}@shop.cn") for r in roles]


def test_apply_proposal_adds_members_and_one_accountable_everywhere(workspace):
    with workspace.transaction() as session:
        added = team.apply_proposal(session, _proposal(*team.CORE_ROLES))
    assert [m.role for m in added] == team.CORE_ROLES
    with workspace.session() as session:
        people = team.members(session)
        assert [m.contact for m in people] == [f"{r}@shop.cn" for r in team.CORE_ROLES]
        cells = team.raci_cells(session)
        assert team.raci_warnings(session) == []
        assert team.missing_core_roles(session) == []
        assert team.team_state(session) == StepState.DONE
    pm = next(m for m in people if m.role == "product_manager")
    finance = next(m for m in people if m.role == "finance")
    assert cells[(pm.id, "duty:approval")] == "A"
    assert cells[(finance.id, "duty:approval")] == "C"
    assert cells[(finance.id, "duty:ad_budget")] == "A"


def test_apply_proposal_keeps_existing_cells_and_accountable(workspace):
    with workspace.transaction() as session:
        boss = team.add_member(session, "Boss", "operations")
        team.set_raci(session, boss.id, "duty:approval", "A")
        team.apply_proposal(session, _proposal("product_manager"))
    with workspace.session() as session:
        accountable = [
            a.member_id
            for a in session.exec(select(RaciAssignment))
            if a.subject == "duty:approval" and a.letter == "A"
        ]
    assert accountable == [boss.id]


def test_proposal_cells_match_apply_proposal_on_an_empty_team(workspace):
    roles = team.CORE_ROLES + team.OPTIONAL_ROLES
    expected = team.proposal_cells(roles)
    with workspace.transaction() as session:
        added = team.apply_proposal(session, _proposal(*roles))
        index = {m.id: i for i, m in enumerate(added)}
        got = {(index[m], s): letter for (m, s), letter in team.raci_cells(session).items()}
    assert got == expected


def test_set_raci_validates_and_clears(workspace):
    with workspace.transaction() as session:
        member = team.add_member(session, "Lin", "finance")
        team.set_raci(session, member.id, "duty:ad_budget", "a")
    with workspace.transaction() as session:
        assert team.raci_cells(session) == {(member.id, "duty:ad_budget"): "A"}
        with pytest.raises(ValueError) as info:
            team.set_raci(session, member.id, "duty:ad_budget", "X")
        assert isinstance(info.value.args[0], Message)
        team.set_raci(session, member.id, "duty:ad_budget", "")
        assert team.raci_cells(session) == {}


def test_member_validation(workspace):
    with workspace.transaction() as session:
        for name, role, hours in [
            ("  ", "finance", 40),
            ("Lin", "boss", 40),
            ("Lin", "finance", 200),
        ]:
            with pytest.raises(ValueError):
                team.add_member(session, name, role, capacity_hours=hours)
        member = team.add_member(session, " Lin ", "finance", contact=" wx:lin ")
        assert (member.name, member.contact) == ("Lin", "wx:lin")
        with pytest.raises(ValueError):
            team.update_member(session, member.id, capacity_hours=-1)
        with pytest.raises(ValueError):
            team.update_member(session, 9999, name="Ghost")
        team.update_member(session, member.id, role="operations", capacity_hours=20)
    with workspace.session() as session:
        stored = session.get(TeamMember, member.id)
        assert (stored.role, stored.capacity_hours, stored.name) == ("operations", 20, "Lin")


def test_warnings_none_no_accountable_and_many(workspace):
    with workspace.transaction() as session:
        a = team.add_member(session, "A", "product_manager")
        b = team.add_member(session, "B", "operations")
        warnings = team.raci_warnings(session)
        assert len(warnings) == len(team.subjects())
        assert {w.kind for w in warnings} == {"no_accountable"}
        for subject in team.subjects():
            team.set_raci(session, a.id, subject, "A")
        assert team.raci_warnings(session) == []
        team.set_raci(session, b.id, "duty:listing", "A")
        (warning,) = team.raci_warnings(session)
        assert (warning.subject, warning.kind, warning.member_ids) == (
            "duty:listing",
            "many_accountable",
            (a.id, b.id),
        )
        assert warning.render() == "Listing: 2 people are Accountable (A); keep exactly one."
        assert "duty:listing" not in warning.render()


def test_removing_a_member_removes_their_cells(workspace):
    with workspace.transaction() as session:
        a = team.add_member(session, "A", "product_manager")
        b = team.add_member(session, "B", "operations")
        team.set_raci(session, a.id, "step:team", "A")
        team.set_raci(session, b.id, "step:team", "R")
        team.remove_member(session, a.id)
    with workspace.session() as session:
        assert team.raci_cells(session) == {(b.id, "step:team"): "R"}
        assert [m.name for m in team.members(session)] == ["B"]
        (first, *_) = team.raci_warnings(session)
        assert first.subject == "step:team"


def test_team_state(workspace):
    with workspace.session() as session:
        assert team.team_state(session) == StepState.NOT_STARTED
    with workspace.transaction() as session:
        team.add_member(session, "A", "product_manager")
    with workspace.session() as session:
        assert team.team_state(session) == StepState.IN_PROGRESS
        assert team.missing_core_roles(session) == team.CORE_ROLES[1:]


def test_demo_team_is_done(demo):
    with demo.session() as session:
        assert len(team.members(session)) == 7
        assert team.team_state(session) == StepState.DONE


def test_team_sheets_translated_and_exported(demo, tmp_path):
    def shout(context, text):
        return text.upper()

    with demo.session() as session:
        sheets = team.team_sheets(session, shout)
        people = team.members(session)
    people_sheet, raci_sheet = sheets
    assert people_sheet.title == "TEAM"
    assert list(people_sheet.headers) == ["NAME", "ROLE", "CONTACT", "CAPACITY (H/WEEK)", "NOTES"]
    rows = list(people_sheet.rows)
    assert rows[0][:2] == [people[0].name, "PRODUCT MANAGER"]
    raci_rows = list(raci_sheet.rows)
    assert len(raci_rows) == 14
    assert raci_rows[8][0] == "PRODUCT APPROVAL (立项)"

    sheets = team.team_sheets(demo.session())
    out = team.export_team(tmp_path / "team.xlsx", sheets, Progress())
    book = load_workbook(out)
    assert book.sheetnames == ["Team", "RACI"]
    raci = book["RACI"]
    assert raci.cell(1, 2).value == people[0].name
    assert raci.cell(2, 1).value == "Team"
    approval_row = [c.value for c in raci[10]]
    assert approval_row[0] == "Product approval (立项)"
    assert approval_row.count("A") == 1
    assert book["Team"].max_row == 8


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
