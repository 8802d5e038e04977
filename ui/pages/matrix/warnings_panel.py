"""The matrix warnings beside the grid: each one says what is wrong and, clicked, selects the
cells behind it. The page gives it a fresh list after every edit, so warnings appear and
clear as the seller works."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

CELLS_ROLE = Qt.ItemDataRole.UserRole + 1
COMPLIANCE = "compliance_unresolved"
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
            # Chinese joins them with a full-width colon ("没有引流款: …" mixed the two).
            return self.tr("{title}: {message}").format(
                title=warning.title, message=warning.message
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click to select the {count} cells behind it.").format(
                count=f"{len(warning.cells):,}"
            )
        if role == CELLS_ROLE:
            return warning
        return None


class WarningDelegate(QStyledItemDelegate):
    """Each warning as an orange card whose height fits its wrapped text at the list's
    width (the default measure ignored the card's padding and cut the last line)."""

    PAD = 7

    def _text_rect(self, option: QStyleOptionViewItem) -> QRect:
        return option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        view = self.parent()
        width = max(view.viewport().width() - 2 * view.spacing() - 2 * self.PAD - 2, 80)
        text = str(index.data() or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        height = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()
        return QSize(width, height + 2 * self.PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor("#f5c27a"), 1))
        painter.setBrush(QColor("#fde2bd" if selected else "#fff4e5"))
        painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setPen(QColor("#7c2d12" if selected else "#9a3412"))
        painter.drawText(
            self._text_rect(option), int(Qt.TextFlag.TextWordWrap), str(index.data() or "")
        )
        painter.restore()


class WarningsPanel(QWidget):
    sig_show = Signal(object)  # the ShownWarning clicked
    sig_sign_off = Signal(object)  # the compliance ShownWarning to sign off

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
        # Item heights are measured for the viewport's width: a scroll bar appearing later
        # would narrow it and cut the last line of each warning.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # rewrap when the panel resizes
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(WarningDelegate(self.view))
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.ok)
        layout.addWidget(self.view, 1)
        # Without warnings the list is hidden: the hint and the "no warnings" line stay at the
        # top at their own height (they were stretched over the panel, the hint floating).
        layout.addStretch(0)
        # Only a compliance warning can be acted on here: the seller signs it off.
        self.sign_off_button = QPushButton()
        self.sign_off_button.setEnabled(False)
        self.sign_off_button.clicked.connect(self._sign_off)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.sign_off_button)
        self.ok.hide()  # until the warnings are computed: "no warnings" would be a guess
        self.retranslate()

    def set_warnings(self, warnings: list[ShownWarning]) -> None:
        self.model.set_warnings(warnings)
        self.view.setVisible(bool(warnings))
        self.ok.setVisible(not warnings)
        self.sign_off_button.setVisible(any(w.kind == COMPLIANCE for w in warnings))
        self._current_changed(self.view.currentIndex())

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Click a warning to select the cells behind it."))
        self.ok.setText(self.tr("✓ No warnings: the matrix holds together."))
        self.sign_off_button.setText(self.tr("Sign off compliance…"))
        self.sign_off_button.setToolTip(
            self.tr("Select a “compliance not signed off” warning, then sign its products off.")
        )

    def _selected_compliance(self) -> ShownWarning | None:
        warning = self.view.currentIndex().data(CELLS_ROLE)
        if warning is None:  # nothing selected: the first compliance warning
            warning = next((w for w in self.model.warnings if w.kind == COMPLIANCE), None)
        return warning if warning is not None and warning.kind == COMPLIANCE else None

    def _current_changed(self, *_args) -> None:
        self.sign_off_button.setEnabled(self._selected_compliance() is not None)

    def _sign_off(self) -> None:
        warning = self._selected_compliance()
        if warning is not None:
            self.sig_sign_off.emit(warning)

    def _clicked(self, index: QModelIndex) -> None:
        warning = index.data(CELLS_ROLE)
        if warning is not None:
            self.sig_show.emit(warning)
