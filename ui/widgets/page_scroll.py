"""A scroll area for whole pages: the page fills the window and scrolls only when the window
is smaller than the page's minimum size.

QScrollArea's own "widget resizable" mode sizes a page with word-wrapped labels by its
preferred height (height-for-width), so a page scrolled on a screen where it fits; this one
uses the minimum size instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageScroll(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here, so viewport() returns a widget PySide already knows: asked for
        # Qt's own, it looks through every widget class (48 enum classes, ~8 ms), before the
        # main window's first paint.
        self.setViewport(QWidget())
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt override
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.fit_page()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_page()
        return super().eventFilter(obj, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_page()

    def fit_page(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        size = self.viewport().size().expandedTo(minimum)
        if widget.size() != size:
            widget.resize(size)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, 150)
