"""Undoable edits: each table edit is a command whose undo writes the old value back."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand


class EditCommand(QUndoCommand):
    """One value changed through a model with ``apply_edit(target, field, value)``.

    The value is already written when the command is pushed, so the first ``redo`` (which
    QUndoStack.push calls) does nothing.
    """

    def __init__(
        self, model, target: tuple[str, int], field: str, old: Any, new: Any, text: str
    ) -> None:
        super().__init__(text)
        self.model, self.target, self.field = model, target, field
        self.old, self.new = old, new
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, value: Any) -> None:
        from ui.errors import error_text

        try:
            self.model.apply_edit(self.target, self.field, value)
        except ValueError as exc:
            # The catalog changed since (e.g. the code is taken now): say so, keep the rest.
            self.setObsolete(True)
            self.model.sig_error.emit(error_text(exc))
