"""The numbers behind the automatic scores: for each criterion, the value that earns 2, 3, 4
and 5 points. Saved for the whole workspace; a bad order is refused with a message."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.selection import scorecard
from core.selection.scorecard import CRITERIA
from core.selection.scoring_edits import save_thresholds
from core.workspace import Workspace
from ui.dialogs.conflict_dialog import write_with_choice
from ui.errors import error_text
from ui.i18n import translate


class ScoreThresholdsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Scoring thresholds"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "A criterion earns 1 point, plus one for each threshold its number reaches. "
                "These thresholds count for every candidate in this workspace."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        grid = QGridLayout()
        for column, text in enumerate(("", "2", "3", "4", "5", "")):
            grid.addWidget(QLabel(text), 0, column)
        with workspace.session() as session:
            current = scorecard.thresholds(session)
        self.seen = current  # what this person starts from (another's change meanwhile asks)
        self.spins: dict[str, list[QDoubleSpinBox]] = {}
        for row, criterion in enumerate(CRITERIA, start=1):
            label = QLabel(translate("Scorecard", criterion.label))
            label.setToolTip(translate("Scorecard", criterion.measure))
            grid.addWidget(label, row, 0)
            spins = []
            for column, value in enumerate(current[criterion.key], start=1):
                spin = QDoubleSpinBox()
                spin.setRange(0, 10_000_000)
                spin.setDecimals(2 if criterion.key in ("margin", "trend") else 0)
                spin.setSingleStep(0.01 if criterion.key == "margin" else 1)
                spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
                spin.setValue(value)
                spin.setMinimumWidth(80)
                grid.addWidget(spin, row, column)
                spins.append(spin)
            self.spins[criterion.key] = spins
            direction = QLabel(
                self.tr("higher is better")
                if criterion.higher_is_better
                else self.tr("lower is better")
            )
            direction.setObjectName("hint")
            grid.addWidget(direction, row, 5)
        layout.addLayout(grid)
        self.problem = QLabel()
        self.problem.setObjectName("warning")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )
        self.buttons = buttons
        layout.addWidget(buttons)

    def restore_defaults(self) -> None:
        for criterion in CRITERIA:
            for spin, value in zip(self.spins[criterion.key], criterion.thresholds, strict=True):
                spin.setValue(value)

    def accept(self) -> None:
        wanted = {key: [s.value() for s in spins] for key, spins in self.spins.items()}

        def write(decided):
            with self.workspace.transaction() as session:
                save_thresholds(session, wanted, self.seen, decided)

        try:
            write_with_choice(self, write)
        except ValueError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        super().accept()
