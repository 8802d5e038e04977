"""One list of the import preview (new, changed, unchanged or rejected rows) as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core.importing.fields import PRODUCT_FIELDS
from core.importing.products import describe_value
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
KINDS = ("new", "changed", "unchanged", "rejected")
LABELS = {f.key: f.label for f in PRODUCT_FIELDS}


class ImportPreviewModel(QAbstractTableModel):
    """Columns: row number, SKU, then the mapped fields (new / unchanged), the changes as
    "old → new" (changed) or the reasons (rejected)."""

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        assert kind in KINDS
        self.kind = kind
        self.rows: list[Any] = []
        self.keys: list[str] = []  # field keys shown after row and SKU

    def set_preview(self, preview: Any) -> None:
        self.beginResetModel()
        rows = getattr(preview, self.kind, []) if preview is not None else []
        # rows kept as columns (core.importing.plain.PlainRows) make a row when it is painted
        self.rows = rows if hasattr(rows, "present") else list(rows)
        present: set[str] = set()
        if self.kind in ("new", "unchanged"):
            if hasattr(rows, "present"):
                present = rows.present()
            else:
                for row in self.rows:
                    present.update(row.values)
        # the checked values, not the mapping: options arrive merged into "variant"
        self.keys = [f.key for f in PRODUCT_FIELDS if f.key in present and f.key != "sku_code"]
        self.endResetModel()

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        if parent.isValid():
            return 0
        return 2 + (len(self.keys) if self.kind in ("new", "unchanged") else 1)

    def _warnings(self, row: Any) -> str:
        return "\n".join(m.render(translate) for m in getattr(row, "warnings", []) or [])

    def _text(self, row: Any, column: int) -> str:
        if column == 0:
            # Accepted rows with a caveat (e.g. options not paired) carry a warning sign.
            return f"⚠ {row.row_number}" if self._warnings(row) else str(row.row_number)
        if column == 1:
            return row.sku_code or str(row.values.get("sku_code", "") or "")
        if self.kind == "changed":
            return "; ".join(
                self.tr("{field}: {old} → {new}").format(
                    field=translate("Import", LABELS.get(key, key)),
                    old=describe_value(key, old) or "∅",
                    new=describe_value(key, new) or "∅",
                )
                for key, (old, new) in row.changes.items()
            )
        if self.kind == "rejected":
            return "  ·  ".join(m.render(translate) for m in row.messages)
        key = self.keys[column - 2]
        return describe_value(key, row.values.get(key))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        warnings = self._warnings(row) if self.kind != "rejected" else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 1 and getattr(row, "file_code", ""):
                shared = self.tr("In the file: {code}, a code several variants share.").format(
                    code=row.file_code
                )
                return f"{shared}\n{warnings}" if warnings else shared
            if warnings:
                return warnings
            return self._text(row, index.column()) if index.column() >= 2 else None
        if role == Qt.ItemDataRole.BackgroundRole and warnings:
            return QColor("#fff4e5")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("SKU")
        if self.kind == "changed":
            return self.tr("Changes (old → new)")
        if self.kind == "rejected":
            return self.tr("Why it was not imported")
        key = self.keys[section - 2]
        return translate("Import", LABELS.get(key, key))
