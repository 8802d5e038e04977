"""The matrix grid view: the shared frozen-column grid, with the matrix's keys and drag and drop.

Keys (on the selected SKU cells): 1–6 set a product role, 0 clears it, Delete removes the
listings, Enter or Space opens the cell's editor. Drag: a role chip from the legend onto a
cell sets that role there; a cell dragged onto another copies its roles there.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDrag, QDragMoveEvent, QDropEvent, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ui.pages.matrix.cell_delegate import CELL_WIDTH, MatrixCellDelegate
from ui.pages.matrix.grid_model import KEY_ROLE, KIND_ROLE, SKU
from ui.pages.matrix.roles import ROLE_ORDER
from ui.widgets.grid import MAX_WIDTH, GridTree, shown_rows

ROLE_MIME = "application/x-matrixdesk-role"
CELL_MIME = "application/x-matrixdesk-cell"


def cell_mime(key: tuple[int, int, int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(CELL_MIME, QByteArray(",".join(map(str, key)).encode()))
    return mime


def role_mime(role: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(ROLE_MIME, QByteArray(role.encode()))
    return mime


class MatrixGrid(GridTree):
    sig_role_key = Signal(str)  # a product role, "" to clear it
    sig_remove = Signal()
    sig_edit = Signal(QModelIndex)
    sig_role_dropped = Signal(QModelIndex, str)  # cell, role
    sig_cell_dropped = Signal(QModelIndex, tuple)  # target cell, source cell's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, MatrixCellDelegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setAllColumnsShowFocus(False)
        self.header().setMinimumSectionSize(60)
        self.doubleClicked.connect(self._double_clicked)

    def fit_columns(self) -> None:
        """Column 0 from its names (sampled rows); cell columns a fixed width that holds the
        badge, the score and the header (measuring 120,000 painted cells would take seconds)."""
        model = self.model()
        if model is None:
            return
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        width = metrics.horizontalAdvance(str(model.headerData(0, Qt.Orientation.Horizontal))) + 36
        for index, depth in shown_rows(model, 2000):
            fm = bold_metrics if index.data(KIND_ROLE) != SKU else metrics
            text = str(index.data() or "")
            width = max(width, fm.horizontalAdvance(text) + 24 + self.indentation() * (depth + 1))
        self.setColumnWidth(0, min(width, MAX_WIDTH))
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        width = max(CELL_WIDTH, self.fontMetrics().horizontalAdvance("Amazon · US") + 28)
        model = self.model()
        for column in range(1, model.columnCount() if model else 0):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            longest = max((bold_metrics.horizontalAdvance(t) for t in title.split("\n")), default=0)
            self.setColumnWidth(column, max(width, longest + 20))
        self._place_frozen()

    def sku_cells(self) -> list[QModelIndex]:
        """The selected platform-market cells (a product or group cell stands for all the
        SKUs below it in that column), or the current one."""
        cells = [i for i in self.selectionModel().selectedIndexes() if i.column() > 0]
        current = self.currentIndex()
        if not cells and current.isValid() and current.column() > 0:
            cells = [current]
        return cells

    def select_cells(self, cells: list[QModelIndex]) -> None:
        """Select these cells (opening their products), the first one current and shown."""
        cells = [c for c in cells if c.isValid()]
        selection = QItemSelection()
        for cell in cells:
            parent = cell.parent()
            while parent.isValid():
                self.expand(parent.siblingAtColumn(0))
                parent = parent.parent()
            selection.select(cell, cell)
        if not cells:
            return
        self.selectionModel().setCurrentIndex(cells[0], QItemSelectionModel.SelectionFlag.NoUpdate)
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(cells[0], QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setFocus()

    # --- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, mods = event.key(), event.modifiers()
        plain = not (mods & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_6:
            self.sig_role_key.emit(ROLE_ORDER[key - Qt.Key.Key_1])
            return
        if plain and key == Qt.Key.Key_0:
            self.sig_role_key.emit("")
            return
        if plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.sig_remove.emit()
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            current = self.currentIndex()
            if current.isValid() and current.column() > 0 and current.data(KIND_ROLE) == SKU:
                self.sig_edit.emit(current)
                return
        super().keyPressEvent(event)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() > 0 and index.data(KIND_ROLE) == SKU:
            self.sig_edit.emit(index)

    # --- drag and drop -------------------------------------------------------------------
    def startDrag(self, actions) -> None:  # noqa: N802 - Qt override
        current = self.currentIndex()
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key is None:
            return
        drag = QDrag(self)
        drag.setMimeData(cell_mime(key))
        drag.exec(Qt.DropAction.CopyAction)

    def _target(self, event) -> QModelIndex:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.column() > 0 and index.data(KIND_ROLE) == SKU:
            return index
        return QModelIndex()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        if mime.hasFormat(ROLE_MIME) or mime.hasFormat(CELL_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self._target(event).isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        target = self._target(event)
        mime = event.mimeData()
        if not target.isValid():
            event.ignore()
            return
        if mime.hasFormat(ROLE_MIME):
            role = bytes(mime.data(ROLE_MIME).data()).decode()
            if role in ROLE_ORDER:
                self.sig_role_dropped.emit(target, role)
        elif mime.hasFormat(CELL_MIME):
            parts = bytes(mime.data(CELL_MIME).data()).decode().split(",")
            source = tuple(int(p) for p in parts)
            if len(source) == 3 and source != target.data(KEY_ROLE):
                self.sig_cell_dropped.emit(target, source)
        event.acceptProposedAction()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override
        # The column headers have two lines (platform · market, platform role): the frozen
        # column's header must be as tall, or its rows sit higher than the cells beside them.
        if hasattr(self, "frozen"):
            height = self.header().sizeHint().height()
            if self.frozen.header().height() != height:
                self.frozen.header().setFixedHeight(height)
        super().updateGeometries()
