"""What the look at every dialog on a 1280×800 laptop at 150 % found: that screen has only
853×533 points, and the import wizard (960×640 minimum), the team wizard (900×680), the
import history and the fit rules opened larger than it, with their buttons off the screen;
the import preview's summary then squeezed its table to no rows and drew its lines over
each other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWizard

from tests.conftest import DEMO_ANCHOR
from ui.widgets import screen_fit

SMALL = QRect(0, 0, 853, 533)  # 1280×800 at QT_SCALE_FACTOR=1.5


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(screen_fit, "available_geometry", lambda widget: QRect(SMALL))
    return SMALL


def _fits(qtbot, dialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= SMALL.width() and dialog.height() <= SMALL.height(), (
        type(dialog).__name__,
        dialog.size(),
    )
    # The layout's own minimum too: else the window cannot be made that small by hand.
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), hint
    dialog.close()


def test_workspace_dialogs_fit_a_small_screen(qtbot, qt_settings, demo_file, small_screen):
    from core.workspace import open_workspace
    from ui.dialogs.exchange_rates_dialog import ExchangeRatesDialog
    from ui.dialogs.import_history_dialog import ImportHistoryDialog
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.team_wizard import TeamWizard
    from ui.pages.matrix.rules_dialog import RulesDialog

    workspace = open_workspace(demo_file)
    try:
        for make in (ExchangeRatesDialog, ImportHistoryDialog, RulesDialog, TeamWizard):
            _fits(qtbot, make(workspace))
        wizard = ImportWizard(workspace)
        _fits(qtbot, wizard)
        # Its minimum is still a usable size, not whatever the pages shrink to.
        assert wizard.minimumWidth() >= 640 and wizard.minimumHeight() >= 400
        team = TeamWizard(workspace)
        qtbot.addWidget(team)
        team.show()
        for _ in range(2):  # the roles and review pages fit as well
            team.next()
            assert team.minimumSizeHint().height() <= SMALL.height()
    finally:
        workspace.close()


def test_start_restore_and_shortcuts_fit_a_small_screen(qtbot, qt_settings, tmp_path, small_screen):
    from ui.dialogs.restore_dialog import RestoreDialog
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from ui.dialogs.start_dialog import StartDialog

    _fits(qtbot, StartDialog(None, "shop.matrixdesk is locked by another window"))
    _fits(qtbot, RestoreDialog(tmp_path / "shop.matrixdesk", "shop.matrixdesk is damaged"))
    _fits(qtbot, ShortcutsDialog([(f"Ctrl+{n}", f"Step {n}") for n in range(1, 9)] * 3))


def test_a_dialog_is_moved_whole_onto_the_screen(qtbot, small_screen):
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog([("Ctrl+1", "Step 1")])
    qtbot.addWidget(dialog)
    dialog.move(700, 400)  # e.g. centred on a larger parent
    dialog.show()
    qtbot.waitExposed(dialog)
    assert SMALL.contains(dialog.frameGeometry())


WIDE_CSV = (
    "SKU,Name,"
    + ",".join(f"Marketplace attribute number {n}" for n in range(1, 25))
    + "\n"
    + "\n".join(f"S-{n},Ceramic cup {n}," + ",".join(["x"] * 24) for n in range(1, 40))
    + "\n"
)


@pytest.fixture
def large_text(qapp):
    """Text as large as the app's at 150 % (tests otherwise run with a small font)."""
    before = qapp.font()
    font = qapp.font()
    font.setPixelSize(20)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


def test_import_preview_keeps_its_table_on_a_small_screen(
    qtbot, qt_settings, workspace, tmp_path, small_screen, large_text
):
    from ui.dialogs.import_wizard import ImportWizard, Page

    path = tmp_path / "wide listing export.csv"
    path.write_text(WIDE_CSV, encoding="utf-8")
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20_000)
    for expected in (Page.SHEET, Page.MAPPING, Page.PREVIEW):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentId() == expected
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20_000)
    page = wizard.preview_page
    assert "Marketplace attribute number 24" in page.unmapped_columns.text() or (
        "more" in page.unmapped_columns.text()
    )
    wizard.resize(720, 480)  # its smallest
    qtbot.wait(50)
    line = page.fontMetrics().lineSpacing()
    assert page.tabs.height() >= 10 * line  # a few rows of the table stay in view
    # No line of the summary is squeezed under the height its wrapped text needs (they
    # were drawn over each other): the summary scrolls instead.
    for label in page.summary.widget().findChildren(QLabel):
        if label.isVisibleTo(page) and label.text():
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
    assert page.summary.verticalScrollBar().maximum() > 0
    # On a large screen the whole summary shows, without a scroll bar.
    wizard.resize(1400, 1000)
    qtbot.waitUntil(lambda: page.summary.verticalScrollBar().maximum() == 0)


