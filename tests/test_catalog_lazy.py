"""The catalog model gives a view its shown rows a few at a time (fetchMore) and filters in
the model: checked with a small fetch size on the demo against a plain walk over its rows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

import ui.models.catalog_tree as tree_module
from core import catalog, currency
from core.inventory.review import review_catalog
from ui.models.catalog_filter import CatalogFilter
from ui.models.catalog_model import COLUMN_KEYS, SKU_ID_ROLE, CatalogModel

BOTH_ENGINES = True

AS_OF = date(2026, 11, 1)


@pytest.fixture
def small_fetch(monkeypatch):
    monkeypatch.setattr(tree_module, "FETCH_ROWS", 5)


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


def _all_rows(proxy) -> list[tuple[str, list[str]]]:
    """Fetch everything the way a scrolling view does, then read every row."""
    while proxy.canFetchMore(QModelIndex()):
        proxy.fetchMore(QModelIndex())
    rows = []
    for p in range(proxy.rowCount()):
        parent = proxy.index(p, 0)
        rows.append(
            (
                parent.data(),
                [proxy.index(s, 0, parent).data() for s in range(proxy.rowCount(parent))],
            )
        )
    return rows


def _expected(model, words, sku_ids=None) -> list[tuple[str, list[str]]]:
    rows = []
    for product in model.products:
        skus = [
            sku.raw["sku_code"]
            for sku in product.skus
            if (sku_ids is None or sku.sku_id in sku_ids)
            and all(
                w
                in " ".join(
                    (
                        sku.raw["sku_code"],
                        sku.raw["variant_label"],
                        product.raw["spu_code"],
                        product.raw["name"],
                        product.raw["category"],
                    )
                ).lower()
                for w in words
            )
        ]
        if skus:
            rows.append((product.raw["spu_code"], skus))
    return rows


def test_rows_come_in_pieces_and_add_up_to_the_catalog(qtmodeltester, demo, small_fetch):
    model = _model(demo)
    proxy = CatalogFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 5 and proxy.canFetchMore(QModelIndex())
    for typed in ["h", "hm0", "home gr", "zzz", ""]:
        proxy.set_text(typed)
        assert proxy.rowCount() == min(5, len(_expected(model, typed.split())))
        assert _all_rows(proxy) == _expected(model, typed.split()), typed
    assert proxy.rowCount() == len(model.products) and not proxy.canFetchMore(QModelIndex())
    # The tester fetches while it checks (as a view does), so it is attached after each
    # filter: Qt's tester trips over a fetch started from its own reset handler.
    for typed in ["h", "hm0", "home gr", "zzz", ""]:
        checked = CatalogFilter()
        checked.setSourceModel(_model(demo))
        checked.set_text(typed)
        qtmodeltester.check(checked)


def test_the_model_alone(qtmodeltester, demo, small_fetch):
    for flat in (False, True):
        model = _model(demo)
        model.set_flat(flat)
        model.set_criteria(model.criteria.__class__(words=("home",)))
        model.sort(COLUMN_KEYS.index("revenue"), Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)
    # a sort (layoutChanged) with every row fetched (Qt's tester fetches from its handlers)
    model.fetch_all()
    qtmodeltester.check(model)
    model.sort(COLUMN_KEYS.index("code"), Qt.SortOrder.AscendingOrder)


def test_flat_list_filtered_and_sorted_in_pieces(qtmodeltester, demo, small_fetch):
    model = _model(demo)
    proxy = CatalogFilter()
    proxy.setSourceModel(model)
    model.set_flat(True)
    proxy.set_text("hm")
    proxy.sort(COLUMN_KEYS.index("price"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    while proxy.canFetchMore(QModelIndex()):
        proxy.fetchMore(QModelIndex())
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert sorted(shown) == sorted(c for _, codes in _expected(model, ["hm"]) for c in codes)
    assert all(code.lower().startswith("hm") or "hm" in code.lower() for code in shown)


def test_a_sku_beyond_the_fetched_rows_is_fetched_when_asked_for(demo, small_fetch):
    model = _model(demo)
    last = model.products[-1].skus[-1]
    assert model.rowCount() == 5
    index = model.sku_index(last.sku_id)
    assert index.isValid() and index.data(SKU_ID_ROLE) == last.sku_id
    assert model.rowCount() == len(model.products)
    assert model.parent(index).row() == len(model.products) - 1
    # a filter that hides it: no index
    model.set_criteria(
        model.criteria.__class__(sku_ids=frozenset({model.products[0].skus[0].sku_id}))
    )
    assert not model.sku_index(last.sku_id).isValid()
    assert model.shown_sku_count() == 1 and model.rowCount() == 1


def test_the_grid_is_given_more_rows_as_it_scrolls(qtbot, inventory_page, demo, small_fetch):
    page = inventory_page
    page.set_workspace(demo)
    qtbot.waitUntil(lambda: page._job is None and page.data is not None, timeout=30_000)
    page.set_flat(True)  # the SKU list: 101 rows
    total = page.model.sku_count()
    bar = page.tree.verticalScrollBar()
    # the view lays itself out and fetches on later turns of the event loop (a busy machine
    # took over 50 ms): the grid is filled (two pages' worth), not given every row at once
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 5 and bar.maximum() > 0, timeout=5000)
    assert page.proxy.rowCount() < total
    for _ in range(40):
        if page.proxy.rowCount() == total:
            break
        bar.setValue(bar.maximum())
        qtbot.wait(10)
    assert page.proxy.rowCount() == total
    shown = [page.proxy.index(r, 0).data(SKU_ID_ROLE) for r in range(total)]
    assert shown == page.model._flat_ids


def test_expand_all_opens_the_products_fetched_later(qtbot, inventory_page, demo, small_fetch):
    page = inventory_page
    page.set_workspace(demo)
    qtbot.waitUntil(lambda: page._job is None and page.data is not None, timeout=30_000)
    page.tree_expand_all()
    page.model.fetch_all()
    proxy = page.proxy
    assert proxy.rowCount() == len(page.model.products)
    assert all(page.tree.isExpanded(proxy.index(r, 0)) for r in range(proxy.rowCount()))


def test_a_longer_word_matching_the_same_rows_keeps_the_view():
    """'big' -> 'big0' on a catalog where every code has 'big0': the same shown set (the view
    is not reset), unless a product without SKUs stops matching."""
    from ui.models.catalog_search import CatalogSearch, Criteria, SearchArrays

    arrays = SearchArrays(
        ids=[1, 2, 3],
        owners=[10, 10, 11],
        texts=["big01 red", "big02 blue", "big03 red"],
        archived=[False, False, False],
        empty_products=[(12, "big lamp", False)],
    )
    search = CatalogSearch()
    search.use(arrays)
    first = search.shown(Criteria(words=("big",)))
    assert first == ({10, 11, 12}, {1, 2, 3})
    # the empty product 12 ("big lamp") no longer matches "big0": a new set
    second = search.shown(Criteria(words=("big0",)))
    assert second is not first and second == ({10, 11}, {1, 2, 3})
    assert search.shown(Criteria(words=("big0",))) is second  # same again: same set
    third = search.shown(Criteria(words=("big0", "r")))  # a second word: narrows for real
    assert third == ({10, 11}, {1, 3})
    assert search.shown(Criteria(words=("big0", "re"))) is third
    assert search.shown(Criteria(words=("big0", "red"))) is third
    assert search.shown(Criteria(words=("blue",))) == ({10}, {2})
    assert search.shown(Criteria()) is None
