"""The left-hand list of the eight steps, each with its completion state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from core.steps import STATE_LABELS, STEPS, StepState

STATE_COLOURS = {
    StepState.NOT_STARTED: "#9aa3ad",
    StepState.IN_PROGRESS: "#d98c00",
    StepState.DONE: "#2e9d4f",
}
STATE_MARKS = {StepState.NOT_STARTED: "○", StepState.IN_PROGRESS: "◐", StepState.DONE: "●"}


class StepList(QListWidget):
    sig_step_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.states: dict[str, StepState] = {s.key: StepState.NOT_STARTED for s in STEPS}
        for step in STEPS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, step.key)
            item.setSizeHint(QSize(220, 58))
            self.addItem(item)
        self.currentRowChanged.connect(self._row_changed)
        self.setMinimumWidth(230)
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

    def retranslate(self) -> None:
        t = QCoreApplication.translate
        for row, step in enumerate(STEPS):
            item = self.item(row)
            state = self.states.get(step.key, StepState.NOT_STARTED)
            item.setText(f"{STATE_MARKS[state]}  {step.number}. {t('Steps', step.title)}\n"
                         f"      {t('Steps', STATE_LABELS[state])}")
            item.setForeground(QBrush(QColor("#1f2933")))
            item.setToolTip(t("Steps", step.summary))
            font = QFont()
            font.setBold(state != StepState.NOT_STARTED)
            item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole + 1, state.value)
            item.setData(Qt.ItemDataRole.DecorationRole, None)
            item.setData(Qt.ItemDataRole.ForegroundRole, QBrush(QColor(STATE_COLOURS[state]))
                         if state == StepState.NOT_STARTED else QBrush(QColor("#1f2933")))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
