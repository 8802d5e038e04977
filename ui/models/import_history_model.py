"""The imports of a workspace, newest first: file, time, row counts and whether it was undone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.demo_names import source_name
from core.importing.history import import_history
from core.models import ImportBatch
from core.workspace import Workspace
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
BATCH_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ImportHistoryModel(QAbstractTableModel):
    NUMBER, FILE, TIME, NEW, CHANGED, UNCHANGED, REJECTED, STATE = range(8)
    COUNT_COLUMNS = {
        NEW: "new_count",
        CHANGED: "changed_count",
        UNCHANGED: "unchanged_count",
        REJECTED: "rejected_count",
    }

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.batches: list[ImportBatch] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self.workspace.session() as session:
            self.batches = import_history(session)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.batches:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.batches) - 1, self.columnCount() - 1)
            )

    def batch(self, row: int) -> ImportBatch | None:
        return self.batches[row] if 0 <= row < len(self.batches) else None

    # --- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.batches)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 8

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.NUMBER: self.tr("No."),
            self.FILE: self.tr("File"),
            self.TIME: self.tr("Imported at"),
            self.NEW: self.tr("New"),
            self.CHANGED: self.tr("Changed"),
            self.UNCHANGED: self.tr("Unchanged"),
            self.REJECTED: self.tr("Rejected"),
            self.STATE: self.tr("Status"),
        }
        return titles.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        batch = self.batch(index.row()) if index.isValid() else None
        if batch is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(batch, column)
        if role == BATCH_ID_ROLE:
            return batch.id
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            column in self.COUNT_COLUMNS or column == self.NUMBER
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FILE and batch.profile_name:
            return self.tr("Column mapping: {profile}").format(profile=batch.profile_name)
        if role == Qt.ItemDataRole.ForegroundRole and batch.undone_at:
            return Qt.GlobalColor.gray
        return None

    def _text(self, batch: ImportBatch, column: int) -> str:
        if column == self.NUMBER:
            return f"#{batch.id}"
        if column == self.FILE:
            name = source_name(batch.file_name, translate)  # the demo's in the reader's language
            if batch.sheet:
                return self.tr("{file} [{sheet}]").format(file=name, sheet=batch.sheet)
            return name
        if column == self.TIME:
            return batch.imported_at.replace("T", " ")
        if column in self.COUNT_COLUMNS:
            return f"{getattr(batch, self.COUNT_COLUMNS[column]):,}"
        if batch.undone_at:
            return self.tr("Undone {when}").format(when=batch.undone_at.replace("T", " "))
        return self.tr("Applied")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
