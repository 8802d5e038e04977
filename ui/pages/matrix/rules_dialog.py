"""The fit rules editor: every weight and threshold of the fit score in one table, saved in the
workspace as soon as a value changes; "Reset to defaults" goes back to the shipped rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.matrix.rules import SEP, default_rules, fit_rules, reset_fit_rules, save_fit_rules
from core.workspace import Workspace
from ui.dialogs.conflict_dialog import write_with_choice
from ui.errors import error_text
from ui.pages.matrix.rules_model import RulesModel
from ui.widgets.screen_fit import fit_dialog


class RulesDialog(QDialog):
    sig_changed = Signal()  # the rules were saved: fit scores need computing again

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Fit rules"))
        self.model = RulesModel(self)
        self.model.sig_edited.connect(self._save)
        self.hint = QLabel(
            self.tr(
                "How the fit score (0–100) is computed. Points are added to the starting score "
                "when a rule applies; double-click a value to change it (saved in this "
                "workspace at once). Changed values are bold."
            ),
            objectName="hint",
            wordWrap=True,
        )
        self.filter = QLineEdit(clearButtonEnabled=True)
        self.filter.setPlaceholderText(self.tr("Find a rule, e.g. Amazon or margin"))
        self.filter.textChanged.connect(self._filter)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel(objectName="warning", wordWrap=True)
        self.message.hide()
        buttons = QDialogButtonBox()
        self.reset_button = buttons.addButton(
            self.tr("Reset to defaults"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.reset_button.clicked.connect(self.reset)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(720, 560))
        self.load()

    def load(self) -> None:
        with self.workspace.session() as session:
            rules = fit_rules(session)
        self.seen = rules  # what this person edits from (another's change meanwhile asks)
        self.model.set_rules(rules, default_rules())
        self._filter(self.filter.text())

    def _labels(self) -> dict[str, str]:
        """The rules' names as this editor shows them (the conflict names the same)."""
        return {SEP.join(str(p) for p in row.path): row.name for row in self.model.rows}

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row, rule in enumerate(self.model.rows):
            self.table.setRowHidden(row, bool(needle) and needle not in rule.name.lower())

    def _save(self, rules: dict[str, Any]) -> None:
        def write(decided):
            with self.workspace.transaction() as session:
                return save_fit_rules(session, rules, self.seen, decided, self._labels())

        try:
            saved = write_with_choice(self, write)
        except ValueError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self.message.hide()
        self.seen = saved
        self.model.accept(saved)
        self.sig_changed.emit()

    def reset(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reset the fit rules"),
            self.tr("Go back to the shipped rules? Every value you changed is lost."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def write(decided):
            with self.workspace.transaction() as session:
                reset_fit_rules(session, self.seen, decided, self._labels())

        write_with_choice(self, write)
        self.load()
        self.sig_changed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Enter finishes editing a value; it does not close the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
