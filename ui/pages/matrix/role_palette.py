"""The legend above the grid, which is also a palette: each role is a chip with its colour,
letter and key; click a chip to give the selected cells that role, or drag it onto a cell."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ui.pages.matrix.grid_view import role_mime
from ui.pages.matrix.roles import BADGE_TEXT, ROLE_COLOURS, ROLE_ORDER, role_letter, role_name
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.wrapped_label import WrappedLabel


class RoleChip(QPushButton):
    """A button that starts a drag when the mouse moves far enough while pressed."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self._press: QPoint | None = None
        colour = ROLE_COLOURS[role]
        self.setStyleSheet(
            f"QPushButton {{ background: {colour}; color: {BADGE_TEXT}; border: 1px solid #9aa5b1;"
            " border-radius: 4px; padding: 3px 9px; font-weight: 600; }"
            f"QPushButton:hover {{ border: 2px solid #1f2933; }}"
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is not None and (
            (event.position().toPoint() - self._press).manhattanLength() > 8
        ):
            self._press = None
            self.setDown(False)
            drag = QDrag(self)
            drag.setMimeData(role_mime(self.role))
            drag.setPixmap(self.grab())
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)


class RolePalette(QWidget):
    sig_role_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = FlowLayout(self)  # the chips wrap on a narrow page instead of widening it
        self.title = QLabel(objectName="hint")
        row.addWidget(self.title)
        self.chips: dict[str, RoleChip] = {}
        for role in ROLE_ORDER:
            chip = RoleChip(role)
            chip.clicked.connect(lambda _=False, r=role: self.sig_role_chosen.emit(r))
            self.chips[role] = chip
            row.addWidget(chip)
        # Placed by the page, under the grid.
        self.status_legend = WrappedLabel(objectName="hint")
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Roles:"))
        for number, (role, chip) in enumerate(self.chips.items(), start=1):
            chip.setText(f"{role_letter(role)} {role_name(role)} ({number})")
            chip.setToolTip(
                self.tr(
                    "Click: give the selected cells this role (key {key}). Or drag it onto a cell."
                ).format(key=number)
            )
        self.status_legend.setText(
            self.tr(
                "In a cell: the role's colour and mark, the fit score (0–100), ● active, "
                "○ paused, dashed border: planned, struck through: ended. Grey numbers: the "
                "fit where the SKU is not listed yet."
            )
        )
