"""Step 1's undo and redo: the team as a snapshot, and writing back only what one change did,
checked against what it left, so someone else's change since is a conflict, not undone too."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, delete

from core.models import RaciAssignment, TeamMember, saved_id
from core.team import members, raci_cells, remove_member, set_raci, update_member


@dataclass(frozen=True)
class TeamSnapshot:
    """The whole team and its matrix at one moment: what undo and redo write back."""

    members: tuple[tuple[int, str, str, str, str, float, str], ...]
    cells: frozenset[tuple[int, str, str]]


def team_snapshot(session: Session) -> TeamSnapshot:
    return snapshot_of(members(session), raci_cells(session))


def snapshot_of(people: Sequence[TeamMember], cells: Mapping[tuple[int, str], str]) -> TeamSnapshot:
    return TeamSnapshot(
        tuple(
            (saved_id(m), m.name, m.role, m.other_roles, m.contact, m.capacity_hours, m.notes)
            for m in people
        ),
        frozenset((member_id, subject, letter) for (member_id, subject), letter in cells.items()),
    )


def _snapshot_fields(row: tuple[int, str, str, str, str, float, str]) -> dict[str, Any]:
    _id, name, role, other_roles, contact, hours, notes = row
    roles = [role, *[r for r in other_roles.split(",") if r and r != role]]
    return {
        "name": name,
        "roles": roles,
        "contact": contact,
        "capacity_hours": float(hours),
        "notes": notes,
    }


def undo_team_change(
    session: Session,
    wanted: TeamSnapshot,
    written: TeamSnapshot,
    overrule: frozenset[tuple] = frozenset(),
    skip: frozenset[tuple] = frozenset(),
) -> None:
    """Undo (or redo) one team change: only what differs between ``written`` (the team as
    this person's change left it) and ``wanted`` is written back, each member and cell
    checked against ``written``, so someone else's change since is a ConflictError (with
    ``key`` ``("member", id)`` or ``("cell", member id, subject)``) instead of being undone
    too. Keys in ``overrule`` are written without the check (keep mine), keys in ``skip``
    are left as they are (take theirs)."""
    before = {row[0]: row for row in wanted.members}
    after = {row[0]: row for row in written.members}
    for member_id in after.keys() - before.keys():  # added by the change: remove again
        if ("member", member_id) not in skip:
            remove_member(session, member_id)
    for member_id in before.keys() - after.keys():  # removed by the change: put back
        if session.get(TeamMember, member_id) is None:
            _id, name, role, other_roles, contact, hours, notes = before[member_id]
            session.add(
                TeamMember(
                    id=member_id, name=name, role=role, other_roles=other_roles,
                    contact=contact, capacity_hours=hours, notes=notes,
                )
            )  # fmt: skip
    session.flush()
    for member_id in before.keys() & after.keys():
        key: tuple = ("member", member_id)
        old, new = _snapshot_fields(before[member_id]), _snapshot_fields(after[member_id])
        changes = {k: v for k, v in old.items() if v != new[k]}
        if not changes or key in skip or session.get(TeamMember, member_id) is None:
            continue
        seen = None if key in overrule else {k: new[k] for k in changes}
        update_member(session, member_id, **changes, seen=seen)
    cells_before = {(m, s): letter for m, s, letter in wanted.cells}
    cells_after = {(m, s): letter for m, s, letter in written.cells}
    for member_id, subject in sorted(cells_before.keys() | cells_after.keys()):
        key = ("cell", member_id, subject)
        was = cells_before.get((member_id, subject), "")
        now = cells_after.get((member_id, subject), "")
        if was == now or key in skip or session.get(TeamMember, member_id) is None:
            continue
        set_raci(session, member_id, subject, was, seen=None if key in overrule else now)


def restore_team(session: Session, snapshot: TeamSnapshot) -> None:
    """Write the team back as it was; members keep their ids, so goals that name an owner
    find them again after a removal is undone."""
    wanted = {row[0]: row for row in snapshot.members}
    for member in members(session):
        if saved_id(member) not in wanted:
            remove_member(session, saved_id(member))
    for member_id, name, role, other_roles, contact, hours, notes in snapshot.members:
        member = session.get(TeamMember, member_id) or TeamMember(
            id=member_id, name=name, role=role
        )
        member.name, member.role, member.other_roles = name, role, other_roles
        member.contact, member.capacity_hours, member.notes = contact, hours, notes
        session.add(member)
    session.flush()
    session.exec(delete(RaciAssignment))
    for member_id, subject, letter in sorted(snapshot.cells):
        session.add(RaciAssignment(member_id=member_id, subject=subject, letter=letter))
    session.flush()
