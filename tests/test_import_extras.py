"""Import wizard extras: rejected rows saved as Excel with the reason (下载失败数据), a blank
template the import recognises, a file dropped on the page, wheel-proof combos."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView

from core.importing.fields import PRODUCT_FIELDS
from core.importing.mapping import auto_map
from tests.test_import_wizard import Page, choose_currency, next_page, open_wizard

CSV = "SKU,Title,Price,Quantity\nOK-1,Good mug,9.99,5\nBAD-1,Broken mug,-3,5\n,No code at all,4,1\n"


def test_rejected_rows_saved_with_their_cells_and_reason(qtbot, qt_settings, workspace, tmp_path,
                                                         monkeypatch):  # fmt: skip
    from openpyxl import load_workbook

    source = tmp_path / "shop.csv"
    source.write_text(CSV, encoding="utf-8")
    wizard = open_wizard(qtbot, workspace, source)
    next_page(qtbot, wizard, Page.SHEET)
    next_page(qtbot, wizard, Page.MAPPING, complete=False)
    choose_currency(wizard, "USD")
    next_page(qtbot, wizard, Page.PREVIEW)
    page = wizard.preview_page
    assert not page.save_rejected_button.isHidden()
    rejected_view = page.tabs.widget(3)  # long reasons wrap onto more lines, no tooltip needed
    assert rejected_view.wordWrap()
    assert rejected_view.verticalHeader().sectionResizeMode(0) == (
        QHeaderView.ResizeMode.ResizeToContents
    )
    target = tmp_path / "fix-these.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.save_rejected_button.click()
    sheet = load_workbook(target).active
    rows = [list(r) for r in sheet.values]
    # read the CSV independently: the refused rows are its rows 3 and 4
    lines = [line.split(",") for line in CSV.strip().split("\n")]
    assert rows[0][1:5] == lines[0] and rows[0][-1] == "Why it was not imported"
    without_code = [n for n, line in enumerate(lines[1:], start=2) if not line[0]]
    assert [r[0] for r in rows[1:]] == without_code == [4]
    assert [str(c) if c is not None else "" for c in rows[1][1:5]] == lines[3]
    assert all(r[-1] for r in rows[1:])  # each has its reason
    assert "fix-these.xlsx" in page.status.text()


def test_blank_template_is_recognised_by_the_import(qtbot, qt_settings, workspace, tmp_path,
                                                    monkeypatch):  # fmt: skip
    from openpyxl import load_workbook

    wizard = open_wizard_empty(qtbot, workspace)
    target = tmp_path / "template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    wizard.file_page.template_button.click()
    headers = next(load_workbook(target).active.values)
    mapped = auto_map(list(headers))
    assert {f.key for f in PRODUCT_FIELDS} == set(mapped)
    assert all(mapped[f.key] == i for i, f in enumerate(PRODUCT_FIELDS))


def open_wizard_empty(qtbot, workspace):
    from ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_a_file_dropped_on_the_page_is_read(qtbot, qt_settings, workspace, tmp_path):
    source = tmp_path / "dropped.csv"
    source.write_text(CSV, encoding="utf-8")
    wizard = open_wizard_empty(qtbot, workspace)
    page = wizard.file_page
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    page.dropEvent(event)
    assert page.path_edit.text() == str(source)
    qtbot.waitUntil(page.isComplete, timeout=10_000)


def test_a_file_dropped_on_the_catalog_page_opens_the_import(qtbot, qt_settings, demo, tmp_path,
                                                             monkeypatch):  # fmt: skip
    import sys
    import types

    from PySide6.QtWidgets import QDialog

    from ui.pages.inventory.page import InventoryPage

    opened = []

    class FakeWizard(QDialog):
        def __init__(self, ws, parent, path=None):
            super().__init__(parent)
            self.batch = None
            opened.append(path)

        def exec(self):
            return 0

    monkeypatch.setitem(
        sys.modules, "ui.dialogs.import_wizard", types.SimpleNamespace(ImportWizard=FakeWizard)
    )
    page = InventoryPage()
    qtbot.addWidget(page)
    page.workspace = demo
    source = tmp_path / "more.xlsx"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    page.dropEvent(
        QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                   Qt.KeyboardModifier.NoModifier)
    )  # fmt: skip
    assert opened == [str(source)]


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
