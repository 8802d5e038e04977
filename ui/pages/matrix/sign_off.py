"""Signing off compliance from the matrix: the pairs (product × market) behind a "compliance
not signed off" warning, each with what it still needs, ticked by the seller. The page turns
the ticks into one undoable command; nothing is written here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.matrix import compliance
from core.matrix.grid import Matrix
from ui.i18n import translate
from ui.pages.matrix.source import CellKey, SignOffKey


@dataclass(frozen=True)
class PairToSign:
    key: SignOffKey  # product id, market code
    label: str  # product and market, for the seller
    needed: frozenset[str]  # requirement ids the pre-check asks for
    missing: str  # names of the ones not signed off yet, in the user's language


def pair_of(matrix: Matrix, key: CellKey) -> SignOffKey | None:
    row, column = matrix.row(key[0]), matrix.column(key[1], key[2])
    return None if row is None or column is None else (row.product_id, column.market_code)


def pair_to_sign(matrix: Matrix, pair: SignOffKey) -> PairToSign | None:
    product = matrix.products.get(pair[0])
    if product is None:
        return None
    needed = compliance.needed(product, pair[1])
    if not needed:
        return None
    still_open = matrix.open_compliance(*pair)
    name = next(
        (f"{r.spu_code} {r.product_name}".strip() for r in matrix.rows if r.product_id == pair[0]),
        str(pair[0]),
    )
    return PairToSign(
        pair,
        f"{name} · {pair[1]}",
        frozenset(r.id for r in needed),
        compliance.requirement_names(still_open or needed, limit=len(needed)).render(translate),
    )


class SignOffDialog(QDialog):
    def __init__(self, pairs: list[PairToSign], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign off compliance"))
        self.pairs = pairs
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Tick each product once you have checked it holds the certifications "
                    "the market asks for. Saved at once; Ctrl+Z undoes."
                ),
                wordWrap=True,
                objectName="hint",
            )
        )
        box = QWidget()
        rows = QVBoxLayout(box)
        self.boxes: list[QCheckBox] = []
        for pair in pairs:
            check = QCheckBox(pair.label)
            # The names run long: wrapped under the box, not in it (a checkbox never wraps).
            missing = QLabel(
                self.tr("Missing: {missing}").format(missing=pair.missing),
                wordWrap=True,
                objectName="hint",
            )
            missing.setContentsMargins(24, 0, 0, 6)
            rows.addWidget(check)
            rows.addWidget(missing)
            self.boxes.append(check)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(box)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Sign off ticked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(600, min(170 + 70 * len(pairs), 560))

    def ticked(self) -> list[PairToSign]:
        return [p for p, b in zip(self.pairs, self.boxes, strict=True) if b.isChecked()]
