"""The import wizard's facts route, driven like a seller: the file page says what the file is,
the facts page asks what the file does not say, Import writes it as one undoable import."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import text

from core.currency import set_rate
from tests.conftest import real_file
from ui.dialogs.import_wizard import ImportWizard, Page

REPORT = ("amazon-business-report", "BusinessReport-23-07-2025.csv")


def open_wizard(qtbot, workspace, path) -> ImportWizard:
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.resize(1200, 800)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20_000)
    return wizard


def click(qtbot, wizard, button) -> None:
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def report_sums(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    sessions = sum(int(r["Sessions – Total"].replace(",", "")) for r in rows)
    sales = sum(Decimal(r["Ordered Product Sales"].lstrip("£").replace(",", "")) for r in rows)
    return len(rows), sessions, sales


@pytest.fixture
def gbp_shop(workspace, qt_settings):
    workspace.set_setting("base_currency", "CNY")
    with workspace.transaction() as session:
        set_rate(session, "GBP", 9.1)
    return workspace


def test_a_business_report_is_told_asked_for_its_period_and_imported(qtbot, gbp_shop):
    path = real_file(*REPORT)
    wizard = open_wizard(qtbot, gbp_shop, path)
    page = wizard.file_page
    assert page.fact_kind == "sales"  # detected: the seller does not have to know
    assert "Business Report" in page.what_label.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.FACTS
    facts = wizard.facts_page
    qtbot.waitUntil(lambda: not facts.busy, timeout=20_000)
    # the report's period is not in its rows: asked, proposed from the file name
    assert facts.period_from.isVisible() and not facts.isComplete()
    assert facts.period_dash.isVisible() and facts.period_to.isVisible()
    assert facts.period_from.date().toPython().isoformat() == "2025-07-23"
    qtbot.mouseClick(facts.read_again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: facts.isComplete(), timeout=20_000)
    rows, sessions, sales = report_sums(path)
    assert facts.table.rowCount() == min(rows, 100)
    assert facts.unknown_choice.isVisible()  # every SKU is new to this empty catalog
    facts.unknown_choice.setCurrentIndex(facts.unknown_choice.findData("create"))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.fact_result is not None, timeout=30_000)
    with gbp_shop.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT count(*), sum(sessions), sum(revenue), min(currency) FROM salesfact")
        ).one()
    assert stored == (rows, sessions, int(sales * 100), "GBP")
    assert wizard.fact_result.created_skus


def test_choosing_products_for_a_report_says_which_kind_it_is(qtbot, gbp_shop):
    wizard = open_wizard(qtbot, gbp_shop, real_file(*REPORT))
    page = wizard.file_page
    page.import_as.setCurrentIndex(page.import_as.findData(""))
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=20_000)
    assert "import sales WORKSPACE FILE" in page.problem.text()
    assert not page.isComplete()


def test_a_currency_without_a_rate_is_asked_for_not_guessed(qtbot, workspace, qt_settings):
    wizard = open_wizard(qtbot, workspace, real_file(*REPORT))  # base CNY, no GBP rate
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    facts = wizard.facts_page
    qtbot.waitUntil(lambda: not facts.busy, timeout=20_000)
    qtbot.mouseClick(facts.read_again, Qt.MouseButton.LeftButton)  # the proposed period
    qtbot.waitUntil(lambda: facts.preview is not None and bool(facts.preview.rows), timeout=20_000)
    assert facts.no_rate.isVisibleTo(facts) and "GBP" in facts.no_rate.text()
    assert facts.rates_button.isVisibleTo(facts) and not facts.isComplete()
    with workspace.transaction() as session:
        set_rate(session, "GBP", 9.1)  # what the rates dialog the button opens does
    facts._show_missing_rates(["GBP"])
    assert not facts.no_rate.isVisibleTo(facts) and facts.isComplete()


BOTH_ENGINES = True


def test_the_report_is_named_in_chinese(qtbot, gbp_shop):
    """The file page and the facts page named the report in English in the Chinese wizard
    ("Amazon Business Report (child ASIN)：先回答一个问题"): its name was looked up in the
    wrong translation context."""
    from ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    try:
        wizard = open_wizard(qtbot, gbp_shop, real_file(*REPORT))
        assert "亚马逊业务报告（子 ASIN）" in wizard.file_page.what_label.text()
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        facts = wizard.facts_page
        qtbot.waitUntil(lambda: not facts.busy, timeout=20_000)
        assert "亚马逊业务报告（子 ASIN）" in facts.summary.text()
        assert "Business Report" not in facts.summary.text()
    finally:
        switcher.switch("en")
