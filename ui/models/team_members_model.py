"""The team members as an editable table; every edit is written at once through core.team."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from core import team
from core.edits import ConflictError
from core.models import TeamMember
from core.workspace import Workspace
from ui.errors import error_text
from ui.i18n import translate

# Role for the proxy: values that sort naturally (numbers as numbers, text case-folded).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The member's database id, for actions on the selected row.
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    CONTACT = 2
    CAPACITY = 3
    NOTES = 4


class TeamMembersModel(QAbstractTableModel):
    # Emitted after a member was written; the page refreshes warnings and the step list.
    sig_member_changed = Signal()
    # A change was refused: the translated reason, so the page can show it.
    sig_edit_refused = Signal(str)
    # About to write (the page keeps the team as it is now, for undo).
    sig_writing = Signal()
    # Someone else changed the member meanwhile: the ConflictError and a function that
    # finishes the edit with the person's choice (core.edits.Resolution, or None).
    sig_conflict = Signal(object, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self._members: list[TeamMember] = []

    # --- loading ----------------------------------------------------------------------
    def set_workspace(
        self, workspace: Workspace | None, members: list[TeamMember] | None = None
    ) -> None:
        """Show the workspace's members: ``members`` as read already, or read now."""
        self.workspace = workspace
        if members is None:
            self.reload()
        else:
            self.show(members)

    def reload(self) -> None:
        if self.workspace is None:
            self.show([])
        else:
            with self.workspace.session() as session:
                self.show(team.members(session))

    def show(self, members: list[TeamMember]) -> None:
        """The members as read (on a thread for a team workspace: ui/pages/team_page.py)."""
        self.beginResetModel()
        self._members = members
        self.endResetModel()

    def member(self, row: int) -> TeamMember:
        return self._members[row]

    def row_of(self, member_id: int) -> int:
        return next((i for i, m in enumerate(self._members) if m.id == member_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._members:
            self.dataChanged.emit(
                self.index(0, Column.ROLE), self.index(len(self._members) - 1, Column.ROLE)
            )

    # --- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NAME: self.tr("Name"),
                Column.ROLE: self.tr("Roles"),
                Column.CONTACT: self.tr("Contact"),
                Column.CAPACITY: self.tr("Capacity (h/week)"),
                Column.NOTES: self.tr("Notes"),
            }[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.ROLE:
            return self.tr("In a small shop one person may hold several roles; the first is "
                           "their main role.")  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.CONTACT:
            return self.tr("Phone, WeChat or e-mail.")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.CAPACITY:
            return self.tr("Hours per week this person can give the matrix work (0–168).")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.ROLE:
                return team.role_names(member, translate)
            if column == Column.CAPACITY:
                return f"{member.capacity_hours:g}"
            return self._raw(member, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._raw(member, column)
        if role == SORT_ROLE:
            if column == Column.CAPACITY:
                return float(member.capacity_hours)
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == MEMBER_ID_ROLE:
            return member.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.CAPACITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ROLE:
            return self.tr("Double-click to tick the roles this person holds.")
        return None

    @staticmethod
    def _raw(member: TeamMember, column: Column) -> Any:
        return {
            Column.NAME: member.name,
            Column.ROLE: team.roles_of(member),
            Column.CONTACT: member.contact,
            Column.CAPACITY: float(member.capacity_hours),
            Column.NOTES: member.notes,
        }[column]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.workspace is None:
            return False
        member = self._members[index.row()]
        column = Column(index.column())
        if value == self._raw(member, column):
            return False
        field = {
            Column.NAME: "name",
            Column.ROLE: "roles",
            Column.CONTACT: "contact",
            Column.CAPACITY: "capacity_hours",
            Column.NOTES: "notes",
        }[column]
        if column == Column.CAPACITY:
            try:
                value = float(value)
            except (TypeError, ValueError):
                self.sig_edit_refused.emit(self.tr("Capacity must be a number of hours."))
                return False
        elif column == Column.ROLE:
            value = [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]
        else:
            value = "" if value is None else str(value)
        return self.write_member(member.id or 0, {field: value}, team.member_seen(member))

    def write_member(self, member_id: int, changes: dict[str, Any], seen: dict[str, Any]) -> bool:
        """Write fields of a member that the person saw as ``seen``; another person's change
        of one of them meanwhile is offered as a choice (``sig_conflict``)."""
        if self.workspace is None:
            return False
        self.sig_writing.emit()
        try:
            with self.workspace.transaction() as session:
                updated = team.update_member(session, member_id, **changes, seen=seen)
        except ConflictError as exc:
            self.reload()  # the row shows theirs now
            self.sig_conflict.emit(exc, lambda res: self._finish(member_id, res))
            return False
        except ValueError as exc:
            self.sig_edit_refused.emit(error_text(exc))
            return False
        row = self.row_of(member_id)
        if row < 0:
            self.reload()
        else:
            self._members[row] = updated
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self.sig_member_changed.emit()
        return True

    def _finish(self, member_id: int, resolution) -> bool:
        if resolution is None:  # take theirs: already shown
            return True
        return self.write_member(member_id, resolution.changes, resolution.seen)
