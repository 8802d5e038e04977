"""Undoable matrix edits: one command per user action, however many cells it touches.

Each command holds every touched cell's state before and after (None: not listed). Redo writes
"after", undo writes "before", through one function (the page's ``write_cells``) that saves at
once and refreshes what depends on the matrix (warnings, role mix).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ui.pages.matrix.source import CellKey, CellState

Changes = dict[CellKey, CellState | None]


class WriteChange(QUndoCommand):
    """One user action's states before and after, written by ``write(changes, expected)``:
    expected is what the other side of the step left, so a change another person made since
    is offered as a conflict, never silently undone. A write the person declines makes the
    step obsolete."""

    def __init__(
        self,
        text: str,
        before: Any,
        after: Any,
        write: Callable[[Any, Any], bool],
    ) -> None:
        super().__init__(text)
        self.before, self.after, self.write = before, after, write

    def redo(self) -> None:
        if not self.write(self.after, self.before):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.write(self.before, self.after):
            self.setObsolete(True)


CellsChange = WriteChange  # Changes of matrix cells (None: not listed)
SignOffChange = WriteChange  # compliance sign-offs (SignOffs) of product x market pairs
