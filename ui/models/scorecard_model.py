"""One candidate's scorecard: a row per criterion with its weight (editable, saved for the
whole workspace), its 1–5 score, what the score rests on, and a hand score with its reason."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from core.i18n import QT_TRANSLATE_NOOP
from core.selection import scorecard, scoring_edits
from core.selection.scorecard import CRITERIA, ScoreCard
from core.workspace import Workspace
from ui.dialogs.conflict_dialog import write_with_choice
from ui.errors import error_text
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
CRITERION_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    CRITERION = 0
    WEIGHT = 1
    SCORE = 2
    BASIS = 3


HEADERS = {
    Column.CRITERION: QT_TRANSLATE_NOOP("ScorecardModel", "Criterion"),
    Column.WEIGHT: QT_TRANSLATE_NOOP("ScorecardModel", "Weight"),
    Column.SCORE: QT_TRANSLATE_NOOP("ScorecardModel", "Score (1–5)"),
    Column.BASIS: QT_TRANSLATE_NOOP("ScorecardModel", "Based on"),
}

EVIDENCE_UNITS = {
    "demand": QT_TRANSLATE_NOOP("ScorecardModel", "{number} units a month"),
    "competition": QT_TRANSLATE_NOOP("ScorecardModel", "{number} reviews"),
    "differentiation": QT_TRANSLATE_NOOP("ScorecardModel", "{number} pain points"),
    "supply": QT_TRANSLATE_NOOP("ScorecardModel", "{number} days lead time"),
    "compliance_ip": QT_TRANSLATE_NOOP("ScorecardModel", "{number} CNY to certify"),
    "logistics": QT_TRANSLATE_NOOP("ScorecardModel", "{number} g"),
}


def basis_text(key: str, card: ScoreCard | None) -> str:
    if card is None:
        return ""
    score = card.scores[key]
    if score.by_hand:
        return translate("ScorecardModel", "By hand: {reason}").format(reason=score.reason)
    if score.missing:
        return translate("ScorecardModel", "⚠ Missing data: counted as 3")
    value = score.value
    if key == "margin":
        return f"{value:.1%}"
    if key == "trend":
        return f"{value:.2f}×"
    # A bare "1,500" or "9,000" said nothing: each number with its unit.
    unit = EVIDENCE_UNITS.get(key)
    number = f"{value:,.0f}"
    return translate("ScorecardModel", unit).format(number=number) if unit else number


class ScorecardModel(QAbstractTableModel):
    sig_weights_changed = Signal()
    sig_error = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.card: ScoreCard | None = None
        self.weights: dict[str, int] = {c.key: c.weight for c in CRITERIA}
        self.thresholds: dict[str, tuple[float, ...]] = {c.key: c.thresholds for c in CRITERIA}

    def set_card(self, workspace: Workspace | None, card: ScoreCard | None) -> None:
        self.beginResetModel()
        self.workspace, self.card = workspace, card
        if workspace is not None:
            with workspace.session() as session:
                self.weights = scorecard.weights(session)
                self.thresholds = scorecard.thresholds(session)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(CRITERIA)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(Column):
                return self.tr(HEADERS[Column(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == Column.WEIGHT and self.workspace is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(CRITERIA)):
            return None
        criterion = CRITERIA[index.row()]
        column = Column(index.column())
        score = self.card.scores[criterion.key] if self.card else None
        if role == CRITERION_ROLE:
            return criterion.key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Column.CRITERION:
                return translate("Scorecard", criterion.label)
            if column == Column.WEIGHT:
                return self.weights[criterion.key]
            if column == Column.SCORE:
                return "" if score is None else str(score.score)
            return basis_text(criterion.key, self.card)
        if role == Qt.ItemDataRole.ToolTipRole:
            measure = translate("Scorecard", criterion.measure)
            bands = ", ".join(f"{t:g}" for t in self.thresholds[criterion.key])
            return self.tr("{measure}. Thresholds for 2, 3, 4 and 5 points: {bands}").format(
                measure=measure, bands=bands
            )
        if role == Qt.ItemDataRole.ForegroundRole and score is not None and score.missing:
            return QBrush(QColor("#b45309"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.WEIGHT, Column.SCORE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != Column.WEIGHT or self.workspace is None:
            return False
        key = CRITERIA[index.row()].key
        workspace, seen = self.workspace, dict(self.weights)  # another's change meanwhile asks

        def write(decided):
            with workspace.transaction() as session:
                scoring_edits.save_weights(session, new, seen, decided)
                return scorecard.weights(session)

        try:
            new = dict(self.weights, **{key: int(value)})
            parent = self.parent()
            self.weights = write_with_choice(parent if isinstance(parent, QWidget) else None, write)
        except (TypeError, ValueError) as exc:
            self.sig_error.emit(error_text(exc))
            return False
        self.dataChanged.emit(self.index(0, 0), self.index(len(CRITERIA) - 1, len(Column) - 1))
        self.sig_weights_changed.emit()
        return True
