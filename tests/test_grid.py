"""The catalog grid behaves like a spreadsheet: sort by value, the SKU list, frozen code column,
widths that refit, Tab that leaves, expand/collapse all, a column chooser that stays open."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlmodel import select

from core.models import ExchangeRate, Product, SalesRecord, Setting, Sku
from ui.models.catalog_model import COLUMN_KEYS, SKU_ID_ROLE, CatalogModel

BOTH_ENGINES = True

AS_OF = date(2026, 11, 1)


@pytest.fixture
def page(inventory_page):
    return inventory_page


def _open(qtbot, page, workspace) -> None:
    page.set_workspace(workspace)
    qtbot.waitUntil(lambda: page._job is None and page.data is not None)


def _base_values(workspace) -> dict[str, dict[str, float | None]]:
    """Cost, price and margin of every SKU in the base currency, straight from the tables."""
    with workspace.session() as session:
        base_row = session.get(Setting, "base_currency")
        base = base_row.value if base_row else "CNY"
        rates = {r.currency: r.to_base for r in session.exec(select(ExchangeRate)).all()}
        rates[base] = 1.0
        result = {}
        for sku in session.exec(select(Sku)).all():
            cost = sku.cost * rates[sku.cost_currency] if sku.cost is not None else None
            price = sku.price * rates[sku.price_currency] if sku.price is not None else None
            margin = (price - cost) / price if cost is not None and price else None
            result[sku.sku_code] = {"cost": cost, "price": price, "margin": margin}
        # Where a SKU sold in the 12 months before AS_OF the grid shows the realised margin:
        # (revenue − units × cost) ÷ revenue, straight from the sales table.
        sold: dict[int, list[float]] = {}
        for sale in session.exec(
            select(SalesRecord).where(
                SalesRecord.month >= date(2025, 11, 1), SalesRecord.month < AS_OF
            )
        ).all():
            totals = sold.setdefault(sale.sku_id, [0.0, 0])
            totals[0] += sale.revenue * rates[sale.currency]
            totals[1] += sale.units
        for sku in session.exec(select(Sku)).all():
            values = result[sku.sku_code]
            revenue, units = sold.get(sku.id, [0.0, 0])
            if revenue > 0 and values["cost"] is not None:
                values["margin"] = (revenue - units * values["cost"]) / revenue
        return result


def _column(page, key: str) -> int:
    return COLUMN_KEYS.index(key)


def _flat_codes(page) -> list[str]:
    page.model.fetch_all()  # as scrolling to the end does: the grid is given rows as it scrolls
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_sku_list_sorts_the_whole_catalog_by_price_in_the_base_currency(qtbot, page, demo):
    with demo.transaction() as session:  # one price in yen: a big number, a small value
        session.merge(ExchangeRate(currency="JPY", to_base=0.048))
        sku = session.exec(select(Sku).where(Sku.sku_code == "HM001-GRE")).one()
        sku.price, sku.price_currency = 3000.0, "JPY"
    _open(qtbot, page, demo)
    page.act_flat.trigger()
    # every SKU a row (99 + 2 approved in step 4), the first hundred given to the grid at once
    assert page.model.flat and page.proxy.rowCount() == 100
    page.model.fetch_all()
    assert page.proxy.rowCount() == 101
    page.tree.sortByColumn(_column(page, "price"), Qt.SortOrder.AscendingOrder)
    values = _base_values(demo)
    prices = [values[code]["price"] for code in _flat_codes(page)]
    known = [p for p in prices if p is not None]
    assert known == sorted(known) and len(set(known)) > 20  # not all tied
    # mixed currencies: the order is by converted value, not by the typed number
    with demo.session() as session:
        currencies = {s.price_currency for s in session.exec(select(Sku)).all()}
    assert len(currencies) > 1
    page.tree.sortByColumn(_column(page, "cost"), Qt.SortOrder.DescendingOrder)
    costs = [values[code]["cost"] for code in _flat_codes(page)]
    known = [c for c in costs if c is not None]
    assert known == sorted(known, reverse=True)


def test_top_skus_by_margin_in_one_click(qtbot, page, demo):
    _open(qtbot, page, demo)
    page.act_top_margin.trigger()
    values = _base_values(demo)
    expected = sorted((v["margin"], code) for code, v in values.items() if v["margin"] is not None)[
        ::-1
    ][:20]
    shown = _flat_codes(page)[:20]
    assert [values[c]["margin"] for c in shown] == pytest.approx([m for m, _ in expected])
    assert page.tree.currentIndex().data() == shown[0]
    page.act_flat.trigger()  # back to the tree
    assert not page.model.flat and page.proxy.rowCount() == 38


def test_tree_sorts_products_by_value_and_skus_within(qtbot, page, demo):
    _open(qtbot, page, demo)
    page.tree.sortByColumn(_column(page, "price"), Qt.SortOrder.AscendingOrder)
    values = _base_values(demo)
    proxy = page.proxy
    lowest = []
    for p in range(proxy.rowCount()):
        parent = proxy.index(p, 0)
        skus = [proxy.index(s, 0, parent).data() for s in range(proxy.rowCount(parent))]
        prices = [values[c]["price"] for c in skus if values[c]["price"] is not None]
        assert prices == sorted(prices)
        lowest.append(min(prices))
    assert lowest == sorted(lowest)


def test_product_rows_show_price_range_stock_and_margin(qtbot, page, demo):
    _open(qtbot, page, demo)
    with demo.session() as session:
        product = session.exec(select(Product).where(Product.spu_code == "HM001")).one()
        skus = session.exec(select(Sku).where(Sku.product_id == product.id)).all()
    proxy = page.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "HM001")
    price = proxy.index(row, _column(page, "price")).data()
    low, high = min(s.price for s in skus), max(s.price for s in skus)
    code = skus[0].price_currency
    assert price == (f"{low:,.2f} {code}" if low == high else f"{low:,.2f}–{high:,.2f} {code}")
    assert proxy.index(row, _column(page, "stock")).data() == f"{sum(s.stock_qty for s in skus):,}"
    assert proxy.index(row, _column(page, "margin")).data().endswith("%")


def test_code_column_stays_frozen_while_scrolling_right(qtbot, page, demo):
    _open(qtbot, page, demo)
    tree = page.tree
    for column in range(tree.model().columnCount()):
        tree.setColumnHidden(column, False)
    bar = tree.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    assert tree.columnViewportPosition(0) < 0  # the real code column scrolled away…
    frozen = tree.frozen
    assert frozen.isVisible() and frozen.x() == tree.frameWidth()  # …the frozen one did not
    assert frozen.width() == tree.columnWidth(0)
    index = tree.model().index(3, 0)
    assert frozen.visualRect(index).top() == tree.visualRect(index).top()
    tree.verticalScrollBar().setValue(tree.verticalScrollBar().maximum())
    assert frozen.verticalScrollBar().value() == tree.verticalScrollBar().value()
    assert frozen.visualRect(index).top() == tree.visualRect(index).top()
    tree.collapseAll()
    assert not frozen.isExpanded(index)
    tree.expand(index)
    assert frozen.isExpanded(index)


def _clipped_headers(tree) -> list[str]:
    model = tree.model()
    bold = QFont(tree.header().font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    return [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(model.columnCount())
        if not tree.isColumnHidden(c)
        and metrics.horizontalAdvance(model.headerData(c, Qt.Orientation.Horizontal)) + 16
        > tree.columnWidth(c)
    ]


def _clipped_cells(tree) -> list[str]:
    model, metrics = tree.model(), tree.fontMetrics()
    clipped = []
    for p in range(model.rowCount()):
        parent = model.index(p, 0)
        for s in range(model.rowCount(parent)):
            for key in ("cost", "price", "revenue", "stock_value", "margin"):
                text = model.index(s, COLUMN_KEYS.index(key), parent).data() or ""
                if metrics.horizontalAdvance(text) + 8 > tree.columnWidth(COLUMN_KEYS.index(key)):
                    clipped.append(text)
    return clipped


def test_widths_refit_on_load_language_and_workspace_switch(qtbot, page, demo, workspace):
    _open(qtbot, page, demo)
    assert _clipped_headers(page.tree) == [] and _clipped_cells(page.tree) == []
    from ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    try:
        QApplication.processEvents()
        assert page.tree.model().headerData(0, Qt.Orientation.Horizontal) != "Code"
        assert _clipped_headers(page.tree) == []
    finally:
        switcher.switch("en")
    QApplication.processEvents()
    assert _clipped_headers(page.tree) == []
    # another workspace: widths refit to its numbers, not the stale ones
    page.set_workspace(workspace)
    page.tree.setColumnWidth(_column(page, "price"), 20)
    _open(qtbot, page, demo)
    assert _clipped_cells(page.tree) == []


def test_tab_leaves_the_table(qtbot, page, demo):
    _open(qtbot, page, demo)
    page.tree.setFocus()
    page.activateWindow()
    qtbot.waitUntil(lambda: page.tree.hasFocus())
    qtbot.keyClick(page.tree, Qt.Key.Key_Tab)
    assert not page.tree.hasFocus()


def test_expand_and_collapse_all(qtbot, page, demo):
    _open(qtbot, page, demo)
    page.act_collapse.trigger()
    proxy = page.proxy
    assert not any(page.tree.isExpanded(proxy.index(r, 0)) for r in range(proxy.rowCount()))
    page.act_expand.trigger()
    assert all(page.tree.isExpanded(proxy.index(r, 0)) for r in range(proxy.rowCount()))


def test_column_chooser_stays_open_while_ticking(qtbot, page, demo):
    _open(qtbot, page, demo)
    menu = page.columns.menu(page)
    menu.popup(page.mapToGlobal(QPoint(10, 10)))
    qtbot.waitExposed(menu)
    hidden = [a for a in menu.actions() if a.isEnabled() and not a.isChecked()]
    assert len(hidden) >= 2
    for action in hidden[:2]:
        rect = menu.actionGeometry(action)
        qtbot.mouseMove(menu, rect.center())
        menu.setActiveAction(action)
        qtbot.mouseRelease(menu, Qt.MouseButton.LeftButton, pos=rect.center())
        assert menu.isVisible()
    assert all(a.isChecked() for a in hidden[:2])
    menu.close()


def test_flat_model_passes_the_model_tester(qtmodeltester, demo):
    from core import catalog, currency
    from core.inventory.review import review_catalog

    model = CatalogModel(demo)
    with demo.session() as session:
        model.set_catalog(
            review_catalog(session, as_of=AS_OF),
            catalog.product_rows(session),
            catalog.catalog_rows(session),
            currency.rates(session),
            catalog.category_names(session),
        )
    model.set_flat(True)
    qtmodeltester.check(model)
    assert model.rowCount() == 101 and all(
        model.index(r, 0).data(SKU_ID_ROLE) > 0 for r in range(101)
    )
    sku_id = model.index(5, 0).data(SKU_ID_ROLE)
    assert model.sku_index(sku_id).row() == 5


def test_ctrl_f_goes_to_the_filter(qtbot, page, demo):
    _open(qtbot, page, demo)
    page.tree.setFocus()
    page.activateWindow()
    page.act_filter.trigger()
    assert QApplication.focusWidget() is page.filter_edit or page.filter_edit.hasFocus()
    assert isinstance(page.filter_edit, QLineEdit)


def test_rows_leave_room_for_chinese_glyphs(qtbot, page, demo):
    from ui.widgets.grid import ROW_SPACING

    _open(qtbot, page, demo)
    index = page.proxy.index(0, 0)
    height = page.tree.visualRect(index).height()
    assert height >= int(page.tree.fontMetrics().height() * ROW_SPACING)
    assert page.tree.frozen.visualRect(index).height() == height


def test_ctrl_end_goes_to_the_last_product_not_the_last_fetched(qtbot, page, demo, monkeypatch):
    """The grid gets products a screen at a time as it scrolls; Ctrl+End goes to the end of
    the whole catalog, as in a spreadsheet, not to the end of what was fetched so far."""
    import ui.models.catalog_tree as tree_module

    monkeypatch.setattr(tree_module, "FETCH_ROWS", 5)
    _open(qtbot, page, demo)
    with demo.session() as session:
        products = len(session.exec(select(Product)).all())
    proxy = page.proxy
    assert proxy.rowCount() < products  # fetched as the grid scrolls
    page.tree.setFocus()
    page.tree.setCurrentIndex(proxy.index(0, 0))
    qtbot.keyClick(page.tree, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert proxy.rowCount() == products
    current = page.tree.currentIndex()
    last = proxy.index(products - 1, 0)
    if page.tree.isExpanded(last):  # the last row shown: the last product's last SKU
        assert current.parent() == last and current.row() == proxy.rowCount(last) - 1
    else:
        assert current.row() == products - 1 and not current.parent().isValid()
    page.act_flat.trigger()  # the SKU list: its last SKU
    with demo.session() as session:
        skus = len(session.exec(select(Sku)).all())
    assert proxy.rowCount() < skus
    page.tree.setCurrentIndex(proxy.index(0, 0))
    qtbot.keyClick(page.tree, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert proxy.rowCount() == skus and page.tree.currentIndex().row() == skus - 1
