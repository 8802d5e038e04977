"""The catalog tree: shape on the demo, filtering, edits written to the database, undo/redo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlmodel import select

from core import catalog, currency
from core.inventory.review import review_catalog
from core.models import Product, Sku
from ui.models.catalog_filter import CatalogFilter
from ui.models.catalog_model import COLUMN_KEYS, SKU_ID_ROLE, CatalogModel

BOTH_ENGINES = True

AS_OF = date(2026, 11, 1)


def _model(workspace) -> CatalogModel:
    model = CatalogModel(workspace)
    with workspace.session() as session:
        model.set_catalog(
            review_catalog(session, as_of=AS_OF),
            catalog.product_rows(session),
            catalog.catalog_rows(session),
            currency.rates(session),
            catalog.category_names(session),
        )
    return model


def _price(demo, code: str) -> float:
    with demo.session() as session:
        return session.exec(select(Sku.price).where(Sku.sku_code == code)).one()


def _find(model: CatalogModel, code: str, column: str):
    for p_row in range(model.rowCount()):
        parent = model.index(p_row, 0)
        for s_row in range(model.rowCount(parent)):
            if model.index(s_row, 0, parent).data() == code:
                return model.index(s_row, COLUMN_KEYS.index(column), parent)
    raise AssertionError(code)


def test_tree_shape_on_the_demo(qtmodeltester, demo):
    model = _model(demo)
    qtmodeltester.check(model)
    assert model.rowCount() == 38  # 36 + 2 approved in step 4
    assert sum(model.rowCount(model.index(r, 0)) for r in range(38)) == 101
    first = model.index(0, 0)
    assert first.data(SKU_ID_ROLE) == 0
    assert model.index(0, 0, first).data(SKU_ID_ROLE) > 0
    assert model.rowCount(model.index(0, 0, first)) == 0


def test_filter_shows_parents_of_matching_skus(qtmodeltester, demo):
    model = _model(demo)
    proxy = CatalogFilter()
    proxy.setSourceModel(model)
    proxy.set_text("HM0")
    qtmodeltester.check(proxy)
    codes = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert len(codes) == 12 and all(code.startswith("HM") for code in codes)
    proxy.set_text("home grey")  # every word must match (category + variant)
    skus = [
        proxy.index(s, 0, proxy.index(p, 0)).data()
        for p in range(proxy.rowCount())
        for s in range(proxy.rowCount(proxy.index(p, 0)))
    ]
    assert skus and all(code.startswith("HM") and code.endswith("GRE") for code in skus)
    proxy.set_text("")
    first_ids = {model.index(0, 0, model.index(0, 0)).data(SKU_ID_ROLE)}
    proxy.set_sku_ids(first_ids)
    assert proxy.rowCount() == 1 and proxy.rowCount(proxy.index(0, 0)) == 1


def test_sorting_works_within_each_product(demo):
    model = _model(demo)
    proxy = CatalogFilter()
    proxy.setSourceModel(model)
    proxy.sort(COLUMN_KEYS.index("revenue"), Qt.SortOrder.DescendingOrder)
    top = [proxy.index(r, COLUMN_KEYS.index("revenue")).data() for r in range(proxy.rowCount())]
    values = [float(text.replace(",", "")) for text in top]
    assert values == sorted(values, reverse=True)
    parent = proxy.index(0, 0)
    children = [
        float(proxy.index(r, COLUMN_KEYS.index("revenue"), parent).data().replace(",", ""))
        for r in range(proxy.rowCount(parent))
    ]
    assert children == sorted(children, reverse=True)


def test_price_edit_writes_and_undo_redo_restore(demo):
    model = _model(demo)
    stack = QUndoStack()
    model.undo_stack = stack
    index = _find(model, "HM001-GRE", "price")
    before = _price(demo, "HM001-GRE")
    assert model.setData(index, "21.50")
    assert _price(demo, "HM001-GRE") == 21.5
    assert index.data() == "21.50 USD"  # the cell says which currency
    assert stack.count() == 1 and "HM001-GRE" in stack.undoText()
    stack.undo()
    assert _price(demo, "HM001-GRE") == before
    stack.redo()
    assert _price(demo, "HM001-GRE") == 21.5


def test_margin_follows_an_edited_cost_at_once(demo):
    model = _model(demo)
    index = _find(model, "HM001-GRE", "cost")
    margin = index.siblingAtColumn(COLUMN_KEYS.index("margin"))
    assert model.setData(index, "0")
    assert margin.data() == "100.0%"


def test_invalid_input_writes_nothing_and_says_why(qtbot, demo):
    model = _model(demo)
    stack = QUndoStack()
    model.undo_stack = stack
    index = _find(model, "HM001-GRE", "price")
    before = _price(demo, "HM001-GRE")
    with qtbot.waitSignal(model.sig_error) as blocker:
        assert not model.setData(index, "-4")
    assert "negative" in blocker.args[0]
    assert _price(demo, "HM001-GRE") == before and stack.count() == 0


def test_product_category_edit_creates_the_category(demo):
    model = _model(demo)
    index = model.index(0, COLUMN_KEYS.index("category"))
    assert model.setData(index, "Kitchen")
    with demo.session() as session:
        product = session.exec(select(Product).where(Product.spu_code == "HM001")).one()
        assert catalog.product_rows(session, [product.id])[product.id]["category"] == "Kitchen"
    child = model.index(0, COLUMN_KEYS.index("category"), model.index(0, 0))
    assert child.data() == "Kitchen"
    assert "Kitchen" in model.categories


@pytest.mark.parametrize("stage", ["decline", ""])
def test_lifecycle_override_shown_bold_and_cleared(demo, stage):
    model = _model(demo)
    index = _find(model, "HM001-GRE", "lifecycle")
    assert model.setData(index, stage) or stage == ""
    font = index.data(Qt.ItemDataRole.FontRole)
    assert font.bold() == bool(stage)
    assert "Double-click to override" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_empty_workspace_gives_an_empty_tree(qtmodeltester, workspace):
    model = _model(workspace)
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.sku_count() == 0


def test_the_margin_column_says_realised_or_list_price(demo):
    """A SKU that sold shows its realised margin, (revenue − units × cost) ÷ revenue from the
    sales table; one that did not shows its list-price margin, in grey, and says so."""
    from sqlmodel import func

    from core.models import SalesRecord, Sku

    with demo.transaction() as session:
        quiet = session.exec(select(Sku).where(Sku.sku_code == "HM001-GRE")).one()
        for record in session.exec(select(SalesRecord).where(SalesRecord.sku_id == quiet.id)).all():
            session.delete(record)
        sold = session.exec(select(Sku).where(Sku.sku_code == "HM001-BLA")).one()
        revenue, units = session.exec(
            select(func.sum(SalesRecord.revenue), func.sum(SalesRecord.units)).where(
                SalesRecord.sku_id == sold.id,
                SalesRecord.month >= date(2025, 11, 1),
                SalesRecord.month < AS_OF,
                SalesRecord.currency == "USD",
            )
        ).one()
        currencies = set(
            session.exec(
                select(SalesRecord.currency).where(SalesRecord.sku_id == sold.id).distinct()
            ).all()
        )
        usd = currency.rates(session)["USD"]
        assert (sold.cost_currency, quiet.cost_currency, quiet.price_currency) == (
            "CNY",
            "CNY",
            "USD",
        )
        cost = sold.cost
        quiet_price, quiet_cost = quiet.price * usd, quiet.cost
    assert currencies == {"USD"}  # the demo sells HM001-BLA in dollars only
    model = _model(demo)
    realised = _find(model, "HM001-BLA", "margin")
    expected = (revenue * usd - units * cost) / (revenue * usd)
    assert realised.data() == f"{expected * 100:.1f}%"
    assert "Realised" in realised.data(Qt.ItemDataRole.ToolTipRole)
    listed = _find(model, "HM001-GRE", "margin")
    assert listed.data() == f"{(quiet_price - quiet_cost) / quiet_price * 100:.1f}%"
    assert "List-price" in listed.data(Qt.ItemDataRole.ToolTipRole)
    assert listed.data(Qt.ItemDataRole.ForegroundRole) is not None  # grey
    header = model.headerData(COLUMN_KEYS.index("margin"), Qt.Orientation.Horizontal, 3)
    assert "Realised margin" in header and "List-price margin" in header
