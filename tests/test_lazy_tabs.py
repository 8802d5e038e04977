"""ui/widgets/lazy_tabs.py: a tab's page made when the tab is first shown or asked for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from ui.widgets.lazy_tabs import LazyTabs


def _tabs(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("first"), "First")
    lazy = LazyTabs(tabs)
    made: list[str] = []

    def maker(name: str):
        def make() -> QWidget:
            made.append(name)
            return QLabel(name)

        return make

    for name in ("second", "third", "fourth"):
        lazy.add(maker(name))
    for index, title in enumerate(("First", "Second", "Third", "Fourth")):
        tabs.setTabText(index, title)
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs, lazy, made


def test_a_tab_is_made_when_clicked_and_keeps_its_title(qtbot):
    tabs, lazy, made = _tabs(qtbot)
    assert made == [] and not lazy.made(3)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    # the last tab: its placeholder going passed through the third, which stays unmade
    assert made == ["fourth"] and lazy.made(3) and not lazy.made(2)
    assert tabs.currentIndex() == 3 and tabs.currentWidget().text() == "fourth"
    assert [tabs.tabText(i) for i in range(4)] == ["First", "Second", "Third", "Fourth"]


def test_a_tab_asked_for_is_made_once_and_the_current_tab_stays(qtbot):
    tabs, lazy, made = _tabs(qtbot)
    page = lazy.page(2)
    assert page.text() == "third" and lazy.page(2) is page and made == ["third"]
    assert tabs.currentIndex() == 0 and tabs.widget(2) is page
    tabs.setCurrentIndex(1)
    assert made == ["third", "second"] and tabs.currentWidget().text() == "second"
