"""The matrix warnings beside the grid: each one says what is wrong and, clicked, selects the
cells behind it. The page gives it a fresh list after every edit, so warnings appear and
clear as the seller works."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

CELLS_ROLE = Qt.ItemDataRole.UserRole + 1
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class ShownWarning:
    """A warning in the user's language with the cells (SKU, platform, market) behind it."""

    kind: str
    title: str
    message: str
    cells: tuple[tuple[int, int, int], ...] = field(default_factory=tuple)


class WarningsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.warnings: list[ShownWarning] = []

    def set_warnings(self, warnings: list[ShownWarning]) -> None:
        self.beginResetModel()
        self.warnings = list(warnings)
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.warnings)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.warnings):
            return None
        warning = self.warnings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{warning.title}: {warning.message}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click to select the {count} cells behind it.").format(
                count=len(warning.cells)
            )
        if role == CELLS_ROLE:
            return warning
        return None


class WarningsPanel(QWidget):
    sig_show = Signal(object)  # the ShownWarning clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = WarningsModel(self)
        self.hint = QLabel(objectName="hint", wordWrap=True)
        self.ok = QLabel(objectName="ok", wordWrap=True)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSpacing(3)
        self.view.setUniformItemSizes(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # rewrap when the panel resizes
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setStyleSheet(
            "QListView::item { color: #9a3412; background: #fff4e5;"
            " border: 1px solid #f5c27a; border-radius: 4px; padding: 5px; }"
            "QListView::item:selected { background: #fde2bd; color: #7c2d12; }"
        )
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.ok)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def set_warnings(self, warnings: list[ShownWarning]) -> None:
        self.model.set_warnings(warnings)
        self.view.setVisible(bool(warnings))
        self.ok.setVisible(not warnings)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Click a warning to select the cells behind it."))
        self.ok.setText(self.tr("✓ No warnings: the matrix holds together."))

    def _clicked(self, index: QModelIndex) -> None:
        warning = index.data(CELLS_ROLE)
        if warning is not None:
            self.sig_show.emit(warning)
