"""The matrix grid's model: product rows × platform-market columns.

Rows are a tree: groups (a category, or a product role) → products (SPU) → SKUs when grouped by
category; groups → SKUs when grouped by role. Column 0 names the row; every other column is one
platform in one market. A SKU's cell holds its listing there (or None); product and group cells
summarise the SKUs below. Nodes live in one list and indexes carry the node's number, so
10,000 SKUs build in a fraction of a second and nothing is a widget.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from ui.pages.matrix.roles import ROLE_ORDER, platform_role_name, role_name, status_name
from ui.pages.matrix.source import CellKey, CellState, MatrixColumn, MatrixData, MatrixSku

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # a SKU cell's CellState (None: not listed)
FIT_ROLE = Qt.ItemDataRole.UserRole + 2  # fit score 0–100 or None
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3  # product/group cell: (listed, total, main role)
KIND_ROLE = Qt.ItemDataRole.UserRole + 4  # "group", "product" or "sku"
KEY_ROLE = Qt.ItemDataRole.UserRole + 5  # a SKU cell's (sku id, platform id, market id)

GROUP, PRODUCT, SKU = "group", "product", "sku"
NO_PARENT = QModelIndex()
NO_GROUP = ""  # SKUs without a category / without a role yet
NOT_PLACED = "not_placed"  # the role filter's "on no platform yet"


@dataclass(eq=False)
class Node:
    kind: str
    label: str
    number: int = 0
    parent: Node | None = None
    row: int = 0
    children: list[Node] = field(default_factory=list)
    sku: MatrixSku | None = None
    sku_ids: list[int] = field(default_factory=list)  # every SKU below (or this one)


@dataclass
class MatrixFilter:
    category: str | None = None  # None: every category; "" only those without one
    role: str | None = None  # a product role, "" for "no role yet", None for all
    market_id: int | None = None
    text: str = ""

    def active(self) -> bool:
        return bool(
            self.category is not None
            or self.role is not None
            or self.market_id is not None
            or self.text
        )


def main_role(data: MatrixData, sku_id: int, columns: list[MatrixColumn]) -> str | None:
    """The SKU's most frequent product role over the columns (first in role order on a tie);
    "" when listed but without a role, None when not listed anywhere."""
    counts: Counter[str] = Counter()
    listed = False
    for column in columns:
        state = data.cells.get((sku_id, column.platform_id, column.market_id))
        if state is not None:
            listed = True
            if state.product_role:
                counts[state.product_role] += 1
    if not counts:
        return "" if listed else None
    top = max(counts.values())
    return next(r for r in (*ROLE_ORDER, *sorted(counts)) if counts.get(r) == top)


class MatrixModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data_ = MatrixData()
        self.grouping = "category"
        self.filter = MatrixFilter()
        self.columns: list[MatrixColumn] = []
        self.root = Node(GROUP, "")
        self.nodes: list[Node] = [self.root]
        self.sku_nodes: dict[int, Node] = {}
        self._summary_cache: dict[tuple[int, int], tuple[int, int, str | None]] = {}

    # --- loading -----------------------------------------------------------------------
    def set_matrix(self, data: MatrixData) -> None:
        self.data_ = data
        self.rebuild()

    def set_grouping(self, grouping: str) -> None:
        self.grouping = grouping
        self.rebuild()

    def set_filter(self, matrix_filter: MatrixFilter) -> None:
        self.filter = matrix_filter
        self.rebuild()

    def rebuild(self) -> None:
        self.beginResetModel()
        data, wanted = self.data_, self.filter
        self.columns = [
            c for c in data.columns if wanted.market_id is None or c.market_id == wanted.market_id
        ]
        self.root = Node(GROUP, "")
        self.nodes = [self.root]
        self.sku_nodes = {}
        self._summary_cache = {}
        text = wanted.text.strip().lower()
        groups: dict[str, Node] = {}
        products: dict[tuple[str, int], Node] = {}
        for sku in data.skus:
            if wanted.category is not None and sku.category != wanted.category:
                continue
            role = main_role(data, sku.sku_id, self.columns)
            if wanted.role is not None and not self._has_role(sku.sku_id, wanted.role):
                continue
            if text and not (
                text in sku.sku_code.lower()
                or text in sku.spu_code.lower()
                or text in sku.product_name.lower()
            ):
                continue
            group_key = sku.category if self.grouping == "category" else (role or NO_GROUP)
            group = groups.get(group_key)
            if group is None:
                group = groups[group_key] = Node(GROUP, group_key)
            parent = group
            if self.grouping == "category":
                parent = products.get((group_key, sku.product_id))
                if parent is None:
                    parent = Node(PRODUCT, f"{sku.spu_code}  {sku.product_name}")
                    products[(group_key, sku.product_id)] = parent
                    self._adopt(group, parent)
                parent.sku_ids.append(sku.sku_id)
            label = f"{sku.sku_code}  {sku.variant}" if sku.variant else sku.sku_code
            if self.grouping == "role":
                label = f"{label}  ·  {sku.product_name}"
            node = Node(SKU, label, sku=sku, sku_ids=[sku.sku_id])
            self._adopt(parent, node)
            group.sku_ids.append(sku.sku_id)
            self.sku_nodes[sku.sku_id] = node
        for key in self._group_order(groups):
            self._adopt(self.root, groups[key])
        self.endResetModel()

    def _group_order(self, groups: dict[str, Node]) -> list[str]:
        if self.grouping == "role":
            order = [*ROLE_ORDER, NO_GROUP]
            return [k for k in order if k in groups] + sorted(k for k in groups if k not in order)
        return sorted(groups, key=lambda k: (k == NO_GROUP, k))

    def _has_role(self, sku_id: int, role: str) -> bool:
        states = [self.data_.cells.get((sku_id, c.platform_id, c.market_id)) for c in self.columns]
        if role == NOT_PLACED:  # on no platform in the columns shown
            return all(s is None for s in states)
        if role == NO_GROUP:  # listed somewhere without a role
            return any(s is not None and not s.product_role for s in states)
        return any(s is not None and s.product_role == role for s in states)

    def _adopt(self, parent: Node, child: Node) -> None:
        child.parent = parent
        child.row = len(parent.children)
        child.number = len(self.nodes)
        parent.children.append(child)
        self.nodes.append(child)

    # --- Qt's model interface ------------------------------------------------------------
    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        return self.nodes[index.internalId()] if index.isValid() else self.root

    def index(self, row: int, column: int, parent=NO_PARENT) -> QModelIndex:
        if column < 0 or column >= self.columnCount() or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self.node(parent).children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row].number)

    def parent(self, index=NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent.number)

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt override
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 1 + len(self.columns)

    def column(self, number: int) -> MatrixColumn | None:
        return self.columns[number - 1] if 0 < number <= len(self.columns) else None

    def column_of(self, key: CellKey) -> MatrixColumn | None:
        for column in self.data_.columns:
            if (column.platform_id, column.market_id) == key[1:]:
                return column
        return None

    def key(self, index: QModelIndex) -> CellKey | None:
        node = self.node(index)
        column = self.column(index.column())
        if node.kind != SKU or column is None or node.sku is None:
            return None
        return (node.sku.sku_id, column.platform_id, column.market_id)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and self.node(index).kind == SKU:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self.node(index)
        if role == KIND_ROLE:
            return node.kind
        if index.column() == 0:
            return self._name_data(node, role)
        column = self.columns[index.column() - 1]
        if node.kind == SKU and node.sku is not None:
            key = (node.sku.sku_id, column.platform_id, column.market_id)
            state = self.data_.cells.get(key)
            if role == CELL_ROLE:
                return state
            if role == FIT_ROLE:
                return self.data_.fit_score(key)
            if role == KEY_ROLE:
                return key
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._cell_text(state, self.data_.fit_score(key))
            return None
        if role == SUMMARY_ROLE:
            return self.summary(node, index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            listed, total, _ = self.summary(node, index.column())
            return f"{listed}/{total}" if listed else ""
        return None

    def _name_data(self, node: Node, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if node.kind == GROUP:
                name = node.label
                if self.grouping == "role":
                    name = role_name(node.label or None)
                elif not name:
                    name = self.tr("No category")
                return f"{name}  ({len(node.sku_ids):,})"
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole and node.kind != GROUP:
            return node.label
        if role == Qt.ItemDataRole.FontRole and node.kind != SKU:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _cell_text(self, state: CellState | None, fit: float | None) -> str:
        parts = []
        if state is not None:
            parts = [role_name(state.product_role), status_name(state.status)]
        if fit is not None:
            parts.append(self.tr("fit {score:.0f}").format(score=fit))
        return " · ".join(parts)

    def summary(self, node: Node, column: int) -> tuple[int, int, str | None]:
        """(SKUs listed in the column, SKUs below, their most frequent product role)."""
        cached = self._summary_cache.get((node.number, column))
        if cached is not None:
            return cached
        spec = self.columns[column - 1]
        counts: Counter[str] = Counter()
        listed = 0
        for sku_id in node.sku_ids:
            state = self.data_.cells.get((sku_id, spec.platform_id, spec.market_id))
            if state is not None:
                listed += 1
                if state.product_role:
                    counts[state.product_role] += 1
        top = counts.most_common(1)[0][0] if counts else None
        result = (listed, len(node.sku_ids), top)
        self._summary_cache[(node.number, column)] = result
        return result

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Product / SKU")
            if column is None:
                return None
            # The platform's role there (step 3) on a second line: main, test, clearance.
            return f"{column.platform_name} · {column.market_code}\n{platform_role_name(column.platform_role)}"
        if role == Qt.ItemDataRole.ToolTipRole and column is not None:
            return self.tr("{platform} in {market}: platform role {role} (set in step 3)").format(
                platform=column.platform_name,
                market=column.market_code,
                role=platform_role_name(column.platform_role),
            )
        return None

    # --- edits ---------------------------------------------------------------------------
    def sku_index(self, key: CellKey) -> QModelIndex:
        """The cell of a SKU in a platform-market column (invalid when filtered out)."""
        node = self.sku_nodes.get(key[0])
        if node is None:
            return QModelIndex()
        for number, column in enumerate(self.columns, start=1):
            if (column.platform_id, column.market_id) == key[1:]:
                return self.createIndex(node.row, number, node.number)
        return QModelIndex()

    def apply_states(self, changes: dict[CellKey, CellState | None]) -> None:
        """Show saved changes in place (no reset: selection and scrolling stay)."""
        for key, state in changes.items():
            self.data_.changed(key, state)
        self._summary_cache.clear()
        touched: set[int] = set()
        for key in changes:
            index = self.sku_index(key)
            if not index.isValid():
                continue
            self.dataChanged.emit(index, index)
            node = self.node(index).parent
            while node is not None and node is not self.root and node.number not in touched:
                touched.add(node.number)
                parent_index = self.createIndex(node.row, index.column(), node.number)
                self.dataChanged.emit(parent_index, parent_index)
                node = node.parent

    def set_fit(self, fit: dict[CellKey, float]) -> None:
        self.data_.fit = fit
        if self.rowCount() and self.columnCount() > 1:
            self.dataChanged.emit(
                self.index(0, 1), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
