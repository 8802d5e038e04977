"""The first rows of a sheet as read, with the chosen header row highlighted (import wizard)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.importing.plan import sample_text
from core.importing.readers import SheetGrid

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
PREVIEW_ROWS = 40
MAX_COLUMNS = 80
HEADER_BACKGROUND = QColor("#dbeafe")
ABOVE_HEADER = QColor("#9ca3af")


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how Excel names columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class SheetGridModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cells: list[list[Any]] = []
        self.width = 0
        self.header_row = 0  # 1-based; 0 = none

    def set_grid(self, grid: SheetGrid | None, header_row: int) -> None:
        self.beginResetModel()
        self.cells = [list(r) for r in grid.cells[:PREVIEW_ROWS]] if grid else []
        self.width = min(max((len(r) for r in self.cells), default=0), MAX_COLUMNS)
        self.header_row = header_row
        self.endResetModel()

    def set_header_row(self, header_row: int) -> None:
        self.header_row = header_row
        if self.cells and self.width:
            last = self.index(len(self.cells) - 1, self.width - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else self.width

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.cells[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        number = index.row() + 1
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else sample_text(value)[:80]
        if role == Qt.ItemDataRole.ToolTipRole:
            return None if value in (None, "") else str(value)[:1000]
        if role == Qt.ItemDataRole.FontRole and number == self.header_row:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and number == self.header_row:
            return QBrush(HEADER_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and number < self.header_row:
            return QBrush(ABOVE_HEADER)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        return str(section + 1)
