"""Step 5's panels driven like a user: warnings that appear and clear with edits and select
their cells when clicked, suggested roles, the role mix table and chart, the portfolio chart,
the fit rules editor (saved per workspace, reset to defaults); qtmodeltester on each model."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from core.matrix.mix import RoleMixRow
from core.matrix.portfolio import Portfolio, PortfolioPoint
from core.matrix.rules import RULES_KEY, default_rules
from core.models import Listing, Setting
from tests.conftest import DEMO_ANCHOR
from ui.pages.matrix.grid_model import CELL_ROLE, FIT_ROLE, KEY_ROLE, KIND_ROLE, SKU
from ui.pages.matrix.insights import PORTFOLIO_TAB, ROLE_MIX_TAB
from ui.pages.matrix.page import MatrixPage
from ui.pages.matrix.role_mix_model import RoleMixModel
from ui.pages.matrix.rules_dialog import RulesDialog
from ui.pages.matrix.rules_model import RulesModel
from ui.pages.matrix.warnings_panel import ShownWarning, WarningsModel

BOTH_ENGINES = True


@pytest.fixture
def page(qtbot, qt_settings, demo):
    widget = MatrixPage()
    widget.as_of = DEMO_ANCHOR
    # pytest-qt closes its widgets before fixtures end: wait for the jobs before that.
    qtbot.addWidget(widget, before_close_func=lambda w: settle(qtbot, w))
    widget.resize(1366, 768)
    widget.show()
    widget.set_workspace(demo)
    settle(qtbot, widget)
    return widget


def settle(qtbot, page: MatrixPage) -> None:
    """Wait until the grid and the warnings are read (never qWait while a job runs)."""
    qtbot.waitUntil(lambda: not page.loading and not page.busy_with_insights, timeout=60000)


def column_cells(page: MatrixPage, column: int) -> list:
    """Every listed SKU cell of a grid column, expanding products as needed."""
    model, cells = page.model, []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for p in range(model.rowCount(group)):
            product = model.index(p, 0, group)
            for s in range(model.rowCount(product)):
                cell = model.index(s, column, product)
                if cell.data(CELL_ROLE) is not None and cell.data(CELL_ROLE).status != "ended":
                    cells.append(cell)
    return cells


def select_cells(page: MatrixPage, cells: list) -> None:
    selection = QItemSelection()
    for cell in cells:
        selection.select(cell, cell)
    page.grid.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    page.grid.setFocus()


def no_traffic_for(page: MatrixPage, column: int) -> list[ShownWarning]:
    spec = page.model.column(column)
    return [
        w
        for w in page.side.warnings.model.warnings
        if w.kind == "no_traffic"
        and all(k[1:] == (spec.platform_id, spec.market_id) for k in w.cells)
    ]


def test_warning_appears_selects_its_cells_and_clears_as_the_seller_edits(qtbot, page):
    column = max(range(1, page.model.columnCount()), key=lambda c: len(column_cells(page, c)))
    cells = column_cells(page, column)
    assert len(cells) >= 3
    select_cells(page, cells)
    qtbot.keyClick(page.grid, Qt.Key.Key_3)  # profit everywhere: nobody brings traffic
    settle(qtbot, page)
    warnings = no_traffic_for(page, column)
    assert len(warnings) == 1
    assert set(warnings[0].cells) == {c.data(KEY_ROLE) for c in cells}

    # Clicking the warning selects exactly its cells.
    page.grid.clearSelection()
    row = page.side.warnings.model.warnings.index(warnings[0])
    view = page.side.warnings.view
    index = page.side.warnings.model.index(row)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    selected = {i.data(KEY_ROLE) for i in page.grid.selectionModel().selectedIndexes()}
    assert selected == set(warnings[0].cells)

    # One traffic SKU there and the warning goes; undo and it is back.
    page.grid.setCurrentIndex(cells[0])
    qtbot.keyClick(page.grid, Qt.Key.Key_2)
    settle(qtbot, page)
    assert no_traffic_for(page, column) == []
    page.act_undo.trigger()
    settle(qtbot, page)
    assert len(no_traffic_for(page, column)) == 1


def test_warnings_panel_lists_what_core_finds(qtbot, page):
    from core.matrix.grid import load_matrix
    from core.matrix.warnings import matrix_warnings

    with page.workspace.session() as session:
        expected = matrix_warnings(load_matrix(session), page.insights.facts)
    assert [w.kind for w in page.side.warnings.model.warnings] == [w.kind for w in expected]
    assert page.side.tabText(0).endswith(f"({len(expected)})") or not expected


def test_suggested_roles_are_offered_and_used(qtbot, page):
    cells = column_cells(page, 1)[:3]
    assert cells
    select_cells(page, cells)
    qtbot.keyClick(page.grid, Qt.Key.Key_0)  # no role yet: the seller asks for suggestions
    settle(qtbot, page)
    page.act_suggest.trigger()
    with page.workspace.session() as session:
        for cell in cells:
            sku_id, platform_id, market_id = cell.data(KEY_ROLE)
            stored = session.exec(
                select(Listing).where(
                    Listing.sku_id == sku_id,
                    Listing.platform_id == platform_id,
                    Listing.market_id == market_id,
                )
            ).one()
            suggestion = page.insights.suggestions[cell.data(KEY_ROLE)]
            assert stored.product_role == suggestion.product_role
            assert stored.platform_role == suggestion.platform_role
    page.act_undo.trigger()
    assert all(not c.data(CELL_ROLE).product_role for c in cells)
    # The editor shows the suggestion with its reason.
    page.edit_cell(cells[0])
    assert page.editor.suggestion_label.isVisibleTo(page.editor)
    assert page.editor.suggestion_label.text()
    page.editor.reject()


def test_role_mix_and_portfolio_tabs(qtbot, page):
    page.side.setCurrentIndex(ROLE_MIX_TAB)
    assert page.side.role_chart is not None
    rows = page.side.mix_model.rows
    assert rows == page.insights.mix.rows
    where = page.side.where.currentData()
    chosen = [r for r in rows if (r.platform, r.market) == where]
    heights = list(page.side.role_chart.bars.opts["width"])  # horizontal bars
    from ui.pages.matrix.roles import ROLE_ORDER

    assert heights == [sum(r.active for r in chosen if r.role == role) for role in ROLE_ORDER]
    page.side.setCurrentIndex(PORTFOLIO_TAB)
    chart = page.side.portfolio_chart
    assert chart is not None
    points = page.insights.portfolio.points
    shown = sum(len(s.data) for s in chart.scatters.values())
    assert shown == len(points)
    assert chart.showing_empty_state == (not points)


def test_role_mix_model_and_chart_on_constructed_rows(qtbot, qtmodeltester):
    rows = [
        RoleMixRow(1, 1, "Amazon", "US", "hero", active=2, planned=1, target=Decimal(3)),
        RoleMixRow(1, 1, "Amazon", "US", "traffic", active=0, target=Decimal(2)),
        RoleMixRow(None, None, "", "", "profit", active=4, revenue=Decimal("1200.50")),
    ]
    model = RoleMixModel()
    model.set_rows(rows, "CNY")
    qtmodeltester.check(model)
    assert model.index(0, RoleMixModel.GAP).data() == "1"  # 3 − 2 active
    assert model.index(1, RoleMixModel.GAP).data() == "2"
    assert model.index(2, RoleMixModel.WHERE).data() == "All platforms · all markets"
    assert model.index(2, RoleMixModel.REVENUE).data() == "1,200"


def test_portfolio_chart_places_each_sku(qtbot):
    from ui.pages.matrix.portfolio_chart import PortfolioChart

    chart = PortfolioChart()
    qtbot.addWidget(chart)
    points = [
        PortfolioPoint(1, "A-1", "Lamp", Decimal(600), 0.6, 0.25, "hero", "star"),
        PortfolioPoint(2, "B-1", "Mat", Decimal(300), 0.3, -0.2, None, "cash_cow"),
        PortfolioPoint(3, "C-1", "Bowl", Decimal(100), 0.1, None, "potential", "question"),
    ]
    chart.set_portfolio(Portfolio(points, "CNY", share_line=1 / 3))
    hero = chart.scatters["hero"].data
    assert (hero["x"][0], hero["y"][0]) == pytest.approx((60.0, 25.0))
    assert chart.scatters[""].data["y"][0] == pytest.approx(-20.0)
    newcomer = chart.scatters["potential"].data
    assert newcomer["y"][0] > 25.0  # growth unknown: on the top edge
    assert "C-1" in chart._tip(10.0, newcomer["y"][0], newcomer["data"][0])
    chart.set_portfolio(Portfolio([], "CNY", share_line=0))
    assert chart.showing_empty_state and "import" in chart.empty_label.text().lower()


def test_warnings_model(qtmodeltester):
    model = WarningsModel()
    model.set_warnings(
        [ShownWarning("no_traffic", "No traffic driver", "Amazon US: …", ((1, 1, 1),))]
    )
    qtmodeltester.check(model)
    assert model.index(0).data() == "No traffic driver: Amazon US: …"


def stored_rules(workspace) -> dict | None:
    with workspace.session() as session:
        row = session.get(Setting, RULES_KEY)
        return None if row is None else json.loads(row.value)


def test_rules_editor_saves_per_workspace_and_resets(qtbot, qt_settings, demo, monkeypatch):
    dialog = RulesDialog(demo)
    qtbot.addWidget(dialog)
    qtmodeltester_model = dialog.model
    assert isinstance(qtmodeltester_model, RulesModel)
    rows = {r.path: n for n, r in enumerate(dialog.model.rows)}
    base = dialog.model.index(rows[("base",)], RulesModel.VALUE)
    assert dialog.model.setData(base, "60")
    assert stored_rules(demo)["base"] == 60
    assert base.data(Qt.ItemDataRole.FontRole).bold()  # changed from the default
    # A band whose low end is above its high end is refused and nothing is stored.
    low = dialog.model.index(rows[("platforms", "amazon", "price_band", 0)], RulesModel.VALUE)
    dialog.model.setData(low, "900")
    assert dialog.message.isVisibleTo(dialog)
    assert (
        stored_rules(demo)["platforms"]["amazon"]["price_band"][0]
        == default_rules()["platforms"]["amazon"]["price_band"][0]
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert stored_rules(demo) is None
    assert dialog.model.index(rows[("base",)], RulesModel.VALUE).data() == str(
        default_rules()["base"]
    )


def test_rules_model_passes_qtmodeltester(qtmodeltester):
    model = RulesModel()
    model.set_rules(default_rules(), default_rules())
    qtmodeltester.check(model)
    names = [r.name for r in model.rows]
    assert "Starting score" in names
    assert any(n.startswith("Amazon: price band from") for n in names)


def test_changing_a_rule_moves_the_fit_scores(qtbot, page):
    cell = next(
        c
        for c in column_cells(page, 1)
        if c.data(KIND_ROLE) == SKU and c.data(FIT_ROLE) is not None and c.data(FIT_ROLE) <= 90
    )
    key, before = cell.data(KEY_ROLE), cell.data(FIT_ROLE)
    page.edit_rules()
    dialog = page.rules_dialog
    rows = {r.path: n for n, r in enumerate(dialog.model.rows)}
    base = dialog.model.index(rows[("base",)], RulesModel.VALUE)
    dialog.model.setData(base, str(default_rules()["base"] + 10))
    settle(qtbot, page)
    assert page.model.data(page.model.sku_index(key), FIT_ROLE) == before + 10
    dialog.close()


def test_placing_a_product_starts_from_the_suggested_roles(qtbot, page):
    from tests.test_matrix_page import find_cell

    cell = find_cell(page, listed=False)
    key = cell.data(KEY_ROLE)
    node = page.model.node(cell)
    column = page.model.column(cell.column())
    role, _why, where, _where_why = page.insights.suggestion(
        key, node.sku.category, column.platform_role
    )
    page.edit_cell(cell)
    editor = page.editor
    assert editor.product_role.currentData() == role
    assert editor.platform_role.currentData() == where
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert page.model.data_.cells[key].product_role == role
    with page.workspace.session() as session:
        stored = session.exec(
            select(Listing).where(
                Listing.sku_id == key[0],
                Listing.platform_id == key[1],
                Listing.market_id == key[2],
            )
        ).one()
    assert (stored.product_role, stored.platform_role, stored.status) == (role, where, "planned")


def test_export_to_excel_with_the_grid_colours(qtbot, page, tmp_path):
    import openpyxl

    from core.matrix.roles import PRODUCT_ROLE_COLOURS

    cell = column_cells(page, 1)[0]
    select_cells(page, [cell])
    qtbot.keyClick(page.grid, Qt.Key.Key_1)  # a hero to look for in the workbook
    settle(qtbot, page)
    sku_id = cell.data(KEY_ROLE)[0]
    sku_code = page.model.sku_nodes[sku_id].sku.sku_code
    path = tmp_path / "matrix.xlsx"
    page.export_to_excel(path)
    qtbot.waitUntil(lambda: page.export_note.isVisible(), timeout=60000)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows())
    # One row per SKU still sold, the same as the grid (read from the workspace).
    with page.workspace.session() as session:
        from core.models import Product, Sku

        sold = session.exec(
            select(Sku).join(Product).where(Sku.archived == False, Product.archived == False)  # noqa: E712
        ).all()
    assert len(rows) - 1 == len(sold)
    row = next(r for r in rows if r[0].value == sku_code)
    column = 5 + 0  # after SKU, SPU, product, category, variant: the grid's first column
    fill = row[column].fill.fgColor.rgb
    assert fill[-6:].upper() == PRODUCT_ROLE_COLOURS["hero"].upper()


def test_portfolio_in_a_narrow_panel_shows_the_biggest_sku(qtbot):
    """Seven roles in a four-column legend are wider than a side panel: the legend wraps
    instead of pushing the plot (and the SKU with the biggest share) past the panel's edge."""
    from PySide6.QtCore import QPointF

    from ui.pages.matrix.portfolio_chart import PortfolioChart

    chart = PortfolioChart()
    qtbot.addWidget(chart)
    chart.resize(300, 420)
    chart.show()
    roles = ["hero", "traffic", "profit", "image", "potential", "defensive", None]
    points = [
        PortfolioPoint(i, f"S-{i}", "x", Decimal(10), 0.02, 0.1, role, "dog")
        for i, role in enumerate(roles)
    ]
    points.append(PortfolioPoint(99, "BIG", "x", Decimal(500), 0.114, 2.09, "hero", "star"))
    chart.set_portfolio(Portfolio(points, "CNY", share_line=0.01))
    qtbot.waitUntil(lambda: chart.legend.columnCount < 4)
    view = chart.plot.vb
    at = chart.plot_widget.mapFromScene(view.mapViewToScene(QPointF(11.4, 209.0)))
    assert chart.plot_widget.rect().contains(at)
