"""Step 4 research exports through the step 2 import wizard, driven like a seller: file →
header row → hand mapping → preview → Finish. Expected values come from the CSV written here,
read back with the csv module, not from the app."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlmodel import select

from core.models import ImportBatch, ImportProfile, Market
from core.selection import pool
from core.selection.models import Candidate
from ui.dialogs.import_wizard import ImportWizard, Page

BOTH_ENGINES = True

HELIUM_10 = """\
Helium 10 Black Box export 2026-11-28,,,,,,,
Product Details,ASIN,Category,Price,Reviews,Rating,BSR,Sold last 30d (H10)
Bamboo Drawer Organizer,B0H10AAA01,Home & Kitchen,$21.49,830,4.5,2210,"1,450"
Magnetic Cable Organizer,B0H10AAA02,Electronics,$9.49,310,4.2,5400,810
Silicone Baking Mat,B0H10AAA03,Kitchen,$13.99,2,4.7,940,n/a
,B0H10AAA04,Kitchen,$5.00,1,3.0,99999,12
"""
UNKNOWN = "Sold last 30d (H10)"


def file_rows() -> dict[str, dict[str, str]]:
    lines = HELIUM_10.splitlines()[1:]  # below the title row
    return {r["Product Details"]: r for r in csv.DictReader(io.StringIO("\n".join(lines)))}


@pytest.fixture
def h10_csv(tmp_path):
    path = tmp_path / "h10_black_box.csv"
    path.write_text(HELIUM_10, encoding="utf-8")
    return path


@pytest.fixture
def shop(workspace):
    with workspace.transaction() as session:
        session.add(Market(code="US", name="United States", currency="USD"))
        pool.add_candidate(session, "Magnetic Cable Organizer", price="8.99", currency="USD")
    return workspace


def click(qtbot, wizard: ImportWizard, button: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard: ImportWizard, expected: Page) -> None:
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == expected
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10_000)


def choose_column(wizard: ImportWizard, key: str, header: str) -> None:
    combo = wizard.mapping_page.combos[key]
    index = combo.findText(header, Qt.MatchFlag.MatchEndsWith)
    assert index > 0, header
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a click in the list sends


def open_candidates(qtbot, workspace, path) -> ImportWizard:
    wizard = ImportWizard(workspace, path=str(path), entity="candidates")
    qtbot.addWidget(wizard)
    wizard.resize(1200, 800)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10_000)
    return wizard


def test_research_export_through_the_wizard(qtbot, qtmodeltester, qt_settings, shop, h10_csv):
    wizard = open_candidates(qtbot, shop, h10_csv)
    assert wizard.windowTitle() == "Import candidates"
    next_page(qtbot, wizard, Page.SHEET)
    assert wizard.sheet_page.header_spin.value() == 2  # the title row is skipped

    next_page(qtbot, wizard, Page.MAPPING)
    page = wizard.mapping_page
    assert set(page.combos) == {"name", "category", "price", "currency", "monthly_units",
                                "monthly_revenue", "reviews", "rating", "bsr", "sellers",
                                "weight_g"}  # fmt: skip
    assert not page.currency_combo.isVisibleTo(wizard)  # products only
    assert page.combos["name"].currentText() == "A: Product Details"
    assert page.combos["monthly_units"].currentData() == -1  # the aliases do not know it
    choose_column(wizard, "monthly_units", UNKNOWN)
    assert wizard.plan.mapping["monthly_units"] == 7
    page.save_profile_as("Helium 10 Black Box")

    next_page(qtbot, wizard, Page.PREVIEW)
    preview_page = wizard.preview_page
    for model in preview_page.models.values():
        qtmodeltester.check(model)
    assert "2 new candidates, 1 changed, 0 unchanged, 1 rejected" in preview_page.counts.text()
    assert not preview_page.choices.isVisibleTo(wizard)
    new = preview_page.models["new"]
    warned = [new.data(new.index(r, 3)) for r in range(new.rowCount())]
    assert any(f'Row 5, column "{UNKNOWN}": "n/a" is not a number.' in w for w in warned)
    rejected = preview_page.models["rejected"]
    assert rejected.data(rejected.index(0, 0)) == "6"
    with shop.session() as session:  # nothing written before Finish
        assert len(session.exec(select(Candidate)).all()) == 1

    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.batch is not None, timeout=10_000)
    rows = file_rows()
    with shop.session() as session:
        found = {c.name: c for c in session.exec(select(Candidate))}
        assert set(found) == {name for name in rows if name}
        for name in ("Bamboo Drawer Organizer", "Magnetic Cable Organizer"):
            row, candidate = rows[name], found[name]
            assert Decimal(str(candidate.price)) == Decimal(row["Price"].lstrip("$"))
            assert candidate.currency == "USD"
            assert candidate.monthly_units == int(row[UNKNOWN].replace(",", ""))
            assert candidate.reviews == int(row["Reviews"])
            assert candidate.bsr == int(row["BSR"])
            assert candidate.rating == pytest.approx(float(row["Rating"]))
            assert candidate.category == row["Category"]
        assert found["Silicone Baking Mat"].monthly_units is None  # "n/a" stays empty
        batch = session.exec(select(ImportBatch)).one()
        assert (batch.entity, batch.new_count, batch.changed_count) == ("candidates", 2, 1)
        profile = session.exec(select(ImportProfile)).one()
        assert profile.entity == "candidates" and UNKNOWN in profile.mapping

    # next time the same export finds the profile, with the hand-mapped column
    again = open_candidates(qtbot, shop, h10_csv)
    next_page(qtbot, again, Page.SHEET)
    next_page(qtbot, again, Page.MAPPING)
    assert again.mapping_page.profile_combo.currentText() == "Helium 10 Black Box"
    assert again.mapping_page.combos["monthly_units"].currentText() == f"H: {UNKNOWN}"
    next_page(qtbot, again, Page.PREVIEW)
    assert again.plan.preview.count("unchanged") == 3


def test_step_4_button_opens_the_wizard_and_undo_takes_it_back(qtbot, qt_settings, shop, h10_csv):
    from ui.pages.selection.page import SelectionPage

    page = SelectionPage()
    qtbot.addWidget(page)
    page.set_workspace(shop)
    page.show()
    page.import_research(str(h10_csv))
    wizard = page.importer.wizard
    assert wizard is not None and wizard.plan.entity == "candidates"
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10_000)
    next_page(qtbot, wizard, Page.SHEET)
    next_page(qtbot, wizard, Page.MAPPING)
    next_page(qtbot, wizard, Page.PREVIEW)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert page.undo_import_button.isEnabled()
    page.undo_import_button.click()
    assert page.model.rowCount() == 1
