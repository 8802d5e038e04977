"""Choose the columns a table shows: a menu of checkable columns, remembered in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget


class StayOpenMenu(QMenu):
    """A menu that stays open while check boxes are ticked (several columns in one go)."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        action = self.activeAction()
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and action is not None and action.isCheckable():
            if action.isEnabled():
                action.trigger()
            return
        super().keyPressEvent(event)


class ColumnChooser:
    """Attach to a header: right-click (or ``menu()``) shows every column with a check box."""

    def __init__(
        self, header: QHeaderView, settings_key: str, default_hidden: tuple[int, ...] = ()
    ) -> None:
        self.header = header
        self.settings_key = settings_key
        self.default_hidden = default_hidden
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_at)

    def restore(self) -> None:
        saved = QSettings().value(self.settings_key, "unset")  # never None (PySide6 bug)
        if saved == "unset":
            hidden = set(self.default_hidden)
        else:
            hidden = {int(v) for v in (saved if isinstance(saved, list) else [saved]) if str(v)}
        for column in range(self.header.count()):
            self.header.setSectionHidden(column, column in hidden and column != 0)

    def save(self) -> None:
        hidden = [str(c) for c in range(self.header.count()) if self.header.isSectionHidden(c)]
        QSettings().setValue(self.settings_key, hidden or [""])

    def menu(self, parent: QWidget | None = None) -> QMenu:
        menu = StayOpenMenu(parent or self.header)
        model = self.header.model()
        for column in range(self.header.count()):
            title = model.headerData(column, Qt.Orientation.Horizontal) or str(column)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(column))
            action.setEnabled(column != 0)  # the code column always stays
            action.toggled.connect(lambda shown, c=column: self.set_shown(c, shown))
        return menu

    def set_shown(self, column: int, shown: bool) -> None:
        self.header.setSectionHidden(column, not shown)
        self.save()

    def _show_at(self, pos: QPoint) -> None:
        self.menu().exec(self.header.mapToGlobal(pos))
