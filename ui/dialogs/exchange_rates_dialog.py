"""Edit the exchange-rate table: what one unit of each currency is worth in the base currency."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import common_rates
from core.workspace import Workspace
from ui.errors import error_text
from ui.models.exchange_rates_model import ExchangeRatesModel
from ui.widgets.screen_fit import fit_dialog


class ExchangeRatesDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ExchangeRatesModel(workspace, self)
        self.changed = False
        self.model.sig_saved.connect(self._saved)
        self.model.sig_error.connect(self._show_error)

        self.base_label = QLabel()
        self.base_combo = QComboBox()
        self.base_combo.activated.connect(self._base_chosen)
        base_row = QHBoxLayout()
        base_row.addWidget(self.base_label)
        base_row.addWidget(self.base_combo)
        base_row.addStretch(1)
        # A new workspace knows only its base: offer the usual currencies to edit.
        self.common_button = QPushButton()
        self.common_button.setAutoDefault(False)
        self.common_button.clicked.connect(self.add_common)
        self.as_of_label = QLabel()
        self.as_of_edit = QDateEdit(calendarPopup=True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        with workspace.session() as session:
            saved = common_rates.rates_as_of(session)
        self.as_of_edit.setDate(saved or date.today())
        self.as_of_edit.dateChanged.connect(self._as_of_changed)
        base_row.addWidget(self.as_of_label)
        base_row.addWidget(self.as_of_edit)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("hint")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(3)
        self.code_edit.setFixedWidth(80)
        self.rate_edit = QLineEdit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_rate)
        self.rate_edit.returnPressed.connect(self.add_rate)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        # Enter in the rate field adds the rate once; no button may take the same Enter as
        # its "default" click (it used to add again with the fields just emptied: '"" is not
        # a currency code').
        self.code_edit.returnPressed.connect(self.rate_edit.setFocus)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.code_edit)
        add_row.addWidget(self.rate_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)

        self.error_label = QLabel()
        self.error_label.setObjectName("warning")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(base_row)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.common_button)
        layout.addLayout(add_row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(520, 440))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exchange rates"))
        example, rate = common_rates.example_rate(self.model.base)
        self.explanation.setText(
            self.tr(
                "Amounts are compared in your base currency, {base}. Type what one unit of each "
                "currency is worth in {base} (for example {example} → {rate}). Changes are saved "
                "at once."
            ).format(base=self.model.base, example=example, rate=f"{rate:g}")
        )
        self.as_of_label.setText(self.tr("Rates as of:"))
        self._update_common()
        self.code_edit.setPlaceholderText(self.tr("Code"))
        self.rate_edit.setPlaceholderText(self.tr("1 unit in {base}").format(base=self.model.base))
        self.add_button.setText(self.tr("Add / update"))
        self.base_label.setText(self.tr("Base currency:"))
        self.base_combo.setToolTip(
            self.tr("Margins, revenue and stock value are shown in this currency. Changing it "
                    "restates every rate; no amount changes its value.")
        )  # fmt: skip
        self._fill_base_combo()
        self.remove_button.setText(self.tr("Remove selected"))

    def _fill_base_combo(self) -> None:
        self.base_combo.clear()
        for code, _rate in sorted(self.model.rows):
            self.base_combo.addItem(code, code)
        self.base_combo.setCurrentIndex(self.base_combo.findData(self.model.base))

    def _base_chosen(self, index: int) -> None:
        code = self.base_combo.itemData(index)
        if code and code != self.model.base and self.model.set_base(code):
            self.retranslate()

    def _update_common(self) -> None:
        known = dict(self.model.rows)
        missing = common_rates.suggested_rates(self.model.base, known)
        self.common_button.setVisible(bool(missing))
        self.common_button.setText(
            self.tr("Add {codes} with approximate rates (edit them to yours)").format(
                # "CAD、AUD" in Chinese, not "CAD, AUD"
                codes=self.tr(", ", "between the currency codes of a list").join(missing)
            )
        )

    def add_common(self) -> None:
        try:
            with self.model.workspace.transaction() as session:
                common_rates.add_suggested(session)
                common_rates.set_rates_as_of(session, self.as_of_edit.date().toPython())
        except ValueError as exc:
            self._show_error(error_text(exc))
            return
        self.model.reload()
        self._saved()

    def _as_of_changed(self, _day) -> None:
        with self.model.workspace.transaction() as session:
            common_rates.set_rates_as_of(session, self.as_of_edit.date().toPython())
        self.changed = True

    def _saved(self) -> None:
        self.changed = True
        self._update_common()
        self.error_label.hide()
        self._fill_base_combo()  # a currency added or removed is a base to choose, or not

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def add_rate(self) -> None:
        code = self.code_edit.text()
        if not code.strip() and not self.rate_edit.text().strip():
            return  # nothing typed: nothing to add, nothing to complain about
        if self.model.add_rate(code, self.rate_edit.text()):
            self.code_edit.clear()
            self.rate_edit.clear()
            row = self.model.row_of(code)
            if row >= 0:
                self.table.selectRow(row)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove_row(rows[0].row())
