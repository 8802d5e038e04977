"""One list of a candidates import preview (new, changed, unchanged or rejected rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core.importing.fields import CANDIDATE_FIELDS
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
LABELS = {f.key: f.label for f in CANDIDATE_FIELDS}
COLUMNS = 4  # row in the file, product name, values read, warnings


class CandidatePreviewModel(QAbstractTableModel):
    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.rows: list[Any] = []

    def set_preview(self, preview: Any) -> None:
        self.beginResetModel()
        rows = preview.rows if preview is not None else []
        self.rows = [r for r in rows if r.action == self.kind]
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COLUMNS - 1))

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else COLUMNS

    def _text(self, row: Any, column: int) -> str:
        if column == 0:
            return str(row.row)
        if column == 1:
            return row.name
        if column == 2:
            return "; ".join(
                f"{translate('Import', LABELS.get(key, key))}: {value}"
                for key, value in row.values.items()
            )
        return "  ·  ".join(m.render(translate) for m in row.warnings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and row.warnings and self.kind != "rejected":
            return QColor("#fff4e5")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (self.tr("Row"), self.tr("Product name"), self.tr("Values from the file"),
                 self.tr("Warnings"))  # fmt: skip
        return names[section] if 0 <= section < COLUMNS else None
