"""Shared widget behaviour: wheel-proof combos, windows clamped to the screen, keyboard reach."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.steps import STEPS
from ui.i18n import LanguageSwitcher
from ui.main_window import MainWindow
from ui.widgets.screen_fit import available_geometry, clamp_to_screen
from ui.widgets.wheel_guard import install_wheel_guard


def _wheel(widget: QWidget, notches: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.fixture
def form(qtbot):
    install_wheel_guard()
    inner = QWidget()
    layout = QVBoxLayout(inner)
    combos = []
    for _ in range(30):
        combo = QComboBox()
        combo.addItems(["not imported", "cost", "category id"])
        layout.addWidget(combo)
        combos.append(combo)
    spin = QSpinBox()
    layout.addWidget(spin)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    scroll.resize(300, 200)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    return scroll, combos, spin


def test_wheel_over_an_unfocused_combo_scrolls_the_form(qtbot, form):
    scroll, combos, spin = form
    combo = combos[1]
    combo.setCurrentIndex(1)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel never focuses it
    before = scroll.verticalScrollBar().value()
    _wheel(combo)
    assert combo.currentIndex() == 1
    assert scroll.verticalScrollBar().value() > before
    spin.setValue(5)
    _wheel(spin.lineEdit() if hasattr(spin, "lineEdit") else spin, notches=1)
    _wheel(spin, notches=1)
    assert spin.value() == 5


def test_wheel_changes_a_focused_combo(qtbot, form):
    scroll, combos, _spin = form
    combo = combos[0]
    scroll.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)
    assert combo.currentIndex() == 1


def test_clamp_to_a_laptop_screen(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    laptop = QRect(0, 0, 1280, 760)  # 1280×800 minus the task bar
    clamp_to_screen(widget, QSize(1400, 880), laptop)
    assert widget.width() <= 1280 and widget.height() <= 760
    widget.move(900, 500)
    clamp_to_screen(widget, None, laptop)
    assert laptop.contains(widget.frameGeometry())


@pytest.fixture
def window(qtbot, qt_settings, demo):
    switcher = LanguageSwitcher()
    switcher.switch("en")
    win = MainWindow(switcher)
    win.set_workspace(demo)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Step 2's load may still run: wait it out before the window goes. Not qtbot.addWidget:
    # pytest-qt closes its widgets before fixtures' teardown, so the page would be gone and its
    # job's end never seen.
    page = win.pages.get("inventory")
    if page is not None:
        qtbot.waitUntil(lambda: page._job is None and not page._reload_timer.isActive())
    win.close()
    win.deleteLater()


def test_first_window_fits_the_screen(window):
    assert available_geometry(window).contains(window.frameGeometry())


def test_saved_geometry_larger_than_the_screen_is_clamped(qtbot, qt_settings, window):
    window.resize(4000, 3000)
    window.close()  # saves the oversized geometry
    again = MainWindow(LanguageSwitcher())
    qtbot.addWidget(again)
    assert available_geometry(again).contains(again.frameGeometry())


def test_charts_never_grow_the_window(qtbot, window):
    window.show_step("inventory")
    page = window.pages["inventory"]
    qtbot.waitUntil(lambda: page.data is not None and page._job is None)
    page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert available_geometry(window).contains(window.frameGeometry())
    assert window.minimumSizeHint().height() <= available_geometry(window).height()


def test_ctrl_number_opens_each_step(qtbot, window):
    for number, step in enumerate(STEPS, start=1):
        window.menus.step_actions[number - 1].trigger()
        assert window.stack.currentWidget() is window.pages[step.key]
        assert window.menus.step_actions[number - 1].shortcut().toString() == f"Ctrl+{number}"


def test_every_toolbar_action_is_a_menu_item_with_a_shortcut(qtbot, window):
    window.show_step("inventory")
    page = window.pages["inventory"]
    qtbot.waitUntil(lambda: page.data is not None and page._job is None)
    listed = [a for a in page.page_actions() if a is not None]
    toolbar = [a for a in page.toolbar.actions() if not a.isSeparator() and a.text()]
    assert set(toolbar) <= set(listed)
    for action in listed:
        assert not action.shortcut().isEmpty(), action.text()
        button = page.toolbar.widgetForAction(action)
        if button is not None:
            assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, action.text()
    window.menus.fill_page_menu()
    texts = [a.text().split("\t")[0] for a in window.menus.page_menu.actions() if a.text()]
    assert page.act_import.text() in texts and page.act_export.text() in texts
    rows = dict(window.menus.shortcut_rows())
    assert rows[page.act_rates.text()] == page.act_rates.shortcut().toString()
    assert any("Step 2" in command for command in rows)


def test_menu_item_runs_the_page_action(qtbot, window):
    window.show_step("inventory")
    page = window.pages["inventory"]
    qtbot.waitUntil(lambda: page.data is not None and page._job is None)
    window.menus.fill_page_menu()
    item = next(
        a for a in window.menus.page_menu.actions() if a.text().startswith(page.act_flat.text())
    )
    item.trigger()
    assert page.model.flat


def test_page_scrolls_only_below_its_minimum_size(qtbot):
    from PySide6.QtWidgets import QLabel

    from ui.widgets.page_scroll import PageScroll

    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("A long explanation that wraps over several lines " * 8, wordWrap=True))
    table = QWidget()
    table.setMinimumSize(400, 300)
    layout.addWidget(table, 1)
    scroll = PageScroll()
    scroll.setWidget(page)
    qtbot.addWidget(scroll)
    scroll.resize(700, 700)
    scroll.show()
    qtbot.waitExposed(scroll)
    QApplication.processEvents()
    assert scroll.verticalScrollBar().maximum() == 0  # fits: the page fills, no scrolling
    assert page.height() == scroll.viewport().height()
    scroll.resize(300, 250)
    QApplication.processEvents()
    assert scroll.verticalScrollBar().maximum() > 0 and scroll.horizontalScrollBar().maximum() > 0


def test_team_page_buttons_are_menu_items_with_shortcuts(qtbot, window):
    window.show_step("team")
    page = window.pages["team"]
    actions = [a for a in page.page_actions() if a is not None]
    assert {a.text() for a in actions} >= {page.add_button.text(), page.export_button.text()}
    assert all(not a.shortcut().isEmpty() for a in actions)
    window.menus.fill_page_menu()
    assert window.menus.page_menu.menuAction().isVisible()
    page.activateWindow()
    page.act_filter.trigger()
    assert page.filter_edit.hasFocus() or QApplication.focusWidget() is page.filter_edit


def test_tab_leaves_the_team_tables(qtbot, window):
    window.show_step("team")
    page = window.pages["team"]
    for view in (page.members_view, page.raci_view):
        assert not view.tabKeyNavigation()
    window.activateWindow()
    page.members_view.setFocus()
    qtbot.waitUntil(page.members_view.hasFocus)
    qtbot.keyClick(page.members_view, Qt.Key.Key_Tab)
    assert not page.members_view.hasFocus()
