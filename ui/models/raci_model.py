"""The responsibility matrix (RACI): steps and duties down, team members across.

Every cell edit goes straight to the workspace through ``core.team.set_raci``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from core import team
from core.edits import ConflictError
from core.models import TeamMember
from core.workspace import Workspace
from ui.errors import error_text
from ui.i18n import translate

_Index = QModelIndex | QPersistentModelIndex

# Background and text colour per letter; A (the one who decides) stands out most.
LETTER_COLOURS: dict[str, tuple[str, str]] = {
    "R": ("#dbeafe", "#1e3a8a"),
    "A": ("#f59e0b", "#ffffff"),
    "C": ("#e0f2e9", "#166534"),
    "I": ("#f1f5f9", "#475569"),
}
WARNING_COLOUR = "#b45309"


class RaciModel(QAbstractTableModel):
    # Emitted after a cell was written; the page refreshes the warnings and the step list.
    sig_cell_changed = Signal()
    sig_edit_refused = Signal(str)
    # About to write (the page keeps the team as it is now, for undo).
    sig_writing = Signal()
    # Someone else changed a cell meanwhile: the ConflictError and a function that finishes
    # the edit with the person's choice (core.edits.Resolution, or None for take theirs).
    sig_conflict = Signal(object, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self._subjects = team.subjects()
        self._members: list[TeamMember] = []
        self._cells: dict[tuple[int, str], str] = {}
        self._warned: set[str] = set()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_workspace(
        self,
        workspace: Workspace | None,
        team_read: tuple[list[TeamMember], dict[tuple[int, str], str]] | None = None,
    ) -> None:
        """Show the workspace's matrix: ``team_read`` (members, cells) as read already, or
        read now."""
        self.workspace = workspace
        if team_read is None:
            self.reload()
        else:
            self.show(*team_read)

    def reload(self) -> None:
        """Re-read members (columns) and cells, e.g. after a member was added or renamed."""
        if self.workspace is None:
            self.show([], {})
        else:
            with self.workspace.session() as session:
                self.show(team.members(session), team.raci_cells(session))

    def show(self, members: list[TeamMember], cells: dict[tuple[int, str], str]) -> None:
        """The matrix as read (on a thread for a team workspace: ui/pages/team_page.py)."""
        self.beginResetModel()
        self._members, self._cells = members, cells
        self._update_warned()
        self.endResetModel()

    def _update_warned(self) -> None:
        self._warned = set()
        for subject in self._subjects:
            accountable = [m for m in self._members if self._cells.get((m.id, subject)) == "A"]
            if len(accountable) != 1 and self._members:
                self._warned.add(subject)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._subjects) - 1)
        if self._members:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._members) - 1)

    def subject(self, row: int) -> str:
        return self._subjects[row]

    def member(self, column: int) -> TeamMember:
        return self._members[column]

    # --- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._subjects)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._members)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._members):
                return None
            member = self._members[section]
            roles = team.roles_of(member)
            role_text = translate("Team", team.ROLES.get(member.role, member.role))
            if role == Qt.ItemDataRole.DisplayRole:
                if len(roles) > 1:  # a narrow column: the main role and how many more
                    role_text = self.tr("{role} +{count}").format(
                        role=role_text, count=len(roles) - 1
                    )
                elif member.name == role_text:  # named after the role by the guided start
                    return member.name
                return self.tr("{name}\n{role}").format(name=member.name, role=role_text)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{name} — {role}").format(
                    name=member.name, role=team.role_names(member, translate)
                )
            return None
        if not 0 <= section < len(self._subjects):
            return None
        subject = self._subjects[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(*team.subject_label(subject))
        if subject in self._warned:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(WARNING_COLOUR))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("This row needs exactly one Accountable (A).")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._in_range(index):
            return None
        letter = self._cells.get((self._members[index.column()].id, self._subjects[index.row()]))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return letter or ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if letter is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(LETTER_COLOURS[letter][0]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(LETTER_COLOURS[letter][1]))
        if role == Qt.ItemDataRole.FontRole and letter == "A":
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("Team", team.LETTER_LABELS[letter])
        return None

    def _finish(self, targets, letter: str, shown: dict, conflict: ConflictError, resolution):
        """The same edit again after the choice: keep mine writes over their letter; take
        theirs leaves that cell as they set it (the other cells are still written)."""
        key = conflict.key[1:]  # ("cell", member id, subject)
        if resolution is None:
            targets = [
                i for i in targets
                if (self._members[i.column()].id, self._subjects[i.row()]) != key
            ]  # fmt: skip
            return self.set_letters(targets, letter) if targets else True
        return self.set_letters(targets, letter, {**shown, key: conflict.theirs})

    def _in_range(self, index: _Index) -> bool:
        return 0 <= index.row() < len(self._subjects) and 0 <= index.column() < len(self._members)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.workspace is None:
            return False
        return self.set_letters([index], "" if value is None else str(value))

    def set_letters(
        self, indexes: list[_Index], letter: str, seen: dict[tuple[int, str], str] | None = None
    ) -> bool:
        """Write one letter ('' clears) into several cells in one transaction. Each cell is
        checked against the letter shown (or ``seen``'s): another person's change meanwhile
        stops the write and offers the choice (``sig_conflict``)."""
        if self.workspace is None:
            return False
        targets = [i for i in indexes if i.isValid() and self._in_range(i)]
        if not targets:
            return False
        letter = letter.strip().upper()
        shown = {**self._cells, **(seen or {})}
        keys = [(self._members[i.column()].id, self._subjects[i.row()]) for i in targets]
        self.sig_writing.emit()
        try:
            with self.workspace.transaction() as session:
                for member_id, subject in keys:
                    was = shown.get((member_id, subject), "")
                    team.set_raci(session, member_id, subject, letter, seen=was)
                self._cells = team.raci_cells(session)
        except ConflictError as exc:
            self.reload()  # the cells show theirs now
            conflict = exc
            self.sig_conflict.emit(
                conflict, lambda res: self._finish(targets, letter, shown, conflict, res)
            )
            return False
        except ValueError as exc:
            self.sig_edit_refused.emit(error_text(exc))
            return False
        self._update_warned()
        for index in targets:
            self.dataChanged.emit(index, index)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._subjects) - 1)
        self.sig_cell_changed.emit()
        return True
