"""Approve (立项), park or reject a candidate: reason, date and who decides (from the team)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core import team
from core.selection import decision
from core.workspace import Workspace
from ui.dialogs.conflict_dialog import write_with_choice
from ui.errors import error_text
from ui.i18n import translate


class DecisionDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        candidate_id: int,
        candidate_name: str,
        choice: str,
        parent: QWidget | None = None,
        seen: dict | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.candidate_id, self.choice = workspace, candidate_id, choice
        self.seen = seen  # the decision the person saw (another's decision meanwhile asks)
        self.outcome: decision.DecisionOutcome | None = None
        label = translate("Decision", decision.DECISIONS[choice])
        self.setWindowTitle(f"{label}: {candidate_name}")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why? The team reads this in the review."))
        self.reason_edit.setMinimumHeight(80)
        self.approver_combo = QComboBox()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        with workspace.session() as session:
            members = team.members(session)
            accountable = decision.accountable_for_approval(session)
        for member in members:
            self.approver_combo.addItem(
                f"{member.name} · {team.role_names(member, translate)}", member.id
            )
        if accountable is not None:
            self.approver_combo.setCurrentIndex(self.approver_combo.findData(accountable.id))
        self.accountable_id = accountable.id if accountable else None
        form.addRow(self.tr("Reason:"), self.reason_edit)
        form.addRow(self.tr("Decided by:"), self.approver_combo)
        form.addRow(self.tr("Date:"), self.date_edit)
        layout.addLayout(form)
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.problem = QLabel()
        self.problem.setObjectName("warning")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        if choice == "approve":
            hint = QLabel(
                self.tr("Approving adds the product and its SKU to the catalog (step 2).")
            )
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(label)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.approver_combo.currentIndexChanged.connect(self._update_warning)
        self._update_warning()
        self.resize(460, 320)

    def _update_warning(self) -> None:
        if self.choice != "approve":
            self.warning.hide()
            return
        with self.workspace.session() as session:
            message = decision.approver_warning(session, self.approver_combo.currentData())
        self.warning.setText(message.render(translate) if message else "")
        self.warning.setVisible(message is not None)

    def accept(self) -> None:
        day = self.date_edit.date()

        def write(decided):
            with self.workspace.transaction() as session:
                return decision.decide(
                    session,
                    self.candidate_id,
                    self.choice,
                    self.reason_edit.toPlainText(),
                    self.approver_combo.currentData(),
                    date(day.year(), day.month(), day.day()),
                    seen=self.seen,
                    decided=decided,
                )

        try:
            self.outcome = write_with_choice(self, write)  # None: they took theirs
        except ValueError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        super().accept()
