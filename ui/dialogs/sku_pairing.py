"""The import wizard's pairing table: each SKU of a facts file that the catalog does not know,
with its row count and a combo to pair it with a catalog SKU (typing filters the catalog by
code or name). SKUs left unpaired follow the facts page's skip/create choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

PAIRS_SHOWN = 200  # unknown SKUs offered for pairing one by one; the rest follow the choice


class SkuPairing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unknown: dict[str, int] = {}  # file SKU → rows, every unknown SKU of the file
        self.catalog: list[tuple[str, str]] = []  # (SKU code, product name) of the catalog
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(180)
        self.paired = QLabel(objectName="hint", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.paired)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("SKU in the file"), self.tr("Rows"), self.tr("Pair with a catalog SKU")]
        )
        for i in range(self.table.rowCount()):
            combo = self.table.cellWidget(i, 2)
            if isinstance(combo, QComboBox):
                combo.setItemText(0, self.tr("Not paired"))
        self._show_paired()

    def fill(self, unknown: dict[str, int], catalog: list[tuple[str, str]]) -> None:
        """A combo per unknown SKU; choices made before (a re-read of the file, a language
        change) are kept."""
        kept = self.pairs()
        self.unknown, self.catalog = dict(unknown), catalog
        codes = sorted(unknown)[:PAIRS_SHOWN]
        self.table.setRowCount(len(codes))
        for i, code in enumerate(codes):
            self.table.setItem(i, 0, QTableWidgetItem(code))
            count = QTableWidgetItem(f"{unknown[code]:,}")
            count.setData(Qt.ItemDataRole.UserRole, unknown[code])
            self.table.setItem(i, 1, count)
            combo = QComboBox(editable=True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItem(self.tr("Not paired"), "")
            for sku, name in catalog:
                combo.addItem(f"{sku} — {name}" if name else sku, sku)
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            combo.setCompleter(completer)
            if kept.get(code):
                combo.setCurrentIndex(max(combo.findData(kept[code]), 0))
            combo.currentIndexChanged.connect(self._show_paired)
            combo.editTextChanged.connect(self._show_paired)
            self.table.setCellWidget(i, 2, combo)
        self.table.resizeColumnsToContents()
        self.setVisible(bool(codes))
        self._show_paired()

    def pairs(self) -> dict[str, str]:
        """File SKU → catalog SKU code, for the rows whose combo names a catalog SKU."""
        known = {sku for sku, _name in self.catalog}
        chosen: dict[str, str] = {}
        for i in range(self.table.rowCount()):
            combo = self.table.cellWidget(i, 2)
            if not isinstance(combo, QComboBox):
                continue
            index = combo.findText(combo.currentText())
            target = combo.itemData(index) if index >= 0 else combo.currentText().strip()
            if target and target in known:
                chosen[self.table.item(i, 0).text()] = target
        return chosen

    def _show_paired(self, *_args) -> None:
        pairs = self.pairs()
        rows = sum(count for code, count in self.unknown.items() if code in pairs)
        self.paired.setText(
            self.tr("{paired} SKUs paired ({rows} rows), {left} not paired").format(
                paired=len(pairs), rows=f"{rows:,}", left=len(self.unknown) - len(pairs)
            )
        )
