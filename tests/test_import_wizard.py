"""The import wizard driven like a seller: file → sheet/header row → mapping → preview → import."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlmodel import select

from core.models import ImportBatch, ImportProfile, Product, Sku
from ui.dialogs.import_wizard import ImportWizard, Page
from ui.models.sheet_grid_model import SheetGridModel, column_letter

BOTH_ENGINES = True

CSV = (
    "商品资料 2026-11,,,,\n"
    "商品SKU,品名,进货,重量(kg),库存\n"
    "CUP-1,陶瓷杯,12.5,0.35,40\n"
    "CUP-2,玻璃杯,8,0.2,15\n"
    ",没有SKU的行,3,0.1,1\n"
)


@pytest.fixture
def supplier_csv(tmp_path):
    path = tmp_path / "供应商报价.csv"
    path.write_bytes(CSV.encode("gbk"))
    return path


def open_wizard(qtbot, workspace, path) -> ImportWizard:
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.resize(1200, 800)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10_000)
    return wizard


def click(qtbot, wizard: ImportWizard, button: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard: ImportWizard, expected: Page, complete: bool = True) -> None:
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == expected
    if complete:
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10_000)


def choose_currency(wizard: ImportWizard, code: str) -> None:
    combo = wizard.mapping_page.currency_combo
    index = combo.findText(code)
    assert index > 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a click in the list sends


def choose_column(wizard: ImportWizard, key: str, header: str) -> None:
    combo = wizard.mapping_page.combos[key]
    index = combo.findText(header, Qt.MatchFlag.MatchEndsWith)
    assert index > 0, header
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a click in the list sends


def counts(workspace):
    with workspace.session() as session:
        return tuple(
            len(session.exec(select(model)).all())
            for model in (Sku, Product, ImportBatch, ImportProfile)
        )


def test_import_through_every_page(qtbot, qtmodeltester, qt_settings, workspace, supplier_csv):
    wizard = open_wizard(qtbot, workspace, supplier_csv)
    assert "GBK" in wizard.file_page.status.text() and "3 rows" in wizard.file_page.status.text()

    next_page(qtbot, wizard, Page.SHEET)
    assert wizard.sheet_page.header_spin.value() == 2  # the title row is skipped
    assert not wizard.sheet_page.sheet_combo.isVisible()  # csv: no sheets
    qtmodeltester.check(wizard.sheet_page.model)

    next_page(qtbot, wizard, Page.MAPPING)
    page = wizard.mapping_page
    assert page.combos["sku_code"].currentText() == "A: 商品SKU"
    assert page.combos["weight_g"].currentText() == "D: 重量(kg)"
    assert page.combos["cost"].currentData() == -1  # "进货" is not an alias: the seller picks it
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no money: no currency
    choose_column(wizard, "cost", "进货")
    assert wizard.plan.mapping["cost"] == 2
    assert "12.5" in page.samples["cost"].text()
    # a cost in a file that names no currency: the seller must say which (none preselected)
    assert page.currency_combo.currentIndex() == 0 and page.currency_combo.currentData() == ""
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Choose the currency" in page.problem.text()
    assert "does not say which currency" in page.currency_hint.text()
    choose_currency(wizard, "CNY")
    assert wizard.plan.currency == "CNY" and not page.problem.isVisibleTo(wizard)
    page.save_profile_as("义乌供应商")

    next_page(qtbot, wizard, Page.PREVIEW)
    preview = wizard.plan.preview
    assert (len(preview.new), len(preview.rejected)) == (2, 1)
    for model in wizard.preview_page.models.values():
        qtmodeltester.check(model)
    rejected = wizard.preview_page.models["rejected"]
    assert rejected.rowCount() == 1 and rejected.data(rejected.index(0, 0)) == "5"
    assert "costs CNY 2" in wizard.preview_page.currencies.text()
    assert "CNY as you chose" in wizard.preview_page.currencies.text()
    # the price stays unmapped while the file has no column left: nothing to warn about
    assert not wizard.preview_page.unmapped_warning.isVisibleTo(wizard)
    assert counts(workspace) == (0, 0, 0, 0)  # nothing written before Finish

    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.batch is not None, timeout=10_000)
    assert wizard.result() == QWizard.DialogCode.Accepted
    with workspace.session() as session:
        skus = {s.sku_code: s for s in session.exec(select(Sku))}
        assert set(skus) == {"CUP-1", "CUP-2"}
        assert skus["CUP-1"].cost == 12.5 and skus["CUP-1"].weight_g == pytest.approx(350)
        assert skus["CUP-2"].stock_qty == 15
        assert {(s.cost_currency, s.price_currency) for s in skus.values()} == {("CNY", "CNY")}
        profile = session.exec(select(ImportProfile)).one()
        assert profile.name == "义乌供应商" and "进货" in profile.mapping
        assert session.exec(select(ImportBatch)).one().profile_name == "义乌供应商"

    # next time the same supplier sheet finds the profile, with the seller's correction
    again = open_wizard(qtbot, workspace, supplier_csv)
    next_page(qtbot, again, Page.SHEET)
    next_page(qtbot, again, Page.MAPPING, complete=False)
    assert again.mapping_page.profile_combo.currentText() == "义乌供应商"
    assert again.mapping_page.combos["cost"].currentText() == "C: 进货"
    choose_currency(again, "CNY")
    next_page(qtbot, again, Page.PREVIEW)
    assert len(again.plan.preview.unchanged) == 2


def test_cancel_changes_nothing(qtbot, qt_settings, workspace, supplier_csv):
    wizard = open_wizard(qtbot, workspace, supplier_csv)
    next_page(qtbot, wizard, Page.SHEET)
    next_page(qtbot, wizard, Page.MAPPING)
    wizard.mapping_page.save_profile_as("不要保存")
    next_page(qtbot, wizard, Page.PREVIEW)
    assert len(wizard.plan.preview.new) == 2
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert counts(workspace) == (0, 0, 0, 0)


def test_required_sku_column_blocks_next(qtbot, qt_settings, workspace, supplier_csv):
    wizard = open_wizard(qtbot, workspace, supplier_csv)
    next_page(qtbot, wizard, Page.SHEET)
    next_page(qtbot, wizard, Page.MAPPING)
    wizard.mapping_page.set_column("sku_code", None)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.mapping_page.problem.isVisibleTo(wizard)
    wizard.mapping_page.set_column("sku_code", 0)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_header_row_and_sheet_can_be_corrected(qtbot, qt_settings, workspace, tmp_path):
    path = tmp_path / "两张表.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active["A1"] = "本文件有两张表"
    sheet = book.create_sheet("商品")
    sheet.append(["Seller SKU", "Title", "Price"])
    sheet.append(["LAMP-1", "Desk lamp", 19.9])
    sheet.append(["LAMP-2", "Floor lamp", 39.9])
    book.save(path)
    wizard = open_wizard(qtbot, workspace, path)
    assert wizard.plan.grid.sheet == "商品"  # the first sheet with a table
    next_page(qtbot, wizard, Page.SHEET)
    page = wizard.sheet_page
    assert page.sheet_combo.isEnabled() and page.sheet_combo.count() == 2
    page.header_spin.setValue(2)  # a wrong choice, then back
    assert wizard.plan.table.headers == ["LAMP-1", "Desk lamp", "19.9"]
    page.header_spin.setValue(1)
    page.sheet_combo.setCurrentText("说明")
    qtbot.waitUntil(lambda: wizard.plan.grid.sheet == "说明" and not page.loading, timeout=10_000)
    # one line of notes and nothing under it: refused with the reason, Next stays disabled
    assert wizard.plan.table is None and not page.isComplete()
    assert "“说明”" in page.problem.text() and "no rows of data" in page.problem.text()
    page.sheet_combo.setCurrentText("商品")
    qtbot.waitUntil(lambda: wizard.plan.grid.sheet == "商品" and page.isComplete(), timeout=10_000)
    next_page(qtbot, wizard, Page.MAPPING, complete=False)  # the prices' currency is asked
    assert wizard.mapping_page.combos["sku_code"].currentText() == "A: Seller SKU"


def test_broken_file_is_named_and_blocks_next(qtbot, qt_settings, workspace, tmp_path):
    path = tmp_path / "报价单.xlsx"
    path.write_bytes(b"this is not a workbook at all" * 10)
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.problem.text() != "", timeout=10_000)
    assert "报价单.xlsx" in wizard.file_page.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_sheet_grid_model(qtmodeltester, tmp_path):
    from core.importing.readers import read_grid

    path = tmp_path / "g.csv"
    path.write_text("title,,\nSKU,Name,Cost\nA,B,1\n", encoding="utf-8")
    model = SheetGridModel()
    model.set_grid(read_grid(path), 2)
    qtmodeltester.check(model)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "C"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_rows_imported_with_a_warning_are_marked(qtbot, qt_settings, workspace, tmp_path):
    path = tmp_path / "mugs.csv"
    path.write_text(
        "SKU,Title,Price,VARIATION 1 NAME,VARIATION 1 VALUES,Quantity\n"
        '"MUG-1,MUG-2,MUG-3",Mug,9.99,Colour,"Red,Blue",30\n'
        "CUP-1,Cup,4.5,,,10\n",
        encoding="utf-8",
    )
    wizard = open_wizard(qtbot, workspace, path)
    next_page(qtbot, wizard, Page.SHEET)
    next_page(qtbot, wizard, Page.MAPPING, complete=False)
    choose_currency(wizard, "USD")
    next_page(qtbot, wizard, Page.PREVIEW)
    model = wizard.preview_page.models["new"]
    marked = [model.index(r, 0).data() for r in range(model.rowCount())]
    # The file's row 2 lists three SKUs whose options cannot be paired: its first SKU carries
    # the warning; the cup in row 3 has none.
    assert marked.count("⚠ 2") == 1 and marked.count("2") == 2 and "3" in marked
    tooltip = model.index(marked.index("⚠ 2"), 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip  # the warning itself, readable by pointing at the row
    assert "Rows with a warning: 1" in wizard.preview_page.counts.text()
