"""The exchange-rate dialog from the keyboard: Enter adds a rate once, with no bogus error."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.models import ExchangeRate
from ui.dialogs.exchange_rates_dialog import ExchangeRatesDialog

BOTH_ENGINES = True


def test_enter_adds_the_rate_without_a_spurious_error(qtbot, demo):
    dialog = ExchangeRatesDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.code_edit.setFocus()
    qtbot.keyClicks(dialog.code_edit, "chf")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)  # Enter moves on to the rate
    assert dialog.rate_edit.hasFocus() or dialog.code_edit.text() == "chf"
    qtbot.keyClicks(dialog.rate_edit, "8.1")
    qtbot.keyClick(dialog.rate_edit, Qt.Key.Key_Return)
    with demo.session() as session:
        assert session.get(ExchangeRate, "CHF").to_base == 8.1
    assert dialog.error_label.isHidden(), dialog.error_label.text()
    assert dialog.isVisible()  # Enter did not close the dialog either
    assert dialog.code_edit.text() == "" and dialog.rate_edit.text() == ""
    qtbot.keyClick(dialog.rate_edit, Qt.Key.Key_Return)  # Enter on empty fields: nothing
    assert dialog.error_label.isHidden()


def test_a_real_mistake_still_says_so(qtbot, demo):
    dialog = ExchangeRatesDialog(demo)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText("C1")
    dialog.rate_edit.setText("2")
    qtbot.keyClick(dialog.rate_edit, Qt.Key.Key_Return)
    assert not dialog.error_label.isHidden() and "C1" in dialog.error_label.text()


def test_new_workspace_is_offered_the_common_currencies(qtbot, workspace):
    from datetime import date

    from PySide6.QtCore import QDate

    from core import common_rates, currency

    dialog = ExchangeRatesDialog(workspace)
    qtbot.addWidget(dialog)
    assert not dialog.common_button.isHidden() and "USD" in dialog.common_button.text()
    dialog.as_of_edit.setDate(QDate(2026, 11, 30))
    dialog.common_button.click()
    with workspace.session() as session:
        assert set(currency.rates(session)) >= {"USD", "EUR", "GBP", "JPY", "CAD", "AUD"}
        assert common_rates.rates_as_of(session) == date(2026, 11, 30)
    assert dialog.common_button.isHidden() and dialog.changed
    row = dialog.model.row_of("USD")
    assert dialog.model.setData(dialog.model.index(row, 1), "7.05")  # editable like any rate


def test_hint_reads_right_with_a_dollar_base(qtbot, workspace):
    from core import currency

    with workspace.transaction() as session:
        currency.set_rate(session, "USD", 7.2)
        currency.set_base_currency(session, "USD")
    dialog = ExchangeRatesDialog(workspace)
    qtbot.addWidget(dialog)
    text = dialog.explanation.text()
    assert "USD → 7.2" not in text and "EUR →" in text and "base currency, USD" in text


def test_chip_names_the_currency_without_a_rate_and_opens_the_dialog(qtbot, qt_settings, demo,
                                                                     monkeypatch):  # fmt: skip
    from datetime import date

    from sqlmodel import select

    from core.models import Sku
    from ui.pages.inventory.page import InventoryPage

    with demo.transaction() as session:
        sku = session.exec(select(Sku).where(Sku.sku_code == "HM001-GRE")).one()
        sku.price_currency = "SEK"
    page = InventoryPage()
    qtbot.addWidget(page)
    page.as_of = date(2026, 11, 1)
    page.show()
    page.set_workspace(demo)
    qtbot.waitUntil(lambda: page._job is None and page.data is not None)
    label = page.checklist.gap_labels["rate"]
    assert label.isVisible() and "1 SKUs in SEK" in label.text()
    opened = []
    monkeypatch.setattr(page, "edit_rates", lambda: opened.append(True))
    page.checklist.sig_rates.disconnect()
    page.checklist.sig_rates.connect(page.edit_rates)
    label.linkActivated.emit("rates")
    assert opened == [True]
