"""The decisions the preview asks for: how to key codes that several variants share, and
whether costs of 0 are real."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.importing.shared_codes import CHOICE_LABELS, DUPLICATE_CODE_CHOICES, REJECT_REPEATS
from ui.i18n import translate


class ImportChoicesBox(QFrame):
    """Shown only when the file needs a decision; changing one asks for a new preview."""

    sig_choices_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importChoices")
        self.preview = None
        self.shared_label = QLabel()
        self.shared_label.setWordWrap(True)
        self.key_label = QLabel()
        self.key_combo = QComboBox()
        self.key_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.key_combo.activated.connect(self._key_chosen)
        self.shared = QWidget()
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_label)
        key_row.addWidget(self.key_combo)
        key_row.addStretch(1)
        shared_layout = QVBoxLayout(self.shared)
        shared_layout.setContentsMargins(0, 0, 0, 0)
        shared_layout.addWidget(self.shared_label)
        shared_layout.addLayout(key_row)
        self.zero_cost_label = QLabel()
        self.zero_cost_label.setWordWrap(True)
        self.zero_cost_check = QCheckBox()
        self.zero_cost_check.toggled.connect(self._zero_cost_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shared)
        layout.addWidget(self.zero_cost_label)
        layout.addWidget(self.zero_cost_check)
        self.duplicate_codes: str | None = None  # what the seller picked (None: the proposal)
        self.zero_cost_is_real = False
        self.show_preview(None)

    def retranslate(self) -> None:
        self.key_label.setText(self.tr("Key the variants by:"))
        self.zero_cost_check.setText(self.tr("Costs of 0 in this file are real"))
        self.show_preview(self.preview)

    def show_preview(self, preview, checking: bool = False) -> None:
        """``checking``: a new preview is being made; keep the old choices, greyed out."""
        if preview is None and checking:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.preview = preview
        shared = getattr(preview, "shared_codes", None)
        zero_costs = getattr(preview, "zero_costs", 0)
        self.setVisible(bool(shared and shared.rows) or zero_costs > 0)
        self.shared.setVisible(bool(shared and shared.rows))
        self.zero_cost_label.setVisible(zero_costs > 0)
        self.zero_cost_check.setVisible(zero_costs > 0)
        if zero_costs:
            self._show_zero_costs(preview)
        if not shared or not shared.rows:
            return
        self.shared_label.setText(
            self.tr(
                "{codes} SKU codes are each used by several rows that differ ({rows} rows in "
                "all), e.g. every size of a style. Rows that repeat another row exactly are "
                "rejected either way."
            ).format(codes=f"{shared.codes:,}", rows=f"{shared.rows:,}")
        )
        self.key_combo.clear()
        for choice in DUPLICATE_CODE_CHOICES:
            label = translate("Import", CHOICE_LABELS[choice])
            example = shared.examples.get(choice)
            if choice == REJECT_REPEATS:
                text = self.tr("{label}: {count} rows rejected").format(
                    label=label, count=f"{shared.rows - shared.codes:,}"
                )
            elif example:
                text = self.tr("{label}: {count} rows keyed, e.g. {old} → {new}").format(
                    label=label, count=f"{shared.keyed.get(choice, 0):,}", old=example[0],
                    new=example[1])  # fmt: skip
            else:
                text = self.tr("{label}: tells no rows apart").format(label=label)
            if choice == shared.proposed:
                text += "  " + self.tr("(proposed)")
            self.key_combo.addItem(text, choice)
        self.key_combo.setCurrentIndex(self.key_combo.findData(shared.chosen))

    def _show_zero_costs(self, preview) -> None:
        if preview.zero_cost_is_real:
            text = self.tr("{count} rows give a cost of 0; they are imported as 0.")
        else:
            text = self.tr(
                "{count} rows give a cost of 0. That is almost always a field left unfilled "
                "(it would show a 100 % margin), so these costs are imported as missing."
            )
        self.zero_cost_label.setText(text.format(count=f"{preview.zero_costs:,}"))
        self.zero_cost_check.blockSignals(True)
        self.zero_cost_check.setChecked(preview.zero_cost_is_real)
        self.zero_cost_check.blockSignals(False)

    def _zero_cost_toggled(self, checked: bool) -> None:
        self.zero_cost_is_real = checked
        self.sig_choices_changed.emit()

    def _key_chosen(self, index: int) -> None:
        choice = self.key_combo.itemData(index)
        shared = getattr(self.preview, "shared_codes", None)
        if shared is not None and choice != shared.chosen:
            self.duplicate_codes = choice
            self.sig_choices_changed.emit()
