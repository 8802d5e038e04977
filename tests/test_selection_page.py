"""Step 4 page driven like a user: the ranked pool, scorecard, live profit form, compliance,
comparison, decisions with the approver warning, undo; every model through the model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog
from sqlmodel import select

from core import team
from core.models import Product, Sku
from core.selection import pool
from core.selection.compliance import requirements
from core.selection.models import Candidate
from core.selection.scorecard import CRITERIA
from ui.i18n import qm_file
from ui.models.candidate_pool_model import CANDIDATE_ID_ROLE, CandidatePoolModel, Column
from ui.models.comparison_model import ComparisonModel
from ui.models.compliance_model import ComplianceModel
from ui.models.scorecard_model import Column as ScoreColumn
from ui.models.scorecard_model import ScorecardModel
from ui.pages.selection.page import SelectionPage

BOTH_ENGINES = True


@pytest.fixture
def page_for(qtbot, qt_settings):
    def make(workspace) -> SelectionPage:
        page = SelectionPage()
        qtbot.addWidget(page)
        page.resize(1180, 760)
        page.set_workspace(workspace)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def _row_of(page, name):
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, Column.NAME).data() == name:
            return row
    raise AssertionError(name)


def _select(page, *names):
    selection = page.view.selectionModel()
    selection.clearSelection()
    for name in names:
        selection.select(
            page.proxy.index(_row_of(page, name), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_models_pass_the_model_tester(qtmodeltester, demo):
    pool_model = CandidatePoolModel()
    pool_model.set_workspace(demo)
    qtmodeltester.check(pool_model)
    qtmodeltester.check(pool_model, force_py=True)
    assert pool_model.rowCount() == 8
    scorecard_model = ScorecardModel()
    scorecard_model.set_card(demo, pool_model.rows[0].card)
    qtmodeltester.check(scorecard_model)
    qtmodeltester.check(scorecard_model, force_py=True)
    compliance = ComplianceModel()
    compliance.set_requirements(requirements("Audio", ["wireless", "battery"], ["DE", "US"]), "en")
    qtmodeltester.check(compliance)
    qtmodeltester.check(compliance, force_py=True)
    comparison = ComparisonModel()
    comparison.set_rows(pool_model.rows[:3])
    qtmodeltester.check(comparison)
    qtmodeltester.check(comparison, force_py=True)
    assert (comparison.rowCount(), comparison.columnCount()) == (len(CRITERIA) + 2, 3)


def test_the_pool_is_ranked_and_marks_missing_data(page_for, demo):
    page = page_for(demo)
    scores = [float(page.proxy.index(r, Column.SCORE).data()) for r in range(page.proxy.rowCount())]
    assert scores == sorted(scores, reverse=True) and len(scores) == 8
    row = _row_of(page, "Magnetic Cable Organizer")
    assert page.proxy.index(row, Column.DATA).data().startswith("⚠")
    assert "missing" in page.proxy.index(row, Column.DATA).data(Qt.ItemDataRole.ToolTipRole)
    assert "Magnetic Cable Organizer" in page.next_step.text()
    page.filter_edit.setText("bowl")
    assert page.proxy.rowCount() == 1


def test_selecting_a_candidate_shows_its_scorecard_profit_and_compliance(page_for, demo):
    page = page_for(demo)
    _select(page, "Bluetooth Shower Speaker")
    assert "Bluetooth Shower Speaker" in page.scorecard.total_label.text()
    assert page.scorecard.chart.bars and len(page.scorecard.chart.bars) == 1
    # The chart draws exactly the card's scores.
    card = page._current_row().card
    widths = list(page.scorecard.chart.bars[0].opts["width"])
    assert widths == [card.scores[c.key].score for c in CRITERIA]
    names = {
        page.compliance.model.index(r, 0).data() for r in range(page.compliance.model.rowCount())
    }
    assert any("FCC ID" in n for n in names) and any("RED" in n for n in names)
    assert page.profit_form.edits["price"].text() == "29.99"
    assert page.profit_form.result is not None
    # A long name shows its start (the field scrolled to its end after setText).
    assert page.details.edits["name"].cursorPosition() == 0
    assert "USD" in page.profit_form.result_values["unit_profit"].text()


def test_tabs_are_built_after_the_page_and_show_the_selected_candidate(page_for, demo, qtbot):
    """The tabs' panels are built on the turns after the page's (one turn for all of them
    froze the window at the start); each shows the candidate selected before it was built,
    a tab chosen is built at once, and the page says when all of them are."""
    page = page_for(demo)  # shown: its tabs come on the next turns
    built = page.tabs.panels
    assert len(built) < page.tabs.count() == 5
    settled = []
    page.when_settled(lambda: settled.append(len(built)))
    _select(page, "Bluetooth Shower Speaker")
    tabs = page.tabs
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Compliance"))
    assert "compliance" in built  # chosen: built now, showing the selected candidate
    assert built["compliance"].candidate.name == "Bluetooth Shower Speaker"
    qtbot.waitUntil(lambda: len(built) == 5)
    assert settled == [5]
    assert built["details"].edits["name"].text() == "Bluetooth Shower Speaker"
    assert built["profit"].edits["price"].text() == "29.99"
    assert built["scorecard"].candidate_name == "Bluetooth Shower Speaker"
    page.when_settled(lambda: settled.append("again"))  # built: at once
    assert settled == [5, "again"]


def test_profit_form_recomputes_as_the_seller_types(page_for, demo, qtbot):
    page = page_for(demo)
    form = page.profit_form
    form.currency_edit.setText("EUR")
    form.cost_currency_edit.setText("EUR")
    form.freight_currency_edit.setText("EUR")
    values = {
        "price": "29.99",
        "cost": "10",
        "freight": "1.2",
        "duty": "4",
        "vat": "19",
        "referral": "15",
        "fulfilment": "3.40",
        "payment": "0",
        "other": "0",
        "return_rate": "5",
        "return_loss": "10",
        "tacos": "10",
    }
    for name, text in values.items():
        form.edits[name].clear()
        qtbot.keyClicks(form.edits[name], text)
    # The hand-computed German case of tests/test_selection_profit.py.
    assert form.result_values["unit_profit"].text() == "2.64 EUR"
    assert form.result_values["net_margin"].text() == "10.46 %"
    assert form.result_values["break_even_price"].text() == "25.64 EUR"
    form.edits["referral"].setText("95")
    assert form.result_values["break_even_price"].text() == "—"
    assert form.note.isVisibleTo(form) and form.note.text()
    form.edits["price"].setText("-1")
    assert form.result is None and form.note.text()


def test_comparing_three_candidates(page_for, demo):
    page = page_for(demo)
    _select(page, "Bluetooth Shower Speaker", "Heated Pet Bed Mat", "Bamboo Bath Caddy")
    assert page.compare.model.columnCount() == 3
    assert len(page.compare.chart.bars) == 3
    assert "Heated Pet Bed Mat" in page.compare.legend.text()


def test_weights_and_hand_scores_change_the_ranking(page_for, demo, monkeypatch):
    page = page_for(demo)
    _select(page, "Magnetic Cable Organizer")
    before = float(page._current_row().card.total)
    weight = page.scorecard.model.index(0, ScoreColumn.WEIGHT)  # demand
    assert page.scorecard.model.setData(weight, 40)
    with demo.session() as session:
        from core.selection.scorecard import weights

        assert weights(session)["demand"] == 40
    page.scorecard.select_criterion("supply")
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (5, True))
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("Supplier in stock, 7 days", True)
    )
    page.scorecard.hand_button.click()
    card = page._current_row().card
    assert card.scores["supply"].by_hand and card.scores["supply"].score == 5
    assert "supply" not in card.missing
    assert float(card.total) != before


def test_add_a_candidate_and_type_its_numbers(page_for, demo, monkeypatch, qtbot):
    page = page_for(demo)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Foldable Phone Stand", True))
    page.add_button.click()
    assert page.model.rowCount() == 9
    assert page.tabs.currentIndex() == 1
    edit = page.details.edits["price"]
    edit.setText("14.99")
    edit.editingFinished.emit()
    page.details.attribute_boxes["battery"].setChecked(True)
    page.details.pain_tag.setText("wobbly")
    page.details.add_pain_point()
    with demo.session() as session:
        candidate = session.exec(
            select(Candidate).where(Candidate.name == "Foldable Phone Stand")
        ).one()
        assert candidate.price == "14.99" and candidate.attribute_list == ["battery"]
        assert [p.tag for p in pool.pain_points(session, candidate.id)] == ["wobbly"]
    page.details.edits["reviews"].setText("lots")
    page.details.edits["reviews"].editingFinished.emit()
    assert page.message.isVisibleTo(page) and "lots" in page.message.text()


def test_approve_by_someone_else_warns_then_undo(page_for, demo, qtbot):
    page = page_for(demo)
    _select(page, "Heated Pet Bed Mat")
    page.decision_buttons["approve"].click()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    with demo.session() as session:
        finance = next(m for m in team.members(session) if m.role == "finance")
        accountable = dialog.accountable_id
    assert dialog.approver_combo.currentData() == accountable
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.approver_combo.setCurrentIndex(dialog.approver_combo.findData(finance.id))
    assert dialog.warning.isVisibleTo(dialog) and "Accountable" in dialog.warning.text()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.problem.isVisibleTo(dialog)  # no reason yet: refused, nothing written
    dialog.reason_edit.setPlainText("Winter hero for DE")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Accountable" in page.message.text()
    with demo.session() as session:
        product = session.exec(select(Product).where(Product.name == "Heated Pet Bed Mat")).one()
        sku = session.exec(select(Sku).where(Sku.product_id == product.id)).one()
        assert (sku.cost, sku.price, sku.price_currency) == (75.0, 39.99, "USD")
    row = _row_of(page, "Heated Pet Bed Mat")
    assert page.proxy.index(row, Column.DECISION).data() == "Approve (立项)"
    assert not page.decision_buttons["park"].isEnabled()
    page.undo_button.click()
    with demo.session() as session:
        assert session.exec(select(Product).where(Product.name == "Heated Pet Bed Mat")).all() == []
    assert page.proxy.index(_row_of(page, "Heated Pet Bed Mat"), Column.DECISION).data() == ""


def test_page_speaks_chinese(page_for, demo):
    page = page_for(demo)
    translator = QTranslator()
    path = qm_file("zh_CN")
    if path is None or not translator.load(str(path)):
        pytest.skip("no compiled translation")
    QCoreApplication.installTranslator(translator)
    try:
        page.retranslate()
        assert "选品" in page.title.text()
        assert page.profit_form.labels["vat"].text() == "增值税 %"
        assert page.scorecard.hand_button.text() == "手动评分…"
        assert page.tabs.tabText(2) == "利润计算器"
        assert page.decision_buttons["park"].text() == "暂缓"
        assert page.model.headerData(Column.SCORE, Qt.Orientation.Horizontal) == "评分"
    finally:
        QCoreApplication.removeTranslator(translator)
        page.retranslate()
    ids = [page.proxy.index(r, 0).data(CANDIDATE_ID_ROLE) for r in range(page.proxy.rowCount())]
    assert len(set(ids)) == 8


def test_thresholds_dialog_saves_for_the_workspace(page_for, demo, qtbot):
    page = page_for(demo)
    _select(page, "Bluetooth Shower Speaker")
    assert page._current_row().card.scores["demand"].score == 4  # 2,400 units
    page.scorecard.thresholds_button.click()
    dialog = page.scorecard.thresholds_dialog
    qtbot.waitUntil(dialog.isVisible)
    spins = dialog.spins["demand"]
    spins[1].setValue(50)  # 3 points below the 2-point threshold: refused
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.problem.isVisibleTo(dialog) and dialog.isVisible()
    for spin, value in zip(spins, (500, 1000, 2000, 2300), strict=True):
        spin.setValue(value)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page._current_row().card.scores["demand"].score == 5  # 2,400 ≥ 2,300 now
    tip = page.scorecard.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "500, 1000, 2000, 2300" in tip


def test_every_toolbar_command_is_in_the_actions_menu(page_for, demo):
    page = page_for(demo)
    actions = [a for a in page.page_actions() if a is not None]
    assert [a.text() for a in actions] == [
        page.add_button.text(),
        page.import_button.text(),
        page.undo_import_button.text(),
        *(b.text() for b in page.decision_buttons.values()),
        page.undo_button.text(),
    ]


def test_an_approved_candidate_shows_in_step_2(qtbot, qt_settings, demo):
    from ui.i18n import LanguageSwitcher
    from ui.main_window import MainWindow

    window = MainWindow(LanguageSwitcher())
    qtbot.addWidget(window)
    window.set_workspace(demo)
    window.show()
    window.show_step("inventory")
    inventory = window.pages["inventory"]
    qtbot.waitUntil(lambda: inventory._job is None and inventory.data is not None, timeout=20000)
    rows_before = inventory.model.rowCount()
    window.show_step("selection")
    page = window.pages["selection"]
    _select(page, "LED Desk Lamp with USB Charging")
    page.decision_buttons["approve"].click()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.reason_edit.setPlainText("JP test batch")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.show_step("inventory")
    qtbot.waitUntil(
        lambda: inventory._job is None and inventory.model.rowCount() == rows_before + 1,
        timeout=20000,
    )
    names = [inventory.model.index(r, 1).data() for r in range(inventory.model.rowCount())]
    assert any("LED Desk Lamp with USB Charging" in str(n) for n in names)
