"""Undoable matrix edits: one command per user action, however many cells it touches.

Each command holds every touched cell's state before and after (None: not listed). Redo writes
"after", undo writes "before", through one function (the page's ``write_cells``) that saves at
once and refreshes what depends on the matrix (warnings, role mix).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ui.pages.matrix.source import CellKey, CellState, SignOffs

Changes = dict[CellKey, CellState | None]


class CellsChange(QUndoCommand):
    """``write(changes, expected)``: expected is what the other side of the step left, so a
    change another person made since is offered as a conflict, never silently undone."""

    def __init__(
        self,
        text: str,
        before: Changes,
        after: Changes,
        write: Callable[[Changes, Changes], bool],
    ) -> None:
        super().__init__(text)
        self.before, self.after, self.write = before, after, write

    def redo(self) -> None:
        if not self.write(self.after, self.before):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.write(self.before, self.after):
            self.setObsolete(True)


class SignOffChange(QUndoCommand):
    """Compliance sign-offs of product × market pairs, before and after."""

    def __init__(
        self,
        text: str,
        before: SignOffs,
        after: SignOffs,
        write: Callable[[SignOffs, SignOffs], bool],
    ) -> None:
        super().__init__(text)
        self.before, self.after, self.write = before, after, write

    def redo(self) -> None:
        if not self.write(self.after, self.before):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.write(self.before, self.after):
            self.setObsolete(True)
