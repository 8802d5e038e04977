"""The exchange-rate table: each currency and what one unit of it is worth in the base currency.

Every edit is saved at once through ``core.currency`` in its own transaction; a bad value is
not written and ``sig_error`` carries the translated reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from core import currency
from core.workspace import Workspace
from ui.errors import error_text

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class ExchangeRatesModel(QAbstractTableModel):
    sig_error = Signal(str)
    sig_saved = Signal()

    CURRENCY, RATE = range(2)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.base = "CNY"
        self.rows: list[tuple[str, float]] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self.workspace.session() as session:
            self.base = currency.base_currency(session)
            table = currency.rates(session)
        others = sorted((code, rate) for code, rate in table.items() if code != self.base)
        self.rows = [(self.base, 1.0), *others]
        self.endResetModel()

    # --- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.CURRENCY:
            return self.tr("Currency")
        if section == self.RATE:
            return self.tr("1 unit in {base}").format(base=self.base)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        code, rate = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return code if column == self.CURRENCY else f"{rate:,.6g}"
        if role == Qt.ItemDataRole.EditRole:
            # Text, so the editor is a line edit that keeps every digit (JPY 0.048).
            return code if column == self.CURRENCY else f"{rate:.10g}"
        if role == Qt.ItemDataRole.FontRole and code == self.base:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and code == self.base:
            return self.tr("{code} is the base currency: every amount is converted to it.").format(
                code=code
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.RATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.RATE and self.rows[index.row()][0] != self.base:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self,
        index: Index,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        code = self.rows[index.row()][0]
        if not self._write(currency.set_rate, code, value):
            return False
        with self.workspace.session() as session:
            self.rows[index.row()] = (code, currency.rates(session)[code])
        self.dataChanged.emit(index, index)
        self.sig_saved.emit()
        return True

    # --- rows -------------------------------------------------------------------------
    def _write(self, change, *args: Any) -> bool:
        """Run ``change(session, *args)`` in one transaction; a refusal becomes sig_error."""
        try:
            with self.workspace.transaction() as session:
                change(session, *args)
        except ValueError as exc:
            self.sig_error.emit(error_text(exc))
            return False
        return True

    def add_rate(self, code: str, rate: Any) -> bool:
        """Add a currency (or change it when it is already listed); False with a message."""
        if not self._write(currency.set_rate, code, rate):
            return False
        self.reload()
        self.sig_saved.emit()
        return True

    def remove_row(self, row: int) -> bool:
        if not 0 <= row < len(self.rows):
            return False
        if not self._write(currency.delete_rate, self.rows[row][0]):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self.sig_saved.emit()
        return True

    def set_base(self, code: str) -> bool:
        """Make ``code`` the base currency (rates restated); False with a message."""
        if not self._write(currency.set_base_currency, code):
            return False
        self.reload()
        self.sig_saved.emit()
        return True

    def row_of(self, code: str) -> int:
        code = currency.normalise_code(code)
        return next((i for i, (c, _) in enumerate(self.rows) if c == code), -1)
