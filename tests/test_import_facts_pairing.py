"""Pairing in the import wizard: an order file names a SKU the catalog does not know; the seller
pairs it with one of the catalog's SKUs and its rows land on that SKU."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QWizard
from sqlalchemy import text

from tests.test_import_facts_wizard import click, open_wizard
from ui.dialogs.import_wizard import Page


def sql(workspace, query, **params):
    """Read the workspace straight with SQL (a file, or a team database)."""
    with workspace.engine.connect() as conn:
        return conn.execute(text(query), params).all()


KNOWN, UNKNOWN, TARGET = "HM001-BLA", "OLD-HAMMOCK-7", "HM001-GRE"
LINES = [
    ["订单号", "下单时间", "SKU", "数量", "单价", "币种"],
    ["A1", "2026-10-03", KNOWN, "1", "59.90", "CNY"],
    ["A2", "2026-10-04", UNKNOWN, "3", "59.90", "CNY"],
    ["A3", "2026-10-05", UNKNOWN, "2", "59.90", "CNY"],
]


def test_an_unknown_sku_paired_with_a_catalog_sku_lands_on_it(qtbot, qtmodeltester, demo,
                                                               tmp_path, qt_settings):  # fmt: skip
    path = tmp_path / "订单.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(LINES)
    units = sum(int(r[3]) for r in LINES[1:] if r[2] == UNKNOWN)  # 5, from the file
    wizard = open_wizard(qtbot, demo, path)
    assert wizard.file_page.fact_kind == "orders"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.FACTS
    facts = wizard.facts_page
    qtbot.waitUntil(lambda: facts.isComplete(), timeout=20_000)
    # Orders carry their dates: no period question, and no stray dash where it would be.
    assert not facts.period_from.isVisibleTo(facts) and not facts.period_dash.isVisibleTo(facts)
    assert facts.pairing.isVisible() and facts.pairing.table.rowCount() == 1
    assert facts.pairing.table.item(0, 0).text() == UNKNOWN
    assert facts.unknown_choice.currentData() == "skip"  # today's default stays
    combo = facts.pairing.table.cellWidget(0, 2)
    qtmodeltester.check(combo.model())
    assert "0 SKUs paired" in facts.pairing.paired.text()
    # typed like a seller: the catalog code, picked by the completer's filter
    qtbot.keyClicks(combo.lineEdit(), TARGET)
    combo.setCurrentIndex(combo.findData(TARGET))
    assert facts.pairs() == {UNKNOWN: TARGET}
    assert facts.pairing.paired.text().startswith("1 SKUs paired (2 rows), 0 not paired")
    ((sku_id,),) = sql(demo, "SELECT id FROM sku WHERE sku_code = :c", c=TARGET)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.fact_result is not None, timeout=30_000)
    assert wizard.fact_result.unknown_skus == {}
    batch = wizard.fact_result.batch_id
    landed = sql(
        demo,
        "SELECT order_id, units FROM orderfact WHERE batch_id = :b AND sku_id = :s "
        "ORDER BY order_id",
        b=batch,
        s=sku_id,
    )
    ((created,),) = sql(demo, "SELECT count(*) FROM sku WHERE sku_code = :c", c=UNKNOWN)
    assert [tuple(r) for r in landed] == [("A2", 3), ("A3", 2)]
    assert sum(u for _o, u in landed) == units
    assert created == 0  # paired, not created


def test_pairing_on_the_command_line(demo, tmp_path, capsys):
    from core.cli import main

    path = tmp_path / "orders.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(LINES)
    demo_path = demo.location
    demo.close()
    code = main(["import", "orders", demo_path, str(path), "--pair", f"{UNKNOWN}={TARGET}",
                 "--apply"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    ((units,),) = sql(
        demo,
        "SELECT sum(o.units) FROM orderfact o JOIN sku s ON s.id = o.sku_id "
        "JOIN importbatch b ON b.id = o.batch_id WHERE s.sku_code = :c AND b.id = "
        "(SELECT max(id) FROM importbatch)",
        c=TARGET,
    )
    assert units == 5
    assert main(["import", "orders", demo_path, str(path), "--pair", "nonsense", "--apply"]) == 1
    assert "--pair wants CODE=SKU" in capsys.readouterr().err


BOTH_ENGINES = True


def test_the_blank_template_is_offered_for_a_product_list_only(qtbot, demo, tmp_path,
                                                               qt_settings):  # fmt: skip
    path = tmp_path / "订单.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(LINES)
    wizard = open_wizard(qtbot, demo, path)
    page = wizard.file_page
    assert page.fact_kind == "orders"  # detected from the headers
    assert not page.template_button.isVisible()  # a blank product sheet means nothing here
    page.import_as.setCurrentIndex(page.import_as.findData(""))  # the seller says: products
    assert page.template_button.isVisible()
    page.import_as.setCurrentIndex(page.import_as.findData("orders"))
    assert not page.template_button.isVisible()
