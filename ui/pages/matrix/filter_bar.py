"""The row above the grid: group by, filter by category, role and market, find a product."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ui.pages.matrix.grid_model import NO_GROUP, NOT_PLACED, MatrixFilter
from ui.pages.matrix.roles import ROLE_ORDER, role_name
from ui.pages.matrix.source import MatrixData
from ui.widgets.flow_layout import FlowLayout


class FilterBar(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = FlowLayout(self)  # wraps on a narrow page instead of widening it
        self.group_label = QLabel()
        self.grouping = QComboBox()
        self.category = QComboBox()
        self.role = QComboBox()
        self.market = QComboBox()
        self.text = QLineEdit(clearButtonEnabled=True)
        self.text.setMinimumWidth(180)
        self.text.setMaximumWidth(240)
        row.addWidget(self.group_label)
        for widget in (self.grouping, self.category, self.role, self.market):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            row.addWidget(widget)
        row.addWidget(self.text)
        self._categories: list[str] = []
        self._markets: list[tuple[int, str]] = []
        for combo in (self.grouping, self.category, self.role, self.market):
            combo.currentIndexChanged.connect(self.sig_changed)
        self.text.textChanged.connect(self.sig_changed)
        self.retranslate()

    def set_choices(self, data: MatrixData) -> None:
        """The categories and markets of the loaded matrix; the current choices are kept."""
        categories = sorted({s.category for s in data.skus})
        markets = list(dict.fromkeys((c.market_id, c.market_code) for c in data.columns))
        if categories != self._categories or markets != self._markets:
            self._categories, self._markets = categories, markets
            self.retranslate()

    def retranslate(self) -> None:
        self.blockSignals(True)
        self.group_label.setText(self.tr("Group by"))
        self._refill(
            self.grouping, [(self.tr("Category"), "category"), (self.tr("Product role"), "role")]
        )
        self._refill(
            self.category,
            [(self.tr("All categories"), None)]
            + [(c or self.tr("No category"), c) for c in self._categories],
        )
        self._refill(
            self.role,
            [(self.tr("All roles"), None)]
            + [(role_name(r), r) for r in ROLE_ORDER]
            + [
                (self.tr("Listed without a role"), NO_GROUP),
                (self.tr("On no platform yet"), NOT_PLACED),
            ],
        )
        self._refill(
            self.market,
            [(self.tr("All markets"), None)] + [(code, mid) for mid, code in self._markets],
        )
        self.text.setPlaceholderText(self.tr("Find SKU or product"))
        self.blockSignals(False)

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def clear(self) -> None:
        """Show everything again (a warning points at cells a filter hides)."""
        self.blockSignals(True)
        for combo in (self.category, self.role, self.market):
            combo.setCurrentIndex(0)
        self.text.clear()
        self.blockSignals(False)
        self.sig_changed.emit()

    def show_not_placed(self) -> None:
        """Only the SKUs on no platform yet, every category and market."""
        self.blockSignals(True)
        for combo in (self.category, self.market):
            combo.setCurrentIndex(0)
        self.text.clear()
        self.role.setCurrentIndex(self.role.findData(NOT_PLACED))
        self.blockSignals(False)
        self.sig_changed.emit()

    def grouping_key(self) -> str:
        return self.grouping.currentData() or "category"

    def current(self) -> MatrixFilter:
        return MatrixFilter(
            category=self.category.currentData(),
            role=self.role.currentData(),
            market_id=self.market.currentData(),
            text=self.text.text(),
        )
