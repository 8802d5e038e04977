"""The shape of the catalog model: which rows a view sees, and where.

Every product and SKU is in ``products`` (sorted); a filter (``Criteria``) narrows them to the
shown ones, and the top level is fetched in pieces (``canFetchMore``/``fetchMore``), so a
view lays out a few hundred products, not 20,000, after each load or keystroke. Tree mode:
products at the top, their shown SKUs below. Flat mode (the SKU list): every shown SKU at the
top. Data and editing are ``CatalogModel``'s.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from ui.models.catalog_rows import COLUMNS, Positions, ProductRow, SkuRow, positions
from ui.models.catalog_search import CatalogSearch, Criteria, SearchArrays

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
# internalId of a row in the flat SKU list (tree rows use 0 for products, product row + 1 for
# SKUs, so this never collides with a real catalog).
FLAT_ID = 0x7FFFFFFF
FETCH_ROWS = 100  # top-level rows handed to a view at a time (a few screens)
NO_FLAGS = Qt.ItemFlag.NoItemFlags
READ_ONLY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE_FLAGS = READ_ONLY_FLAGS | Qt.ItemFlag.ItemIsEditable
SKU_EDITABLE = [spec[2] is not None for spec in COLUMNS]  # per column, on a SKU row
PRODUCT_EDITABLE = [spec[3] is not None for spec in COLUMNS]


class CatalogTree(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.products: list[ProductRow] = []
        self.flat = False  # True: every SKU as a top-level row (sort the whole catalog)
        # SKU id -> (product row, SKU row); product id -> row; (product row, SKU row) per
        # flat row; SKU id -> SKU list row, made when asked
        self._sku_pos, self._product_pos, self._flat_rows, self._flat_pos = positions([], [])
        self._flat_ids: list[int] = []  # SKU ids in the order of the SKU list
        self.rows_version = 0  # counts loads and edits, so the search knows when to refresh
        self.search = CatalogSearch()
        self._search_version = -1
        self.criteria = Criteria()
        self._shown: tuple[set[int], set[int]] | None = None  # None: everything
        # Top-level rows: tree, product rows; flat, positions in the SKU list (None: all).
        self._top: list[int] | None = None
        self._top_row: dict[int, int] = {}  # the reverse of _top
        self._children: dict[int, list[int]] = {}  # product row -> shown SKU rows (filtered)
        self._fetched = 0  # top-level rows a view has been given
        self._fetching = False
        # False: views never fetch by themselves (Qt's views fetched thousands of rows a
        # layout, both the grid and its frozen column); the page fetches as it scrolls.
        self.views_fetch = True

    # --- what is shown ------------------------------------------------------------------
    def _reindex(self, known: Positions | None = None) -> None:
        """Where each product and SKU is, after a load or a sort (``known``: found by the
        worker thread for these rows in this order)."""
        self._sku_pos, self._product_pos, self._flat_rows, self._flat_pos = (
            known if known is not None else positions(self.products, self._flat_ids)
        )

    def _flat_position(self, sku_id: int) -> int:
        """The SKU's row in the SKU list: a dict of 100,000 entries (8 MB), made only when the
        SKU list needs it."""
        if self._flat_pos is None:
            self._flat_pos = {sku: row for row, sku in enumerate(self._flat_ids)}
        return self._flat_pos[sku_id]

    def _use_search(self, arrays: SearchArrays | None) -> None:
        """The search texts of the rows just loaded (prepared on the worker thread)."""
        if arrays is not None:
            self.search.use(arrays)
            self._search_version = self.rows_version

    def _refilter(self) -> None:
        """The shown set for ``criteria`` on the current rows (call inside a reset)."""
        if self.criteria.active and self._search_version != self.rows_version:
            self.search.use(SearchArrays.of(self.products))
            self._search_version = self.rows_version
        self._shown = self.search.shown(self.criteria)

    def _place_shown(self, keep_fetched: bool = False) -> None:
        """The top-level rows of the shown set in the current order."""
        self._children = {}
        shown = self._shown
        if shown is None:
            self._top, self._top_row = None, {}
        elif self.flat:
            skus = shown[1]
            self._top = [pos for pos, sku_id in enumerate(self._flat_ids) if sku_id in skus]
        else:
            products = shown[0]
            self._top = [p_row for p_row, p in enumerate(self.products) if p.product_id in products]
        if self._top is not None:
            self._top_row = {key: row for row, key in enumerate(self._top)}
        count = self._top_count()
        self._fetched = min(count, self._fetched if keep_fetched else FETCH_ROWS)

    def set_criteria(self, criteria: Criteria) -> None:
        """Filter: the view is given the first shown rows again (unless the same rows are
        shown: a longer word that every shown SKU matches changes nothing on screen)."""
        before = self._shown
        self.criteria = criteria
        self._refilter()
        if self._shown is before and before is not None:
            return
        self.beginResetModel()
        self._place_shown()
        self._after_reshape()
        self.endResetModel()

    def _after_reshape(self) -> None:
        """Hook for caches keyed by row (the data model's sort cache)."""

    def shown_sku_count(self) -> int:
        """How many SKUs the filter lets through (all of them without a filter)."""
        return len(self._sku_pos) if self._shown is None else len(self._shown[1])

    def shown_sku_ids(self) -> set[int] | None:
        """The SKUs the filter lets through (None: nothing is filtered, every SKU)."""
        return None if self._shown is None else set(self._shown[1])

    def _top_count(self) -> int:
        if self._top is not None:
            return len(self._top)
        return len(self._flat_rows) if self.flat else len(self.products)

    def _top_at(self, row: int) -> int:
        return row if self._top is None else self._top[row]

    def _top_row_of(self, key: int) -> int | None:
        """The top-level row of a product row (tree) or SKU list position (flat)."""
        if self._top is None:
            return key if 0 <= key < self._top_count() else None
        return self._top_row.get(key)

    def _child_rows(self, p_row: int) -> list[int] | None:
        """The shown SKU rows of a product (None: all of them)."""
        if self._shown is None:
            return None
        rows = self._children.get(p_row)
        if rows is None:
            skus = self._shown[1]
            rows = self._children[p_row] = [
                s_row for s_row, sku in enumerate(self.products[p_row].skus) if sku.sku_id in skus
            ]
        return rows

    def _child_count(self, p_row: int) -> int:
        rows = self._child_rows(p_row)
        return len(self.products[p_row].skus) if rows is None else len(rows)

    def _fetch_to(self, top_row: int) -> None:
        """Hand the view every top-level row up to ``top_row``."""
        if top_row >= self._fetched and not self._fetching:
            last = min(self._top_count(), top_row + 1) - 1
            self._fetching = True  # a view may ask for more while told of these rows
            try:
                self.beginInsertRows(ROOT, self._fetched, last)
                self._fetched = last + 1
                self.endInsertRows()
            finally:
                self._fetching = False

    # --- tree structure ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if row < 0 or not 0 <= column < len(COLUMNS):
            return QModelIndex()
        if not parent.isValid():
            if row >= self._fetched:
                return QModelIndex()
            return self.createIndex(row, column, FLAT_ID if self.flat else 0)
        if self.flat or parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        p_row = self._top_at(parent.row())
        if row >= self._child_count(p_row):
            return QModelIndex()
        # A SKU row remembers its product's row (+1, so 0 means "top level").
        return self.createIndex(row, column, p_row + 1)

    def parent(self, child: Index | None = None):  # type: ignore[override]
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid() or child.internalId() in (0, FLAT_ID):
            return QModelIndex()
        top = self._top_row_of(child.internalId() - 1)
        return QModelIndex() if top is None else self.createIndex(top, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        if not parent.isValid():
            return self._fetched
        if not self.flat and parent.internalId() == 0 and parent.column() == 0:
            return self._child_count(self._top_at(parent.row()))
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return len(COLUMNS)

    def hasChildren(self, parent: Index = ROOT) -> bool:  # noqa: N802
        return self.rowCount(parent) > 0

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return self.views_fetch and not parent.isValid() and self.more_to_fetch()

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self.fetch_more()

    def more_to_fetch(self) -> bool:
        return not self._fetching and self._fetched < self._top_count()

    def fetch_more(self) -> None:
        """The next FETCH_ROWS top-level rows."""
        if self.more_to_fetch():
            self._fetch_to(self._fetched + FETCH_ROWS - 1)

    def fetch_all(self) -> None:
        """Every shown row (expand all, select all)."""
        if self._fetched < self._top_count():
            self._fetch_to(self._top_count() - 1)

    def _rows(self, index: Index) -> tuple[ProductRow, SkuRow | None]:
        iid = index.internalId()
        if iid == FLAT_ID:
            p_row, s_row = self._flat_rows[self._top_at(index.row())]
            product = self.products[p_row]
            return product, product.skus[s_row]
        if iid == 0:
            return self.products[self._top_at(index.row())], None
        product = self.products[iid - 1]
        rows = self._child_rows(iid - 1)
        return product, product.skus[index.row() if rows is None else rows[index.row()]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every row a view lays out: plain lookups, no enum arithmetic.
        if not index.isValid():
            return NO_FLAGS
        editable = PRODUCT_EDITABLE if index.internalId() == 0 else SKU_EDITABLE
        return EDITABLE_FLAGS if editable[index.column()] else READ_ONLY_FLAGS

    # --- lookups ----------------------------------------------------------------------
    def sku_index(self, sku_id: int, column: int = 0, fetch: bool = True) -> QModelIndex:
        """The SKU's index (invalid when the filter hides it); ``fetch``: hand the view the
        rows up to it first when it was not fetched yet."""
        pos = self._sku_pos.get(sku_id)
        if pos is None or (self._shown is not None and sku_id not in self._shown[1]):
            return QModelIndex()
        p_row, s_row = pos
        top = self._top_row_of(self._flat_position(sku_id) if self.flat else p_row)
        if top is None or (top >= self._fetched and not fetch):
            return QModelIndex()
        self._fetch_to(top)
        if self.flat:
            return self.createIndex(top, column, FLAT_ID)
        rows = self._child_rows(p_row)
        return self.createIndex(s_row if rows is None else rows.index(s_row), column, p_row + 1)

    def product_index(self, p_row: int, column: int = 0) -> QModelIndex:
        """A product row's index when a view was given it (tree mode), else invalid."""
        top = None if self.flat else self._top_row_of(p_row)
        if top is None or top >= self._fetched:
            return QModelIndex()
        return self.createIndex(top, column, 0)

    def _identity(self, index: Index) -> tuple[int, int | None, int]:
        product, sku = self._rows(index)
        return product.product_id, sku.sku_id if sku is not None else None, index.column()

    def _index_of(self, product_id: int, sku_id: int | None, column: int) -> QModelIndex:
        if sku_id is not None:
            return self.sku_index(sku_id, column, fetch=False)
        p_row = self._product_pos.get(product_id)
        return QModelIndex() if p_row is None else self.product_index(p_row, column)

    def row_at(self, index: Index) -> tuple[ProductRow, SkuRow | None]:
        """The product and (on a SKU row) the SKU behind a valid index of this model."""
        return self._rows(index)

    def sku_row(self, sku_id: int) -> SkuRow | None:
        pos = self._sku_pos.get(sku_id)
        return self.products[pos[0]].skus[pos[1]] if pos else None

    def flat_sku_id(self, row: int) -> int:
        """The SKU on row ``row`` of the SKU list."""
        return self._flat_ids[self._top_at(row)]

    def sku_count(self) -> int:
        return len(self._sku_pos)
