"""Undoable goal additions and deletions (edits of a cell use ui.commands.EditCommand)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from core.goals import plan

if TYPE_CHECKING:
    from ui.pages.goals.page import GoalsPage


class GoalAddedCommand(QUndoCommand):
    """A goal added through the form: undo deletes it, redo puts the same goal back. The
    change is already written when the command is pushed, so the first redo does nothing."""

    def __init__(self, page: GoalsPage, snapshot: dict, text: str) -> None:
        super().__init__(text)
        self.page, self.snapshot, self._first = page, snapshot, True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.page.write(self.forward)

    def undo(self) -> None:
        self.page.write(self.backward)

    def forward(self, session) -> None:
        plan.restore_goal(session, self.snapshot)

    def backward(self, session) -> None:
        plan.delete_goal(session, self.snapshot["id"])


class GoalDeletedCommand(GoalAddedCommand):
    def forward(self, session) -> None:
        plan.delete_goal(session, self.snapshot["id"])

    def backward(self, session) -> None:
        plan.restore_goal(session, self.snapshot)
