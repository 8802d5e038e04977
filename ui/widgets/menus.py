"""Menus that list a page's actions without owning them."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


def add_stand_ins(menu: QMenu, actions: list[QAction | None]) -> None:
    """Add an item per action (None: a separator) that triggers it and shows its shortcut.

    The page's own QAction is never added to the menu: PySide invalidates the Python wrapper
    of an action added to a menu when that menu is cleared or deleted, and a second action
    with the same shortcut would make the key ambiguous.
    """
    for action in actions:
        if action is None:
            menu.addSeparator()
            continue
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        item = menu.addAction(f"{action.text()}\t{keys}" if keys else action.text())
        item.setEnabled(action.isEnabled())
        item.setCheckable(action.isCheckable())
        item.setChecked(action.isChecked())
        item.triggered.connect(lambda _=False, a=action: a.trigger())
