"""Platform priority × target markets: each cell is the platform's role in that market
(test / main / clearance), chosen from a list and written at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QUndoStack

from core.edits import UNSET, ConflictError
from core.goals import plan, plan_conflicts
from core.goals.roles import PLATFORM_ROLES
from core.workspace import Workspace
from ui.commands import EditCommand
from ui.errors import error_text
from ui.i18n import translate
from ui.models.catalog_rows import CHOICES_ROLE

ROLE_COLOURS = {"main": "#dbeafe", "test": "#fef3c7", "clearance": "#f3f4f6"}
_Index = QModelIndex | QPersistentModelIndex


class PlatformRolesModel(QAbstractTableModel):
    sig_error = Signal(str)
    sig_edited = Signal()
    # Someone else changed the role or the order meanwhile: the ConflictError and a function
    # finishing the edit with the person's choice (a core.edits.Resolution), for the page.
    sig_conflict = Signal(object, object)
    undo_checks_seen = True  # EditCommand's undo passes the value it expects (ui.commands)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.platforms: list[tuple[int, str]] = []  # in priority order
        self.markets: list[tuple[int, str]] = []  # target markets in order
        self.roles: dict[tuple[int, int], str] = {}
        self.undo_stack: QUndoStack | None = None

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.platforms, self.markets, self.roles = [], [], {}
        if self.workspace is not None:
            with self.workspace.session() as session:
                self.platforms = [(p.id or 0, p.name) for p in plan.platform_priority(session)]
                self.markets = [(m.id or 0, m.code) for m in plan.target_markets(session)]
                self.roles = plan.platform_roles(session)
        self.endResetModel()

    def move(self, row: int, step: int) -> bool:
        """Move a platform up (-1) or down (+1) in the priority order."""
        other = row + step
        if self.workspace is None or not (
            0 <= row < len(self.platforms) and 0 <= other < len(self.platforms)
        ):
            return False
        seen = [pid for pid, _ in self.platforms]  # the order this person sees
        ids = list(seen)
        ids[row], ids[other] = ids[other], ids[row]
        return self.write_order(ids, seen)

    def write_order(self, ids: list[int], seen: list[int]) -> bool:
        """Write the platform order; another person's new order meanwhile asks first (keep
        mine writes this order over theirs)."""
        assert self.workspace is not None
        try:
            with self.workspace.transaction() as session:
                plan.set_platform_priority(session, ids, seen=seen)
        except ConflictError as exc:
            self.reload()  # show what is saved now behind the dialog
            self.sig_conflict.emit(
                exc, lambda res: self.write_order(ids, list(res.seen[plan_conflicts.PLATFORMS]))
            )
            return False
        self.reload()
        self.sig_edited.emit()
        return True

    def retranslate(self) -> None:
        if self.platforms and self.markets:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.platforms) - 1, len(self.markets) - 1)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.platforms)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.markets)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.markets):
            return self.markets[section][1]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.platforms):
            return f"{section + 1}. {self.platforms[section][1]}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return (
            super().flags(index) | Qt.ItemFlag.ItemIsEditable
            if index.isValid()
            else super().flags(index)
        )

    def _key(self, index: _Index) -> tuple[int, int]:
        return self.platforms[index.row()][0], self.markets[index.column()][0]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or index.row() >= len(self.platforms)
            or index.column() >= len(self.markets)
        ):
            return None
        current = self.roles.get(self._key(index))
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Goals", PLATFORM_ROLES[current]) if current else "—"
        if role == Qt.ItemDataRole.EditRole:
            return current
        if role == CHOICES_ROLE:
            items = [(translate("Goals", label), key) for key, label in PLATFORM_ROLES.items()]
            return [(self.tr("No role"), None), *items], False
        if role == Qt.ItemDataRole.BackgroundRole and current:
            return QColor(ROLE_COLOURS[current])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "Main: where most sales and ad budget go. Test: try new products in small "
                "batches. Clearance: sell off slow stock."
            )
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.workspace is None:
            return False
        key = self._key(index)
        text = self.tr("role of {platform} in {market}").format(
            platform=self.platforms[index.row()][1], market=self.markets[index.column()][1]
        )
        return self._write(key, value or None, self.roles.get(key), text)

    def _write(self, key: tuple[int, int], value: str | None, seen: Any, text: str) -> bool:
        """Write a role over the one the person saw (``seen``), with undo; another person's
        change meanwhile is offered as a choice (``sig_conflict``)."""
        try:
            self.apply_edit(("role", key), "role", value, seen=seen)
        except ConflictError as exc:
            self.reload()
            self.sig_conflict.emit(
                exc, lambda res: self._write(key, res.changes["role"], res.seen["role"], text)
            )
            return False
        except ValueError as exc:
            self.sig_error.emit(error_text(exc))
            return False
        if self.undo_stack is not None and seen != value:
            self.undo_stack.push(EditCommand(self, ("role", key), "role", seen, value, text))
        return True

    def apply_edit(self, target: tuple, _field: str, value: Any, seen: Any = UNSET) -> Any:
        """Write one platform × market role (also undo/redo); raises ValueError, and a
        ConflictError when ``seen`` is no longer the saved role."""
        assert self.workspace is not None
        platform_id, market_id = target[1]
        with self.workspace.transaction() as session:
            plan.set_platform_role(session, platform_id, market_id, value, seen=seen)
        if value:
            self.roles[(platform_id, market_id)] = value
        else:
            self.roles.pop((platform_id, market_id), None)
        rows = [pid for pid, _ in self.platforms]
        columns = [mid for mid, _ in self.markets]
        if platform_id in rows and market_id in columns:
            cell = self.index(rows.index(platform_id), columns.index(market_id))
            self.dataChanged.emit(cell, cell)
        self.sig_edited.emit()
