"""Step 3 page driven like a user: the goals table (edit, undo, add, delete), the platform
roles, the chart, progress that follows the catalog, the wizard, the empty state, language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit
from sqlmodel import select

from core.goals import plan
from core.goals.models import Goal
from core.models import Listing, Market, Platform, Product, Sku, TeamMember
from ui.pages.goals.goal_dialog import GoalDialog
from ui.pages.goals.goal_wizard import GoalWizard, Page
from ui.pages.goals.goals_model import Column, GoalsModel
from ui.pages.goals.page import GoalsPage
from ui.pages.goals.platform_roles_model import PlatformRolesModel

BOTH_ENGINES = True

TODAY = date(2026, 11, 15)


@pytest.fixture
def page_for(qtbot, qt_settings):
    def make(workspace) -> GoalsPage:
        page = GoalsPage()
        page.today = TODAY
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.set_workspace(workspace)
        page.show()
        qtbot.waitExposed(page)
        qtbot.wait(10)  # the event loop runs between what a user does
        return page

    return make


def _goals(workspace) -> list[Goal]:
    with workspace.session() as session:
        return plan.goals(session)


def _row(page, title: str) -> int:
    model = page.model
    for row in range(model.rowCount()):
        if model.index(row, Column.GOAL).data() == title:
            return row
    raise AssertionError(title)


def _editor(view, index, kind):
    if index.model() is not view.model():  # a goal of the page's model: the view sorts it
        index = view.model().mapFromSource(index)
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [e for e in view.viewport().findChildren(kind) if e.isVisible()]
    assert editors, "no editor opened"
    return editors[-1]


def test_models_pass_the_model_tester(qtmodeltester, demo, workspace):
    for ws in (demo, workspace):
        goals = GoalsModel()
        goals.today = TODAY
        goals.set_workspace(ws)
        qtmodeltester.check(goals)
        qtmodeltester.check(goals, force_py=True)
        roles = PlatformRolesModel()
        roles.set_workspace(ws)
        qtmodeltester.check(roles)
        qtmodeltester.check(roles, force_py=True)
    assert (roles.rowCount(), roles.columnCount()) == (0, 0)


def test_demo_goals_show_progress_status_and_chart(page_for, demo):
    page = page_for(demo)
    assert page.model.rowCount() == 9
    row = _row(page, "Amazon US: Traffic SKUs")
    assert page.model.index(row, Column.PROGRESS).data() == "3 of 5"
    assert page.model.index(row, Column.STATUS).data() == "On track"
    tip = page.model.index(row, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "On track" in tip and "100 %" in tip and "80 %" in tip
    assert page.roles_model.rowCount() == 4 and page.roles_model.columnCount() == 3
    assert page.roles_model.index(0, 0).data() == "Main"  # Amazon in the US
    # The chart draws one bar per goal, as long as its progress.
    widths = list(page.chart.bars.opts["width"])
    assert widths[row] == pytest.approx(60.0)
    assert len(widths) == 9
    assert "set" in page.checklist.text()


def test_progress_follows_the_matrix(page_for, demo):
    page = page_for(demo)
    with demo.transaction() as s:
        amazon = s.exec(select(Platform).where(Platform.code == "amazon")).one()
        us = s.exec(select(Market).where(Market.code == "US")).one()
        listing = s.exec(
            select(Listing).where(
                Listing.platform_id == amazon.id,
                Listing.market_id == us.id,
                Listing.product_role == None,  # noqa: E711
                Listing.status == "active",
            )
        ).first()
        listing.product_role = "traffic"
    page.hide()
    page.show()  # coming back to the page re-reads the workspace
    row = _row(page, "Amazon US: Traffic SKUs")
    assert page.model.index(row, Column.PROGRESS).data() == "4 of 5"
    assert list(page.chart.bars.opts["width"])[row] == pytest.approx(80.0)


def test_edit_a_target_in_the_table_then_undo(page_for, demo, qtbot):
    page = page_for(demo)
    row = _row(page, "Amazon US: Traffic SKUs")
    editor = _editor(page.table, page.model.index(row, Column.TARGET), QLineEdit)
    editor.setText("3")
    with qtbot.waitSignal(page.sig_data_changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop
    goal = next(g for g in _goals(demo) if g.product_role == "traffic" and g.market_id == 1)
    assert goal.target == "3"
    assert page.model.index(row, Column.STATUS).data() == "Done"
    page.act_undo.trigger()
    goal = next(g for g in _goals(demo) if g.id == goal.id)
    assert goal.target == "5"
    page.act_redo.trigger()
    assert next(g for g in _goals(demo) if g.id == goal.id).target == "3"


def test_a_margin_is_typed_in_percent_and_a_bad_edit_is_refused(page_for, demo, qtbot, monkeypatch):
    page = page_for(demo)
    row = _row(page, "Amazon JP: gross margin")
    assert page.model.index(row, Column.TARGET).data(Qt.ItemDataRole.EditRole) == "69"
    assert page.model.setData(page.model.index(row, Column.TARGET), "60")
    assert page.model.index(row, Column.TARGET).data() == "60.0 %"
    refused = []
    monkeypatch.setattr(page, "_show_error", refused.append)
    page.model.sig_error.disconnect()
    page.model.sig_error.connect(refused.append)
    assert not page.model.setData(page.model.index(row, Column.TARGET), "")
    assert refused and "number" in refused[0]
    deadline = page.model.index(row, Column.DEADLINE)
    assert not page.model.setData(deadline, QDate(2020, 1, 1))
    assert "before the start" in refused[-1]


def test_owner_is_chosen_from_the_team(page_for, demo):
    page = page_for(demo)
    row = _row(page, "Amazon US: revenue")
    editor = _editor(page.table, page.model.index(row, Column.OWNER), QComboBox)
    editor.setCurrentIndex(editor.findText("Chen Hao 陈浩"))
    page.table.commitData(editor)
    assert page.model.index(row, Column.OWNER).data() == "Chen Hao 陈浩"


def test_add_goal_form_says_what_is_missing(qtbot, demo):
    page_choices = {"platforms": [(1, "Amazon")], "markets": [(1, "US")], "owners": [(1, "Lin")]}
    dialog = GoalDialog(page_choices, TODAY)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    problems = dialog.form.problems.text()
    assert "measure" in problems and "number" in problems
    form = dialog.form
    form.measure.setCurrentIndex(form.measure.findData("sku_count"))
    qtbot.keyClicks(form.target, "2.5")
    assert "whole number" in form.problems.text() and not ok.isEnabled()
    form.target.setText("6")
    assert ok.isEnabled()
    assert "Nobody owns" in form.problems.text()  # asked for, not required
    form.role.setCurrentIndex(form.role.findData("traffic"))
    form.platform.setCurrentIndex(form.platform.findData(1))
    form.owner.setCurrentIndex(form.owner.findData(1))
    draft = form.draft()
    assert (draft.starts_on, draft.deadline) == (date(2026, 10, 1), date(2026, 12, 31))
    assert (draft.measure, draft.target, draft.product_role, draft.owner_id) == (
        "sku_count",
        "6",
        "traffic",
        1,
    )
    form.deadline.setDate(QDate(2026, 9, 1))
    assert "before the start" in form.problems.text() and not ok.isEnabled()


def test_add_and_delete_goals_with_undo(page_for, demo):
    page = page_for(demo)
    draft = plan.GoalDraft(
        measure="sku_count",
        target="2",
        product_role="image",
        starts_on=date(2026, 10, 1),
        deadline=date(2026, 12, 31),
    )
    page.add_from_draft(draft)
    assert len(_goals(demo)) == 10 and page.model.rowCount() == 10
    assert page.table.currentIndex().siblingAtColumn(Column.GOAL).data() == (
        "All platforms and markets: Image SKUs"
    )
    page.act_undo.trigger()
    assert len(_goals(demo)) == 9
    page.act_redo.trigger()
    assert len(_goals(demo)) == 10
    page.table.selectRow(0)
    first = page.model.goal_id(0)
    page.act_delete.trigger()
    assert first not in {g.id for g in _goals(demo)}
    page.act_undo.trigger()
    assert first in {g.id for g in _goals(demo)} and page.model.rowCount() == 10


def test_platform_roles_and_priority_are_edited_in_place(page_for, demo):
    page = page_for(demo)
    index = page.roles_model.index(1, 1)  # TikTok Shop in DE
    editor = _editor(page.roles_table, index, QComboBox)
    editor.setCurrentIndex(editor.findData("clearance"))
    page.roles_table.commitData(editor)
    with demo.session() as s:
        assert plan.platform_roles(s)[(3, 2)] == "clearance"
    page.act_undo.trigger()
    with demo.session() as s:
        assert (3, 2) not in plan.platform_roles(s)
    assert index.data() == "—"
    page.act_redo.trigger()
    assert index.data() == "Clearance"
    page.roles_table.setCurrentIndex(page.roles_model.index(1, 0))
    page.move_up.click()
    with demo.session() as s:
        assert [p.code for p in plan.platform_priority(s)][:2] == ["tiktok", "amazon"]


@pytest.fixture
def shop(workspace):
    with workspace.transaction() as s:
        s.add_all(
            [
                Market(id=1, code="US", name="United States", currency="USD"),
                Market(id=2, code="DE", name="Germany", currency="EUR"),
            ]
        )
        s.add_all(
            [
                Platform(id=1, code="amazon", name="Amazon"),
                Platform(id=2, code="tiktok", name="TikTok Shop"),
            ]
        )
        s.add(TeamMember(id=1, name="Zhao Min", role="operations"))
        s.add(Product(id=1, spu_code="P1", name="Lamp"))
        s.flush()
        s.add(Sku(id=1, product_id=1, sku_code="S1"))
    return workspace


def test_wizard_markets_platforms_roles_targets(qtbot, qt_settings, shop):
    wizard = GoalWizard(shop, TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    markets = wizard.markets_page.choice
    assert markets.checked_ids() == [2]  # the first market (DE), ready to change
    markets.list.item(1).setCheckState(Qt.CheckState.Checked)  # the US as well
    markets.list.setCurrentRow(1)
    markets.down.click()  # already last: stays
    assert markets.checked_ids() == [2, 1]
    markets.up.click()  # the US first
    assert markets.checked_ids() == [1, 2]
    wizard.next()
    assert wizard.currentId() == Page.PLATFORMS
    platforms = wizard.platforms_page
    platforms.choice.list.item(1).setCheckState(Qt.CheckState.Checked)  # TikTok Shop too
    assert platforms.table.rowCount() == 2 and platforms.table.columnCount() == 2
    combo = platforms.table.cellWidget(1, 0)  # TikTok Shop in the US: test by default
    assert combo.currentData() == "test"
    assert platforms.table.cellWidget(0, 1).currentData() == "main"  # Amazon DE
    combo.setCurrentIndex(combo.findData("main"))
    wizard.next()
    targets = wizard.targets_page
    assert not targets.isComplete()  # no target yet
    targets.counts["traffic"].setValue(5)
    targets.revenue.setText("abc")
    assert not targets.isComplete() and "number" in targets.problem.text()
    targets.revenue.setText("120,000")
    targets.margin.setValue(35)
    targets.owner.setCurrentIndex(targets.owner.findData(1))
    assert targets.isComplete()
    wizard.accept()
    with shop.session() as s:
        assert [m.code for m in plan.target_markets(s)] == ["US", "DE"]
        assert [p.code for p in plan.platform_priority(s)] == ["amazon", "tiktok"]
        roles = plan.platform_roles(s)
        assert roles[(1, 2)] == "main" and roles[(2, 1)] == "main" and roles[(2, 2)] == "test"
        goals = plan.goals(s)
    assert [(g.measure, g.target, g.product_role) for g in goals] == [
        ("sku_count", "5", "traffic"),
        ("revenue", "120000", None),
        ("margin", "0.35", None),
    ]
    assert {(g.platform_id, g.market_id, g.owner_id) for g in goals} == {(1, 1, 1)}
    assert {(g.starts_on, g.deadline) for g in goals} == {(date(2026, 10, 1), date(2026, 12, 31))}


def test_empty_workspace_says_what_to_do(page_for, workspace):
    page = page_for(workspace)
    assert page.model.rowCount() == 0
    assert page.empty.isVisible() and not page.table.isVisible()
    assert "step 2" in page.empty.text()
    assert not page.wizard_button.isEnabled()


def test_workspace_with_a_catalog_but_no_goals_offers_the_wizard(page_for, shop):
    page = page_for(shop)
    assert "wizard" in page.empty.text() and page.wizard_button.isEnabled()
    assert "target markets" in page.checklist.text()


def test_page_speaks_chinese(page_for, demo, qtbot):
    from ui.i18n import LanguageSwitcher

    page = page_for(demo)
    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    try:
        assert "第 3 步" in page.title.text()
        row = _row(page, "Amazon US：引流款 SKU 数")
        assert page.model.index(row, Column.STATUS).data() == "进展顺利"
    finally:
        switcher.switch("en")
    assert page.title.text() == "Step 3: Goals"


def test_export_from_the_page(page_for, demo, tmp_path, qtbot):
    from openpyxl import load_workbook

    page = page_for(demo)
    out = tmp_path / "goals.xlsx"
    with qtbot.waitSignal(page.sig_exported, timeout=10000):
        page.export_to_excel(out)
    book = load_workbook(out)
    goals, roles = book.worksheets
    assert goals.max_row == 10  # header + 9 goals
    assert [c.value for c in roles[2]] == ["1. Amazon", "Main", "Main", "Test"]


def test_sort_and_filter_the_goals(page_for, demo, qtbot):
    page = page_for(demo)
    page.table.sortByColumn(Column.PROGRESS, Qt.SortOrder.AscendingOrder)
    first = page.proxy.index(0, Column.GOAL).data()
    assert first == "TikTok Shop US: revenue"  # 31 %, the furthest behind
    page.table.sortByColumn(Column.TARGET, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, Column.GOAL).data() == "Amazon US: revenue"  # 7,750,000
    qtbot.keyClicks(page.filter_edit, "wang fang")
    assert page.proxy.rowCount() == 2  # the finance owner's two margin goals
    page.table.selectRow(1)
    deleted = page.model.goal_id(page.proxy.mapToSource(page.proxy.index(1, 0)).row())
    page.act_delete.trigger()
    assert deleted not in {g.id for g in _goals(demo)}
    assert page.proxy.rowCount() == 1


def test_margin_moves_when_a_cost_changes_in_the_catalog(page_for, demo):
    page = page_for(demo)
    row = _row(page, "All platforms and markets: gross margin")
    before = page.model.progress()[row].actual
    with demo.transaction() as s:
        for sku in s.exec(select(Sku)).all():
            sku.cost = (sku.cost or 0) * 2  # the factory doubled every price
    page.hide()
    page.show()
    after = page.model.progress()[row].actual
    assert after < before
    assert page.model.index(row, Column.STATUS).data() == "Off track"
