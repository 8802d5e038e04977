"""Paints a matrix cell: role by colour and letter, fit score, listing status — no widgets.

A listed SKU cell: a tint of its role's colour, a badge with the role's letter, the fit score,
and the status as a mark (planned: dashed outline, active: solid dot, paused: hollow dot,
ended: greyed and struck). An empty cell shows only its fit score, faint, so the seller sees
where a product would fit before placing it. Product and group rows show "listed/total".
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from core.models import ListingStatus
from ui.pages.matrix.grid_model import CELL_ROLE, FIT_ROLE, KIND_ROLE, SKU, SUMMARY_ROLE
from ui.pages.matrix.roles import BADGE_TEXT, role_colour, role_letter

CELL_WIDTH = 104
TEXT = QColor("#1f2933")
FAINT = QColor("#8a96a3")
LOW_FIT, HIGH_FIT = 40, 70  # fit scores below / above are shown red / green


def fit_colour(score: float) -> QColor:
    if score < LOW_FIT:
        return QColor("#b42318")
    if score >= HIGH_FIT:
        return QColor("#157347")
    return TEXT


class MatrixCellDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        if index.column() == 0:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, option.palette.highlight().color().lighter(135))
        if index.data(KIND_ROLE) == SKU:
            self._paint_sku(painter, rect, index.data(CELL_ROLE), index.data(FIT_ROLE))
        else:
            self._paint_summary(painter, rect, index.data(SUMMARY_ROLE), option.font)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor("#1f4e8c"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()

    def _paint_sku(self, painter: QPainter, rect: QRect, state, fit: float | None) -> None:
        inner = rect.adjusted(3, 3, -3, -3)
        font = painter.font()
        if state is None:
            if fit is not None:
                painter.setPen(FAINT)
                painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, f"{fit:.0f}")
            return
        colour = role_colour(state.product_role)
        ended = state.status == ListingStatus.ENDED.value
        tint = QColor(colour)
        tint.setAlpha(70 if ended else 150)
        painter.setBrush(tint)
        outline = QPen(colour.darker(150), 1)
        if state.status == ListingStatus.PLANNED.value:
            outline.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(outline)
        painter.drawRoundedRect(QRectF(inner), 4, 4)
        # The role badge: a filled rounded square with the role's letter.
        side = max(12, inner.height() - 6)
        badge = QRectF(inner.left() + 3, inner.top() + (inner.height() - side) / 2, side + 6, side)
        badge_colour = QColor(colour)
        if ended:
            badge_colour.setAlpha(120)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(badge_colour)
        painter.drawRoundedRect(badge, 3, 3)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(BADGE_TEXT))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, role_letter(state.product_role))
        painter.setFont(font)
        # The status mark at the right edge.
        dot = QRectF(inner.right() - 12, inner.center().y() - 4, 8, 8)
        painter.setPen(QPen(TEXT, 1.2))
        if state.status == ListingStatus.ACTIVE.value:
            painter.setBrush(TEXT)
            painter.drawEllipse(dot)
        elif state.status == ListingStatus.PAUSED.value:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(dot)
        # The fit score between badge and mark.
        text_rect = QRectF(
            badge.right() + 4, inner.top(), dot.left() - badge.right() - 6, inner.height()
        )
        if fit is not None:
            painter.setPen(FAINT if ended else fit_colour(fit))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, f"{fit:.0f}")
        if ended:
            painter.setPen(QPen(FAINT, 1))
            y = inner.center().y()
            painter.drawLine(inner.left() + 2, y, inner.right() - 2, y)

    def _paint_summary(self, painter: QPainter, rect: QRect, summary, font: QFont) -> None:
        if not summary:
            return
        listed, total, top = summary
        if not listed:
            return
        inner = rect.adjusted(6, 5, -6, -5)
        bar = QRectF(inner.left(), inner.bottom() - 3, inner.width() * listed / max(total, 1), 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(role_colour(top))
        painter.drawRect(bar)
        painter.setPen(TEXT)
        painter.setFont(font)
        painter.drawText(
            inner.adjusted(0, 0, 0, -3), Qt.AlignmentFlag.AlignCenter, f"{listed}/{total}"
        )
