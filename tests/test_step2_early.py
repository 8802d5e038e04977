"""Step 2 shows the catalog before the review of the sales is done: the catalog's own values
at once and editable, the review's cells waiting with a tooltip that says why, the list-price
margin marked provisional; the review's figures fill in when it arrives (checked against the
tiny shop's hand-computed figures, see test_inventory_core.py). The review is held back by
an event in these tests, so "before" is certain."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

import ui.pages.inventory.loading as loading
from core.models import Sku
from tests.test_inventory_core import AS_OF, shop  # noqa: F401 - the tiny hand-computed shop
from ui.models.catalog_model import COLUMN_KEYS, PENDING

BOTH_ENGINES = True

TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def held(monkeypatch):
    """The review waits until ``held.set()`` (the catalog's rows are read before it)."""
    release = threading.Event()
    real = loading.review_catalog

    def review_when_released(*args, **kwargs):
        assert release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(loading, "review_catalog", review_when_released)
    yield release
    release.set()  # a test that failed early must not leave a thread waiting


@pytest.fixture
def page(inventory_page):
    inventory_page.as_of = AS_OF
    return inventory_page


def _cell(page, code: str, column: str, role=Qt.ItemDataRole.DisplayRole):
    sku_id = page.shop_ids[code]
    return page.model.sku_index(sku_id, COLUMN_KEYS.index(column)).data(role)


def _open_held(qtbot, page, shop) -> None:  # noqa: F811 - the fixture
    page.shop_ids = shop.ids
    page.set_workspace(shop)
    qtbot.waitUntil(lambda: page.model.sku_count() == 3)


def _reviewed(qtbot, page) -> None:
    qtbot.waitUntil(
        lambda: (
            page._job is None
            and page.data is not None
            and not page._reload_timer.isActive()
            and page._job is None
        ),
        timeout=30_000,
    )


def _stock(shop, code: str):  # noqa: F811 - the fixture
    with shop.session() as session:
        return session.exec(select(Sku.stock_qty).where(Sku.sku_code == code)).one()


def test_the_catalog_shows_and_edits_before_the_review(qtbot, page, shop, held, qtmodeltester):  # noqa: F811
    _open_held(qtbot, page, shop)
    assert page._job is not None and page.data is None  # the review is still running
    # The catalog's own values, as imported.
    assert _cell(page, "AB-1", "cost") == "35.00 CNY"
    assert _cell(page, "AB-1", "price") == "10.00 USD"
    assert _cell(page, "AB-1", "stock") == "60"
    assert _cell(page, "CD-2", "category") == "Home"
    # The review's cells wait, and say why.
    for column in ("revenue", "units", "return_rate", "stock_value", "cover", "abc", "flags"):
        assert _cell(page, "AB-1", column) == PENDING, column
        assert _cell(page, "AB-1", column, TIP).startswith("Reviewing the sales…"), column
    assert _cell(page, "AB-1", "lifecycle") == PENDING
    # The list-price margin (70 − 35) ÷ 70 shows at once, in italics, said to be provisional.
    assert _cell(page, "AB-1", "margin") == "50.0%"
    assert _cell(page, "AB-1", "margin", Qt.ItemDataRole.FontRole).italic()
    assert "For now the list-price margin" in _cell(page, "AB-1", "margin", TIP)
    assert _cell(page, "EF-3", "margin") == ""  # no GBP rate: no list margin either
    assert "Reviewing the sales" in page.busy.text() and 'href="cancel"' in page.busy.text()
    qtmodeltester.check(page.model)

    # Editing works from the first moment: AB-1's stock 60 → 70.
    page.tree.expandAll()
    index = page.proxy.mapFromSource(
        page.model.sku_index(shop.ids["AB-1"], COLUMN_KEYS.index("stock"))
    )
    assert page.proxy.setData(index, "70")
    assert _stock(shop, "AB-1") == 70
    assert _cell(page, "AB-1", "stock") == "70"

    held.set()
    _reviewed(qtbot, page)
    assert page.model.review_note == "" and page.model.review is not None
    # The shop's figures, by hand: AB-1 sold 126 units for 12 × 100 USD × 7 = 8,400 CNY at a
    # cost of 35: (8400 − 126 × 35) ÷ 8400 = 47.5 %; CD-2 108 units for 1,200 CNY:
    # (1200 − 108 × 35) ÷ 1200 = −215 %; EF-3 10 units for 280 CNY: (280 − 200) ÷ 280.
    assert _cell(page, "AB-1", "revenue") == "8,400.00"
    assert _cell(page, "AB-1", "units") == "126"
    assert _cell(page, "AB-1", "margin") == "47.5%"
    assert not _cell(page, "AB-1", "margin", Qt.ItemDataRole.FontRole)
    assert _cell(page, "CD-2", "margin") == "-215.0%"
    assert _cell(page, "EF-3", "margin") == f"{(280 - 200) / 280 * 100:.1f}%"
    assert _cell(page, "AB-1", "abc") == "A"
    assert _cell(page, "AB-1", "revenue", TIP) is None
    # The edit made while the review ran is kept, and reviewed: 70 × 35 CNY of stock.
    assert _cell(page, "AB-1", "stock") == "70"
    assert _cell(page, "AB-1", "stock_value") == "2,450.00"
    assert "Reviewing" not in page.busy.text()
    qtmodeltester.check(page.model)


def test_cancel_the_review_keeps_the_catalog(qtbot, page, shop, held):  # noqa: F811
    _open_held(qtbot, page, shop)
    page.busy.linkActivated.emit("cancel")  # the "Cancel" link beside the filter
    held.set()
    qtbot.waitUntil(lambda: page._job is None, timeout=30_000)
    assert page.model.review is None and page.data is None
    assert _cell(page, "AB-1", "price") == "10.00 USD"  # the catalog stays
    assert _cell(page, "AB-1", "revenue") == PENDING
    assert _cell(page, "AB-1", "revenue", TIP).startswith("Not reviewed: the review of the sales")
    assert "The list-price margin" in _cell(page, "AB-1", "margin", TIP)
    assert "cancelled" in page.busy.text() and 'href="again"' in page.busy.text()
    page.busy.linkActivated.emit("again")
    _reviewed(qtbot, page)
    assert _cell(page, "AB-1", "revenue") == "8,400.00"
    assert page.busy.text() == ""


def test_a_workspace_replaced_during_the_review(qtbot, page, shop, demo, held):  # noqa: F811
    _open_held(qtbot, page, shop)
    first = page._job
    page.set_workspace(demo)
    # The shop's rows are gone at once (edits there would be written into the demo), its
    # review given up; the demo's catalog follows.
    assert page.model.sku_row(shop.ids["AB-1"]) is None or page.model.sku_count() != 3
    assert first.worker.progress.cancelled
    qtbot.waitUntil(lambda: page.model.sku_count() == 101)
    held.set()
    _reviewed(qtbot, page)
    codes = {s.sku_code for s in page.data["review"].skus}
    assert len(codes) == 101 and "AB-1" not in codes
    assert page.model.review is page.data["review"]


def test_sort_by_a_review_column_before_and_after(qtbot, page, shop, held):  # noqa: F811
    _open_held(qtbot, page, shop)
    page.tree.sortByColumn(COLUMN_KEYS.index("revenue"), Qt.SortOrder.AscendingOrder)
    # No revenue yet: the products keep their order (SP1, SP2, SP3).
    top = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert top == ["SP1", "SP2", "SP3"]
    held.set()
    _reviewed(qtbot, page)
    # Sorted when the review arrives: 280 < 1,200 < 8,400 CNY.
    top = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert top == ["SP3", "SP2", "SP1"]


def test_the_placeholders_speak_chinese(qtbot, page, shop, held):  # noqa: F811
    from ui.i18n import LanguageSwitcher

    _open_held(qtbot, page, shop)
    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    try:
        tip = _cell(page, "AB-1", "revenue", TIP)
        assert tip.startswith("正在") and "…" in tip, tip
        margin_tip = _cell(page, "AB-1", "margin", TIP)
        assert "标价" in margin_tip, margin_tip
        assert "正在" in page.busy.text() or "审" in page.busy.text()
    finally:
        switcher.switch("en")
    held.set()
    _reviewed(qtbot, page)


def test_a_reload_after_a_write_shares_what_did_not_change(qtbot, page, shop):  # noqa: F811
    """After one SKU's write the reload keeps one copy of the rest: the other SKUs' values
    are the shown objects, and in the same order the positions too."""
    page.shop_ids = shop.ids
    page.set_workspace(shop)
    _reviewed(qtbot, page)
    model = page.model
    before = {s.sku_id: s for p in model.products for s in p.skus}
    positions = model._sku_pos
    with shop.transaction() as session:
        session.get(Sku, shop.ids["AB-1"]).stock_qty = 61
    page.reload()
    _reviewed(qtbot, page)
    after = {s.sku_id: s for p in model.products for s in p.skus}
    ab, cd = shop.ids["AB-1"], shop.ids["CD-2"]
    assert after[ab].raw["stock_qty"] == 61 and after[ab].raw is not before[ab].raw
    assert after[cd] is not before[cd]  # new rows, with the new review
    assert after[cd].raw is before[cd].raw
    # the filter's texts are one blob per load (no text kept per row to share)
    texts = model.search.arrays
    assert texts.text(list(texts.ids).index(ab)).startswith("ab-1")
    assert model._sku_pos is positions
    assert _cell(page, "AB-1", "stock_value") == "2,135.00"  # 61 × 35 CNY
