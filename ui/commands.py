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
        self._apply(self.new, self.old)

    def undo(self) -> None:
        self._apply(self.old, self.new)

    def _apply(self, value: Any, expected: Any) -> None:
        """Write ``value``; a model that checks what the person saw (``undo_checks_seen``)
        is told ``expected``, so undo never silently takes back another person's change:
        it offers the choice (keep mine: write over theirs; take theirs: this step is gone)."""
        from core.edits import ConflictError
        from ui.errors import error_text

        try:
            if getattr(self.model, "undo_checks_seen", False):
                self.model.apply_edit(self.target, self.field, value, seen=expected)
            else:
                self.model.apply_edit(self.target, self.field, value)
        except ConflictError as exc:
            from ui.dialogs.conflict_dialog import ask

            reload = getattr(self.model, "reload", None)
            if reload is not None:
                reload()  # show what is saved now behind the dialog
            resolution = ask(getattr(self.model, "dialog_parent", None), exc)
            if resolution is None:
                self.setObsolete(True)
            else:
                theirs = resolution.seen[self.field]
                self.model.apply_edit(self.target, self.field, value, seen=theirs)
        except ValueError as exc:
            # The catalog changed since (e.g. the code is taken now): say so, keep the rest.
            self.setObsolete(True)
            self.model.sig_error.emit(error_text(exc))


class CatalogChange(QUndoCommand):
    """A structural change (add, delete, archive) that is already written when pushed.

    ``undo_fn(session)`` and ``redo_fn(session)`` each run in their own transaction, then
    ``after()`` refreshes the page; a refusal (the catalog changed since) makes the command
    obsolete and is reported through ``on_error``.
    """

    def __init__(self, workspace, text: str, undo_fn, redo_fn, after, on_error) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.undo_fn, self.redo_fn, self.after, self.on_error = undo_fn, redo_fn, after, on_error
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self.redo_fn)

    def undo(self) -> None:
        self._run(self.undo_fn)

    def _run(self, change) -> None:
        from ui.errors import error_text

        try:
            with self.workspace.transaction() as session:
                change(session)
        except ValueError as exc:
            self.setObsolete(True)
            self.on_error(error_text(exc))
        self.after()
