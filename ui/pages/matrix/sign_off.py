"""Signing off compliance from the matrix: the pairs (product × market) behind a "compliance
not signed off" warning, each with what it still needs, ticked by the seller. The page turns
the ticks into one undoable command; nothing is written here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.edits import ConflictError, asked_again, kept_over
from core.matrix import compliance
from core.matrix.grid import Matrix
from ui.dialogs.conflict_dialog import ask_decisions
from ui.errors import error_text
from ui.i18n import translate
from ui.pages.matrix.commands import SignOffChange
from ui.pages.matrix.source import CellKey, SignOffKey, SignOffs, save_sign_offs
from ui.pages.matrix.warnings_panel import ShownWarning
from ui.widgets.screen_fit import fit_dialog


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
        fit_dialog(self, QSize(600, min(170 + 70 * len(pairs), 560)))

    def ticked(self) -> list[PairToSign]:
        return [p for p, b in zip(self.pairs, self.boxes, strict=True) if b.isChecked()]


class SigningOff:
    """The matrix page's sign-offs: from a compliance warning (the dialog above) or from a
    cell's editor; saved at once, one undo step each, warnings and fit scores follow. A part
    of :class:`ui.pages.matrix.page.MatrixPage`, which it is mixed into."""

    def write_sign_offs(self, changes: SignOffs, seen: SignOffs | None = None) -> bool:
        """Save compliance sign-offs at once; warnings and fit scores follow. A sign-off
        another person changed since ``seen`` offers the choice first."""
        matrix = self.model.data_.matrix
        if self.workspace is None or matrix is None:
            return False
        decided: dict = {}
        theirs: SignOffs = {}
        try:
            while True:
                try:
                    save_sign_offs(self.workspace, changes, seen, decided)
                    break
                except ConflictError as exc:
                    if asked_again(decided.get(exc.key), exc):
                        raise
                    # keep mine remembers what it was kept over: a third person's change
                    # while the dialog was open is asked about too (core.edits.KeptOver)
                    decided[exc.key] = {
                        **decided.get(exc.key, {}),
                        **kept_over(exc, ask_decisions(self, exc)),
                    }
                    theirs[exc.key] = frozenset(exc.theirs)
        except (ValueError, OSError) as exc:
            self.show_problem(error_text(exc))
            return False
        if seen is not None:
            seen.update(theirs)  # undo of this step gives their sign-off back
        with self.workspace.session() as session:
            saved = compliance.signed_off(session)
        for product_id, market in changes:
            ids = saved.get(product_id, {}).get(market, set())
            matrix.set_signed_off(product_id, market, set(ids))
        self.model.data_.fit.clear()
        self.grid.viewport().update()
        self._warnings_timer.start()
        self.message.hide()
        self.sig_data_changed.emit()
        return True

    def sign_off(self, text: str, after: SignOffs) -> None:
        """One undoable sign-off over any number of product × market pairs."""
        matrix = self.model.data_.matrix
        if matrix is None:
            return
        before = {
            key: frozenset(matrix.signed_off.get(key[0], {}).get(key[1], set())) for key in after
        }
        after = {k: v for k, v in after.items() if before[k] != v}
        if after:
            before = {k: before[k] for k in after}
            self.undo_stack.push(SignOffChange(text, before, after, self.write_sign_offs))

    def sign_off_warning(self, warning: ShownWarning) -> None:
        """The dialog listing the products × markets behind a compliance warning."""
        matrix = self.model.data_.matrix
        if matrix is None:
            return
        pairs = dict.fromkeys(p for k in warning.cells if (p := pair_of(matrix, k)) is not None)
        shown = [t for p in pairs if (t := pair_to_sign(matrix, p)) is not None]
        if not shown:
            return
        dialog = SignOffDialog(shown, self)
        dialog.finished.connect(lambda result, d=dialog: self._sign_off_done(d, result))
        self.sign_off_dialog = dialog
        dialog.open()

    def _sign_off_done(self, dialog: SignOffDialog, result: int) -> None:
        self.sign_off_dialog = None
        if result == SignOffDialog.DialogCode.Accepted:
            ticked = {p.key: p.needed for p in dialog.ticked()}
            self.sign_off(self.tr("Sign off compliance"), ticked)
        dialog.deleteLater()
