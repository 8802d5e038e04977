"""The role mix table: per platform and market, the SKUs in each product role against step 3's
target, and the revenue and gross margin each role brings once sales exist.

Rows are core.matrix.mix RoleMixRow: ``platform``/``market`` ("" for all), ``role``,
``active`` and ``planned`` SKUs, ``target`` (None: no goal), ``gap`` (SKUs still missing),
``revenue`` (base currency) and ``margin`` (None: no costed sales).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from ui.pages.matrix.roles import role_colour, role_name

NO_PARENT = QModelIndex()


def where_text(platform: str, market: str) -> str:
    """ "Amazon · US"; an open scope (a goal for all platforms or all markets) says so."""
    return "{platform} · {market}".format(
        platform=platform or QCoreApplication.translate("RoleMixModel", "All platforms"),
        market=market or QCoreApplication.translate("RoleMixModel", "all markets"),
    )


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class RoleMixModel(QAbstractTableModel):
    WHERE, ROLE, ACTIVE, PLANNED, TARGET, GAP, REVENUE, MARGIN = range(8)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.currency = ""

    def set_rows(self, rows: list, currency: str = "") -> None:
        self.beginResetModel()
        self.rows, self.currency = list(rows), currency
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Platform · market"),
            self.tr("Role"),
            self.tr("Active SKUs"),
            self.tr("Planned"),
            self.tr("Target"),
            self.tr("Still missing"),
            self.tr("Revenue ({currency})").format(currency=self.currency)
            if self.currency
            else self.tr("Revenue"),
            self.tr("Margin"),
        )
        return titles[section]

    def where(self, row) -> str:
        return where_text(row.platform, row.market)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            values = (
                self.where(row),
                row.role or "",
                row.active,
                row.planned,
                float(row.target) if row.target is not None else -1.0,
                row.gap if row.gap is not None else -1,
                float(row.revenue),
                float(row.margin) if row.margin is not None else -99.0,
            )
            return values[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.ROLE:
            return role_colour(row.role)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.GAP and row.gap:
            return QColor("#b42318")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.ACTIVE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row, column: int) -> str:
        if column == self.WHERE:
            return self.where(row)
        if column == self.ROLE:
            return role_name(row.role)
        if column == self.ACTIVE:
            return str(row.active)
        if column == self.PLANNED:
            return str(row.planned) if row.planned else ""
        if column == self.TARGET:
            return "" if row.target is None else f"{row.target:f}".rstrip("0").rstrip(".")
        if column == self.GAP:
            return "" if row.gap is None else (str(row.gap) if row.gap else "✓")
        if column == self.REVENUE:
            return f"{float(row.revenue):,.0f}" if row.revenue else ""
        if column == self.MARGIN:
            return "" if row.margin is None else f"{float(row.margin) * 100:.1f}%"
        return ""
