"""What the catalog grid shows and how: tree or SKU list, which products are open, the
rows fetched as it scrolls, the filter as you type and the SKU to select.

With 100,000 SKUs the model hands the grid a few hundred products at a time and filters on
prepared texts, so none of this lays out the whole catalog; products are opened all at once
only when few SKUs are shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

from ui.models.catalog_model import COLUMN_KEYS, PRODUCT_ID_ROLE

if TYPE_CHECKING:
    from ui.pages.inventory.page import InventoryPage

EXPAND_LIMIT = 600  # expand every product when at most this many SKUs are shown
FILTER_EXPAND_LIMIT = 5000  # … or this many match a filter
# The filter runs on prepared texts and the view gets the first few hundred matches, so it
# keeps up with typing; only above this many SKUs does it wait FILTER_DELAY_MS for more keys.
DEBOUNCE_SKUS = 300_000
FILTER_DELAY_MS = 150


class GridState:
    def __init__(self, page: InventoryPage) -> None:
        self.page = page
        self.maybe_expanded = False  # False: every product is closed (nothing to collapse)
        self.open_all = False  # every product open, also those fetched later

    # --- tree or list, open or closed -------------------------------------------------------
    def set_flat(self, flat: bool) -> None:
        """The SKU list (every SKU a row, sorted across the catalog) or the product tree."""
        page, tree = self.page, self.page.tree
        page.act_flat.setChecked(flat)
        page.model.set_flat(flat)
        tree.setRootIsDecorated(not flat)
        tree.setItemsExpandable(not flat)  # a list: nothing to open (nor to mirror)
        page.act_expand.setEnabled(not flat)
        page.act_collapse.setEnabled(not flat)
        page.proxy.sort(tree.header().sortIndicatorSection(), tree.header().sortIndicatorOrder())
        self.expand()
        tree.fit_columns()

    def top_by_margin(self) -> None:
        """One click to "which SKUs earn the most per sale": the SKU list by margin."""
        page, tree = self.page, self.page.tree
        page.tabs.setCurrentIndex(0)
        self.set_flat(True)
        tree.sortByColumn(COLUMN_KEYS.index("margin"), Qt.SortOrder.DescendingOrder)
        tree.scrollToTop()
        if page.proxy.rowCount():
            tree.setCurrentIndex(page.proxy.index(0, 0))
        tree.setFocus()

    def expand_all(self) -> None:
        self.open_all = True
        self.page.tree.expandAll()
        self.maybe_expanded = True

    def collapse_all(self) -> None:
        self.open_all = False
        self.page.tree.collapseAll()

    def product_expanded(self, _index: QModelIndex) -> None:
        self.maybe_expanded = True

    def fetch_to_the_end(self) -> None:
        """Ctrl+End: every row handed to the grid, so the cursor goes to the catalog's last
        row. The grid then lays out every row (about a second for 100,000 SKUs in the list):
        the wait cursor says so."""
        model = self.page.model
        if not model.more_to_fetch():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QTimer.singleShot(0, QApplication.restoreOverrideCursor)  # once the move is done
        model.fetch_all()

    def fetch_more(self, *_args) -> None:
        """More products once the grid is scrolled to its last page (or is not full)."""
        bar = self.page.tree.verticalScrollBar()
        model = self.page.model
        if bar.value() >= bar.maximum() - bar.pageStep() and model.more_to_fetch():
            model.fetch_more()

    def rows_fetched(self, parent: QModelIndex, first: int, last: int) -> None:
        """Products handed to the view as it scrolls open like the others when all are."""
        page = self.page
        if self.open_all and not parent.isValid() and not page.model.flat:
            for row in range(first, last + 1):
                page.tree.expand(page.proxy.index(row, 0))

    def expanded_products(self) -> set[int]:
        page = self.page
        if page.model.flat or not self.maybe_expanded:
            return set()
        proxy = page.proxy
        return {
            proxy.index(r, 0).data(PRODUCT_ID_ROLE)
            for r in range(proxy.rowCount())
            if page.tree.isExpanded(proxy.index(r, 0))
        }

    def products_of(self, sku_ids: set[int]) -> set[int]:
        products = self.page.model.products
        return {p.product_id for p in products for s in p.skus if s.sku_id in sku_ids}

    def expand_products(self, product_ids: set[int]) -> None:
        proxy = self.page.proxy
        for r in range(proxy.rowCount()):
            index = proxy.index(r, 0)
            if index.data(PRODUCT_ID_ROLE) in product_ids:
                self.page.tree.expand(index)

    def expand(self) -> None:
        """Every product open when few SKUs are shown (a filter's matches up to
        FILTER_EXPAND_LIMIT), else all closed: opening 100,000 rows takes seconds."""
        page = self.page
        if page.model.flat:
            return
        shown = page.proxy.shown_sku_count()
        filtered = bool(page.filter_edit.text()) or page.proxy.sku_ids is not None
        if shown <= EXPAND_LIMIT or (filtered and shown <= FILTER_EXPAND_LIMIT):
            self.open_all = True
            page.tree.expandAll()  # the fetched products; rows_fetched opens the others
            self.maybe_expanded = True
        else:
            self.open_all = False
            if self.maybe_expanded:  # a collapse lays out every row again: only when needed
                page.tree.collapseAll()
                self.maybe_expanded = False

    # --- filter and selection -----------------------------------------------------------------
    def filter_changed(self, _text: str = "") -> None:
        if self.page.model.sku_count() > DEBOUNCE_SKUS:
            self.page._filter_timer.start()  # (re)started: one filter when the typing pauses
        else:
            self.apply_filter()

    def apply_filter(self) -> None:
        page = self.page
        page.proxy.set_text(page.filter_edit.text())
        page.chart_filter.update()
        self.expand()

    def select_sku(self, sku_id: int) -> None:
        page = self.page
        if page.model.sku_row(sku_id) is None:
            return
        page.tabs.setCurrentIndex(0)
        source = page.model.sku_index(sku_id)  # fetched for the view if it was not yet
        if not source.isValid():  # filtered away: show everything again
            page.filter_edit.clear()
            page._filter_timer.stop()
            page.proxy.set_text("")
            page.show_skus("", None)
            source = page.model.sku_index(sku_id)
        index = page.proxy.mapFromSource(source)
        page.tree.expand(index.parent())
        page.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        page.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
