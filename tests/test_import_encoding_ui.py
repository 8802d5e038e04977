"""The wizard shows the encoding it detected and lets the seller read the file again in another
one; the combo ignores the mouse wheel unless it has focus; a file cut off mid-row says so."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.test_import_wizard import next_page, open_wizard
from ui.dialogs.import_wizard import Page

BOTH_ENGINES = True

# A Polish shop's CSV from Excel (Windows-1250): "ł" is byte B3, which Windows-1252 reads "³".
POLISH = "SKU,Nazwa,Cena,Stan\r\nK-1,Kubek złoty,19.99,146\r\nK-2,Łyżka,4.50,8\r\n"


def test_encoding_is_shown_and_can_be_changed(qtbot, qt_settings, workspace, tmp_path):
    path = tmp_path / "produkty.csv"
    path.write_bytes(POLISH.encode("cp1250"))
    wizard = open_wizard(qtbot, workspace, path)
    assert "Western European (Windows-1252)" in wizard.file_page.status.text()
    next_page(qtbot, wizard, Page.SHEET)
    page = wizard.sheet_page
    combo = page.encoding_combo
    assert combo.isVisible() and combo.currentData() == "cp1252"
    assert wizard.plan.table.rows[0][1] == "Kubek z³oty"  # what the guess gives
    index = combo.findData("cp1250")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a click in the list sends
    qtbot.waitUntil(
        lambda: wizard.plan.grid.encoding == "cp1250" and page.isComplete(), timeout=10_000
    )
    assert wizard.plan.table.rows[0][1] == "Kubek złoty" and wizard.plan.table.rows[1][1] == "Łyżka"
    assert combo.currentData() == "cp1250"
    # an encoding the file is not valid in: a message naming it, the grid read before stays
    index = combo.findData("utf-8")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=10_000)
    assert "produkty.csv" in page.problem.text() and "UTF-8" in page.problem.text()
    assert wizard.plan.grid.encoding == "cp1250" and combo.currentData() == "cp1250"


def test_encoding_combo_ignores_the_wheel_unless_focused(qtbot, qt_settings, workspace, tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(POLISH.encode("cp1250"))
    wizard = open_wizard(qtbot, workspace, path)
    next_page(qtbot, wizard, Page.SHEET)
    combo = wizard.sheet_page.encoding_combo
    combo.clearFocus()
    before = combo.currentIndex()

    def wheel() -> None:
        event = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                            QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
        QApplication.sendEvent(combo, event)  # through the app-wide wheel guard

    wheel()
    assert combo.currentIndex() == before and wizard.plan.grid.encoding == "cp1252"
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    wheel()
    assert combo.currentIndex() != before  # focused, the wheel works as in any combo
    qtbot.waitUntil(lambda: not wizard.sheet_page.loading, timeout=10_000)  # it read again


def test_workbook_has_no_encoding_row(qtbot, qt_settings, workspace, tmp_path):
    from tests.workbook_maker import simple_xlsx

    path = simple_xlsx(tmp_path / "p.xlsx", [["SKU", "Name"], ["A", "b"]])
    wizard = open_wizard(qtbot, workspace, path)
    next_page(qtbot, wizard, Page.SHEET)
    assert not wizard.sheet_page.encoding_combo.isVisible()


def test_html_table_saved_as_xls_through_the_wizard(qtbot, qt_settings, workspace, tmp_path):
    path = tmp_path / "ERP导出.xls"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
        "<body><table border=1><tr><th>商品SKU</th><th>品名</th><th>库存</th></tr>"
        "<tr><td>A-1</td><td>杯子</td><td>5</td></tr></table></body></html>"
    )
    path.write_bytes(html.encode("gbk"))
    wizard = open_wizard(qtbot, workspace, path)
    status = wizard.file_page.status.text()
    assert "HTML" in status and "GBK" in status and "1 rows" in status
    next_page(qtbot, wizard, Page.SHEET)
    assert wizard.sheet_page.encoding_combo.currentData() == "gb18030"


def test_cut_off_csv_says_so_on_both_pages(qtbot, qt_settings, workspace, tmp_path):
    path = tmp_path / "stock.csv"
    path.write_text("SKU,Name,Stock\nS-1,Cup,146\nS-2,Bowl,8\nS-3,Pl", encoding="utf-8")
    wizard = open_wizard(qtbot, workspace, path)
    assert wizard.file_page.notes.isVisible()
    assert "stock.csv" in wizard.file_page.notes.text() and "4" in wizard.file_page.notes.text()
    assert [row[0] for row in wizard.plan.table.rows] == ["S-1", "S-2"]
    next_page(qtbot, wizard, Page.SHEET)
    assert wizard.sheet_page.notes.isVisible()
