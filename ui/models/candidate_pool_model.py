"""The candidate pool, ranked by the weighted score (best first), one row per candidate."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.i18n import QT_TRANSLATE_NOOP
from core.selection.decision import DECISIONS
from core.selection.pool import PoolRow, ranked_pool
from core.selection.scorecard import CRITERION_BY_KEY
from core.workspace import Workspace
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
CANDIDATE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DECISION_COLOURS = {"approve": "#dcfce7", "park": "#fef3c7", "reject": "#fee2e2"}


class Column(IntEnum):
    RANK = 0
    NAME = 1
    SCORE = 2
    DECISION = 3  # before the data mark: on a laptop the decision stays in sight
    DATA = 4
    CATEGORY = 5
    UNITS = 6
    PRICE = 7
    MARGIN = 8


HEADERS = {
    Column.RANK: QT_TRANSLATE_NOOP("CandidatePoolModel", "#"),
    Column.NAME: QT_TRANSLATE_NOOP("CandidatePoolModel", "Candidate"),
    Column.SCORE: QT_TRANSLATE_NOOP("CandidatePoolModel", "Score"),
    Column.DATA: QT_TRANSLATE_NOOP("CandidatePoolModel", "Data"),
    Column.DECISION: QT_TRANSLATE_NOOP("CandidatePoolModel", "Decision"),
    Column.CATEGORY: QT_TRANSLATE_NOOP("CandidatePoolModel", "Category"),
    Column.UNITS: QT_TRANSLATE_NOOP("CandidatePoolModel", "Units / month"),
    Column.PRICE: QT_TRANSLATE_NOOP("CandidatePoolModel", "Price"),
    Column.MARGIN: QT_TRANSLATE_NOOP("CandidatePoolModel", "Net margin"),
}


class CandidatePoolModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.rows: list[PoolRow] = []

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.workspace is None:
            self.rows = []
        else:
            with self.workspace.session() as session:
                self.rows = ranked_pool(session)
        self.endResetModel()

    def row_of(self, candidate_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.candidate.id == candidate_id:
                return number
        return -1

    # --- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(Column):
                return self.tr(HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == CANDIDATE_ID_ROLE:
            return row.candidate.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), row, column)
        if role == SORT_ROLE:
            return self._sort_value(index.row(), row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.RANK,
            Column.SCORE,
            Column.UNITS,
            Column.PRICE,
            Column.MARGIN,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == Column.DECISION and row.decision:
            return QBrush(QColor(DECISION_COLOURS[row.decision.decision]))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.DATA and row.card.missing:
            return QBrush(QColor("#b45309"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, number: int, row: PoolRow, column: Column) -> Any:
        c = row.candidate
        if column == Column.RANK:
            return str(number + 1)
        if column == Column.NAME:
            return c.name
        if column == Column.SCORE:
            return f"{row.card.total:.2f}"
        if column == Column.DATA:
            missing = len(row.card.missing)
            return f"⚠ {missing}" if missing else "✓"
        if column == Column.DECISION:
            return translate("Decision", DECISIONS[row.decision.decision]) if row.decision else ""
        if column == Column.CATEGORY:
            return c.category
        if column == Column.UNITS:
            return f"{c.monthly_units:,}" if c.monthly_units is not None else "—"
        if column == Column.PRICE:
            # "3,980 JPY" beside "1,500" units, not "3980 JPY"; exact, as stored
            return f"{Decimal(c.price):,} {c.currency}" if c.price else "—"
        margin = row.card.scores["margin"].value
        if row.card.scores["margin"].by_hand or margin is None:
            return "—"
        return f"{margin:.1%}"

    def _sort_value(self, number: int, row: PoolRow, column: Column) -> Any:
        if column in (Column.RANK, Column.SCORE):
            return float(row.card.total)
        if column == Column.DATA:
            return len(row.card.missing)
        if column == Column.UNITS:
            return row.candidate.monthly_units if row.candidate.monthly_units is not None else -1
        if column == Column.MARGIN:
            value = row.card.scores["margin"].value
            return value if value is not None else -99.0
        if column == Column.PRICE:
            return float(row.candidate.price or 0)
        return str(self._display(number, row, column)).lower()

    def _tooltip(self, row: PoolRow, column: Column) -> str | None:
        if column == Column.DATA and row.card.missing:
            names = ", ".join(
                translate("Scorecard", CRITERION_BY_KEY[k].label) for k in row.card.missing
            )
            return self.tr("Scored as a neutral 3 because the data is missing: {names}").format(
                names=names
            )
        if column == Column.DECISION and row.decision:
            d = row.decision
            return self.tr("{date} · {name}: {reason}").format(
                date=d.decided_on.isoformat(), name=d.approver_name, reason=d.reason
            )
        if column == Column.NAME:
            return row.candidate.name
        return None
