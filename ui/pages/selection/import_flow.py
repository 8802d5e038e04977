"""Import a research export into the candidate pool through the step 2 import wizard (sheet and
header row, hand mapping, saved profiles, preview); undo the last candidates import."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from core.selection import importing
from core.workspace import Workspace
from ui.errors import error_text


class CandidateImport(QObject):
    sig_imported = Signal()
    sig_error = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.wizard = None  # the import wizard (polars: imported when first opened)

    def start(self, workspace: Workspace, path: str | None = None) -> None:
        """Open the wizard (on the file, when given); Finish writes, then the pool reloads."""
        from ui.dialogs.import_wizard import ImportWizard

        self.wizard = ImportWizard(workspace, self.widget, path, entity=importing.ENTITY)
        self.wizard.accepted.connect(self.sig_imported)
        self.wizard.open()

    def undo_last(self, workspace: Workspace) -> bool:
        with workspace.session() as session:
            batch = importing.last_candidate_import(session)
        if batch is None or batch.id is None:
            return False
        try:
            importing.undo_candidate_import(workspace, batch.id)
        except ValueError as exc:
            self.sig_error.emit(error_text(exc))
            return False
        self.sig_imported.emit()
        return True
