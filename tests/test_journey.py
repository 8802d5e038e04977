"""A seller's first session, end to end through the main window: start an empty workspace,
import their Shopify product export through the wizard, review it, then undo the import."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from core.steps import StepState
from core.workspace import create_workspace
from tests.conftest import real_file
from ui.i18n import LanguageSwitcher
from ui.main_window import MainWindow


def _drive_modal(qtbot, find, drive):
    """Run ``drive(widget)`` on the modal dialog that the next exec() opens."""

    def step():
        widget = find()
        if widget is None:
            QTimer.singleShot(50, step)
            return
        drive(widget)

    QTimer.singleShot(50, step)


def _active(cls):
    return lambda: next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None
    )


def test_first_session_import_review_and_undo(qtbot, qt_settings, tmp_path, monkeypatch):
    from ui.dialogs.import_history_dialog import ImportHistoryDialog
    from ui.dialogs.import_wizard import ImportWizard

    source = real_file("shopify-product-template", "product_template.csv")
    workspace = create_workspace(tmp_path / "my-shop.matrixdesk")
    window = MainWindow(LanguageSwitcher())
    qtbot.addWidget(window)
    window.set_workspace(workspace)
    window.show()
    window.show_step("inventory")
    page = window.pages["inventory"]
    button = page.checklist.import_button
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=10_000)
    assert "Not started" in window.step_list.item_text(1)

    def run_wizard(wizard: ImportWizard):
        qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
        for _ in range(4):
            qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=15_000)
            if wizard.currentId() == wizard.pageIds()[-1]:
                break
            wizard.button(QWizard.WizardButton.NextButton).click()
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=15_000)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    # The file dialog of the wizard's first page answers with the real Shopify template.
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    _drive_modal(qtbot, _active(ImportWizard), run_wizard)
    page.checklist.import_button.click()

    qtbot.waitUntil(lambda: page.model.sku_count() > 0, timeout=15_000)
    skus = workspace.counts()["skus"]
    assert skus >= 10  # shirts, jeans and beanies in their sizes and colours
    assert page.model.sku_count() == skus
    assert "Not started" not in window.step_list.item_text(1)

    # Undo the whole import from the history dialog.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def undo(dialog: ImportHistoryDialog):
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: workspace.counts()["skus"] == 0, timeout=15_000)
        dialog.accept()

    _drive_modal(qtbot, _active(ImportHistoryDialog), undo)
    page.import_history()
    assert workspace.counts()["skus"] == 0
    qtbot.waitUntil(lambda: page.model.sku_count() == 0, timeout=15_000)
    assert window.step_list.states["inventory"] == StepState.NOT_STARTED
