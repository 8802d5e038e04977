"""The import history dialog: list, undo with confirmation, refusal shown as a message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from core.importing.apply import apply_import
from core.importing.mapping import auto_map
from core.importing.products import preview_products
from core.importing.readers import RawTable
from core.models import ImportBatch, Sku
from ui.dialogs.import_history_dialog import ImportHistoryDialog
from ui.models.import_history_model import ImportHistoryModel

BOTH_ENGINES = True


def run_import(ws, headers, rows, name):
    table = RawTable(
        name,
        "Sheet1",
        ["Sheet1"],
        1,
        headers,
        [list(r) for r in rows],
        list(range(2, 2 + len(rows))),
    )
    with ws.session() as session:
        preview = preview_products(session, table, auto_map(headers), currency="USD")
    return apply_import(ws, preview)


@pytest.fixture
def two_imports(workspace):
    first = run_import(workspace, ["SKU", "Price"], [["A-1", "5"], ["B-1", "6"]], "first.xlsx")
    second = run_import(workspace, ["SKU", "Price"], [["A-1", "7"], ["C-1", "1"]], "second.xlsx")
    return workspace, first, second


def test_model_passes_qtmodeltester_and_shows_batches(two_imports, qtmodeltester):
    workspace, first, second = two_imports
    model = ImportHistoryModel(workspace)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, model.FILE).data() == "second.xlsx [Sheet1]"
    assert model.index(1, model.NEW).data() == "2"
    assert model.index(0, model.CHANGED).data() == "1"
    assert model.index(0, model.STATE).data() == "Applied"
    assert model.headerData(model.REJECTED, Qt.Orientation.Horizontal) == "Rejected"


def _confirm(monkeypatch, answer=QMessageBox.StandardButton.Yes):
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _select(dialog, batch_id):
    dialog._select(batch_id)
    assert dialog.selected_batch().id == batch_id


def test_undo_refused_then_allowed_in_order(qtbot, qt_settings, two_imports, monkeypatch):
    workspace, first, second = two_imports
    dialog = ImportHistoryDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = _confirm(monkeypatch)

    _select(dialog, first.id)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status_label.isVisible() and dialog.job is None)
    assert "Undo import #2 first" in dialog.status_label.text()
    assert "first.xlsx" in asked[0]
    with workspace.session() as session:
        assert session.get(ImportBatch, first.id).undone_at is None

    _select(dialog, second.id)
    with qtbot.waitSignal(dialog.sig_import_undone, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [second.id]
    assert "was undone" in dialog.status_label.text()
    assert dialog.model.index(0, dialog.model.STATE).data().startswith("Undone")
    assert not dialog.undo_button.isEnabled()  # the selected import is undone now
    with workspace.session() as session:
        assert {s.sku_code: s.price for s in session.exec(select(Sku))} == {"A-1": 5.0, "B-1": 6.0}


def test_cancelled_confirmation_changes_nothing(qtbot, qt_settings, two_imports, monkeypatch):
    workspace, first, second = two_imports
    dialog = ImportHistoryDialog(workspace)
    qtbot.addWidget(dialog)
    _confirm(monkeypatch, QMessageBox.StandardButton.No)
    _select(dialog, second.id)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.job is None
    assert workspace.counts()["skus"] == 3


def test_empty_history_says_so(qtbot, qt_settings, workspace):
    dialog = ImportHistoryDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible() and not dialog.undo_button.isEnabled()
