"""A block of wrapped text above a table that scrolls instead of squeezing the table.

On a small screen (1280×800 at 150 % is 853×533 points) a wizard page with a long summary
above its table left the table no rows at all and drew the summary's lines over each other.
Here the summary asks for the height its text needs at the width it really has (not
QLabel's guessed width), and when there is less it scrolls, so the table below keeps its
minimum height.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


class SummaryScroll(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._width = -1

    def _content_height(self, width: int) -> int:
        content = self.widget()
        if content.hasHeightForWidth():
            return content.heightForWidth(width)
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        content = self.widget()
        width = self.viewport().width() if self.isVisible() else content.sizeHint().width()
        return QSize(content.sizeHint().width(), self._content_height(max(width, 1)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Two lines of text: enough to see there is more and scroll to it.
        line = self.fontMetrics().lineSpacing()
        return QSize(100, min(self.sizeHint().height(), 3 * line))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.viewport().width() != self._width:  # the text re-wraps: ask for its height
            self._width = self.viewport().width()
            self.updateGeometry()
