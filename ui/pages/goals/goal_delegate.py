"""The goals table's cells: combo boxes where the model offers choices (ChoiceDelegate), and a
progress bar coloured by status with a thin line where the goal should be by now."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from ui.delegates import ChoiceDelegate
from ui.pages.goals.goals_model import PROGRESS_ROLE, STATUS_COLOURS

Index = QModelIndex | QPersistentModelIndex
TRACK = QColor("#e5e7eb")
EXPECTED = QColor("#1f2933")


class GoalDelegate(ChoiceDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        bar = index.data(PROGRESS_ROLE)
        if not bar:
            super().paint(painter, option, index)
            return
        progress, expected, status = bar
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(option.rect, option.palette.highlight())  # type: ignore[attr-defined]
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)  # type: ignore[attr-defined]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(rect, 3, 3)
        fill = QColor(STATUS_COLOURS[status])
        fill.setAlpha(170)
        painter.setBrush(fill)
        painter.drawRoundedRect(
            QRectF(rect.x(), rect.y(), rect.width() * progress, rect.height()), 3, 3
        )
        if 0 < expected < 1:
            x = rect.x() + rect.width() * expected
            painter.setPen(QPen(EXPECTED, 2))
            painter.drawLine(int(x), int(rect.top()) - 2, int(x), int(rect.bottom()) + 2)
        painter.setPen(QColor("#111827"))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(rect.adjusted(6, 0, -6, 0), int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()
