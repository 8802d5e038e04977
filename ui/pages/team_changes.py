"""Step 1's undo and redo: a change is the whole team before and after (a team is small);
undoing writes back only what differs, and offers another person's change as a choice.

Kept apart from ui/pages/team_page.py; the writing itself is core/team_undo.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from core import team_undo
from core.edits import ConflictError
from ui.errors import error_text

if TYPE_CHECKING:
    from ui.pages.team_page import TeamPage


class TeamChange(QUndoCommand):
    """Any change to the team, as the whole team before and after (a team is small): undo
    writes ``before`` back, redo ``after``. Already written when pushed."""

    def __init__(self, page: TeamPage, before, after, text: str) -> None:
        super().__init__(text)
        self.page, self.before, self.after = page, before, after
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        restore_team(self.page, self.after, self.before)

    def undo(self) -> None:
        restore_team(self.page, self.before, self.after)


def restore_team(
    page: TeamPage, snapshot: team_undo.TeamSnapshot, written: team_undo.TeamSnapshot
) -> None:
    """Undo / redo: write back what differs between ``written`` (the team as the change
    left it) and ``snapshot``; another person's change since is offered as a choice
    instead of being undone with it."""
    if page.workspace is None:
        return
    from ui.dialogs.conflict_dialog import ask

    overrule: set[tuple] = set()
    skip: set[tuple] = set()
    while True:
        try:
            with page.workspace.transaction() as session:
                team_undo.undo_team_change(
                    session, snapshot, written, frozenset(overrule), frozenset(skip)
                )
            break
        except ConflictError as exc:
            if exc.key is None or exc.key in overrule | skip:
                raise
            page.members_model.reload()
            page.raci_model.reload()
            (skip if ask(page, exc) is None else overrule).add(exc.key)
        except ValueError as exc:
            page.show_problem(error_text(exc))
            return
    page.reload_now()
    page.show_problem("")
    page.sig_data_changed.emit()
