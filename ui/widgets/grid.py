"""The shared grid: a tree/table view that behaves like a spreadsheet.

- the first (code) column stays frozen while the rest scrolls right (an overlay view sharing
  the model and the selection, as in Qt's "frozen column" example);
- column widths refit from the rows actually shown (header, bold product rows, indentation),
  called by pages after every load, workspace switch and language switch;
- Tab leaves the grid for the next control instead of walking its cells;
- expand-all / collapse-all.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTreeView,
    QWidget,
)

from ui.fonts import line_height

MAX_WIDTH = 260  # a long product name is cut (its tooltip shows it whole)
SAMPLE_ROWS = 3000  # widths from this many rows: fast with 10,000 SKUs, wide enough in practice
PADDING = 24


def shown_rows(
    model: QAbstractItemModel, limit: int = SAMPLE_ROWS
) -> list[tuple[QModelIndex, int]]:
    """(index in column 0, depth) of up to ``limit`` rows, parents before their children."""
    rows: list[tuple[QModelIndex, int]] = []
    stack = [(QModelIndex(), -1)]
    while stack and len(rows) < limit:
        parent, depth = stack.pop()
        # No more children than the sample can take: step 2's root has 20,000 products.
        count = min(model.rowCount(parent), limit - len(rows))
        children = [model.index(r, 0, parent) for r in range(count)]
        for child in reversed(children):
            stack.append((child, depth + 1))
        if parent.isValid():
            rows.append((parent, depth))
    return rows


def column_widths(view: QAbstractItemView, limit: int = SAMPLE_ROWS) -> list[int]:
    """The width each column needs to show its header and the sampled rows unclipped."""
    model = view.model()
    if model is None:
        return []
    metrics = view.fontMetrics()
    base_font = view.font()
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    header_metrics = QFontMetrics(bold)
    rows = shown_rows(model, limit)
    indentation = view.indentation() if isinstance(view, QTreeView) else 0
    decorated = isinstance(view, QTreeView) and view.rootIsDecorated()
    widths = []
    cache: dict[tuple, QFontMetrics] = {}
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = header_metrics.horizontalAdvance(title) + PADDING + 12  # + sort arrow
        for index, depth in rows:
            cell = index.siblingAtColumn(column)
            text = cell.data()
            if text is None or text == "":
                continue
            font = cell.data(Qt.ItemDataRole.FontRole)
            if isinstance(font, QFont) and font != base_font:
                key = (font.bold(), font.italic())
                fm = cache.get(key) or cache.setdefault(key, QFontMetrics(font))
            else:
                fm = metrics
            extra = PADDING
            if column == 0:
                extra += indentation * (depth + (1 if decorated else 0))
            width = max(width, fm.horizontalAdvance(str(text)) + extra)
        widths.append(min(width, MAX_WIDTH))
    return widths


ROW_SPACING = 1.7  # row height in lines of text: Chinese glyphs need room above and below


def _roomy_rows(delegate_class: type[QStyledItemDelegate]) -> type[QStyledItemDelegate]:
    """The grid's delegate with rows tall enough for CJK text (16–19 px rows clipped it)."""

    class RoomyDelegate(delegate_class):  # type: ignore[valid-type, misc]
        def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
            size = super().sizeHint(option, index)
            return QSize(size.width(), max(size.height(), row_height(option.fontMetrics)))

    return RoomyDelegate


def row_height(metrics: QFontMetrics) -> int:
    return int(line_height(metrics) * ROW_SPACING)


def _same_row_height(
    delegate_class: type[QStyledItemDelegate], tree: QTreeView
) -> type[QStyledItemDelegate]:
    """The frozen column's delegate: rows exactly as tall as the grid's (a wider column with
    a taller glyph would otherwise make the two views drift apart row by row)."""

    class FrozenDelegate(delegate_class):  # type: ignore[valid-type, misc]
        def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
            size = super().sizeHint(option, index)
            return QSize(size.width(), max(size.height(), tree.indexRowSizeHint(index)))

    return FrozenDelegate


