"""Two to four candidates side by side: a row per criterion (plus total and decision), a
column per candidate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPixmap

from core.selection.decision import DECISIONS
from core.selection.pool import PoolRow
from core.selection.scorecard import CRITERIA
from ui.i18n import translate

# The chart colours, without importing pyqtgraph here (the same list as ui.charts.plot_base).
SERIES_COLOURS = ("#2563eb", "#16a34a", "#f59e0b", "#dc2626")

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
TOTAL_ROW = len(CRITERIA)
DECISION_ROW = TOTAL_ROW + 1


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[PoolRow] = []

    def set_rows(self, rows: list[PoolRow]) -> None:
        self.beginResetModel()
        self.rows = rows[:4]
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(CRITERIA) + 2

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(self.rows):
            if role == Qt.ItemDataRole.DecorationRole:  # the candidate's colour in the chart
                swatch = QPixmap(12, 12)
                swatch.fill(QColor(SERIES_COLOURS[section % len(SERIES_COLOURS)]))
                return swatch
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.rows[section].candidate.name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.rows[section].candidate.name if 0 <= section < len(self.rows) else None
        if section < TOTAL_ROW:
            return translate("Scorecard", CRITERIA[section].label)
        if section == TOTAL_ROW:
            return self.tr("Weighted score")
        if section == DECISION_ROW:
            return self.tr("Decision")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.column() < len(self.rows)):
            return None
        row = self.rows[index.column()]
        number = index.row()
        if number < TOTAL_ROW:
            score = row.card.scores[CRITERIA[number].key]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{score.score}" + (" ⚠" if score.missing else "")
            if role == Qt.ItemDataRole.ToolTipRole and score.missing:
                return self.tr("Missing data: counted as a neutral 3")
            if role == Qt.ItemDataRole.BackgroundRole:
                best = max(r.card.scores[CRITERIA[number].key].score for r in self.rows)
                if score.score == best and len(self.rows) > 1:
                    return QBrush(QColor("#dcfce7"))
        elif number == TOTAL_ROW:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row.card.total:.2f}"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        elif number == DECISION_ROW and role == Qt.ItemDataRole.DisplayRole:
            return translate("Decision", DECISIONS[row.decision.decision]) if row.decision else "—"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
