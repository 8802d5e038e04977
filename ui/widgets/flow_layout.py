"""A row of controls that wraps onto the next line when the page is narrow (Qt's flow layout
example): a row of filters or chips in one QHBoxLayout made the whole page as wide as the
row, so at 1280×800 with 150 % scaling step 5 scrolled sideways and hid its side panel."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QLayoutItem, QSplitter, QWidget


def ask_again_later(widget: QWidget) -> None:
    """After this layout pass (asked during it, a layout counts as done and ignores the
    request), make ``widget``'s ancestors ask again for its minimum size: a QSplitter
    between them otherwise keeps the sizes it gave out before."""

    def ask() -> None:
        shown: QWidget | None = widget
        while shown is not None and not shown.isWindow():
            shown.updateGeometry()
            if isinstance(shown, QSplitter):  # it hands out its sizes again only when told
                shown.refresh()
            shown = shown.parentWidget()

    QTimer.singleShot(0, widget, ask)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._width = -1  # the width last laid out: the lines' height depends on it
        self._height = -1
        self.setContentsMargins(0, 0, 0, 0)

    def __del__(self) -> None:
        while self.takeAt(0) is not None:
            pass

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    # The height the lines need is reported as the minimum for the width last laid out,
    # not by height-for-width: a QSplitter and a page's scroll area ignore height-for-width,
    # and the wrapped lines were then drawn over the grid below.
    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._width = rect.width()
        needed = self._place(rect, move=True)
        if needed != self._height:
            self._height = needed
            owner = self.parentWidget()
            if owner is not None:
                ask_again_later(owner)

    def _one_line(self) -> QSize:
        shown = self._visible()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        margins: QMargins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._one_line().expandedTo(self.minimumSize())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        widest = 0
        for item in self._visible():
            widest = max(widest, item.minimumSize().width(), item.sizeHint().width())
        margins: QMargins = self.contentsMargins()
        width = self._width if self._width > 0 else self._one_line().width()
        height = self._place(QRect(0, 0, width, 0), move=False)
        return QSize(widest + margins.left() + margins.right(), height)

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        lines: list[list[tuple[QLayoutItem, int, int]]] = [[]]
        for item in self._visible():
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
                lines.append([])
            lines[-1].append((item, x, y))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        if move:  # items of a line centred on the line's height
            for line in lines:
                tallest = max((i.sizeHint().height() for i, _, _ in line), default=0)
                for item, left, top in line:
                    hint = item.sizeHint()
                    width = min(hint.width(), area.width())
                    offset = (tallest - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(left, top + offset), QSize(width, hint.height())))
        return y + line_height - rect.y() + margins.bottom()