def test_the_cell_editor_under_a_low_cell_stays_on_the_screen(qtbot, small_screen):
    """Step 5 opens the cell editor under the clicked cell: for a cell near the bottom of
    the window it opened half below the screen's edge, its buttons out of reach."""
    from ui.pages.matrix.cell_editor import CellEditor
    from ui.widgets.screen_fit import keep_on_screen

    editor = CellEditor("TC001 · Amazon · US\n65W GaN Charger", None, "main")
    qtbot.addWidget(editor)
    editor.move(600, 480)  # under a cell in the last visible row
    keep_on_screen(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert SMALL.contains(editor.frameGeometry()), editor.frameGeometry()


def test_step5_fits_beside_the_step_list_on_a_small_screen(qtbot, qt_settings, demo, large_text):
    """At 1280×800 with 150 % the page has ~600 points beside the step list: the filters
    and the role chips, each one unbreakable row, made it ~1,000 wide, so the page scrolled
    sideways and the warnings panel was off to the right. They wrap now."""
    from ui.pages.matrix.page import MatrixPage

    page = MatrixPage()
    qtbot.addWidget(
        page,
        before_close_func=lambda w: qtbot.waitUntil(
            lambda: not w.loading and not w.busy_with_insights, timeout=60000
        ),
    )
    page.resize(600, 480)
    page.show()
    page.set_workspace(demo)
    qtbot.waitUntil(lambda: not page.loading, timeout=20000)
    assert page.minimumSizeHint().width() <= 600
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.wait(50)
    # Every chip and filter is inside the page, none drawn over another.
    chips = list(page.palette_row.chips.values())
    filters = [page.filters.grouping, page.filters.category, page.filters.role, page.filters.text]
    for row in (chips, filters):
        boxes = [w.geometry() for w in row]
        for widget in row:
            right = widget.mapTo(page, widget.rect().topRight()).x()
            assert right <= page.width(), widget
        assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert len({chip.y() for chip in chips}) >= 2  # wrapped onto a second line
    assert all(chip.geometry().bottom() < page.palette_row.height() for chip in chips)
    # The wrapped rows push what is below them down, none drawn over the next, none
    # squeezed under the height its lines need; the grid keeps some rows.
    legend = page.palette_row.status_legend
    qtbot.waitUntil(
        lambda: (
            all(
                w.height() >= w.minimumSizeHint().height() for w in (page.filters, page.palette_row)
            )
            and legend.height() >= legend.heightForWidth(legend.width()) - 1
        )
    )
    assert page.grid.height() >= 10 * page.fontMetrics().lineSpacing()
    stacked = [page.filters, page.palette_row, page.grid]
    for upper, lower in zip(stacked, stacked[1:], strict=False):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper, lower)
    # The warnings panel went under the grid, as wide as the page.
    assert page.side.isVisible() and page.side.width() >= 500
    grid_top = page.grid.mapTo(page.splitter, page.grid.rect().topLeft()).y()
    assert page.side.geometry().top() > grid_top
    # Wide again: side by side.
    page.resize(1280, 700)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Horizontal)


def test_step1_fits_beside_the_step_list_on_a_small_screen(qtbot, qt_settings, demo, large_text):
    """Step 1's chips, buttons and RACI legend were each one unbreakable row: at 150 % the
    page was wider than the window and scrolled sideways, "Export to Excel…" cut off."""
    from ui.pages.team_page import TeamPage

    page = TeamPage()
    qtbot.addWidget(page)
    page.resize(600, 480)
    page.show()
    page.set_workspace(demo)
    qtbot.wait(50)
    assert page.minimumSizeHint().width() <= 600
    rows = [
        page.checklist.findChildren(QLabel),
        [page.guided_button, page.add_button, page.filter_edit, page.export_button],
        list(page.tables.legend.values()),
    ]
    for row in rows:
        for widget in row:
            right = widget.mapTo(page, widget.rect().topRight()).x()
            assert right <= page.width(), widget
        boxes = [w.geometry() for w in row]
        assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def _inside(widget, page) -> bool:
    right = widget.mapTo(page, widget.rect().topRight()).x()
    return right <= page.width()


