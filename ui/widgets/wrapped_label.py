"""A word-wrapped label whose minimum height is the height of its lines at its width.

A QSplitter (and a page's scroll area) asks its children only for a minimum size, never
for a height at a width: a wrapped label's minimum was one line, so the layout around it
was squeezed below what its lines need and drew the rows above it over each other."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

from ui.widgets.flow_layout import ask_again_later


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(text, parent, **kwargs)
        self.setWordWrap(True)
        self._width = -1

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        if self._width > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self._width)))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            ask_again_later(self)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self.updateGeometry()
