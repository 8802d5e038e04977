"""Step 2's toolbar and keyboard shortcuts: the actions are the page's (``page.act_*``), their
texts are set by ``InventoryPage.retranslate``; the filter beside the tabs and the line that
says what runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QWidget,
)

if TYPE_CHECKING:
    from ui.pages.inventory.page import InventoryPage


def build_toolbar(page: InventoryPage) -> None:
    """The toolbar, the page-wide shortcuts, the filter box and the busy note."""
    page.toolbar = QToolBar()
    page.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    page.act_import = page.toolbar.addAction("", lambda: page.import_catalog())
    page.act_history = page.toolbar.addAction("", page.import_history)
    page.act_rates = page.toolbar.addAction("", page.edit_rates)
    page.act_columns = page.toolbar.addAction("", page.choose_columns)
    page.toolbar.addSeparator()
    page.act_flat = page.toolbar.addAction("")
    page.act_flat.setCheckable(True)
    page.act_flat.toggled.connect(page.set_flat)
    page.act_top_margin = QAction(page)
    page.act_top_margin.triggered.connect(page.top_by_margin)
    page.act_expand = QAction(page)
    page.act_expand.triggered.connect(page.tree_expand_all)
    page.act_collapse = QAction(page)
    page.act_collapse.triggered.connect(page.tree_collapse_all)
    page.act_details = QAction(page, checkable=True, checked=True)
    page.act_details.toggled.connect(page.show_details)
    page.act_guide = QAction(page, checkable=True, checked=True)
    page.act_guide.toggled.connect(page.show_guide)
    page.act_filter = QAction(page)
    page.act_filter.triggered.connect(page.focus_filter)
    page.toolbar.addSeparator()
    page.act_undo = page.undo_stack.createUndoAction(page)
    page.act_redo = page.undo_stack.createRedoAction(page)
    page.act_undo.setShortcuts([QKeySequence.StandardKey.Undo])
    page.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    # Our own texts (connected after Qt's), so a language switch renames them too.
    page.undo_stack.undoTextChanged.connect(page._name_undo_actions)
    page.undo_stack.redoTextChanged.connect(page._name_undo_actions)
    for action in (page.act_undo, page.act_redo):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(action)  # the shortcuts work anywhere on the page
        page.toolbar.addAction(action)
    page.toolbar.addSeparator()
    page.act_export = page.toolbar.addAction("", page.export_excel)
    shortcuts = {
        page.act_import: "Ctrl+I",
        page.act_history: "Ctrl+H",
        page.act_rates: "Ctrl+R",
        page.act_columns: "Ctrl+Shift+C",
        page.act_flat: "Ctrl+L",
        page.act_top_margin: "Ctrl+M",
        page.act_expand: "Ctrl+Shift+E",
        page.act_collapse: "Ctrl+Shift+W",
        page.act_details: "Ctrl+D",
        page.act_guide: "Ctrl+G",
        page.act_filter: QKeySequence.StandardKey.Find,
        page.act_export: "Ctrl+E",
    }
    for action, keys in shortcuts.items():
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(action)
    for action in page.toolbar.actions():
        button = page.toolbar.widgetForAction(action)
        if button is not None and not action.isSeparator():
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable with Tab too
    page.filter_edit = QLineEdit()
    page.filter_edit.setClearButtonEnabled(True)
    page.filter_edit.setMinimumWidth(MIN_FILTER_WIDTH)
    page.filter_edit.textChanged.connect(page._filter_changed)

    # What runs (the review, with its progress and a Cancel link) or how it ended: a line of
    # its own above the tabs, shown only when a load takes a while (no flicker on an edit).
    page.busy = QLabel(objectName="hint", wordWrap=True)
    page.busy.hide()


MIN_FILTER_WIDTH = 120
GAP = 8  # between the last tab and the filter


class FilterCorner(QWidget):
    """The filter beside the tabs, as wide as the room the tab bar leaves (at most its own
    width, at least MIN_FILTER_WIDTH): at 150 % on a 1280×800 screen a filter of fixed width
    pushed the Flags tab behind scroll arrows."""

    def __init__(self, tabs: QTabWidget, edit: QLineEdit) -> None:
        super().__init__()
        self.tabs, self.edit = tabs, edit
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(edit)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        # its placeholder whole (and the clear button), when there is room for it
        wanted = self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText()) + 48
        room = self.tabs.width() - self.tabs.tabBar().sizeHint().width() - GAP
        return QSize(max(MIN_FILTER_WIDTH, min(wanted, room)), hint.height())
