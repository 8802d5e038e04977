"""Changing the catalog from the grid: add, delete, archive with undo; bulk edit; paste from
Excel; after an import the new rows are highlighted and counted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from sqlmodel import select

from core.models import Product, SalesRecord, Sku
from ui.models.catalog_model import COLUMN_KEYS

BOTH_ENGINES = True


@pytest.fixture
def page(inventory_page):
    return inventory_page


def _open(qtbot, page, workspace) -> None:
    page.set_workspace(workspace)
    _settled(qtbot, page)


def _settled(qtbot, page) -> None:
    qtbot.waitUntil(
        lambda: page._job is None and page.data is not None and not page._reload_timer.isActive()
    )


def _answers(monkeypatch, texts=(), items=(), yes=True):
    texts, items = list(texts), list(items)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (texts.pop(0), True))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (items.pop(0), True))
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No,
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a[2])))


def _select_codes(page, codes: set[str]) -> None:
    proxy, selection = page.proxy, page.tree.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for p in range(proxy.rowCount()):
        parent = proxy.index(p, 0)
        if parent.data() in codes:
            selection.select(parent, flags)
        for s in range(proxy.rowCount(parent)):
            if proxy.index(s, 0, parent).data() in codes:
                selection.select(proxy.index(s, 0, parent), flags)
                selection.setCurrentIndex(
                    proxy.index(s, 0, parent), QItemSelectionModel.SelectionFlag.NoUpdate
                )


def _skus(demo) -> dict[str, Sku]:
    with demo.session() as session:
        return {s.sku_code: s for s in session.exec(select(Sku)).all()}


def test_new_product_and_sku_then_undo_both(qtbot, page, workspace, monkeypatch):
    _open(qtbot, page, workspace)
    _answers(monkeypatch, texts=["MUG1", "Travel mug", "MUG1-RED"])
    page.editing.act_new_product.trigger()
    _settled(qtbot, page)
    assert page.tabs.isVisible() and page.proxy.rowCount() == 1
    page.tree.setCurrentIndex(page.proxy.index(0, 0))
    page.editing.act_new_sku.trigger()
    _settled(qtbot, page)
    assert page.tree.currentIndex().data() == "MUG1-RED"
    with workspace.session() as session:
        assert session.exec(select(Sku.sku_code)).all() == ["MUG1-RED"]
    page.undo_stack.undo()
    page.undo_stack.undo()
    _settled(qtbot, page)
    with workspace.session() as session:
        assert session.exec(select(Product)).all() == []
    page.undo_stack.redo()
    _settled(qtbot, page)
    with workspace.session() as session:
        assert session.exec(select(Product.spu_code)).all() == ["MUG1"]


def test_delete_refuses_skus_with_sales_and_archive_keeps_them(qtbot, page, demo, monkeypatch):
    _open(qtbot, page, demo)
    with demo.session() as session:
        sold = session.get(Sku, session.exec(select(SalesRecord.sku_id)).first()).sku_code
    _answers(monkeypatch)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    _select_codes(page, {sold})
    page.editing.act_delete.trigger()
    assert warnings and sold in warnings[0] and "archive" in warnings[0]
    assert sold in _skus(demo)
    page.editing.act_archive.trigger()
    _settled(qtbot, page)
    assert _skus(demo)[sold].archived
    index = page.model.sku_index(_skus(demo)[sold].id, COLUMN_KEYS.index("lifecycle"))
    assert index.data() == "Archived (no longer sold)"
    page.editing.act_show_archived.trigger()  # hide archived SKUs
    # (the filter is the model's: an index from before it changed is stale, ask again)
    index = page.model.sku_index(_skus(demo)[sold].id, COLUMN_KEYS.index("lifecycle"))
    assert not page.proxy.mapFromSource(index).isValid()
    page.editing.act_show_archived.trigger()
    page.undo_stack.undo()
    _settled(qtbot, page)
    assert not _skus(demo)[sold].archived


def test_delete_a_new_sku_and_undo(qtbot, page, demo, monkeypatch):
    _open(qtbot, page, demo)
    with demo.transaction() as session:
        product = session.exec(select(Product).where(Product.spu_code == "HM001")).one()
        session.add(Sku(product_id=product.id, sku_code="HM001-NEW", price=5.0))
    page.reload()
    _settled(qtbot, page)
    _answers(monkeypatch)
    _select_codes(page, {"HM001-NEW"})
    page.editing.act_delete.trigger()
    _settled(qtbot, page)
    assert "HM001-NEW" not in _skus(demo)
    page.undo_stack.undo()
    _settled(qtbot, page)
    assert _skus(demo)["HM001-NEW"].price == 5.0


def test_bulk_edit_the_cost_of_three_skus_is_one_undo_step(qtbot, page, demo, monkeypatch):
    _open(qtbot, page, demo)
    codes = {"HM001-BLA", "HM001-GRE", "HM002-BLA"}
    before = {c: _skus(demo)[c].cost for c in codes}
    _select_codes(page, codes)
    _answers(monkeypatch, texts=["42.5"], items=["Cost"])
    page.editing.act_bulk.trigger()
    assert {c: _skus(demo)[c].cost for c in codes} == dict.fromkeys(codes, 42.5)
    page.undo_stack.undo()
    assert {c: _skus(demo)[c].cost for c in codes} == before


def test_bulk_edit_category_reaches_the_products(qtbot, page, demo, monkeypatch):
    _open(qtbot, page, demo)
    _select_codes(page, {"HM001-BLA", "HM002-BLA"})
    _answers(monkeypatch, items=["Category", "Kitchen"])
    page.editing.act_bulk.trigger()
    with demo.session() as session:
        from core.models import Category

        names = {
            p.spu_code: session.get(Category, p.category_id).name
            for p in session.exec(select(Product)).all()
        }
    assert names["HM001"] == names["HM002"] == "Kitchen"


def test_paste_a_block_from_excel(qtbot, page, demo, monkeypatch):
    _open(qtbot, page, demo)
    page.act_flat.setChecked(True)
    page.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    first = page.proxy.index(0, COLUMN_KEYS.index("cost"))
    codes = [page.proxy.index(r, 0).data() for r in range(2)]
    page.tree.setCurrentIndex(first)
    # Excel copies cost, [cost currency hidden], price as tab-separated rows
    QApplication.clipboard().setText("11.5\t29.99\r\n12\t31\r\n")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a[2])))
    page.tree.setFocus()
    page.editing.act_paste.trigger()
    skus = _skus(demo)
    assert (skus[codes[0]].cost, skus[codes[0]].price) == (11.5, 29.99)
    assert (skus[codes[1]].cost, skus[codes[1]].price) == (12.0, 31.0)
    page.undo_stack.undo()
    assert _skus(demo)[codes[0]].cost != 11.5


def test_paste_with_a_bad_value_says_why(qtbot, page, demo, monkeypatch):
    _open(qtbot, page, demo)
    page.act_flat.setChecked(True)
    page.tree.setCurrentIndex(page.proxy.index(0, COLUMN_KEYS.index("cost")))
    QApplication.clipboard().setText("-3\n")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    page.editing.act_paste.trigger()
    assert len(warnings) == 1


def test_after_an_import_rows_are_highlighted_and_counted(qtbot, page, demo):
    from tests.test_import_undo import run_import

    _open(qtbot, page, demo)
    page.act_collapse.trigger()
    batch = run_import(
        demo,
        ["SKU", "SPU", "Product name", "Cost", "Price"],
        [["ZZ1-A", "ZZ1", "Zebra lamp", "10", "30"], ["ZZ1-B", "ZZ1", "Zebra lamp", "11", "31"]],
    )
    page._after_import(batch)
    _settled(qtbot, page)
    assert page.import_note.isVisible() and "2 SKUs imported" in page.import_note.text()
    ids = {s.id for s in _skus(demo).values() if s.sku_code.startswith("ZZ1-")}
    assert page.model.highlighted == ids
    index = page.proxy.mapFromSource(page.model.sku_index(next(iter(ids))))
    assert page.tree.isExpanded(index.parent())  # the imported product is open
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    page._import_note_link("show")
    assert page.proxy.sku_ids == ids
