"""Platform performance as a read-only table: one view level at a time (platform × market, by
platform or by market) with the total row pinned to the bottom whatever the sort order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from core.inventory.platforms import (
    COLUMNS,
    DETAIL,
    TOTAL,
    PlatformMarketRow,
    PlatformPerformance,
    headers,
    row_label,
)
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
# Numbers as numbers for the proxy; the display text is formatted.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
KEYS = [key for key, _, _ in COLUMNS]
MONEY_KEYS = {"revenue_12m"}
PERCENT_KEYS = {"revenue_share", "return_rate", "gross_margin"}
UP, DOWN = QColor("#15803d"), QColor("#b91c1c")


class PlatformPerformanceModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[PlatformMarketRow] = []
        self.currency = "CNY"
        self._headers = headers(self.currency, translate)

    def set_performance(self, performance: PlatformPerformance | None) -> None:
        self.beginResetModel()
        self.rows = list(performance.rows) if performance else []
        self.currency = performance.base_currency if performance else self.currency
        self._headers = headers(self.currency, translate)
        self.endResetModel()

    def retranslate(self) -> None:
        self._headers = headers(self.currency, translate)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(KEYS) - 1)
        if self.rows:  # "All markets" / "All platforms"
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 1))

    # --- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(KEYS)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(KEYS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(KEYS[section])
        return None

    def _header_tip(self, key: str) -> str | None:
        if key == "active_listings":
            return self.tr("Active listings of this platform in this market")
        if key == "skus_with_sales":
            return self.tr("SKUs that sold at least one unit in the last 12 months")
        if key == "gross_margin":
            return self.tr("Gross margin of the SKUs sold here, weighted by their revenue here")
        if key == "trend":
            return self.tr(
                "Revenue of the last 3 complete months against the 3 months before; "
                "empty when there was no revenue before."
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == SORT_ROLE:
            if key in ("platform", "market"):
                return row_label(row, translate)[KEYS.index(key)].casefold()
            value = row.value(key)
            return float("-inf") if value is None else float(value)
        if role == LEVEL_ROLE:
            return row.level
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "trend" and row.trend is not None:
            return UP if row.trend > 0 else DOWN if row.trend < 0 else None
        if role == Qt.ItemDataRole.FontRole and row.level == TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and key == "trend":
            return self.tr("Last 3 months {recent} {currency}, the 3 before {before}").format(
                recent=f"{row.revenue_recent:,}",
                before=f"{row.revenue_before:,}",
                currency=self.currency,
            )
        return None

    def _text(self, row: PlatformMarketRow, key: str) -> str:
        if key in ("platform", "market"):
            return row_label(row, translate)[KEYS.index(key)]
        value = row.value(key)
        if value is None:
            return ""
        if key in MONEY_KEYS:
            # Exact money at the currency's minor unit: subtotals are the sums of what is shown.
            return f"{value:,}"
        if key in PERCENT_KEYS:
            return f"{value * 100:.1f}%"
        if key == "trend":
            return f"{value * 100:+.0f}%"
        return f"{value:,}"

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PlatformPerformanceFilter(QSortFilterProxyModel):
    """Shows one level and the total; sorts by ``SORT_ROLE`` with the total always last."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.level = DETAIL
        self.setSortRole(SORT_ROLE)

    def set_level(self, level: str) -> None:
        self.beginFilterChange()
        self.level = level
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        level = self.sourceModel().index(source_row, 0, source_parent).data(LEVEL_ROLE)
        return level in (self.level, TOTAL)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        left_total = left.data(LEVEL_ROLE) == TOTAL
        right_total = right.data(LEVEL_ROLE) == TOTAL
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if left_total != right_total:
            # Qt reverses the order when descending: answer so that the total stays last.
            return left_total == descending
        return super().lessThan(left, right)
