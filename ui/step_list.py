"""The left-hand list of the eight steps, each with its completion state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from core.steps import STATE_LABELS, STEPS, StepState

STATE_COLOURS = {
    StepState.NOT_STARTED: QColor("#9aa3ad"),
    StepState.IN_PROGRESS: QColor("#d98c00"),
    StepState.DONE: QColor("#2e9d4f"),
}
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2


class _StepDelegate(QStyledItemDelegate):
    """Step number and title on one line, the state in its colour below, a coloured dot."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        rect = option.rect.adjusted(6, 2, -6, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dbe7f7"))
            painter.drawRoundedRect(rect, 5, 5)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e8edf3"))
            painter.drawRoundedRect(rect, 5, 5)
        state = StepState(index.data(STATE_ROLE) or StepState.NOT_STARTED.value)
        colour = STATE_COLOURS[state]
        dot = QRect(rect.left() + 10, rect.top() + 13, 12, 12)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 2))
        painter.setBrush(colour if state == StepState.DONE else Qt.GlobalColor.transparent)
        painter.drawEllipse(dot)
        if state == StepState.IN_PROGRESS:
            painter.setBrush(colour)
            painter.drawPie(dot, 90 * 16, 180 * 16)
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor("#1f2933"))
        text_left = dot.right() + 10
        painter.drawText(
            QRect(text_left, rect.top() + 4, rect.width() - text_left, 22),
            Qt.AlignmentFlag.AlignVCenter,
            index.data(Qt.ItemDataRole.DisplayRole),
        )
        painter.setFont(option.font)
        painter.setPen(colour.darker(115))
        painter.drawText(
            QRect(text_left, rect.top() + 26, rect.width() - text_left, 20),
            Qt.AlignmentFlag.AlignVCenter,
            index.data(SUBTITLE_ROLE) or "",
        )
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        return QSize(220, 54)


class StepList(QListWidget):
    sig_step_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setItemDelegate(_StepDelegate(self))
        self.setMouseTracking(True)
        self.states: dict[str, StepState] = {s.key: StepState.NOT_STARTED for s in STEPS}
        for step in STEPS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, step.key)
            self.addItem(item)
        self.currentRowChanged.connect(self._row_changed)
        self.setMinimumWidth(240)
        self.retranslate()

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(STEPS):
            self.sig_step_selected.emit(STEPS[row].key)

    def select(self, key: str) -> None:
        for row, step in enumerate(STEPS):
            if step.key == key:
                self.setCurrentRow(row)

    def set_states(self, states: dict[str, StepState]) -> None:
        self.states = dict(states)
        self.retranslate()

    def item_text(self, row: int) -> str:
        """Title and state of a row as the user reads them (for tests and accessibility)."""
        item = self.item(row)
        return f"{item.text()}\n{item.data(SUBTITLE_ROLE)}"

    def retranslate(self) -> None:
        t = QCoreApplication.translate
        for row, step in enumerate(STEPS):
            item = self.item(row)
            state = self.states.get(step.key, StepState.NOT_STARTED)
            item.setText(f"{step.number}. {t('Steps', step.title)}")
            item.setData(SUBTITLE_ROLE, t("Steps", STATE_LABELS[state]))
            item.setData(STATE_ROLE, state.value)
            item.setToolTip(t("Steps", step.summary))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{item.text()}: {t('Steps', STATE_LABELS[state])}",
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
