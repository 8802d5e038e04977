"""Filter-as-you-type over the catalog tree; sorting is the model's (``CatalogModel.sort``).

A SKU is shown when its text (SKU code, variant, SPU code, product name, category) contains
every typed word and, when a set of SKUs is chosen (a flag, "show them"), it is in that set.
Products are shown when one of their SKUs is; a product without SKUs when its own text
matches. Sorting works within each product.

Fast with 100,000 SKUs: the shown SKUs are found in one pass over the prepared search texts
(typing one more letter only searches the SKUs shown before), and ``filterAcceptsRow`` is a
set lookup, asked only for the products and the children of expanded products.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.models.catalog_model import SORT_ROLE, CatalogModel


class CatalogFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # rows do not jump away while being edited
        self.setAutoAcceptChildRows(True)  # no filter yet
        self._words: list[str] = []
        self._sku_ids: set[int] | None = None
        self.hide_archived = False
        self._model: CatalogModel | None = None
        # The search texts of the model's rows, per SKU (refreshed when the rows change).
        self._version = -1
        self._ids: list[int] = []
        self._owners: list[int] = []
        self._texts: list[str] = []
        self._archived: list[bool] = []
        self._empty_products: list[tuple[int, str, bool]] = []  # products without SKUs
        # What is shown: None = everything; else (product ids, SKU ids).
        self._shown: tuple[set[int], set[int]] | None = None
        self._matched: list[int] | None = None  # indices of the SKUs the words matched
        self._matched_for: tuple = ()

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt override
        self._model = model
        self._version = -1
        super().setSourceModel(model)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The model sorts (once per row, not once per comparison); this proxy keeps its
        order."""
        if self._model is not None:
            self._model.sort(column, order)

    def set_text(self, text: str) -> None:
        words = text.lower().split()
        self._change(lambda: setattr(self, "_words", words))

    def set_sku_ids(self, sku_ids: set[int] | None) -> None:
        """Show only these SKUs (None: all)."""
        chosen = set(sku_ids) if sku_ids is not None else None
        self._change(lambda: setattr(self, "_sku_ids", chosen))

    def set_hide_archived(self, hide: bool) -> None:
        self._change(lambda: setattr(self, "hide_archived", hide))

    def _active(self) -> bool:
        return bool(self._words) or self._sku_ids is not None or self.hide_archived

    def _change(self, apply) -> None:
        """Filter again after ``apply()``. Without a filter every child row of a shown product
        is shown without asking (Qt's autoAcceptChildRows): 100,000 fewer calls."""
        was_active = self._active()
        apply()
        if was_active == self._active():
            self.beginFilterChange()
            self._update()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            return
        self._update()
        self.setAutoAcceptChildRows(not self._active())  # filters again, once

    @property
    def sku_ids(self) -> set[int] | None:
        return self._sku_ids

    def shown_sku_count(self) -> int:
        """How many SKUs the filter lets through (all of them without a filter)."""
        self._refresh()
        if self._shown is None:
            return self._model.sku_count() if self._model is not None else 0
        return len(self._shown[1])

    def shown_sku_ids(self) -> set[int] | None:
        """The SKUs the filter lets through (None: nothing is filtered, every SKU); the
        charts are recomputed on them."""
        self._refresh()
        return None if self._shown is None else set(self._shown[1])

    # --- the shown set --------------------------------------------------------------------
    def _refresh(self) -> None:
        """Recompute after the model's rows changed (a reload, an edit)."""
        model = self._model
        if model is not None and model.rows_version != self._version:
            self._update()

    def _update(self) -> None:
        model = self._model
        if model is None:
            self._shown = None
            return
        if model.rows_version != self._version:
            self._prepare(model)
        if not self._active():
            self._shown = None
            return
        candidates: list[int] | range = range(len(self._ids))
        if self._sku_ids is not None:
            wanted, ids = self._sku_ids, self._ids
            candidates = [i for i in candidates if ids[i] in wanted]
        if self.hide_archived:
            archived = self._archived
            candidates = [i for i in candidates if not archived[i]]
        key = (tuple(self._words), self._sku_ids is None, self.hide_archived)
        previous = self._matched_for
        if (
            self._matched is not None
            and self._sku_ids is None
            and previous[1:] == key[1:]
            and len(previous[0]) == len(key[0])
            and all(old in new for old, new in zip(previous[0], key[0], strict=True))
        ):
            candidates = self._matched  # one more letter: only the SKUs shown before
        texts = self._texts
        for word in self._words:
            candidates = [i for i in candidates if word in texts[i]]
        matched = list(candidates)
        self._matched, self._matched_for = matched, key
        ids, owners = self._ids, self._owners
        products = {owners[i] for i in matched}
        if self._sku_ids is None:
            products.update(
                product_id
                for product_id, text, archived in self._empty_products
                if not (self.hide_archived and archived)
                and all(word in text for word in self._words)
            )
        self._shown = (products, {ids[i] for i in matched})

    def _prepare(self, model: CatalogModel) -> None:
        self._version = model.rows_version
        self._matched, self._matched_for = None, ()
        self._ids, self._owners, self._texts, self._archived = [], [], [], []
        self._empty_products = []
        for product in model.products:
            product_archived = bool(product.raw.get("archived"))
            if not product.skus:
                self._empty_products.append((product.product_id, product.search, product_archived))
            for sku in product.skus:
                self._ids.append(sku.sku_id)
                self._owners.append(product.product_id)
                self._texts.append(sku.search)
                self._archived.append(product_archived or bool(sku.raw.get("archived")))

    def filterAcceptsRow(  # noqa: N802 - Qt override
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self._model
        if model is None:
            return True
        if model.rows_version != self._version:
            self._update()
        shown = self._shown
        if shown is None:
            return True
        if source_parent.isValid():
            sku = model.products[source_parent.row()].skus[source_row]
            return sku.sku_id in shown[1]
        if model.flat:
            return model.flat_sku_id(source_row) in shown[1]
        return model.products[source_row].product_id in shown[0]
