"""Guided start for step 1: propose the cross-functional team from the seeds, then apply it.

Intro (why these roles) → choose roles and type names → review the proposed RACI → Finish
writes members and cells in one transaction through ``core.team.apply_proposal``.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from core import team
from core.models import TeamMember
from core.workspace import Workspace
from ui.errors import error_text
from ui.i18n import translate
from ui.models.raci_model import LETTER_COLOURS
from ui.widgets.screen_fit import fit_dialog

ALL_ROLES = team.CORE_ROLES + team.OPTIONAL_ROLES


class Page(IntEnum):
    INTRO = 0
    ROLES = 1
    REVIEW = 2


class IntroPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("A cross-functional team"))
        self.setSubTitle(
            self.tr(
                "The product matrix is planned by people from every function, not by one person."
            )
        )
        self.text.setText(
            self.tr(
                "<p>The process starts with a small team where every function that touches a "
                "product has a voice:</p><ul>"
                "<li><b>Product manager</b> leads selection, product approval (立项) and review "
                "meetings (复盘).</li>"
                "<li><b>Operations</b> knows the platforms: listing, ads and traffic.</li>"
                "<li><b>Purchasing</b> owns suppliers, lead times and replenishment.</li>"
                "<li><b>Finance</b> checks margins, cash flow and the ad budget.</li>"
                "<li><b>Legal / compliance</b> signs off certificates, IP and platform rules.</li>"
                "</ul><p>Design and customer service are optional but help with images and with "
                "what customers complain about.</p><p>On the next page you choose the roles and "
                "type names; then you see who would be Responsible, Accountable, Consulted and "
                "Informed for each step and duty. Nothing is written until you press Finish.</p>"
            )
        )


class RolesPage(QWizardPage):
    def __init__(self, present_roles: set[str]) -> None:
        super().__init__()
        self.present_roles = present_roles
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.headers = [QLabel() for _ in range(4)]
        for column, header in enumerate(self.headers):
            header.setObjectName("sectionTitle")
            grid.addWidget(header, 0, column)
        self.checks: dict[str, QCheckBox] = {}
        self.names: dict[str, QLineEdit] = {}
        self.contacts: dict[str, QLineEdit] = {}
        self.hours: dict[str, QDoubleSpinBox] = {}
        for row, role in enumerate(ALL_ROLES, start=1):
            check = QCheckBox()
            # Core roles the team still lacks are pre-checked; roles it has are not proposed again.
            check.setChecked(role in team.CORE_ROLES and role not in present_roles)
            name, contact, hours = QLineEdit(), QLineEdit(), QDoubleSpinBox()
            hours.setRange(0, 168)
            hours.setMinimumWidth(110)
            hours.setDecimals(1)
            hours.setValue(40 if role in team.CORE_ROLES else 20)
            for column, widget in enumerate((check, name, contact, hours)):
                grid.addWidget(widget, row, column)
            check.toggled.connect(lambda on, r=role: self._enable(r, on))
            self.registerField(f"role_{role}", check)
            self.checks[role], self.names[role], self.contacts[role], self.hours[role] = (
                check,
                name,
                contact,
                hours,
            )
            self._enable(role, check.isChecked())
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        layout.addLayout(grid)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.problem = QLabel()
        self.problem.setObjectName("warning")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def _enable(self, role: str, on: bool) -> None:
        for widget in (self.names[role], self.contacts[role], self.hours[role]):
            widget.setEnabled(on)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the roles and the people"))
        self.setSubTitle(
            self.tr(
                "The five core roles are checked. One person doing several roles? Type the "
                "same name in each of their rows: they become one member holding those roles."
            )
        )
        for header, text in zip(
            self.headers,
            (self.tr("Role"), self.tr("Name"), self.tr("Contact"), self.tr("Hours/week")),
            strict=True,
        ):
            header.setText(text)
        for role in ALL_ROLES:
            label = translate("Team", team.ROLES[role])
            if role in self.present_roles:
                label = self.tr("{role} (already in your team)").format(role=label)
            elif role in team.OPTIONAL_ROLES:
                label = self.tr("{role} (optional)").format(role=label)
            self.checks[role].setText(label)
            self.names[role].setPlaceholderText(self.tr("Name (empty: the role name)"))
            self.contacts[role].setPlaceholderText(self.tr("phone, WeChat or e-mail"))
            self.hours[role].setSuffix(self.tr(" h"))
        self.hint.setText(
            self.tr(
                "A two- or three-person shop is complete when together they hold the five core "
                "roles. An empty name uses the role name. You can change names, roles and every "
                "RACI cell later on the Team page."
            )
        )

    def proposal(self) -> list[team.ProposedMember]:
        return [
            team.ProposedMember(
                role=role,
                name=self.names[role].text().strip() or translate("Team", team.ROLES[role]),
                capacity_hours=self.hours[role].value(),
                contact=self.contacts[role].text().strip(),
            )
            for role in ALL_ROLES
            if self.checks[role].isChecked()
        ]

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        proposal = self.proposal()
        if not proposal:
            self.problem.setText(self.tr("Choose at least one role."))
            self.problem.show()
            return False
        try:
            for member in proposal:
                team.check_member(member.name, member.role, member.capacity_hours)
        except ValueError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return False
        self.problem.hide()
        return True


class ReviewPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.problem = QLabel()
        self.problem.setObjectName("warning")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Review the proposed responsibilities"))
        self.setSubTitle(
            self.tr("R = Responsible, A = Accountable (one per row), C = Consulted, I = Informed.")
        )
        self.note.setText(
            self.tr(
                "Press Finish to add these people and fill the matrix. Cells "
                "you already filled in keep their letters."
            )
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.wizard()
        entries = wizard.roles_page.proposal() if isinstance(wizard, TeamWizard) else []
        proposal = team.merge_proposal(entries)  # one column per person, not per role
        cells = team.proposal_cells([p.roles for p in proposal])
        subjects = team.subjects()
        self.table.clear()
        self.table.setRowCount(len(subjects))
        self.table.setColumnCount(len(proposal))
        headers = []
        separator = translate("Team", ", ")
        for member in proposal:
            role = separator.join(translate("Team", team.ROLES[r]) for r in member.roles)
            headers.append(
                member.name
                if member.name == role
                else self.tr("{name}\n{role}").format(name=member.name, role=role)
            )
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels([translate(*team.subject_label(s)) for s in subjects])
        bold = QFont()
        bold.setBold(True)
        for row, subject in enumerate(subjects):
            for column in range(len(proposal)):
                letter = cells.get((column, subject), "")
                item = QTableWidgetItem(letter)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if letter:
                    background, foreground = LETTER_COLOURS[letter]
                    item.setBackground(QBrush(QColor(background)))
                    item.setForeground(QBrush(QColor(foreground)))
                    item.setToolTip(translate("Team", team.LETTER_LABELS[letter]))
                if letter == "A":
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()


class TeamWizard(QWizard):
    """``open()`` it; after Finish, ``added`` holds the new members (already saved)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.added: list[TeamMember] = []
        with workspace.session() as session:
            present = {m.role for m in team.members(session)}
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        fit_dialog(self, QSize(900, 680), QSize(720, 480))
        self.intro_page = IntroPage()
        self.roles_page = RolesPage(present)
        self.review_page = ReviewPage()
        self.setPage(Page.INTRO, self.intro_page)
        self.setPage(Page.ROLES, self.roles_page)
        self.setPage(Page.REVIEW, self.review_page)
        self.setStartId(Page.INTRO)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guided start: your team"))
        for page in (self.intro_page, self.roles_page, self.review_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        proposal = self.roles_page.proposal()
        try:
            with self.workspace.transaction() as session:
                self.added = team.apply_proposal(session, proposal)
        except ValueError as exc:  # nothing was written: the transaction rolled back
            self.review_page.problem.setText(error_text(exc))
            self.review_page.problem.show()
            return
        super().accept()
