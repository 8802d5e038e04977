"""Windows never open larger than the screen they are on (a 1280×800 laptop at 150 % too)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 0.96  # leave a little of the desktop visible around a fresh window


def available_geometry(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def clamp_to_screen(
    widget: QWidget, wanted: QSize | None = None, area: QRect | None = None
) -> None:
    """Resize ``widget`` to ``wanted`` (default: its current size) but no larger than the
    available screen area minus the window frame, and move it fully onto that area."""
    area = area or available_geometry(widget)
    wanted = wanted or widget.size()
    frame = widget.frameGeometry().size() - widget.geometry().size()
    limit = QSize(
        int(area.width() * MARGIN) - frame.width(), int(area.height() * MARGIN) - frame.height()
    )
    size = wanted.boundedTo(limit).expandedTo(widget.minimumSize().boundedTo(limit))
    widget.resize(size)
    geometry = widget.frameGeometry()
    left = min(max(geometry.left(), area.left()), area.right() - geometry.width() + 1)
    top = min(max(geometry.top(), area.top()), area.bottom() - geometry.height() + 1)
    if not area.contains(geometry):
        widget.move(max(left, area.left()), max(top, area.top()))


def fits_on_screen(widget: QWidget, area: QRect | None = None) -> bool:
    area = area or available_geometry(widget)
    return area.contains(widget.frameGeometry())


class _ClampOnShow(QObject):
    """Once the window is shown (its frame known), keep it whole on its screen."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            clamp_to_screen(obj)
        return False


def fit_dialog(widget: QWidget, wanted: QSize, minimum: QSize | None = None) -> None:
    """Open a dialog at ``wanted`` size, smaller on a small screen: a 1280×800 laptop at
    150 % has only 853×533 points, so neither the size nor the minimum may be larger."""
    area = available_geometry(widget)
    limit = QSize(int(area.width() * MARGIN), int(area.height() * MARGIN))
    if minimum is not None:
        widget.setMinimumSize(minimum.boundedTo(limit))
    widget.resize(wanted.boundedTo(limit))
    keep_on_screen(widget)


def keep_on_screen(widget: QWidget) -> None:
    """Each time ``widget`` (a window) is shown, move it whole onto its screen: e.g. a
    dialog placed under a cell near the bottom of the window."""
    if widget.findChild(_ClampOnShow) is None:
        widget.installEventFilter(_ClampOnShow(widget))
