"""Combo boxes and spin boxes ignore the mouse wheel unless they have the keyboard focus;
Tab leaves every table instead of walking its cells.

One wheel notch while scrolling a long form (the import mapping list) must scroll the form,
never silently change the value under the pointer. Installed once on the application, so every
combo and spin box in every page and dialog (present or future) gets the same behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

_GUARDED = (QComboBox, QAbstractSpinBox)


def _guarded_owner(obj: QObject) -> QWidget | None:
    """The combo or spin box ``obj`` belongs to (itself, or its inner line edit)."""
    if isinstance(obj, _GUARDED):
        return obj
    parent = obj.parent() if isinstance(obj, QWidget) else None
    if isinstance(parent, _GUARDED) and not obj.isWindow():  # a combo's popup is a window
        return parent
    return None


# The filter sees every event of the application (thousands while a page is built): the two
# it acts on are told apart by identity with constants looked up once.
_POLISH = QEvent.Type.Polish
_WHEEL = QEvent.Type.Wheel


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind is not _POLISH and kind is not _WHEEL:
            return False
        if kind is _POLISH and isinstance(obj, _GUARDED):
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
            return False
        if kind is _POLISH and isinstance(obj, QAbstractItemView):
            # Tab moves on to the next control instead of walking every cell of a table
            # (arrow keys walk the cells), in every page and dialog.
            obj.setTabKeyNavigation(False)
            return False
        if kind is not _WHEEL:
            return False
        owner = _guarded_owner(obj)
        if owner is None or owner.hasFocus() or owner.isAncestorOf(QApplication.focusWidget()):
            return False
        # Hand the wheel to what holds the field (a scroll area scrolls), not to the field.
        # Qt does not pass a sent wheel event up by itself: walk up until someone takes it.
        holder = owner.parentWidget()
        while holder is not None:
            event.ignore()
            QCoreApplication.sendEvent(holder, event)
            if event.isAccepted() or holder.isWindow():
                break
            holder = holder.parentWidget()
        return True


_guard: WheelGuard | None = None


def install_wheel_guard() -> None:
    """Install the guard on the running application (once; later calls do nothing)."""
    global _guard
    app = QApplication.instance()
    if app is None or _guard is not None and _guard.parent() is app:
        return
    _guard = WheelGuard(app)
    app.installEventFilter(_guard)
