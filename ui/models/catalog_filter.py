"""Filter-as-you-type and sorting over the catalog tree.

A SKU is shown when its text (SKU code, variant, SPU code, product name, category) contains
every typed word and, when a set of SKUs is chosen (a flag, "show them"), it is in that set.
Products are shown when one of their SKUs is (recursive filtering); sorting works within each
product.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ui.models.catalog_model import SORT_ROLE
from ui.models.catalog_rows import is_archived


class CatalogFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # rows do not jump away while being edited
        self._words: list[str] = []
        self._sku_ids: set[int] | None = None
        self.hide_archived = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_sku_ids(self, sku_ids: set[int] | None) -> None:
        """Show only these SKUs (None: all)."""
        self.beginFilterChange()
        self._sku_ids = set(sku_ids) if sku_ids is not None else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_hide_archived(self, hide: bool) -> None:
        self.beginFilterChange()
        self.hide_archived = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def sku_ids(self) -> set[int] | None:
        return self._sku_ids

    def filterAcceptsRow(
        self,
        source_row: int,  # noqa: N802
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self.sourceModel()
        # Straight to the rows, not through index.data(): ~10x faster with 10,000 SKUs.
        product, sku = model.row_at(model.index(source_row, 0, source_parent))
        if sku is None and product.skus:
            return False  # a product with SKUs shows when one of its SKUs matches
        if self._sku_ids is not None and (sku is None or sku.sku_id not in self._sku_ids):
            return False
        if self.hide_archived and is_archived(product, sku):
            return False
        text = sku.search if sku is not None else product.search
        return all(word in text for word in self._words)
