"""The exchange-rate dialog from the keyboard: Enter adds a rate once, with no bogus error."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.models import ExchangeRate
from ui.dialogs.exchange_rates_dialog import ExchangeRatesDialog


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
