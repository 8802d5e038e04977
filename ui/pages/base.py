"""What every step page shares: the open workspace, a data-changed signal, retranslation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from ui.widgets.wheel_guard import install_wheel_guard

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported after the window's first paint
    from core.workspace import Workspace


class StepPage(QWidget):
    # Emitted after the page wrote to the workspace, so the step list can recompute states.
    sig_data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_wheel_guard()
        self.workspace: Workspace | None = None

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.refresh()

    def refresh(self) -> None:
        """Re-read everything shown from the workspace."""

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def page_actions(self) -> list:
        """The page's commands (QAction, None for a separator) for the main window's Actions
        menu, with their shortcuts: every toolbar button is reachable from the keyboard."""
        return []

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
