"""The catalog's sorting (in the model, keys computed once) and filtering (one pass over the
prepared search texts) give what a plain stable sort and a plain word match give."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from core import catalog, currency
from core.inventory.review import review_catalog
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


def _shown_skus(proxy) -> list[str]:
    return [
        proxy.index(s, 0, proxy.index(p, 0)).data()
        for p in range(proxy.rowCount())
        for s in range(proxy.rowCount(proxy.index(p, 0)))
    ]


def _expected(model: CatalogModel, words: list[str]) -> list[str]:
    """Independently: every SKU whose code, variant, SPU, name or category holds each word."""
    codes = []
    for product in model.products:
        for sku in product.skus:
            text = " ".join(
                (
                    sku.raw["sku_code"],
                    sku.raw["variant_label"],
                    product.raw["spu_code"],
                    product.raw["name"],
                    product.raw["category"],
                )
            ).lower()
            if all(word in text for word in words):
                codes.append(sku.raw["sku_code"])
    return codes


def test_typing_letter_by_letter_equals_a_fresh_filter(qtmodeltester, demo):
    model = _model(demo)
    proxy = CatalogFilter()
    proxy.setSourceModel(model)
    for typed in ["h", "hm", "hm0", "hm00", "hm001", "hm0", "", "home g", "home gr", "pet"]:
        proxy.set_text(typed)
        assert _shown_skus(proxy) == _expected(model, typed.lower().split()), typed
        assert proxy.shown_sku_count() == len(_expected(model, typed.lower().split()))
    qtmodeltester.check(proxy)


def test_filter_follows_an_edit(demo):
    model = _model(demo)
    proxy = CatalogFilter()
    proxy.setSourceModel(model)
    proxy.set_text("zebra")
    assert proxy.rowCount() == 0
    # the filter is in the model: the hidden product is edited by its id
    model.apply_edit(("product", model.products[0].product_id), "name", "Zebra lamp")
    proxy.set_text("zebra")  # the page filters again on the next keystroke or reload
    assert proxy.rowCount() == 1 and len(_shown_skus(proxy)) == len(model.products[0].skus)


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sort_by_value_with_ties_in_load_order(qtmodeltester, demo, order):
    model = _model(demo)
    loaded = [sku.sku_id for product in model.products for sku in product.skus]
    proxy = CatalogFilter()
    proxy.setSourceModel(model)
    model.set_flat(True)
    column = COLUMN_KEYS.index("category")  # few values: many ties
    kept = QPersistentModelIndex(proxy.index(7, 0))
    kept_id = kept.data(SKU_ID_ROLE)
    proxy.sort(column, order)
    qtmodeltester.check(proxy)
    shown = [proxy.index(r, 0).data(SKU_ID_ROLE) for r in range(proxy.rowCount())]
    category = {
        sku.sku_id: product.raw["category"].lower()
        for product in model.products
        for sku in product.skus
    }
    # Python's sort is stable, also reversed: the order a stable sort of the loaded rows gives
    expected = sorted(
        loaded, key=category.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
    )
    assert shown == expected
    assert kept.isValid() and kept.data(SKU_ID_ROLE) == kept_id  # selection follows its row
    model.set_flat(False)
    proxy.sort(COLUMN_KEYS.index("code"), Qt.SortOrder.AscendingOrder)
    codes = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert codes == sorted(codes, key=str.lower)


def test_a_large_catalog_filters_once_the_typing_pauses(qtbot, inventory_page, demo, monkeypatch):
    import ui.pages.inventory.grid_state as page_module

    page = inventory_page
    page.set_workspace(demo)
    qtbot.waitUntil(lambda: page.model.sku_count() > 0 and page._job is None, timeout=30_000)
    monkeypatch.setattr(page_module, "DEBOUNCE_SKUS", 10)  # the demo counts as large
    calls = []
    original = page.proxy.set_text
    monkeypatch.setattr(page.proxy, "set_text", lambda text: calls.append(text) or original(text))
    qtbot.keyClicks(page.filter_edit, "HM0")
    assert calls == [] and page.proxy.rowCount() == 38  # not yet: still typing
    qtbot.waitUntil(lambda: calls == ["HM0"], timeout=5_000)  # one filter for three keys
    codes = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert len(codes) == 12 and all(code.startswith("HM") for code in codes)
    # Choosing a SKU the filter hides clears the filter at once (no waiting for the timer).
    hidden = next(
        s.sku_id
        for p in page.model.products
        for s in p.skus
        if not s.raw["sku_code"].startswith("HM")
    )
    page.select_sku(hidden)
    assert page.tree.currentIndex().isValid() and page.proxy.rowCount() == 38


def test_rows_prepared_off_the_ui_thread_say_what_changed(demo):
    """prepare_rows(previous=…) finds the changed rows as the model's own comparison does,
    and set_catalog repaints exactly those."""
    from ui.models.catalog_rows import prepare_rows

    model = _model(demo)
    with demo.session() as session:
        review = review_catalog(session, as_of=AS_OF)
        products, skus = catalog.product_rows(session), catalog.catalog_rows(session)
        rates = currency.rates(session)
    target = model.products[2].skus[1].sku_id
    skus[target] = catalog.SkuValues(**{**skus[target], "barcode": "changed"})
    prepared = prepare_rows(
        review, products, skus, review.base_currency, rates, model.sort_spec(), model.products
    )
    assert prepared.against is model.products
    assert prepared.changed == [(2, [target])]
    repainted = []
    model.dataChanged.connect(lambda top, _bottom: repainted.append(top.data(SKU_ID_ROLE)))
    model.set_catalog(review, products, skus, rates, [], prepared)
    assert repainted == [0, target]  # the product row (id 0 on product rows), then the SKU