class GridTree(QTreeView):
    """A QTreeView with a frozen first column, refit widths and Tab that leaves the grid."""

    # Ctrl+End was pressed: a model that hands rows over as the grid scrolls (step 2's
    # catalog) hands over the rest now, so the cursor goes to the catalog's last row, not to
    # the last row fetched so far.
    sig_wants_last_row = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        delegate_class: type[QStyledItemDelegate] = QStyledItemDelegate,
    ) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # Tab moves on to the next control
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformRowHeights(True)
        self._sync_pending = False
        self.fit_sample = SAMPLE_ROWS  # rows the widths are measured on
        self.frozen = QTreeView(self)
        self.frozen.setObjectName("frozenColumn")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.setUniformRowHeights(True)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.header().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.header().setStretchLastSection(False)
        self.frozen.header().setSectionsClickable(True)
        self.frozen.setStyleSheet("QTreeView#frozenColumn { border: none; }")
        roomy = _roomy_rows(delegate_class)
        self.setItemDelegate(roomy(self))
        self.frozen.setItemDelegate(_same_row_height(roomy, self)(self.frozen))
        self.viewport().stackUnder(self.frozen)
        self.header().sectionResized.connect(self._section_resized)
        self.header().sortIndicatorChanged.connect(self._mirror_sort_indicator)
        self.frozen.header().sectionClicked.connect(self._frozen_header_clicked)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.expanded.connect(self.frozen.expand)
        self.collapsed.connect(self.frozen.collapse)
        self.frozen.expanded.connect(self.expand)
        self.frozen.collapsed.connect(self.collapse)
        self.frozen.clicked.connect(lambda _index: self.setFocus())
        self.frozen.doubleClicked.connect(lambda _index: self.setFocus())

    # --- the frozen column --------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        self.frozen.setModel(model)
        if model is not None:
            self.frozen.setSelectionModel(self.selectionModel())
            # Once per turn of the event loop: a filter inserts rows range by range, and each
            # sync walks every top-level row (100,000 SKUs in the list).
            model.modelReset.connect(self._sync_frozen_later)
            model.layoutChanged.connect(self._sync_frozen_later)
            model.rowsInserted.connect(self._sync_frozen_later)
        self._sync_frozen()

    def _sync_frozen_later(self, *_args) -> None:
        if not self._sync_pending:
            self._sync_pending = True
            QTimer.singleShot(0, self, self._sync_frozen)

    def setRootIsDecorated(self, show: bool) -> None:  # noqa: N802 - Qt override
        super().setRootIsDecorated(show)
        self.frozen.setRootIsDecorated(show)

    def setIndentation(self, indentation: int) -> None:  # noqa: N802 - Qt override
        super().setIndentation(indentation)
        self.frozen.setIndentation(indentation)

    def setAlternatingRowColors(self, enable: bool) -> None:  # noqa: N802 - Qt override
        super().setAlternatingRowColors(enable)
        self.frozen.setAlternatingRowColors(enable)

    def setSelectionMode(self, mode: QAbstractItemView.SelectionMode) -> None:  # noqa: N802
        super().setSelectionMode(mode)
        self.frozen.setSelectionMode(mode)

    def setSelectionBehavior(self, behavior: QAbstractItemView.SelectionBehavior) -> None:  # noqa: N802
        super().setSelectionBehavior(behavior)
        self.frozen.setSelectionBehavior(behavior)

    def setEditTriggers(self, triggers: QAbstractItemView.EditTrigger) -> None:  # noqa: N802
        super().setEditTriggers(triggers)
        self.frozen.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)

    def _sync_frozen(self, *_args) -> None:
        self._sync_pending = False
        model = self.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            self.frozen.setColumnHidden(column, column != 0)
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        self._sync_expansion()
        self._place_frozen()

    def _sync_expansion(self) -> None:
        if not self.itemsExpandable():
            return  # a flat list: 100,000 rows walked for nothing
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if self.isExpanded(index) != self.frozen.isExpanded(index):
                self.frozen.setExpanded(index, self.isExpanded(index))

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column == 0:
            self.frozen.setColumnWidth(0, new)
            self._place_frozen()

    def _place_frozen(self) -> None:
        frame = self.frameWidth()
        self.frozen.setGeometry(
            frame,
            frame,
            self.columnWidth(0),
            self.viewport().height() + self.header().height(),
        )
        self.frozen.setVisible(not self.isColumnHidden(0) and self.columnWidth(0) > 0)

    def _mirror_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        self.frozen.header().setSortIndicatorShown(self.isSortingEnabled())
        self.frozen.header().setSortIndicator(column, order)

    def _frozen_header_clicked(self, column: int) -> None:
        if not self.isSortingEnabled():
            return
        header = self.header()
        ascending = Qt.SortOrder.AscendingOrder
        order = ascending
        if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == ascending:
            order = Qt.SortOrder.DescendingOrder
        self.sortByColumn(column, order)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self._place_frozen()

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt override
        if action == QAbstractItemView.CursorAction.MoveEnd:
            self.sig_wants_last_row.emit()
        return super().moveCursor(action, modifiers)

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        """Keep the current cell out from under the frozen column when moving left."""
        super().scrollTo(index, hint)
        if index.isValid() and index.column() > 0 and hasattr(self, "frozen"):
            rect = self.visualRect(index)
            covered = self.columnWidth(0) - rect.left()
            if covered > 0:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - covered)

    # --- widths and expansion -----------------------------------------------------------
    def fit_columns(self) -> None:
        for column, width in enumerate(column_widths(self, self.fit_sample)):
            self.setColumnWidth(column, width)
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        self._place_frozen()

    def expandAll(self) -> None:  # noqa: N802 - Qt override
        super().expandAll()
        self.frozen.expandAll()

    def collapseAll(self) -> None:  # noqa: N802 - Qt override
        super().collapseAll()
        self.frozen.collapseAll()
