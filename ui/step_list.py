"""The left-hand list of the eight steps, each with its completion state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from core.steps import STATE_LABELS, STEPS, StepState
from core.text_marks import QT_TRANSLATE_NOOP

# While the workspace opens (and the states are computed off the UI thread) no state is known.
CHECKING = QT_TRANSLATE_NOOP("StepList", "Checking…")

STATE_COLOURS = {
    StepState.NOT_STARTED: QColor("#9aa3ad"),
    StepState.IN_PROGRESS: QColor("#d98c00"),
    StepState.DONE: QColor("#2e9d4f"),
}
# Qt's item roles and alignment as their plain values: the list paints in the window's first
# paint, and touching PySide's ``Qt`` namespace builds its 93 enum classes first (~20 ms of a
# ~150 ms start). tests/test_first_paint.py checks these against Qt's own.
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
USER_ROLE = 256  # Qt.ItemDataRole.UserRole
ALIGN_V_CENTER = 0x80  # Qt.AlignmentFlag.AlignVCenter
NO_LINE = QColor(0, 0, 0, 0)  # transparent: no outline (Qt.PenStyle.NoPen), no fill
KEY_ROLE = USER_ROLE
STATE_ROLE = USER_ROLE + 1
SUBTITLE_ROLE = USER_ROLE + 2


class _StepDelegate(QStyledItemDelegate):
    """Step number and title on one line, the state in its colour below, a coloured dot.

    Selected and hovered come from the list, not from ``option.state``: reading that builds
    PySide's QStyle enums (~7 ms, mostly PixelMetric and StyleHint) in the first paint."""

    def __init__(self, view: StepList) -> None:
        super().__init__(view)
        self.view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        rect = option.rect.adjusted(6, 2, -6, -2)
        if index.row() == self.view.currentRow():  # one step at a time: current = selected
            painter.setPen(NO_LINE)
            painter.setBrush(QColor("#dbe7f7"))
            painter.drawRoundedRect(rect, 5, 5)
        elif index.row() == self.view.hovered_row:
            painter.setPen(NO_LINE)
            painter.setBrush(QColor("#e8edf3"))
            painter.drawRoundedRect(rect, 5, 5)
        state = StepState(index.data(STATE_ROLE) or StepState.NOT_STARTED.value)
        colour = STATE_COLOURS[state]
        dot = QRect(rect.left() + 10, rect.top() + 13, 12, 12)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 2))
        painter.setBrush(colour if state == StepState.DONE else NO_LINE)
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
            ALIGN_V_CENTER,
            index.data(DISPLAY_ROLE),
        )
        painter.setFont(option.font)
        painter.setPen(colour.darker(115))
        painter.drawText(
            QRect(text_left, rect.top() + 26, rect.width() - text_left, 20),
            ALIGN_V_CENTER,
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
        self.hovered_row = -1
        self.states: dict[str, StepState] = {s.key: StepState.NOT_STARTED for s in STEPS}
        self.pending = False  # True until the opening workspace's states arrive
        for step in STEPS:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, step.key)
            self.addItem(item)
        self.currentRowChanged.connect(self._row_changed)
        self.setMinimumWidth(240)
        self.retranslate()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._hover(self.indexAt(event.position().toPoint()).row())
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._hover(-1)
        super().leaveEvent(event)

    def _hover(self, row: int) -> None:
        if row != self.hovered_row:
            rows = (self.hovered_row, row)
            self.hovered_row = row
            for changed in rows:
                if changed >= 0:
                    self.update(self.model().index(changed, 0))

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(STEPS):
            self.sig_step_selected.emit(STEPS[row].key)

    def select(self, key: str) -> None:
        for row, step in enumerate(STEPS):
            if step.key == key:
                self.setCurrentRow(row)

    def set_states(self, states: dict[str, StepState]) -> None:
        self.states = dict(states)
        self.pending = False
        self.retranslate()

    def set_pending(self, pending: bool) -> None:
        """ "Checking…" under every step instead of a state (the workspace is opening)."""
        self.pending = pending
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
            label = t("StepList", CHECKING) if self.pending else t("Steps", STATE_LABELS[state])
            item.setText(f"{step.number}. {t('Steps', step.title)}")
            item.setData(SUBTITLE_ROLE, label)
            item.setData(STATE_ROLE, StepState.NOT_STARTED.value if self.pending else state.value)
            item.setToolTip(t("Steps", step.summary))
            item.setData(ACCESSIBLE_TEXT_ROLE, f"{item.text()}: {label}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
