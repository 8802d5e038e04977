"""What step 1's page shows, read in one go: the members, the RACI matrix's letters, what is
still missing and the undo snapshot, from two queries. A team workspace on a far-away server
is read on a thread this way (ui/pages/team_page.py)."""

from __future__ import annotations

from dataclasses import dataclass

from core.models import TeamMember
from core.team import RaciWarning, members, missing_roles_of, raci_cells, warnings_of
from core.team_undo import TeamSnapshot, snapshot_of


@dataclass(frozen=True)
class TeamView:
    members: list[TeamMember]
    cells: dict[tuple[int, str], str]
    missing_roles: list[str]
    warnings: list[RaciWarning]
    snapshot: TeamSnapshot


def read_team(workspace, progress=None) -> TeamView:
    """The team as saved now (``progress``: a job's signature, unused)."""
    with workspace.session() as session:
        people, cells = members(session), raci_cells(session)
    return TeamView(
        members=people,
        cells=cells,
        missing_roles=missing_roles_of(people),
        warnings=warnings_of(cells) if people else [],
        snapshot=snapshot_of(people, cells),
    )
