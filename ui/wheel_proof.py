"""Combo boxes that ignore the mouse wheel unless they have focus.

Scrolling a page must scroll the page: a combo under the pointer would otherwise change its
value (an encoding, a currency) as the wheel passes over it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class WheelProofComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel alone never focuses it

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area around it gets the wheel
