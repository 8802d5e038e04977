"""The limits behind the step 2 flags (over-reliance, slow movers, aged stock); each change is
saved at once."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.inventory.flags import THRESHOLD_LABELS, Thresholds, load_thresholds, save_thresholds
from core.workspace import Workspace
from ui.i18n import translate

SHARE_FIELDS = ("top_sku_share", "top_platform_share")
DAY_FIELDS = ("slow_mover_days_of_cover", "aged_stock_days")


class ThresholdsDialog(QDialog):
    sig_changed = Signal(object)  # the saved Thresholds

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        with workspace.session() as session:
            self.thresholds = load_thresholds(session)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("hint")
        self.error = QLabel()
        self.error.setObjectName("warning")
        self.error.setWordWrap(True)
        self.error.hide()
        self.spins: dict[str, QAbstractSpinBox] = {}
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for name in THRESHOLD_LABELS:
            if name in SHARE_FIELDS:
                spin = QDoubleSpinBox()
                spin.setRange(1, 100)
                spin.setDecimals(0)
                spin.setSuffix(" %")
                spin.setValue(getattr(self.thresholds, name) * 100)
            else:
                spin = QSpinBox()
                spin.setRange(1, 3650)
                spin.setValue(getattr(self.thresholds, name))
            spin.setKeyboardTracking(False)  # save when typing is done, not on every digit
            spin.setMinimumWidth(110)
            spin.valueChanged.connect(lambda _value, n=name: self._save(n))
            self.spins[name] = spin
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], spin)
        self.defaults_button = QPushButton()
        self.defaults_button.clicked.connect(self.restore_defaults)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def _value(self, name: str):
        value = self.spins[name].value()
        if name in SHARE_FIELDS:
            return round(value) / 100
        return value

    def _save(self, name: str) -> None:
        candidate = replace(self.thresholds, **{name: self._value(name)})
        try:
            with self.workspace.transaction() as session:
                save_thresholds(session, candidate)
        except ValueError as exc:
            self.error.setText(exc.args[0].render(translate))
            self.error.show()
            return
        self.error.hide()
        self.thresholds = candidate
        self.sig_changed.emit(candidate)

    def restore_defaults(self) -> None:
        defaults = Thresholds()
        with self.workspace.transaction() as session:
            save_thresholds(session, defaults)
        self.thresholds = defaults
        for name, spin in self.spins.items():
            spin.blockSignals(True)
            value = getattr(defaults, name)
            spin.setValue(value * 100 if name in SHARE_FIELDS else value)
            spin.blockSignals(False)
        self.sig_changed.emit(defaults)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Flag thresholds"))
        self.explanation.setText(
            self.tr(
                "A flag is raised when a measure goes above its limit. Concentration is judged by "
                "the top share: a seller split evenly over two, three or four platforms is not "
                "over-reliant. Changes are saved at once."
            )
        )
        for name, label in self.labels.items():
            label.setText(translate("Inventory", THRESHOLD_LABELS[name]))
        for name in DAY_FIELDS:
            self.spins[name].setSuffix(self.tr(" days"))
        self.defaults_button.setText(self.tr("Restore defaults"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
