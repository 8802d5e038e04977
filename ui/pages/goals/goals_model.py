"""The goals as an editable table with their live progress; every edit is written at once
through core.goals.plan and can be undone (ui.commands.EditCommand)."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QUndoStack
from sqlmodel import col, select

from core.edits import UNSET, ConflictError, seen_of
from core.goals import plan
from core.goals.models import Goal
from core.goals.progress import GoalProgress, goal_progress
from core.goals.roles import MEASURES, PRODUCT_ROLES, STATUS_LABELS, GoalStatus, Measure
from core.goals.texts import amount_text, progress_text, status_rule
from core.models import Market, Platform, TeamMember
from core.workspace import Workspace
from ui.commands import EditCommand
from ui.errors import error_text
from ui.i18n import translate
from ui.models.catalog_rows import CHOICES_ROLE

PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 20  # (progress, expected, status) for the bar
GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 21
SORT_ROLE = Qt.ItemDataRole.UserRole + 22  # numbers as numbers, dates as dates, text folded
STATUS_COLOURS = {
    GoalStatus.ON_TRACK: "#16a34a",
    GoalStatus.AT_RISK: "#f59e0b",
    GoalStatus.OFF_TRACK: "#dc2626",
    GoalStatus.DONE: "#2563eb",
}

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    # What a seller reads first on a laptop screen comes first; what narrows a goal after.
    GOAL = 0
    TARGET = 1
    PROGRESS = 2
    STATUS = 3
    DEADLINE = 4
    OWNER = 5
    STARTS = 6
    MEASURE = 7
    PLATFORM = 8
    MARKET = 9
    ROLE = 10


# Hidden until chosen in "Columns…" (the goal's name already says what it counts).
DEFAULT_HIDDEN = (Column.STARTS, Column.MEASURE, Column.PLATFORM, Column.MARKET, Column.ROLE)


FIELDS = {
    Column.GOAL: "name",
    Column.MEASURE: "measure",
    Column.PLATFORM: "platform_id",
    Column.MARKET: "market_id",
    Column.ROLE: "product_role",
    Column.TARGET: "target",
    Column.STARTS: "starts_on",
    Column.DEADLINE: "deadline",
    Column.OWNER: "owner_id",
}


class GoalsModel(QAbstractTableModel):
    sig_error = Signal(str)  # an edit was refused: the translated reason
    sig_edited = Signal()  # an edit (or its undo/redo) was written
    # Someone else changed the goal meanwhile: the ConflictError and a function finishing
    # the edit with the person's choice (core.edits.Resolution).
    sig_conflict = Signal(object, object)
    undo_checks_seen = True  # EditCommand's undo passes the value it expects (ui.commands)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.undo_stack: QUndoStack | None = None
        self.today: date | None = None  # None: today (tests pin a day)
        self._goals: list[Goal] = []
        self._progress: list[GoalProgress] = []
        self._platforms: list[tuple[int, str]] = []
        self._markets: list[tuple[int, str]] = []
        self._owners: list[tuple[int, str]] = []

    # --- loading --------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.reload()

    def reload(self) -> None:
        """Re-read goals and progress; a plain refresh when the same goals are shown (the
        view keeps its current cell), a reset when goals came or went."""
        goals: list[Goal] = []
        progress: list[GoalProgress] = []
        if self.workspace is not None:
            with self.workspace.session() as session:
                goals = plan.goals(session)
                progress = goal_progress(session, self.today)
                self._platforms = [
                    (p.id or 0, p.name)
                    for p in session.exec(select(Platform).order_by(col(Platform.name)))
                ]
                self._markets = [
                    (m.id or 0, m.code)
                    for m in session.exec(select(Market).order_by(col(Market.code)))
                ]
                self._owners = [
                    (m.id or 0, m.name)
                    for m in session.exec(select(TeamMember).order_by(col(TeamMember.id)))
                ]
        if [g.id for g in goals] == [g.id for g in self._goals] and goals:
            self._goals, self._progress = goals, progress
            self.dataChanged.emit(self.index(0, 0), self.index(len(goals) - 1, len(Column) - 1))
            return
        self.beginResetModel()
        self._goals, self._progress = goals, progress
        self.endResetModel()

    def progress(self) -> list[GoalProgress]:
        return list(self._progress)

    def goal_id(self, row: int) -> int:
        return self._goals[row].id or 0

    def goal_seen(self, row: int) -> dict:
        """The goal as this person sees it (deleting it after another's change asks)."""
        return seen_of(self._goals[row], plan.EDITABLE)

    def row_of(self, goal_id: int) -> int:
        return next((i for i, g in enumerate(self._goals) if g.id == goal_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._goals:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._goals) - 1, len(Column) - 1)
            )

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._goals)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.GOAL: self.tr("Goal"),
                Column.MEASURE: self.tr("Measure"),
                Column.PLATFORM: self.tr("Platform"),
                Column.MARKET: self.tr("Market"),
                Column.ROLE: self.tr("Product role"),
                Column.TARGET: self.tr("Target"),
                Column.PROGRESS: self.tr("Progress"),
                Column.STATUS: self.tr("Status"),
                Column.STARTS: self.tr("Starts"),
                Column.DEADLINE: self.tr("Deadline"),
                Column.OWNER: self.tr("Owner"),
            }[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.TARGET:
            return self.tr(
                "SKUs as a whole number, money in the goal's currency, margin in % (35 or 35 %)."
            )
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.PROGRESS:
            return self.tr(
                "Computed from your listings and sales, never typed. The thin line shows where you should be by now."
            )
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and Column(index.column()) in FIELDS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._goals):
            return None
        goal, item = self._goals[index.row()], self._progress[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(goal, item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(goal, column)
        if role == CHOICES_ROLE:
            return self._choices(column)
        if role == PROGRESS_ROLE and column == Column.PROGRESS:
            expected = 1.0 if item.measure == Measure.MARGIN else item.elapsed
            return (item.progress, expected, item.status.value)
        if role == GOAL_ID_ROLE:
            return goal.id
        if role == SORT_ROLE:
            if column == Column.TARGET:
                return float(item.target)
            if column == Column.PROGRESS:
                return item.progress
            if column in (Column.STARTS, Column.DEADLINE):
                return self._display(goal, item, column)  # ISO dates sort as text
            return self._display(goal, item, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.PROGRESS, Column.STATUS):
            lines = [status_rule(item.measure).render(translate)]
            if item.run_rate is not None:
                lines.append(
                    self.tr("Run-rate for the whole period: {amount}").format(
                        amount=amount_text(item.measure, item.run_rate, item.currency)
                    )
                )
            if item.data_until is not None:
                lines.append(
                    self.tr("Sales data up to {day}").format(day=item.data_until.isoformat())
                )
            lines.extend(note.render(translate) for note in item.notes)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            return QColor(STATUS_COLOURS[item.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.TARGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, goal: Goal, item: GoalProgress, column: Column) -> str:
        all_text = self.tr("All")
        if column == Column.GOAL:
            return item.title.render(translate)
        if column == Column.MEASURE:
            return translate("Goals", MEASURES.get(goal.measure, goal.measure))
        if column == Column.PLATFORM:
            return dict(self._platforms).get(goal.platform_id or 0, all_text)
        if column == Column.MARKET:
            return dict(self._markets).get(goal.market_id or 0, all_text)
        if column == Column.ROLE:
            role = PRODUCT_ROLES.get(goal.product_role or "")
            return translate("Goals", role) if role else self.tr("Any")
        if column == Column.TARGET:
            return amount_text(item.measure, item.target, item.currency)
        if column == Column.PROGRESS:
            return progress_text(item).render(translate)
        if column == Column.STATUS:
            return translate("Goals", STATUS_LABELS[item.status])
        if column == Column.STARTS:
            return goal.starts_on.isoformat()
        if column == Column.DEADLINE:
            return goal.deadline.isoformat()
        return dict(self._owners).get(goal.owner_id or 0, self.tr("Nobody yet"))

    def _edit_value(self, goal: Goal, column: Column) -> Any:
        if column == Column.TARGET:
            value = goal.target_value
            shown = value * 100 if goal.measure == Measure.MARGIN else value
            return format(shown.normalize(), "f")
        if column in (Column.STARTS, Column.DEADLINE):
            day = goal.starts_on if column == Column.STARTS else goal.deadline
            return QDate(day.year, day.month, day.day)
        if column == Column.GOAL:
            return goal.name
        return getattr(goal, FIELDS[column]) if column in FIELDS else None

    def _choices(self, column: Column) -> tuple[list[tuple[str, Any]], bool] | None:
        if column == Column.MEASURE:
            return [(translate("Goals", label), key) for key, label in MEASURES.items()], False
        if column == Column.PLATFORM:
            return [(self.tr("All"), None), *[(n, i) for i, n in self._platforms]], False
        if column == Column.MARKET:
            return [(self.tr("All"), None), *[(n, i) for i, n in self._markets]], False
        if column == Column.ROLE:
            roles = [(translate("Goals", label), key) for key, label in PRODUCT_ROLES.items()]
            return [(self.tr("Any"), None), *roles], False
        if column == Column.OWNER:
            return [(self.tr("Nobody yet"), None), *[(n, i) for i, n in self._owners]], False
        return None

    # --- editing --------------------------------------------------------------------------
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = Column(index.column())
        if column not in FIELDS:
            return False
        if isinstance(value, QDate):
            value = date(value.year(), value.month(), value.day())
        goal = self._goals[index.row()]
        field = FIELDS[column]
        if field == "target" and goal.measure == Measure.MARGIN and value is not None:
            text = str(value).strip()
            value = text if text.endswith("%") else f"{text} %"  # typed as percent here
        return self._write(goal.id or 0, field, value, getattr(goal, field), column)

    def _write(self, goal_id: int, field: str, value: Any, seen: Any, column: Column) -> bool:
        """Write one field the person saw as ``seen``, with undo; another person's change of
        it meanwhile is offered as a choice (``sig_conflict``)."""
        try:
            before = self.apply_edit(("goal", goal_id), field, value, seen=seen)
        except ConflictError as exc:
            self.reload()  # the row shows theirs now
            self.sig_conflict.emit(
                exc,
                lambda res: self._write(
                    goal_id, field, res.changes[field], res.seen[field], column
                ),
            )
            return False
        except ValueError as exc:
            self.sig_error.emit(error_text(exc))
            return False
        goal = self._goals[self.row_of(goal_id)]
        if self.undo_stack is not None:
            label = self.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            new = getattr(plan.GoalDraft.of(self._goals[self.row_of(goal.id or 0)]), field)
            self.undo_stack.push(
                EditCommand(self, ("goal", goal.id or 0), field, before, new, str(label))
            )
        return True

    def apply_edit(self, target: tuple[str, int], field: str, value: Any, seen: Any = UNSET) -> Any:
        """Write one field of a goal; returns the value before. Raises ValueError, or
        ConflictError when ``seen`` is no longer what is saved."""
        assert self.workspace is not None
        goal_id = target[1]
        with self.workspace.transaction() as session:
            expected = None if seen is UNSET else {field: seen}
            before = plan.update_goal(session, goal_id, seen=expected, **{field: value})
        self.reload()
        self.sig_edited.emit()
        return before[field]
