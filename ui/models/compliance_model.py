"""The compliance pre-check of one candidate: each certification, where, how long, what cost."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.i18n import QT_TRANSLATE_NOOP
from core.selection.compliance import COST_CURRENCY, Requirement

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class Column(IntEnum):
    NAME = 0
    MARKETS = 1
    LEAD = 2
    COST = 3


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("ComplianceModel", "Certification or registration"),
    Column.MARKETS: QT_TRANSLATE_NOOP("ComplianceModel", "Markets"),
    Column.LEAD: QT_TRANSLATE_NOOP("ComplianceModel", "Lead time (weeks)"),
    Column.COST: QT_TRANSLATE_NOOP("ComplianceModel", "Typical cost ({currency})"),
}


class ComplianceModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Requirement] = []
        self.language = "en"

    def set_requirements(self, rows: list[Requirement], language: str) -> None:
        self.beginResetModel()
        self.rows, self.language = rows, language
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(Column):
                return self.tr(HEADERS[Column(section)]).format(currency=COST_CURRENCY)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NAME:
                return row.label(self.language)
            if column == Column.MARKETS:
                return ", ".join(row.markets)
            if column == Column.LEAD:
                return f"{row.lead_weeks[0]}–{row.lead_weeks[1]}"
            return f"{row.cost[0]:,.0f}–{row.cost[1]:,.0f}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{what}\nSource: {source}. Estimate: verify by {date}.").format(
                what=row.description(self.language), source=row.source, date=row.verify_by
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.LEAD, Column.COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