def test_step4_fits_beside_the_step_list_on_a_small_screen(qtbot, qt_settings, demo, large_text):
    """At 150 % step 4 was ~950 points wide: the page scrolled sideways, the scorecard's
    chart, the tabs after "Profit calculator" and the profit results were off to the right.
    Narrow, the tabs go under the pool and each panel stacks its two halves."""
    from PySide6.QtWidgets import QBoxLayout

    from ui.pages.selection.page import SelectionPage
    from ui.widgets.page_scroll import PageScroll

    page = SelectionPage()
    scroll = PageScroll()  # as in the main window
    qtbot.addWidget(scroll)
    scroll.setWidget(page)
    scroll.resize(600, 480)
    scroll.show()
    page.set_workspace(demo)
    qtbot.waitExposed(scroll)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.wait(50)
    assert page.minimumSizeHint().width() <= 600
    assert scroll.horizontalScrollBar().maximum() == 0  # no scrolling sideways
    for button in (page.add_button, page.import_button, page.undo_import_button):
        assert _inside(button, page), button.text()
    assert page.view.height() >= 6 * page.view.fontMetrics().lineSpacing()  # the pool's rows
    score = page.scorecard
    assert score.layout_box.direction() == QBoxLayout.Direction.TopToBottom
    page.tabs.setCurrentIndex(2)
    form = page.profit_form
    assert form.layout_box.direction() == QBoxLayout.Direction.BottomToTop
    qtbot.wait(50)
    # The results are in sight above the fields, not under twelve of them.
    assert form.results_title.y() < form.edits["price"].y()
    for value in form.result_values.values():
        assert _inside(value, page) and value.width() >= value.sizeHint().width(), value.text()
    page.tabs.setCurrentIndex(1)
    assert page.details.forms.direction() == QBoxLayout.Direction.TopToBottom
    # Wide again: side by side.
    scroll.resize(1280, 700)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Horizontal)
    assert score.layout_box.direction() == QBoxLayout.Direction.LeftToRight


def test_step3_keeps_goal_rows_and_its_filter_on_a_small_screen(
    qtbot, qt_settings, demo, large_text
):
    """At 150 % step 3's progress chart and roles took the height: the goals table showed
    one row; squeezed in the toolbar, the filter read "Filte…"."""
    from ui.pages.goals.page import GoalsPage
    from ui.widgets.page_scroll import PageScroll

    page = GoalsPage()
    scroll = PageScroll()  # as in the main window
    qtbot.addWidget(scroll)
    scroll.setWidget(page)
    scroll.resize(600, 480)
    page.today = DEMO_ANCHOR
    page.set_workspace(demo)
    scroll.show()
    qtbot.waitExposed(scroll)
    qtbot.wait(50)
    table = page.table
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= 4, table.viewport().height()
    edit = page.filter_edit
    assert edit.isVisible()
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert edit.mapTo(page, edit.rect().topRight()).x() <= page.width()
    assert scroll.horizontalScrollBar().maximum() == 0


def _step2_in_a_small_window(qtbot, demo):
    """Step 2 on the demo in a 600×480 page scroll, as in the main window; its review loaded."""
    from ui.pages.inventory.page import InventoryPage
    from ui.widgets.page_scroll import PageScroll

    page = InventoryPage()
    page.as_of = DEMO_ANCHOR
    scroll = PageScroll()
    qtbot.addWidget(
        scroll,
        before_close_func=lambda _: qtbot.waitUntil(
            lambda: page._job is None and not page._reload_timer.isActive()
        ),
    )
    scroll.setWidget(page)
    scroll.resize(600, 480)
    page.set_workspace(demo)
    scroll.show()
    qtbot.waitExposed(scroll)
    qtbot.waitUntil(lambda: page._job is None and page.data is not None)
    return page, scroll


def test_step2_fits_beside_the_step_list_on_a_small_screen(qtbot, qt_settings, demo, large_text):
    """At 150 % step 2 was a little wider than the window (the checklist's line did not
    wrap); the charts' 2×2 grid was wider than its tab, the Pareto card cut at the right;
    the SKU details kept 310 points and squeezed the catalog, their lines drawn over each
    other in the short tab."""
    page, scroll = _step2_in_a_small_window(qtbot, demo)
    qtbot.wait(50)
    assert scroll.horizontalScrollBar().maximum() == 0
    # The catalog keeps most of the width; the details scroll instead of overlapping.
    assert page.detail.width() <= max(page.detail.minimumWidth(), page.splitter.width() // 3) + 8
    assert page.tree.width() >= page.splitter.width() // 2
    from sqlmodel import select

    from core.models import Sku

    with demo.session() as session:
        page.select_sku(session.exec(select(Sku.id).order_by(Sku.id)).first())
    qtbot.waitUntil(lambda: page.detail.review is not None)
    qtbot.wait(50)
    content = page.detail.scroll.widget()
    for label in content.findChildren(QLabel):
        if label.isVisibleTo(page.detail) and label.text():
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
    # The charts: one card a row when two do not fit, every card inside the tab.
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.charts is not None)
    qtbot.wait(50)
    charts = page.charts
    assert charts.columns == 1
    holder = charts.parentWidget()
    for card in charts.cards:
        assert card.mapTo(holder, card.rect().topRight()).x() <= holder.width(), card.title.text()
    scroll.resize(1500, 900)
    qtbot.waitUntil(lambda: charts.columns == 2)


