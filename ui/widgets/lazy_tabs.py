"""Tabs whose page is made when the tab is first shown, or first asked for.

A placeholder holds the tab (its title set as any other) until then; the page made replaces
it in place, the same tab staying current. Step 2 builds its charts, platforms and flags so:
the start never shows them, and building them was a quarter of the page's build.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QObject):
    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._makers: dict[int, Callable[[], QWidget]] = {}
        tabs.currentChanged.connect(self.page)

    def add(self, make: Callable[[], QWidget]) -> int:
        """A tab whose page ``make()`` returns when it is first needed; its index."""
        index = self.tabs.addTab(QWidget(), "")
        self._makers[index] = make
        return index

    def made(self, index: int) -> bool:
        return index not in self._makers

    def page(self, index: int) -> QWidget:
        """Tab ``index``'s page, made now if it was not yet."""
        make = self._makers.pop(index, None)  # popped first: making it may ask for it again
        if make is not None:
            self._put(index, make())
        return self.tabs.widget(index)

    def _put(self, index: int, page: QWidget) -> None:
        # The switch while the placeholder goes is not announced: it would make the tab it
        # passes through.
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        with QSignalBlocker(self.tabs):
            title = self.tabs.tabText(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            self.tabs.setCurrentIndex(current)
        placeholder.deleteLater()
