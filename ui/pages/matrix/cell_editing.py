"""Step 5's cell editor as the matrix page opens it: a plain click (or Enter) on a cell opens
its editor under the cell, with the fit explained rule by rule, the suggested roles and the
compliance sign-off; closing it with Save writes the listing (and the sign-off) as one undoable
action. A part of :class:`ui.pages.matrix.page.MatrixPage`, which it is mixed into."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from ui.i18n import translate
from ui.pages.matrix.cell_editor import CellEditor, FitExplanation, Suggestion
from ui.pages.matrix.grid_model import KEY_ROLE
from ui.pages.matrix.sign_off import pair_of, pair_to_sign
from ui.pages.matrix.source import CellKey, rule_label
from ui.widgets.screen_fit import keep_on_screen


class CellEditing:
    """The matrix page's cell editor (needs the page's model, grid, insights and undo)."""

    def _clicked(self, index: QModelIndex) -> None:
        """A plain click opens the cell's editor; Ctrl/Shift+click only selects (for keys)."""
        held = QApplication.keyboardModifiers()
        if index.data(KEY_ROLE) is not None and not (
            held & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        ):
            self.edit_cell(index)

    def edit_current(self) -> None:
        index = self.grid.currentIndex()
        if index.isValid() and index.data(KEY_ROLE) is not None:
            self.edit_cell(index)

    def edit_cell(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key is None:
            return
        column = self.model.column(index.column())
        node = self.model.node(index)
        sku = node.sku
        title = f"{sku.sku_code} · {column.platform_name} · {column.market_code}"
        if sku.product_name:
            title += f"\n{sku.product_name}"
        state = self.model.data_.cells.get(key)
        editor = CellEditor(
            title,
            state,
            column.platform_role,
            self.fit_explanation(key),
            self._suggestion(key),
            self,
            self._compliance_of(key),
        )
        rect = self.grid.visualRect(index)
        editor.move(self.grid.viewport().mapToGlobal(rect.bottomLeft()))
        keep_on_screen(editor)  # a cell near the bottom or right edge: not half off-screen
        editor.finished.connect(lambda result, e=editor, k=key: self._editor_done(e, k, result))
        self.editor = editor
        editor.open()

    def _compliance_of(self, key: CellKey) -> tuple[str, bool] | None:
        matrix = self.model.data_.matrix
        pair = pair_of(matrix, key) if matrix is not None else None
        found = pair_to_sign(matrix, pair) if matrix is not None and pair is not None else None
        if matrix is None or pair is None or found is None:
            return None
        return found.missing, not matrix.open_compliance(*pair)

    def _editor_done(self, editor: CellEditor, key: CellKey, result: int) -> None:
        self.editor = None
        if result == CellEditor.REMOVE:
            self.change(self.tr("Remove listing"), {key: None})
        elif result == CellEditor.DialogCode.Accepted:
            signed = editor.sign_off_changed()
            matrix = self.model.data_.matrix
            pair = pair_of(matrix, key) if matrix is not None else None
            found = pair_to_sign(matrix, pair) if matrix is not None and pair else None
            if signed is None or pair is None or found is None:
                self.change(self.tr("Edit listing"), {key: editor.chosen()})
            else:
                # The listing and its sign-off are one action: one Ctrl+Z takes back both.
                self.undo_stack.beginMacro(self.tr("Edit listing"))
                self.change(self.tr("Edit listing"), {key: editor.chosen()})
                ids = found.needed if signed else frozenset()
                self.sign_off(self.tr("Sign off compliance"), {pair: ids})
                self.undo_stack.endMacro()
        editor.deleteLater()
        self.grid.setFocus()

    def _suggestion(self, key: CellKey) -> Suggestion | None:
        column = self.model.column_of(key)
        node = self.model.sku_nodes.get(key[0])
        if column is None or node is None or node.sku is None:
            return None
        found = self.insights.suggestion(key, node.sku.category, column.platform_role)
        if found is None:
            return None
        role, why, where, where_why = found
        return Suggestion(role, why.render(translate), where, where_why.render(translate))

    def fit_explanation(self, key: CellKey) -> FitExplanation | None:
        """The cell's fit score with each rule's contribution, in the user's language."""
        score = self.model.data_.explain(key)
        if score is None:
            return None
        lines = [
            (
                self.tr("{rule}: {reason}").format(
                    rule=translate("Matrix", rule_label(c.rule)), reason=c.reason.render(translate)
                ),
                c.points,
            )
            for c in score.contributions
        ]
        return FitExplanation(score.score, score.base, lines)
