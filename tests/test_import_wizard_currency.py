"""The wizard's currency choice on the real seller files: preselected from the file's hint,
required when the file names none, shown in the preview with the columns left unread."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlmodel import select

from core.models import Sku
from tests.conftest import real_file
from tests.test_import_wizard import choose_currency, click, next_page, open_wizard
from ui.dialogs.import_wizard import Page
from ui.i18n import LanguageSwitcher

BOTH_ENGINES = True


def header_of(path) -> list[str]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return next(csv.reader(handle))


def to_mapping(qtbot, wizard) -> None:
    next_page(qtbot, wizard, Page.SHEET)
    next_page(qtbot, wizard, Page.MAPPING, complete=False)


def test_real_shopify_store_preselects_cad_from_its_market_columns(qtbot, qt_settings, workspace):
    path = real_file("shopify-products-export-real", "products_export_1.csv")
    assert "Price / Canada" in header_of(path)
    wizard = open_wizard(qtbot, workspace, path)
    to_mapping(qtbot, wizard)
    page = wizard.mapping_page
    assert page.currency_combo.currentText() == "CAD"
    assert "Included / Canada" in page.currency_hint.text() and "CAD" in page.currency_hint.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    next_page(qtbot, wizard, Page.PREVIEW)
    text = wizard.preview_page.currencies.text()
    assert "prices CAD" in text and "USD" not in text and "market columns" in text


def test_woocommerce_requires_a_currency_and_writes_the_chosen_one(qtbot, qt_settings, workspace):
    path = real_file("woocommerce-sample", "sample_products.csv")
    assert not [h for h in header_of(path) if "currency" in h.lower()]
    wizard = open_wizard(qtbot, workspace, path)
    to_mapping(qtbot, wizard)
    page = wizard.mapping_page
    assert page.currency_combo.currentIndex() == 0  # nothing preselected: the file says nothing
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Choose the currency" in page.problem.text()
    choose_currency(wizard, "EUR")
    assert page.isComplete()
    next_page(qtbot, wizard, Page.PREVIEW)
    assert "prices EUR" in wizard.preview_page.currencies.text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.batch is not None, timeout=20_000)
    with workspace.session() as session:
        skus = session.exec(select(Sku)).all()
    assert skus and {s.price_currency for s in skus} == {"EUR"}
    assert {s.cost_currency for s in skus} == {"EUR"}


def test_etsy_currency_column_and_unmapped_cost_are_shown(qtbot, qt_settings, workspace):
    path = real_file("etsy-listings-en", "EtsyListingsDownload.csv")
    with open(path, newline="", encoding="utf-8-sig") as handle:
        codes = {row["CURRENCY_CODE"] for row in csv.DictReader(handle)}
    assert len(codes) == 1
    wizard = open_wizard(qtbot, workspace, path)
    to_mapping(qtbot, wizard)
    page = wizard.mapping_page
    assert page.currency_combo.currentText() == codes.pop()
    assert "CURRENCY_CODE" in page.currency_hint.text()
    next_page(qtbot, wizard, Page.PREVIEW)
    preview = wizard.preview_page
    assert preview.unmapped_warning.isVisibleTo(wizard)
    assert "Cost (purchase price)" in preview.unmapped_warning.text()
    assert "DESCRIPTION" in preview.unmapped_columns.text()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_seller_can_override_the_hint_in_either_language(
    qtbot, qt_settings, workspace, language
):
    path = real_file("shopify-product-template", "product_template.csv")
    switcher = LanguageSwitcher()
    switcher.switch(language)
    try:
        wizard = open_wizard(qtbot, workspace, path)
        to_mapping(qtbot, wizard)
        page = wizard.mapping_page
        assert page.currency_combo.currentText() == "USD"  # "Price / United States"
        assert page.currency_combo.itemText(0) == ("— 请选择 —" if language == "zh_CN" else
                                                   "— choose —")  # fmt: skip
        choose_currency(wizard, "CAD")
        next_page(qtbot, wizard, Page.PREVIEW)
        text = wizard.preview_page.currencies.text()
        assert "CAD" in text and "USD" in text  # chosen, and what the file suggested
        if language == "zh_CN":
            assert "你的选择" in text and "币种" in text
        # back on the mapping page the choice is kept
        click(qtbot, wizard, QWizard.WizardButton.BackButton)
        assert wizard.currentId() == Page.MAPPING
        assert page.currency_combo.currentText() == "CAD"
        qtbot.keyClick(page.currency_combo, Qt.Key.Key_Escape)
    finally:
        switcher.switch("en")
