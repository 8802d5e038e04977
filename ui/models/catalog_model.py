"""The catalog as a tree: each SPU (product) with its SKUs as children, classified for step 2.

Built in one go from a ``CatalogReview`` plus the raw editable values (``core.catalog``), so no
cell ever queries the database. Edits go through ``core.catalog`` in their own transaction;
with an undo stack attached, each successful edit is pushed as an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from core import catalog
from core.edits import UNSET, ConflictError
from core.inventory.flags import FLAG_LABELS
from core.inventory.lifecycle import LIFECYCLE_STAGES, NO_SALES_LABEL
from core.inventory.review import (
    LIST_PRICE,
    MARGIN_BASIS_LABELS,
    MARGIN_RULE,
    REALISED,
    CatalogReview,
)
from core.workspace import Workspace, WorkspaceError
from ui.errors import error_text
from ui.i18n import translate
from ui.models.catalog_rows import (  # noqa: F401 - the roles are part of this module's API
    ARCHIVED_GREY,
    CHOICES_ROLE,
    COLUMN_KEYS,
    COLUMNS,
    GREY,
    HIGHLIGHT,
    NUMERIC,
    PRODUCT_ID_ROLE,
    SEARCH_ROLE,
    SKU_ID_ROLE,
    SOME_STOCK_UNKNOWN,
    SORT_ROLE,
    UNKNOWN_STOCK,
    PreparedRows,
    ProductRow,
    ShownRows,
    SkuRow,
    changed_rows,
    derive,
    is_archived,
    lifecycle_stage,
    money,
    prepare_rows,
    product_margin,
    product_search,
    product_sort_value,
    product_text,
    shape_of,
    sku_search,
    sku_sort_value,
    sku_text,
    sort_rows,
)
from ui.models.catalog_tree import (  # noqa: F401 - FLAT_ID and ROOT are part of the API
    FLAT_ID,
    ROOT,
    CatalogTree,
    Index,
)
from ui.release import FREE_SLICE, release_between_events

# Columns whose figures come from the review of the sales: shown as PENDING until it is done.
REVIEW_KEYS = frozenset(
    ("revenue", "units", "return_rate", "stock_value", "cover", "abc", "top_platform", "flags")
)
PRODUCT_REVIEW_KEYS = frozenset(("revenue", "units", "stock_value"))  # sums of its SKUs'
PENDING = "…"
# Why a cell shows PENDING (``CatalogModel.review_note``), and the list-price margin shown
# meanwhile: provisional, because the realised one replaces it where the SKU sold.
PENDING_TIPS = {
    "running": QT_TRANSLATE_NOOP(
        "CatalogModel", "Reviewing the sales… The figures appear here when the review is done."
    ),
    "cancelled": QT_TRANSLATE_NOOP(
        "CatalogModel",
        "Not reviewed: the review of the sales was cancelled. Review again from the line "
        "above the table.",
    ),
    "failed": QT_TRANSLATE_NOOP(
        "CatalogModel",
        "Not reviewed: the review of the sales failed (the line above the table says why).",
    ),
}
PROVISIONAL_MARGIN_TIPS = {
    "running": QT_TRANSLATE_NOOP(
        "CatalogModel",
        "For now the list-price margin: the sales are being reviewed, and where this SKU sold "
        "its realised margin replaces it.",
    ),
    "cancelled": QT_TRANSLATE_NOOP(
        "CatalogModel",
        "The list-price margin: the sales were not reviewed, so a realised margin (where "
        "this SKU sold) is not known.",
    ),
}
PROVISIONAL_MARGIN_TIPS["failed"] = PROVISIONAL_MARGIN_TIPS["cancelled"]


class CatalogModel(CatalogTree):
    sig_error = Signal(str)  # an edit was refused: the translated reason
    sig_edited = Signal()  # an edit (or its undo/redo) was written to the workspace
    # another person changed the value meanwhile (a team workspace): ConflictError, target
    # (kind, id) and field; the row already shows their value
    sig_conflict = Signal(object, object, str)

    def __init__(self, workspace: Workspace | None = None, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = None  # a QUndoStack; set by the page
        self.products: list[ProductRow] = []
        self.review: CatalogReview | None = None
        self.base = "CNY"
        self.rates: dict[str, float] = {}
        self.categories: list[str] = []
        self.highlighted: set[int] = set()  # SKU ids the last import added or changed
        # "" once the rows carry the review (or none is expected); else why they do not yet:
        # "running", "cancelled" or "failed" (a key of PENDING_TIPS)
        self.review_note = ""
        self.edits: list[tuple[str, int]] = []  # (kind, id) of every edit written, in order
        # Whether the view shows a product's SKUs (the page's tree knows); None: assume so.
        self.is_open: Callable[[QModelIndex], bool] | None = None
        self.shape_version = 0  # counts resets, so the page knows when to refit and expand
        self._shape: tuple = ()
        self._sort_cache: dict[tuple[int, int, int], Any] = {}  # sorting asks many times
        self.sort_column, self.sort_descending = -1, False  # the model sorts, not a proxy

    # --- loading ----------------------------------------------------------------------
    def set_catalog(
        self,
        review: CatalogReview | None,
        products: dict[int, dict],
        skus: dict[int, dict],
        rates: dict[str, float],
        categories: list[str],
        prepared: PreparedRows | None = None,
        base: str | None = None,
    ) -> None:
        """Show a freshly computed review; keeps the tree (and the view's state) when its shape
        did not change. ``prepared``: the rows already built and sorted by ``prepare_rows``
        with ``sort_spec()`` (the page does it on its worker thread: 100,000 SKUs take
        seconds). ``base``: the base currency when there is no review yet."""
        base = review.base_currency if review else base or self.base
        resorted = False
        if prepared is None:
            prepared = prepare_rows(review, products, skus, base, rates, self.sort_spec())
        elif prepared.sort != self.sort_spec():  # sorted again while they were prepared
            column, descending, flat = self.sort_spec()
            prepared.flat_ids = sort_rows(prepared.rows, column, descending, flat, base, rates)
            prepared.shape, prepared.sort = shape_of(prepared.rows), self.sort_spec()
            resorted = True
        same_shape = prepared.shape == self._shape and prepared.flat_ids == self._flat_ids
        if not same_shape:
            self.shape_version += 1
            self.beginResetModel()
        old = self.products
        self._sort_cache.clear()
        self.products, self.review = prepared.rows, review
        self.base = base
        self.rates, self.categories = rates, categories
        self._shape, self._flat_ids = prepared.shape, prepared.flat_ids
        self._reindex(None if resorted else prepared.positions)
        self.rows_version += 1
        self._use_search(prepared.search)
        if not same_shape:
            self._refilter()  # the same words on the new rows
            self._place_shown()
        if same_shape and prepared.reviewed and prepared.against is old:
            self._emit_all_changed()  # the review's figures on every row (a few hundred fetched)
        elif same_shape:
            # The worker's comparison holds when it compared with these very rows, in this order.
            known = prepared.changed if prepared.against is old and not resorted else None
            self._emit_changed_since(old, known)
        else:
            self.endResetModel()
        # Kept, the comparison would hold the old rows as long as these are shown.
        prepared.against = prepared.changed = None
        if len(old) > FREE_SLICE:  # 100,000 rows freed at once hold the interpreter
            release_between_events(old)

    def shown_rows(self) -> ShownRows | None:
        """What is shown, for the next load's worker (None: nothing)."""
        if not self.products:
            return None
        return ShownRows(
            self.products,
            self._flat_ids,
            self._shape,
            (self._sku_pos, self._product_pos, self._flat_rows, self._flat_pos),
        )

    def set_review_note(self, note: str) -> None:
        """Why the rows show no review figures yet ("" when they do): the placeholders'
        tooltip and the margins' (see PENDING_TIPS)."""
        if note != self.review_note:
            self.review_note = note
            self._emit_all_changed()

    def _pending(self, product: ProductRow, sku: SkuRow | None) -> bool:
        """No review figures on this row yet (while ``review_note`` says why)."""
        if not self.review_note:
            return False
        if sku is not None:
            return sku.review is None
        return any(s.review is None for s in product.skus)

    def sort_spec(self) -> tuple[int, bool, bool]:
        """(column, descending, flat): how ``prepare_rows`` must sort for this model."""
        return self.sort_column, self.sort_descending, self.flat

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort here, with keys computed once per row (a proxy would ask ``data()`` at every
        comparison: seconds with 100,000 SKUs). Ties stay in load order."""
        self.sort_column = column
        self.sort_descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        where = [self._identity(index) for index in before]
        self._flat_ids = sort_rows(
            self.products, column, self.sort_descending, self.flat, self.base, self.rates
        )
        self._shape = shape_of(self.products)
        self._reindex()
        self._place_shown(keep_fetched=True)
        self._sort_cache.clear()
        self.changePersistentIndexList(before, [self._index_of(*w) for w in where])
        self.layoutChanged.emit()

    def _emit_changed_since(
        self, old: list[ProductRow], changed: list[tuple[int, list[int]]] | None = None
    ) -> None:
        """dataChanged only for the rows whose values differ (``changed``: as the worker
        found them, else compared here)."""
        if changed is None:
            changed = changed_rows(old, self.products)
        for p_row, sku_ids in changed:
            self._emit_product_changed(p_row)
            for sku_id in sku_ids:
                self._emit_sku_changed(sku_id)

    def _emit_product_changed(self, p_row: int) -> None:
        first = self.product_index(p_row)
        if first.isValid():  # shown and fetched
            self.dataChanged.emit(first, self.product_index(p_row, len(COLUMNS) - 1))

    def _emit_sku_changed(self, sku_id: int) -> None:
        first = self.sku_index(sku_id, fetch=False)
        if first.isValid():
            self.dataChanged.emit(first, self.sku_index(sku_id, len(COLUMNS) - 1, fetch=False))

    def _emit_all_changed(self) -> None:
        last = self.columnCount() - 1
        top = self.rowCount()
        if not top:
            return
        self.dataChanged.emit(self.index(0, 0), self.index(top - 1, last))
        if self.flat:
            return
        is_open = self.is_open
        for row in range(top):
            parent = self.index(row, 0)
            # A closed product's SKUs are not laid out: told of them, a tree view looks for
            # them among the rows it shows (0.4 s for the first 100 products of 100k SKUs).
            if is_open is not None and not is_open(parent):
                continue
            count = self.rowCount(parent)
            if count:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, last, parent))

    def set_flat(self, flat: bool) -> None:
        """Show every SKU as its own row (True) or SKUs under their product (False)."""
        if flat == self.flat:
            return
        self.beginResetModel()
        self.flat = flat
        self._sort_cache.clear()
        self._flat_ids = sort_rows(
            self.products, self.sort_column, self.sort_descending, flat, self.base, self.rates
        )
        self._shape = shape_of(self.products)
        self._reindex()
        self._place_shown()
        self.endResetModel()

    def _after_reshape(self) -> None:
        self._sort_cache.clear()  # keyed by row

    def _update_derived(self, product: ProductRow, sku: SkuRow) -> None:
        derive(product, sku, self.base, self.rates)

    def _update_search(self, product: ProductRow, skus: list[SkuRow]) -> None:
        """The filter's texts of these SKUs after an edit, patched in place: making the
        texts of 100,000 SKUs again took the UI thread 0.1 s+ at the next keystroke."""
        in_step = self._search_version == self.rows_version
        self.rows_version += 1
        # a product without SKUs: its own text, made again with the arrays
        if (
            not in_step
            or not skus
            or not self.search.arrays.replace_texts(
                {sku.sku_id: sku_search(product, sku) for sku in skus}
            )
        ):
            return  # made again from the rows when the filter next needs them
        self.search.use(self.search.arrays)  # what it matched before may have changed
        self._search_version = self.rows_version

    def retranslate(self) -> None:
        self._sort_cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._emit_all_changed()

    # --- data -------------------------------------------------------------------------
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1]).format(base=self.base)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] == "margin":
            return replace(MARGIN_RULE, params={"currency": self.base}).render(translate)
        return None

    def _field(self, index: Index) -> str | None:
        _, sku = self._rows(index)
        spec = COLUMNS[index.column()]
        return spec[2] if sku is not None else spec[3]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        product, sku = self._rows(index)
        key = COLUMN_KEYS[index.column()]
        if self.review_note and (key in REVIEW_KEYS or key in ("lifecycle", "margin")):
            pending = self._pending_role(product, sku, key, role)
            if pending is not None:
                return pending
        if role == Qt.ItemDataRole.DisplayRole:
            return sku_text(product, sku, key) if sku else self._product_text(product, key)
        if role == Qt.ItemDataRole.EditRole:
            edited = self._field(index)
            if edited is None:
                return None
            raw = sku.raw if sku else product.raw
            value = raw.get("variant_label" if edited == "variant" else edited)
            return "" if value is None else str(value) if not isinstance(value, str) else value
        if role == SORT_ROLE:
            cache_key = (index.internalId(), index.row(), index.column())
            value = self._sort_cache.get(cache_key)
            if value is None:
                value = self._sort_cache[cache_key] = self._sort_value(product, sku, key)
            return value
        if role == SEARCH_ROLE:
            return sku_search(product, sku) if sku else product_search(product)
        if role == SKU_ID_ROLE:
            return sku.sku_id if sku else 0
        if role == PRODUCT_ID_ROLE:
            return product.product_id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CHOICES_ROLE:
            return self._choices(sku, key) or ()
        if role == Qt.ItemDataRole.ToolTipRole and key == "stock":
            return self._stock_tooltip(product, sku)
        if role == Qt.ItemDataRole.ForegroundRole and is_archived(product, sku):
            return ARCHIVED_GREY
        if role == Qt.ItemDataRole.BackgroundRole and sku is not None:
            return HIGHLIGHT if sku.sku_id in self.highlighted else None
        if sku is None:
            if role == Qt.ItemDataRole.ToolTipRole and key == "name":
                return product_text(product, key)  # the full name when the column is narrow
            if role == Qt.ItemDataRole.ToolTipRole and key == "margin":
                return self.tr("Its SKUs' margins weighted by their 12-month revenue.")
            if role == Qt.ItemDataRole.ToolTipRole and key in ("cost", "price"):
                return self.tr("Lowest to highest of its SKUs.")
            if role == Qt.ItemDataRole.FontRole and key in ("code", "name"):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if key == "lifecycle":
            return self._lifecycle_role(sku, role)
        if role == Qt.ItemDataRole.ForegroundRole and key == "category":
            return GREY
        if key == "margin" and sku.margin is not None:
            # Say which margin this is: realised from sales, or from the list price (grey).
            if role == Qt.ItemDataRole.ToolTipRole:
                basis = REALISED if sku.margin_realised else LIST_PRICE
                return translate("Inventory", MARGIN_BASIS_LABELS[basis])
            if role == Qt.ItemDataRole.ForegroundRole and not sku.margin_realised:
                return GREY
        if role == Qt.ItemDataRole.ToolTipRole and key == "flags" and sku.review:
            return (
                "\n".join(translate("Inventory", FLAG_LABELS.get(f, f)) for f in sku.review.flags)
                or None
            )
        return None

    def _pending_role(self, product: ProductRow, sku: SkuRow | None, key: str, role: int) -> Any:
        """A review cell before the review: PENDING, grey, with a tooltip saying why; the
        list-price margin meanwhile in italics, its tooltip saying it is provisional. None:
        the cell as usual."""
        if not self._pending(product, sku):
            return None
        if key == "margin":
            if (sku.margin if sku else product_margin(product)) is None:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("CatalogModel", PROVISIONAL_MARGIN_TIPS[self.review_note])
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return GREY
            return None
        if sku is None and key not in PRODUCT_REVIEW_KEYS:
            return None
        if key == "lifecycle" and (sku is None or sku.raw["lifecycle_override"]):
            return None  # set by hand: no review needed
        if key == "lifecycle" and is_archived(product, sku):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return PENDING
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("CatalogModel", PENDING_TIPS[self.review_note])
        if role == Qt.ItemDataRole.ForegroundRole:
            return GREY
        if role == Qt.ItemDataRole.FontRole:
            return QFont()
        return None

    def _stock_tooltip(self, product: ProductRow, sku: SkuRow | None) -> str | None:
        if sku is not None:
            return (
                translate("CatalogModel", UNKNOWN_STOCK) if sku.raw["stock_qty"] is None else None
            )
        unknown = sum(1 for s in product.skus if s.raw["stock_qty"] is None)
        if not unknown:
            return None
        if unknown == len(product.skus):
            return translate("CatalogModel", UNKNOWN_STOCK)
        return translate("CatalogModel", SOME_STOCK_UNKNOWN).format(count=unknown)

    def _lifecycle_role(self, sku: SkuRow, role: int) -> Any:
        overridden = bool(sku.raw["lifecycle_override"])
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(overridden)
            font.setItalic(not overridden)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not overridden:
            return GREY
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = sku.review.lifecycle_reason if sku.review else None
            lines = [self.tr("Set by hand.") if overridden else self.tr("Suggested from sales.")]
            if reason is not None:
                lines.append(reason.render(translate))
            lines.append(self.tr("Double-click to override."))
            return "\n".join(lines)
        return None

    def _product_text(self, product: ProductRow, key: str) -> str:
        return product_text(product, key, self.base, self.rates)

    def _sort_value(self, product: ProductRow, sku: SkuRow | None, key: str) -> Any:
        """By value, never by the shown text ("128.95 CNY" is not a number)."""
        if sku is not None:
            text = "" if key in NUMERIC else sku_text(product, sku, key)
            return sku_sort_value(sku, key, text, self.base, self.rates)
        text = "" if key in NUMERIC else self._product_text(product, key)
        return product_sort_value(product, key, text, self.base, self.rates)

    def _choices(self, sku: SkuRow | None, key: str) -> Any:
        if key in ("cost_currency", "price_currency") and sku is not None:
            return [(code, code) for code in sorted(self.rates)], True
        if key == "category" and sku is None:
            return [(name, name) for name in self.categories], True
        if key == "lifecycle" and sku is not None:
            suggested = sku.review.lifecycle_suggested if sku.review else ""
            label = translate("Inventory", LIFECYCLE_STAGES.get(suggested, NO_SALES_LABEL))
            items = [(self.tr("Follow the suggestion ({stage})").format(stage=label), "")]
            items += [
                (translate("Inventory", text), stage) for stage, text in LIFECYCLE_STAGES.items()
            ]
            return items, False
        return None

    # --- editing ----------------------------------------------------------------------
    def setData(
        self,
        index: Index,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        edited = self._field(index)
        if edited is None:
            return False
        product, sku = self._rows(index)
        target = ("sku", sku.sku_id) if sku else ("product", product.product_id)
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        # the value this person was looking at: another writer's change since is a conflict
        seen = (sku.raw if sku else product.raw).get(edited, UNSET)
        return self.write_edit(target, edited, value, seen)

    def write_edit(self, target: tuple[str, int], edited: str, value: Any, seen: Any) -> bool:
        """Write one value with undo; a refusal or a conflict is signalled, not raised."""
        try:
            old = self.apply_edit(target, edited, value, seen)
        except ConflictError as exc:
            self.reload_row(target)
            self.sig_conflict.emit(exc, target, edited)
            return False
        except (ValueError, WorkspaceError) as exc:  # WorkspaceError: a viewer's write
            self.sig_error.emit(error_text(exc))
            return False
        if self.undo_stack is not None:
            from ui.commands import EditCommand

            kind, row_id = target
            raw = self._raw(target)
            code = raw.get("sku_code" if kind == "sku" else "spu_code", "") if raw else ""
            text = self.tr("Change {field} of {code}").format(
                field=translate("Catalog", catalog.FIELD_LABELS.get(edited, edited)), code=code
            )
            self.undo_stack.push(EditCommand(self, target, edited, old, value, text))
        return True

    def _raw(self, target: tuple[str, int]) -> dict | None:
        kind, row_id = target
        if kind == "sku" and row_id in self._sku_pos:
            p_row, s_row = self._sku_pos[row_id]
            return self.products[p_row].skus[s_row].raw
        if kind == "product" and row_id in self._product_pos:
            return self.products[self._product_pos[row_id]].raw
        return None

    def reload_row(self, target: tuple[str, int]) -> None:
        """Read one row again (another person changed it)."""
        kind, row_id = target
        with self.workspace.session() as session:
            if kind == "sku":
                fresh = catalog.catalog_rows(session, [row_id]).get(row_id)
            else:
                fresh = catalog.product_rows(session, [row_id]).get(row_id)
        if fresh is not None:
            self._store_fresh(kind, row_id, fresh)

    def apply_edit(
        self, target: tuple[str, int], edited: str, value: Any, seen: Any = UNSET
    ) -> Any:
        """Write one value (its own transaction), refresh the row; returns the old value."""
        kind, row_id = target
        self._sort_cache.clear()
        with self.workspace.transaction() as session:
            if kind == "sku":
                old = catalog.update_sku(session, row_id, edited, value, seen)
                fresh = catalog.catalog_rows(session, [row_id]).get(row_id)
            else:
                old = catalog.update_product(session, row_id, edited, value, seen)
                fresh = catalog.product_rows(session, [row_id]).get(row_id)
            if edited == "category":
                self.categories = catalog.category_names(session)
        self._store_fresh(kind, row_id, fresh)
        self.sig_edited.emit()
        return old

    def _store_fresh(self, kind: str, row_id: int, fresh: Any) -> None:
        self.edits.append((kind, row_id))
        if kind == "sku" and row_id in self._sku_pos:
            p_row, s_row = self._sku_pos[row_id]
            product = self.products[p_row]
            product.skus[s_row].raw = fresh
            self._update_derived(product, product.skus[s_row])
            self._update_search(product, [product.skus[s_row]])
            self._emit_sku_changed(row_id)
            self._emit_product_changed(p_row)
        elif kind == "product" and row_id in self._product_pos:
            p_row = self._product_pos[row_id]
            product = self.products[p_row]
            product.raw = fresh
            self._update_search(product, product.skus)
            for sku in product.skus:
                self._update_derived(product, sku)
                self._emit_sku_changed(sku.sku_id)
            self._emit_product_changed(p_row)
