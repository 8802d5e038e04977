"""The small editor a cell opens: the listing's product role, platform role and status, its fit
score explained rule by rule, and the role the numbers suggest.

Save creates the listing (or changes it), Remove takes it out of the matrix; the page turns
either into one undoable command. Nothing is written here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.goals.roles import PLATFORM_ROLES
from core.models import ListingStatus
from ui.pages.matrix.roles import (
    ROLE_ORDER,
    STATUS_NAMES,
    platform_role_name,
    role_name,
    status_name,
)
from ui.pages.matrix.source import CellState


@dataclass
class FitExplanation:
    """A fit score and each rule's contribution, in the user's language."""

    score: float
    base: float
    lines: list[tuple[str, float]] = field(default_factory=list)  # (reason, points)


@dataclass
class Suggestion:
    """The roles a cell's numbers suggest, with why (the seller accepts or overrides)."""

    role: str
    reason: str
    platform_role: str | None = None
    platform_reason: str = ""


class CellEditor(QDialog):
    REMOVE = 2  # done() code of the Remove button

    def __init__(
        self,
        title: str,
        state: CellState | None,
        default_platform_role: str | None,
        fit: FitExplanation | None = None,
        suggestion: Suggestion | None = None,
        parent: QWidget | None = None,
        compliance: tuple[str, bool] | None = None,
    ) -> None:
        """``compliance``: the certifications the pre-check asks for in this market (names)
        and whether the seller has signed them all off; None when nothing is needed."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Listing in the matrix"))
        self.listed = state is not None
        layout = QVBoxLayout(self)
        heading = QLabel(title, objectName="sectionTitle", wordWrap=True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.product_role = QComboBox()
        self.product_role.addItem(role_name(None), None)
        for number, role in enumerate(ROLE_ORDER, start=1):
            self.product_role.addItem(f"{role_name(role)}  ({number})", role)
        self.platform_role = QComboBox()
        self.platform_role.addItem(platform_role_name(None), None)
        for role in PLATFORM_ROLES:
            self.platform_role.addItem(platform_role_name(role), role)
        self.status = QComboBox()
        for status in STATUS_NAMES:
            self.status.addItem(status_name(status), status)
        start = state or CellState(
            status=ListingStatus.PLANNED.value,
            product_role=suggestion.role if suggestion else None,
            platform_role=(suggestion.platform_role if suggestion else None)
            or default_platform_role,
        )
        self.start = start  # price, currency and platform SKU stay as they were
        self._select(self.product_role, start.product_role)
        self._select(self.platform_role, start.platform_role)
        self._select(self.status, start.status)
        form.addRow(self.tr("Product role"), self.product_role)
        form.addRow(self.tr("Platform role"), self.platform_role)
        form.addRow(self.tr("Status"), self.status)
        layout.addLayout(form)
        self.suggestion_label = QLabel(objectName="hint", wordWrap=True)
        if suggestion is not None:
            text = self.tr("Suggested: {role} — {reason}").format(
                role=role_name(suggestion.role), reason=suggestion.reason
            )
            if suggestion.platform_role:
                text += "\n" + self.tr("Platform role: {role} — {reason}").format(
                    role=platform_role_name(suggestion.platform_role),
                    reason=suggestion.platform_reason,
                )
            self.suggestion_label.setText(text)
        self.suggestion_label.setVisible(suggestion is not None)
        layout.addWidget(self.suggestion_label)
        layout.addWidget(self._fit_box(fit))
        self.signed_off: QCheckBox | None = None
        self.signed_at_start = False
        if compliance is not None:
            names, self.signed_at_start = compliance
            layout.addWidget(
                QLabel(
                    self.tr("Certifications this market asks for: {names}").format(names=names),
                    wordWrap=True,
                    objectName="complianceNeeded",
                )
            )
            self.signed_off = QCheckBox(self.tr("Signed off: certifications checked"))
            self.signed_off.setToolTip(
                self.tr("For this product in this market, all its variants and platforms.")
            )
            self.signed_off.setChecked(self.signed_at_start)
            layout.addWidget(self.signed_off)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save") if self.listed else self.tr("List here"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.remove_button: QPushButton | None = None
        if self.listed:
            self.remove_button = buttons.addButton(
                self.tr("Remove listing"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.clicked.connect(lambda: self.done(self.REMOVE))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.product_role.setFocus()
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.adjustSize()

    def _fit_box(self, fit: FitExplanation | None) -> QWidget:
        """One rich-text label (a table: reason, points): a single wrapped label gets its
        height right, where a grid of wrapped labels overlapped the buttons."""
        if fit is None:
            return QLabel(self.tr("No fit score for this cell yet."), objectName="hint")
        rows = []
        for reason, points in fit.lines:
            colour = "#157347" if points > 0 else "#b42318" if points < 0 else "#52606d"
            rows.append(
                f"<tr><td style='padding: 2px 8px 2px 0'>{html.escape(reason)}</td>"
                f"<td align='right' style='color: {colour}; font-weight: 600'>{points:+.0f}</td></tr>"
            )
        title = self.tr("Fit score {score:.0f} of 100, from {base:.0f}:").format(
            score=fit.score, base=fit.base
        )
        label = QLabel(
            f"<p style='font-weight: 600'>{html.escape(title)}</p>"
            f"<table width='100%' cellspacing='0'>{''.join(rows)}</table>",
            wordWrap=True,
        )
        label.setObjectName("fitExplanation")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setMinimumWidth(460)
        return label

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def sign_off_changed(self) -> bool | None:
        """The new sign-off when the seller changed it, else None."""
        if self.signed_off is None or self.signed_off.isChecked() == self.signed_at_start:
            return None
        return self.signed_off.isChecked()

    def chosen(self) -> CellState:
        return replace(
            self.start,
            product_role=self.product_role.currentData(),
            platform_role=self.platform_role.currentData(),
            status=self.status.currentData(),
        )
