"""The page's view of the catalog model: the filter's controls; sorting is the model's.

The filtering itself happens in the model (``CatalogTree.set_criteria`` on prepared search
arrays, ``ui.models.catalog_search``), which gives a view only the shown rows, a few hundred
at a time: this proxy maps one to one (C++, no Python per row) and keeps the API the page,
the charts and the editing use.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QIdentityProxyModel, Qt

from ui.models.catalog_model import CatalogModel
from ui.models.catalog_search import Criteria


class CatalogFilter(QIdentityProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._model: CatalogModel | None = None

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt override
        self._model = model
        super().setSourceModel(model)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The model sorts (once per row, not once per comparison)."""
        if self._model is not None:
            self._model.sort(column, order)

    def _criteria(self) -> Criteria:
        return self._model.criteria if self._model is not None else Criteria()

    def _set(self, **changes) -> None:
        if self._model is not None:
            self._model.set_criteria(replace(self._model.criteria, **changes))

    def set_text(self, text: str) -> None:
        self._set(words=tuple(text.lower().split()))

    def set_sku_ids(self, sku_ids: set[int] | None) -> None:
        """Show only these SKUs (None: all)."""
        self._set(sku_ids=frozenset(sku_ids) if sku_ids is not None else None)

    def set_hide_archived(self, hide: bool) -> None:
        self._set(hide_archived=hide)

    @property
    def hide_archived(self) -> bool:
        return self._criteria().hide_archived

    @property
    def sku_ids(self) -> set[int] | None:
        chosen = self._criteria().sku_ids
        return None if chosen is None else set(chosen)

    def shown_sku_count(self) -> int:
        """How many SKUs the filter lets through (all of them without a filter)."""
        return self._model.shown_sku_count() if self._model is not None else 0

    def shown_sku_ids(self) -> set[int] | None:
        """The SKUs the filter lets through (None: nothing is filtered, every SKU); the
        charts are recomputed on them."""
        return self._model.shown_sku_ids() if self._model is not None else None
