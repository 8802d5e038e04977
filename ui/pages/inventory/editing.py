"""Changing the catalog's shape from the grid: new products and SKUs, delete, archive (停售),
bulk edit of the selected rows and pasting a block copied from Excel, each one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from core import catalog_changes as changes
from ui.commands import CatalogChange
from ui.errors import error_text
from ui.i18n import translate
from ui.models.catalog_rows import CHOICES_ROLE, COLUMN_KEYS, COLUMNS

if TYPE_CHECKING:
    from ui.pages.inventory.page import InventoryPage

# The columns "Edit the selected rows…" can set.
BULK_FIELDS = ("category", "lifecycle", "cost", "cost_currency", "price", "price_currency", "stock")


class CatalogEditing(QObject):
    def __init__(self, page: InventoryPage) -> None:
        super().__init__(page)
        self.page = page
        self.act_new_product = self._action(self.new_product, "Ctrl+Shift+P")
        self.act_new_sku = self._action(self.new_sku, "Ctrl+Shift+K")
        self.act_delete = self._action(self.delete_selected, "Ctrl+Del")
        self.act_archive = self._action(self.archive_selected, "Ctrl+Shift+A")
        self.act_show_archived = self._action(None, "Ctrl+Shift+H")
        self.act_show_archived.setCheckable(True)
        self.act_show_archived.setChecked(True)
        self.act_show_archived.toggled.connect(
            lambda shown: page.proxy.set_hide_archived(not shown)
        )
        self.act_bulk = self._action(self.bulk_edit, "Ctrl+Shift+B")
        self.act_paste = self._action(self.paste, QKeySequence.StandardKey.Paste)
        # Paste belongs to the grid (Ctrl+V in the filter box pastes text there).
        self.act_paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        page.tree.addAction(self.act_paste)

    def _action(self, slot, keys) -> QAction:
        action = QAction(self.page)
        if slot is not None:
            action.triggered.connect(slot)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.page.addAction(action)
        return action

    def actions(self) -> list[QAction | None]:
        return [
            self.act_new_product,
            self.act_new_sku,
            self.act_delete,
            self.act_archive,
            self.act_show_archived,
            None,
            self.act_bulk,
            self.act_paste,
        ]

    def retranslate(self) -> None:
        self.act_new_product.setText(self.tr("New product (SPU)…"))
        self.act_new_sku.setText(self.tr("New SKU of this product…"))
        self.act_delete.setText(self.tr("Delete the selected rows…"))
        self.act_archive.setText(self.tr("Archive / bring back the selected (停售)"))
        self.act_show_archived.setText(self.tr("Show archived SKUs"))
        self.act_bulk.setText(self.tr("Edit the selected rows…"))
        self.act_paste.setText(self.tr("Paste from Excel"))

    # --- helpers ------------------------------------------------------------------------
    @property
    def workspace(self):
        return self.page.workspace

    def _selected(self) -> tuple[list[int], list[int]]:
        """(product ids, SKU ids) of the selected rows; a product row stands for itself."""
        page = self.page
        products, skus = [], []
        rows = page.tree.selectionModel().selectedRows()
        if not rows and page.tree.currentIndex().isValid():
            rows = [page.tree.currentIndex().siblingAtColumn(0)]
        for index in rows:
            product, sku = page.model.row_at(page.proxy.mapToSource(index))
            if sku is None:
                products.append(product.product_id)
            else:
                skus.append(sku.sku_id)
        return products, skus

    def _push(self, text: str, undo_fn, redo_fn) -> None:
        command = CatalogChange(
            self.workspace, text, undo_fn, redo_fn, self._changed, self.page._show_edit_error
        )
        self.page.undo_stack.push(command)
        self._changed()

    def _changed(self) -> None:
        self.page.sig_data_changed.emit()
        self.page.reload()

    def _write(self, change) -> Any:
        """Run ``change(session)`` in one transaction; a refusal is shown, None returned."""
        try:
            with self.workspace.transaction() as session:
                return change(session)
        except ValueError as exc:
            self.page._show_edit_error(error_text(exc))
            return None

    # --- add ------------------------------------------------------------------------------
    def new_product(self) -> None:
        if self.workspace is None:
            return
        code, ok = QInputDialog.getText(self.page, self.tr("New product"), self.tr("SPU code:"))
        if not ok or not code.strip():
            return
        name, ok = QInputDialog.getText(self.page, self.tr("New product"), self.tr("Name:"))
        if not ok:
            return
        product_id = self._write(lambda s: changes.add_product(s, code, name))
        if product_id is None:
            return
        state: dict[str, Any] = {}
        self._push(
            self.tr("Add product {code}").format(code=code.strip()),
            lambda s: state.update(snapshot=changes.delete_product(s, product_id)),
            lambda s: changes.restore(s, state["snapshot"]),
        )

    def new_sku(self) -> None:
        page = self.page
        current = page.tree.currentIndex()
        if self.workspace is None or not current.isValid():
            QMessageBox.information(
                page, self.tr("New SKU"), self.tr("Select the product the SKU belongs to first.")
            )
            return
        product, sku = page.model.row_at(page.proxy.mapToSource(current))
        suggestion = f"{product.raw['spu_code']}-{len(product.skus) + 1}"
        code, ok = QInputDialog.getText(
            page,
            self.tr("New SKU"),
            self.tr("SKU code (a variant of {code}):").format(code=product.raw["spu_code"]),
            text=suggestion,
        )
        if not ok or not code.strip():
            return
        like = sku.sku_id if sku else (product.skus[0].sku_id if product.skus else None)
        sku_id = self._write(lambda s: changes.add_sku(s, product.product_id, code, like))
        if sku_id is None:
            return
        page.pending_select = sku_id
        state: dict[str, Any] = {}
        self._push(
            self.tr("Add SKU {code}").format(code=code.strip()),
            lambda s: state.update(snapshot=changes.delete_sku(s, sku_id)),
            lambda s: changes.restore(s, state["snapshot"]),
        )

    # --- delete and archive ----------------------------------------------------------------
    def delete_selected(self) -> None:
        products, skus = self._selected()
        if self.workspace is None or not (products or skus):
            return
        # SKUs of a product being deleted go with it.
        skus = [s for s in skus if self.page.model.sku_row(s) is not None]
        owned = {
            sku.sku_id
            for p in self.page.model.products
            if p.product_id in products
            for sku in p.skus
        }
        skus = [s for s in skus if s not in owned]
        answer = QMessageBox.question(
            self.page,
            self.tr("Delete"),
            self.tr(
                "Delete {products} products and {skus} SKUs? SKUs with sales or stock are "
                "kept: archive those instead. You can undo this (Ctrl+Z)."
            ).format(products=len(products), skus=len(skus) + len(owned)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def delete(session) -> list:
            return [changes.delete_sku(session, s) for s in skus] + [
                changes.delete_product(session, p) for p in products
            ]

        snapshots = self._write(delete)
        if snapshots is None:
            return

        def restore(session) -> None:
            for snapshot in reversed(snapshots):
                changes.restore(session, snapshot)

        self._push(
            self.tr("Delete {count} rows").format(count=len(products) + len(skus)),
            restore,
            delete,
        )

    def archive_selected(self) -> None:
        products, skus = self._selected()
        if self.workspace is None or not (products or skus):
            return
        model = self.page.model
        rows = [model.products[model._product_pos[p]] for p in products]
        all_archived = all(bool(r.raw.get("archived")) for r in rows) and all(
            bool(model.sku_row(s).raw.get("archived")) for s in skus
        )
        archive = not all_archived

        def apply(session) -> tuple[list[bool], list[bool]]:
            return (
                changes.set_archived(session, "product", products, archive),
                changes.set_archived(session, "sku", skus, archive),
            )

        old = self._write(apply)
        if old is None:
            return

        def undo(session) -> None:
            changes.restore_archived(session, "product", products, old[0])
            changes.restore_archived(session, "sku", skus, old[1])

        count = len(products) + len(skus)
        text = (
            self.tr("Archive {count} rows") if archive else self.tr("Bring back {count} rows")
        ).format(count=count)
        self._push(text, undo, apply)

    # --- many cells at once ---------------------------------------------------------------
    def _set_cells(self, text: str, cells: list[tuple[QModelIndex, Any]]) -> int:
        """Write each (proxy index, value) as one undo step; returns how many were refused."""
        model, stack = self.page.model, self.page.undo_stack
        refused: list[str] = []
        model.sig_error.disconnect(self.page._show_edit_error)
        model.sig_error.connect(refused.append)
        stack.beginMacro(text)
        try:
            for index, value in cells:
                model.setData(self.page.proxy.mapToSource(index), value)
        finally:
            stack.endMacro()
            model.sig_error.disconnect(refused.append)
            model.sig_error.connect(self.page._show_edit_error)
        if refused:
            first = refused[0]
            more = len(refused) - 1
            message = (
                first
                if not more
                else self.tr("{first}\n(and {more} more)").format(first=first, more=more)
            )
            self.page._show_edit_error(message)
        return len(refused)

    def bulk_edit(self) -> None:
        page = self.page
        rows = page.tree.selectionModel().selectedRows()
        if not rows:
            return
        labels = [translate("CatalogModel", COLUMNS[COLUMN_KEYS.index(k)][1]) for k in BULK_FIELDS]
        label, ok = QInputDialog.getItem(
            page,
            self.tr("Edit the selected rows"),
            self.tr("Set this for the {count} selected rows:").format(count=len(rows)),
            labels,
            0,
            False,
        )
        if not ok:
            return
        key = BULK_FIELDS[labels.index(label)]
        column = COLUMN_KEYS.index(key)
        targets = self._bulk_targets(rows, column)
        choices = targets[0].data(CHOICES_ROLE) if targets else None
        if choices:
            items = [text for text, _value in choices[0]]
            text, ok = QInputDialog.getItem(page, label, label, items, 0, bool(choices[1]))
            if not ok:
                return
            values = dict(choices[0])
            value = values.get(text, text)
        else:
            value, ok = QInputDialog.getText(page, label, label)
            if not ok:
                return
        self._set_cells(
            self.tr("Set {field} of {count} rows").format(field=label, count=len(targets)),
            [(index, value) for index in targets],
        )

    def _bulk_targets(self, rows: list[QModelIndex], column: int) -> list[QModelIndex]:
        """The editable cells of ``column`` for the selected rows; a product-level field
        (category) of a selected SKU means its product, once."""
        result, seen = [], set()
        for row in rows:
            index = row.siblingAtColumn(column)
            if not index.flags() & Qt.ItemFlag.ItemIsEditable and row.parent().isValid():
                index = row.parent().siblingAtColumn(column)
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                key = (index.row(), index.internalId())
                if key not in seen:
                    seen.add(key)
                    result.append(index)
        return result

    def paste(self) -> None:
        """A block copied from Excel/WPS (tab-separated rows) written from the current cell
        down and right over the shown rows and columns; cells that cannot be edited are
        skipped, bad values are refused with the reason, everything is one undo step."""
        tree = self.page.tree
        text = QGuiApplication.clipboard().text()
        start = tree.currentIndex()
        if not text.strip() or not start.isValid():
            return
        block = [line.split("\t") for line in text.rstrip("\r\n").replace("\r\n", "\n").split("\n")]
        header = tree.header()
        columns = [
            header.logicalIndex(v)
            for v in range(header.visualIndex(start.column()), header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        cells, row = [], start
        for values in block:
            if not row.isValid():
                break
            for column, value in zip(columns, values, strict=False):
                index = row.siblingAtColumn(column)
                if index.flags() & Qt.ItemFlag.ItemIsEditable:
                    cells.append((index, value.strip()))
            row = tree.indexBelow(row)
        if cells:
            self._set_cells(self.tr("Paste {count} cells").format(count=len(cells)), cells)

    def update_state(self, has_workspace: bool) -> None:
        has_rows = has_workspace and bool(self.page.model.products)
        self.act_new_product.setEnabled(has_workspace)
        for action in (self.act_new_sku, self.act_delete, self.act_archive, self.act_bulk):
            action.setEnabled(has_rows)
