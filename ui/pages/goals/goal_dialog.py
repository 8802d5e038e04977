"""Add one goal: a short form that says what is still missing for the goal to be SMART."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.goals import plan
from core.goals.plan import PERIODS, GoalDraft, smart_problems
from core.goals.roles import MEASURES, PRODUCT_ROLES, Measure
from ui.i18n import translate


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class GoalForm(QWidget):
    """The fields of a goal; ``draft()`` reads them, ``problems`` says what is missing."""

    def __init__(self, choices: dict, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.base_currency = choices.get("currency", "CNY")
        self.measure = QComboBox()
        self.measure.addItem("", None)
        for key, label in MEASURES.items():
            self.measure.addItem(translate("Goals", label), key)
        self.platform = QComboBox()
        self.market = QComboBox()
        self.role = QComboBox()
        self.owner = QComboBox()
        for combo, items in (
            (self.platform, choices.get("platforms", [])),
            (self.market, choices.get("markets", [])),
            (self.owner, choices.get("owners", [])),
        ):
            combo.addItem("", None)
            for value, label in items:
                combo.addItem(label, value)
        self.role.addItem("", None)
        for key, label in PRODUCT_ROLES.items():
            self.role.addItem(translate("Goals", label), key)
        self.target = QLineEdit()
        self.unit = QLabel()
        target_row = QHBoxLayout()
        target_row.setContentsMargins(0, 0, 0, 0)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.unit)
        self.period = QComboBox()
        for key, label in PERIODS.items():
            self.period.addItem(translate("Goals", label), key)
        self.period.addItem("", "custom")
        self.starts = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.deadline = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.name = QLineEdit()
        self.problems = QLabel(objectName="warning", wordWrap=True)

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(9)]
        rows = [
            self.measure,
            self.platform,
            self.market,
            self.role,
            target_row,
            self.period,
            self.starts,
            self.deadline,
            self.owner,
        ]
        for label, row in zip(self.labels, rows, strict=True):
            self.form.addRow(label, row)
        self.name_label = QLabel()
        self.form.addRow(self.name_label, self.name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)

        self.period.setCurrentIndex(self.period.findData("quarter"))
        self._period_changed()
        self.period.currentIndexChanged.connect(self._period_changed)
        self.starts.dateChanged.connect(self._dates_edited)
        self.deadline.dateChanged.connect(self._dates_edited)
        self.measure.currentIndexChanged.connect(self._update)
        self.target.textChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        texts = [
            self.tr("&Measure:"),
            self.tr("&Platform:"),
            self.tr("Mar&ket:"),
            self.tr("Product &role:"),
            self.tr("&Target:"),
            self.tr("P&eriod:"),
            self.tr("&Starts:"),
            self.tr("&Deadline:"),
            self.tr("&Owner:"),
        ]
        for label, text, row in zip(self.labels, texts, range(9), strict=True):
            label.setText(text)
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is not None and item.widget() is not None:
                label.setBuddy(item.widget())
        self.labels[4].setBuddy(self.target)
        self.name_label.setText(self.tr("&Name (optional):"))
        self.name_label.setBuddy(self.name)
        self.measure.setItemText(0, self.tr("Choose…"))
        self.platform.setItemText(0, self.tr("All platforms"))
        self.market.setItemText(0, self.tr("All markets"))
        self.role.setItemText(0, self.tr("Any role"))
        self.owner.setItemText(0, self.tr("Nobody yet"))
        self.period.setItemText(self.period.count() - 1, self.tr("Other dates"))
        self.target.setPlaceholderText(self.tr("e.g. 5 SKUs, 120000, or 35 %"))
        self._update()

    def _period_changed(self) -> None:
        kind = self.period.currentData()
        if kind in PERIODS:
            start, end = plan.period_dates(kind, self.today)
            for edit, day in ((self.starts, start), (self.deadline, end)):
                edit.blockSignals(True)
                edit.setDate(to_qdate(day))
                edit.blockSignals(False)
        self._update()

    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.count() - 1)
        self.period.blockSignals(False)
        self._update()

    def draft(self) -> GoalDraft:
        return GoalDraft(
            measure=self.measure.currentData(),
            target=self.target.text(),
            starts_on=to_date(self.starts.date()),
            deadline=to_date(self.deadline.date()),
            product_role=self.role.currentData(),
            platform_id=self.platform.currentData(),
            market_id=self.market.currentData(),
            owner_id=self.owner.currentData(),
            name=self.name.text(),
        )

    def problem_texts(self) -> list[str]:
        texts = [m.render(translate) for m in smart_problems(self.draft())]
        if not texts and self.owner.currentData() is None:
            texts.append(self.tr("Nobody owns this goal yet: you can give it an owner later."))
        return texts

    def is_smart(self) -> bool:
        return not smart_problems(self.draft())

    def _update(self) -> None:
        measure = self.measure.currentData()
        self.unit.setText(
            {Measure.SKU_COUNT: self.tr("SKUs"), Measure.MARGIN: "%"}.get(
                measure, self.base_currency
            )
            if measure
            else ""
        )
        text = "\n".join(self.problem_texts())
        self.problems.setText(text)
        self.problems.setVisible(bool(text))


class GoalDialog(QDialog):
    def __init__(self, choices: dict, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = GoalForm(choices, today)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.problems.setMinimumWidth(380)
        for signal in (
            self.form.measure.currentIndexChanged,
            self.form.target.textChanged,
            self.form.starts.dateChanged,
            self.form.deadline.dateChanged,
        ):
            signal.connect(self._update)
        self.setWindowTitle(self.tr("Add a goal"))
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.form.is_smart())
