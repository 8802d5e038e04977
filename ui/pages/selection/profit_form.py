"""The landed-cost and profit calculator as a live form: every keystroke recomputes.

Defaults for a platform × market come from resources/reference/fees.json; each filled field
says in its tooltip that it is an estimate, where it comes from and when to verify it.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.selection import profit
from core.selection.models import Candidate
from core.selection.reference import Estimate, fee_defaults, load_reference
from core.selection.scorecard import ASSUMED_RETURN_RATE, ASSUMED_TACOS
from ui.errors import error_text
from ui.pages.selection.platforms import fee_platforms

# field → (label, is a percent)
FIELDS: dict[str, tuple[str, bool]] = {
    "price": ("Price (tax included)", False),
    "cost": ("Product cost", False),
    "freight": ("Freight per unit", False),
    "duty": ("Duty %", True),
    "vat": ("VAT %", True),
    "referral": ("Referral fee %", True),
    "fulfilment": ("Fulfilment fee", False),
    "payment": ("Payment fee %", True),
    "other": ("Other costs", False),
    "return_rate": ("Return rate %", True),
    "return_loss": ("Loss per return", False),
    "tacos": ("Ad spend (TACoS) %", True),
}
# Typed in the selling currency (the fulfilment default is zeroed when the fee table's
# currency differs from it).
IN_SELLING_CURRENCY = ("fulfilment", "other", "return_loss")
RESULTS = (
    "net_price",
    "landed_cost",
    "profit_before_ads",
    "unit_profit",
    "net_margin",
    "break_even_acos",
    "break_even_price",
)


class ProfitForm(QWidget):
    sig_computed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rates: dict[str, Decimal] = {}
        self.result: profit.ProfitResult | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        picker = QHBoxLayout()
        self.platform_combo = QComboBox()
        self.market_combo = QComboBox()
        table = load_reference("fees.json")
        for code, name in fee_platforms():  # by name: "TikTok Shop", not "Tiktok"
            self.platform_combo.addItem(name, code)
        for code in table["markets"]:
            self.market_combo.addItem(code, code)
        self.defaults_button = QPushButton()
        picker.addWidget(self.platform_combo)
        picker.addWidget(self.market_combo)
        picker.addWidget(self.defaults_button)
        picker.addStretch(1)
        left.addLayout(picker)
        self.form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.currency_labels: dict[str, QLabel] = {}
        self.currency_edit = QLineEdit("USD")
        self.cost_currency_edit = QLineEdit("CNY")
        self.freight_currency_edit = QLineEdit("CNY")
        for edit in (self.currency_edit, self.cost_currency_edit, self.freight_currency_edit):
            edit.setMaximumWidth(60)
        for name in FIELDS:
            edit = QLineEdit("0")
            edit.setMaximumWidth(120)
            self.edits[name] = edit
            self.labels[name] = QLabel()
            row: QWidget | QHBoxLayout = edit
            partner = {
                "price": self.currency_edit,
                "cost": self.cost_currency_edit,
                "freight": self.freight_currency_edit,
            }.get(name)
            if partner is None and name in IN_SELLING_CURRENCY:
                # Amounts without a currency of their own are in the selling currency: say so.
                partner = QLabel()
                self.currency_labels[name] = partner
            if partner is not None:
                row = QHBoxLayout()
                row.addWidget(edit)
                row.addWidget(partner)
                row.addStretch(1)
            self.form.addRow(self.labels[name], row)
            edit.textChanged.connect(self.recompute)
        for edit in (self.currency_edit, self.cost_currency_edit, self.freight_currency_edit):
            edit.textChanged.connect(self.recompute)
        self.currency_edit.textChanged.connect(self._show_selling_currency)
        self._show_selling_currency()
        left.addLayout(self.form)
        left.addStretch(1)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        self.results_title = QLabel()
        self.results_title.setObjectName("sectionTitle")
        right.addWidget(self.results_title)
        grid = QGridLayout()
        self.result_names: dict[str, QLabel] = {}
        self.result_values: dict[str, QLabel] = {}
        for row_number, name in enumerate(RESULTS):
            self.result_names[name] = QLabel()
            value = QLabel("—")
            value.setObjectName("resultValue")
            value.setStyleSheet("font-weight: 600;")
            self.result_values[name] = value
            grid.addWidget(self.result_names[name], row_number, 0)
            grid.addWidget(value, row_number, 1)
        right.addLayout(grid)
        self.note = QLabel()
        self.note.setObjectName("warning")
        self.note.setWordWrap(True)
        self.note.hide()
        right.addWidget(self.note)
        self.formula = QLabel()
        self.formula.setObjectName("hint")
        self.formula.setWordWrap(True)
        right.addWidget(self.formula)
        right.addStretch(1)
        layout.addLayout(right, 2)
        self.layout_box = layout
        self.defaults_button.clicked.connect(self.fill_defaults)
        self.retranslate()

    def set_narrow(self, narrow: bool) -> None:
        """On a narrow page the results go above the form instead of beside it: under its
        twelve fields they were out of sight while the seller typed."""
        self.layout_box.setDirection(
            QBoxLayout.Direction.BottomToTop if narrow else QBoxLayout.Direction.LeftToRight
        )

    def retranslate(self) -> None:
        texts = {
            "price": self.tr("Price (tax included)"),
            "cost": self.tr("Product cost"),
            "freight": self.tr("Freight per unit"),
            "duty": self.tr("Duty %"),
            "vat": self.tr("VAT %"),
            "referral": self.tr("Referral fee %"),
            "fulfilment": self.tr("Fulfilment fee"),
            "payment": self.tr("Payment fee %"),
            "other": self.tr("Other costs"),
            "return_rate": self.tr("Return rate %"),
            "return_loss": self.tr("Loss per return"),
            "tacos": self.tr("Ad spend (TACoS) %"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        results = {
            "net_price": self.tr("Net price (without VAT)"),
            "landed_cost": self.tr("Landed cost"),
            "profit_before_ads": self.tr("Profit before ads"),
            "unit_profit": self.tr("Unit profit"),
            "net_margin": self.tr("Net margin"),
            "break_even_acos": self.tr("Break-even ACoS"),
            "break_even_price": self.tr("Break-even price"),
        }
        for name, text in results.items():
            self.result_names[name].setText(text)
        self.defaults_button.setText(self.tr("Fill in fees and taxes"))
        self.defaults_button.setToolTip(
            self.tr("Estimates from the reference table; check them against your account.")
        )
        self.results_title.setText(self.tr("Per unit, in the selling currency"))
        self.formula.setText(
            self.tr(
                "Net price = price ÷ (1 + VAT). Unit profit = net price − landed cost − fees − "
                "returns − ads. Break-even ACoS = profit before ads ÷ net price. Referral and "
                "payment fees are charged on the price with tax."
            )
        )
        self.recompute()

    def _show_selling_currency(self) -> None:
        code = self.currency_edit.text().strip().upper()
        for label in self.currency_labels.values():
            label.setText(code)

    # --- filling ------------------------------------------------------------------------
    def set_rates(self, rates: dict[str, Decimal]) -> None:
        self.rates = rates
        self.recompute()

    def set_candidate(self, candidate: Candidate | None) -> None:
        """Start from the candidate's price and costs and the defaults of its first market."""
        if candidate is None:
            return
        self._set_quietly(
            price=candidate.price or "0",
            cost=candidate.cost or "0",
            freight=candidate.freight or "0",
        )
        self.currency_edit.setText(candidate.currency)
        self.cost_currency_edit.setText(candidate.cost_currency)
        self.freight_currency_edit.setText(candidate.freight_currency)
        self._select(self.platform_combo, candidate.platform or "amazon")
        markets = candidate.market_list
        if markets:
            self._select(self.market_combo, markets[0])
        self.fill_defaults(candidate.category, candidate.weight_g)

    def fill_defaults(self, category: str = "", weight_g: float | None = None) -> None:
        if not isinstance(category, str):  # clicked(bool)
            category = ""
        fees = fee_defaults(
            self.platform_combo.currentData() or "",
            self.market_combo.currentData() or "",
            category,
            weight_g,
        )
        values: dict[str, str] = {}
        for name in ("duty", "vat", "referral", "payment", "fulfilment"):
            estimate: Estimate | None = getattr(fees, name)
            edit = self.edits[name]
            if estimate is None:
                edit.setToolTip(self.tr("No default in the reference table: enter your own."))
                continue
            values[name] = f"{estimate.value.normalize():f}"
            edit.setToolTip(
                self.tr("Estimate. Source: {source}. Verify by {date}.").format(
                    source=estimate.source, date=estimate.verify_by
                )
            )
        values["tacos"] = f"{(ASSUMED_TACOS * 100).normalize():f}"
        values["return_rate"] = f"{(ASSUMED_RETURN_RATE * 100).normalize():f}"
        if fees.currency and fees.currency != self.currency_edit.text().strip().upper():
            values["fulfilment"] = "0"  # the fee table is in the market's currency
        self._set_quietly(**values)
        result = self._calculate()
        if result is not None:  # a returned unit is usually written off
            self._set_quietly(return_loss=f"{profit.money(result.landed_cost)}")
        self.recompute()

    def _set_quietly(self, **values: str) -> None:
        for name, value in values.items():
            edit = self.edits[name]
            edit.blockSignals(True)
            edit.setText(str(value))
            edit.blockSignals(False)

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)

    # --- computing ----------------------------------------------------------------------
    def inputs(self) -> profit.ProfitInputs:
        values = {}
        for name, (label, is_percent) in FIELDS.items():
            text = self.edits[name].text() or "0"
            values[name] = (profit.percent if is_percent else profit.decimal_of)(
                text, self.labels[name].text() or label
            )
        return profit.ProfitInputs(
            currency=self.currency_edit.text().strip().upper(),
            cost_currency=self.cost_currency_edit.text().strip().upper(),
            freight_currency=self.freight_currency_edit.text().strip().upper(),
            **values,
        )

    def _calculate(self) -> profit.ProfitResult | None:
        try:
            return profit.calculate(self.inputs(), self.rates or None)
        except ValueError:
            return None

    def recompute(self) -> None:
        try:
            self.result = profit.calculate(self.inputs(), self.rates or None)
        except ValueError as exc:
            self.result = None
            for label in self.result_values.values():
                label.setText("—")
            self.note.setText(error_text(exc))
            self.note.show()
            self.sig_computed.emit()
            return
        r, cur = self.result, self.result.currency
        shown = {
            "net_price": f"{profit.money(r.net_price)} {cur}",
            "landed_cost": f"{profit.money(r.landed_cost)} {cur}",
            "profit_before_ads": f"{profit.money(r.profit_before_ads)} {cur}",
            "unit_profit": f"{profit.money(r.unit_profit)} {cur}",
            "net_margin": f"{profit.fraction(r.net_margin) * 100:.2f} %",
            "break_even_acos": f"{profit.fraction(r.break_even_acos) * 100:.2f} %",
            "break_even_price": "—"
            if r.break_even_price is None
            else f"{profit.money(r.break_even_price)} {cur}",
        }
        for name, text in shown.items():
            self.result_values[name].setText(text)
        colour = "#b91c1c" if r.unit_profit < 0 else "#15803d"
        self.result_values["unit_profit"].setStyleSheet(f"font-weight: 600; color: {colour};")
        from ui.i18n import translate

        notes = [n.render(translate) for n in r.notes]
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        self.sig_computed.emit()
