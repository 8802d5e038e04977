"""Add one team member: name, main role and any others, contact, weekly capacity, notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core import team
from core.models import TeamMember
from core.workspace import Workspace
from ui.errors import error_text
from ui.i18n import translate


def fill_role_combo(combo: QComboBox, current: str | None = None) -> None:
    """Translated role names with the role key as item data (core first, then optional)."""
    combo.clear()
    for role in team.CORE_ROLES + team.OPTIONAL_ROLES:
        combo.addItem(translate("Team", team.ROLES[role]), role)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))


class MemberDialog(QDialog):
    """Writes the new member when OK is pressed; stays open with a message on bad input."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, role: str | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.added: TeamMember | None = None
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        self.contact_edit = QLineEdit()
        self.capacity_spin = QDoubleSpinBox()
        self.capacity_spin.setRange(0, 168)
        self.capacity_spin.setDecimals(1)
        self.capacity_spin.setValue(40)
        self.notes_edit = QLineEdit()
        # A small shop combines roles: tick what else this person does.
        self.other_roles = QWidget()
        grid = QGridLayout(self.other_roles)
        grid.setContentsMargins(0, 0, 0, 0)
        self.other_checks: dict[str, QCheckBox] = {}
        for number, key in enumerate(team.CORE_ROLES + team.OPTIONAL_ROLES):
            self.other_checks[key] = QCheckBox()
            grid.addWidget(self.other_checks[key], number // 2, number % 2)
        self.labels = [QLabel() for _ in range(6)]
        editors = (
            self.name_edit,
            self.role_combo,
            self.other_roles,
            self.contact_edit,
            self.capacity_spin,
            self.notes_edit,
        )
        for label, editor in zip(self.labels, editors, strict=True):
            label.setBuddy(editor)
            self.form.addRow(label, editor)
        self.role_combo.currentIndexChanged.connect(self._main_role_changed)
        layout.addLayout(self.form)
        self.problem = QLabel()
        self.problem.setObjectName("warning")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if role is None:  # suggest the first core role the team still lacks
            with workspace.session() as session:
                role = next(iter(team.missing_core_roles(session)), None)
        fill_role_combo(self.role_combo, role)
        self.retranslate()
        self._main_role_changed()

    def _main_role_changed(self) -> None:
        """The main role is not offered again as another role."""
        main = self.role_combo.currentData()
        for key, check in self.other_checks.items():
            check.setEnabled(key != main)
            if key == main:
                check.setChecked(False)

    def other_role_keys(self) -> list[str]:
        return [k for k, check in self.other_checks.items() if check.isChecked()]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a team member"))
        texts = (
            self.tr("&Name:"),
            self.tr("Main &role:"),
            self.tr("Also does:"),
            self.tr("&Contact:"),
            self.tr("Capacity (&h/week):"),
            self.tr("N&otes:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("e.g. Lin Wei 林伟"))
        self.contact_edit.setPlaceholderText(self.tr("phone, WeChat or e-mail"))
        self.capacity_spin.setSuffix(self.tr(" h"))
        current = self.role_combo.currentData()
        fill_role_combo(self.role_combo, current)
        for key, check in self.other_checks.items():
            check.setText(translate("Team", team.ROLES[key]))
        self.other_roles.setToolTip(
            self.tr("In a small shop one person often holds several roles.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        try:
            with self.workspace.transaction() as session:
                self.added = team.add_member(
                    session,
                    self.name_edit.text(),
                    self.role_combo.currentData(),
                    contact=self.contact_edit.text(),
                    capacity_hours=self.capacity_spin.value(),
                    notes=self.notes_edit.text(),
                    other_roles=self.other_role_keys(),
                )
        except ValueError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            self.name_edit.setFocus()
            return
        super().accept()
