"""Giving cells their roles on the matrix page: keys 1–6 and the role palette on the selected
cells (a product's or group's cell stands for every SKU below it), suggested roles, removing
listings, and roles dropped or copied by drag. Each is one undoable change through the page's
``change``. A part of :class:`ui.pages.matrix.page.MatrixPage`, which it is mixed into."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex

from ui.pages.matrix.commands import Changes
from ui.pages.matrix.grid_model import KEY_ROLE
from ui.pages.matrix.roles import role_name
from ui.pages.matrix.source import CellKey, CellState


class RoleEditing:
    """Role edits of the matrix page (needs the page's model, grid, insights and ``change``)."""

    def _keys(self, cells: list[QModelIndex]) -> list[CellKey]:
        """The cells' keys; a product or group cell gives every SKU below it there (keys 1–6
        on a product's cell place all its variants on that platform in that market)."""
        keys: dict[CellKey, None] = {}
        for index in cells:
            column = self.model.column(index.column())
            if column is None:
                continue
            for sku_id in self.model.node(index).sku_ids:
                keys[(sku_id, column.platform_id, column.market_id)] = None
        return list(keys)

    def _default_platform_role(self, key: CellKey) -> str | None:
        for column in self.model.data_.columns:
            if (column.platform_id, column.market_id) == key[1:]:
                return column.platform_role
        return None

    def set_role(self, role: str) -> None:
        """Give the selected cells a product role (listing them, planned, where they are not);
        an empty role clears it."""
        keys = self._keys(self.grid.sku_cells())
        self.set_role_on(keys, role or None)

    def set_role_on(self, keys: list[CellKey], role: str | None) -> None:
        cells = self.model.data_.cells
        after: Changes = {}
        for key in keys:
            state = cells.get(key)
            if state is None:
                if role is None:
                    continue
                state = CellState(platform_role=self._default_platform_role(key))
            after[key] = replace(state, product_role=role)
        self.change(self.tr("Set role to {role}").format(role=role_name(role)), after)

    def use_suggestions(self) -> None:
        cells = self.model.data_.cells
        keys = self._keys(self.grid.sku_cells())
        if not keys:  # nothing selected: every listing still without a role
            keys = [k for k, s in cells.items() if not s.product_role]
        after: Changes = {}
        for key in keys:
            suggestion = self.insights.suggestions.get(key)
            state = cells.get(key)
            if suggestion is None or state is None:
                continue
            after[key] = replace(
                state,
                product_role=suggestion.product_role,
                platform_role=suggestion.platform_role,
            )
        if not after:
            self.show_problem(
                self.tr("No suggestion for these cells yet: they need a listing (and a moment).")
            )
            return
        self.change(self.tr("Use suggested roles ({count})").format(count=f"{len(after):,}"), after)

    def remove_selected(self) -> None:
        keys = [k for k in self._keys(self.grid.sku_cells()) if k in self.model.data_.cells]
        self.change(
            self.tr("Remove {count} listings").format(count=f"{len(keys):,}"), dict.fromkeys(keys)
        )

    def _role_dropped(self, target: QModelIndex, role: str) -> None:
        self.set_role_on([target.data(KEY_ROLE)], role)

    def _cell_dropped(self, target: QModelIndex, source: tuple) -> None:
        state = self.model.data_.cells.get(source)
        if state is None:
            return
        key = target.data(KEY_ROLE)
        old = self.model.data_.cells.get(key) or CellState(status=state.status)
        copied = replace(old, product_role=state.product_role, platform_role=state.platform_role)
        self.change(self.tr("Copy roles"), {key: copied})