def test_step1_keeps_member_and_raci_rows_on_a_small_screen(qtbot, qt_settings, demo, large_text):
    """At 150 % step 1's members table showed one row and the RACI matrix none (its header
    only): the page scrolls instead."""
    from ui.pages.team_page import TeamPage
    from ui.widgets.page_scroll import PageScroll

    page = TeamPage()
    scroll = PageScroll()  # as in the main window
    qtbot.addWidget(scroll)
    scroll.setWidget(page)
    scroll.resize(600, 480)
    page.set_workspace(demo)
    scroll.show()
    qtbot.waitExposed(scroll)
    qtbot.wait(50)
    tables = page.tables
    for view, rows in ((tables.members_view, 3), (tables.raci_view, 4)):
        shown = view.viewport().height() // view.verticalHeader().defaultSectionSize()
        assert shown >= rows, (view, view.viewport().height())


def test_step4_scorecard_reads_whole_on_a_laptop(qtbot, qt_settings, demo):
    """At 1280×800 the scorecard's chart took 3/8 of its tab: "Based on" read "1,5…"."""
    from ui.models.candidate_pool_model import Column as PoolColumn
    from ui.models.scorecard_model import Column
    from ui.pages.selection.page import SelectionPage
    from ui.widgets.page_scroll import PageScroll

    page = SelectionPage()
    scroll = PageScroll()  # as in the main window, beside the step list
    qtbot.addWidget(scroll)
    scroll.setWidget(page)
    scroll.resize(1030, 720)
    page.set_workspace(demo)
    scroll.show()
    qtbot.waitExposed(scroll)
    row = next(
        r
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, PoolColumn.NAME).data() == "Collapsible Silicone Dog Bowl"
    )
    page.view.selectRow(row)
    qtbot.wait(50)
    assert page.splitter.orientation() == Qt.Orientation.Horizontal
    view = page.scorecard.view
    demand = page.scorecard.model.index(0, Column.BASIS).data()
    assert demand.endswith("units a month")
    assert view.columnWidth(Column.BASIS) >= view.fontMetrics().horizontalAdvance(demand)
    scroll.resize(1900, 1000)  # room for the chart beside the table
    qtbot.waitUntil(lambda: page.scorecard.chart.isVisible())


def test_step2_platforms_keep_rows_on_a_small_screen(qtbot, qt_settings, demo, large_text):
    """At 150 % the Platforms tab's table showed one row: the chart under it took the rest."""
    page, scroll = _step2_in_a_small_window(qtbot, demo)
    page.tabs.setCurrentWidget(page.platforms_panel)
    qtbot.wait(50)
    view = page.platforms_panel.table
    assert view.isVisible()
    shown = view.viewport().height() // view.verticalHeader().defaultSectionSize()
    assert shown >= 4, view.viewport().height()


def test_step2_tabs_and_filter_share_the_row_at_150_percent(qtbot, qt_settings, demo, large_text):
    """At 150 % on 1280×800 the filter beside the tabs (280 points and the busy note) pushed
    the Flags tab behind scroll arrows: now the filter takes the room the tabs leave, in both
    languages."""
    from ui.i18n import LanguageSwitcher
    from ui.pages.inventory.toolbar import MIN_FILTER_WIDTH

    page, scroll = _step2_in_a_small_window(qtbot, demo)
    switcher = LanguageSwitcher()
    try:
        for language in ("en", "zh_CN"):
            switcher.switch(language)
            qtbot.wait(50)
            bar = page.tabs.tabBar()
            assert bar.width() >= bar.sizeHint().width(), language
            assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))
            corner = page.tabs.cornerWidget()
            assert corner.geometry().left() >= bar.geometry().right(), language
            assert corner.geometry().right() <= page.tabs.width(), language
            assert page.filter_edit.width() >= MIN_FILTER_WIDTH - 1, language
    finally:
        switcher.switch("en")
