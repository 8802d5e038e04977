"""What the look at steps 1–2 at 1366×768, 1280×800 and 1920×1080 @150 % found (issue 7)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QScrollArea

BOTH_ENGINES = True


def test_filter_beside_the_tabs_is_not_cut(qtbot, inventory_page, demo):
    page = inventory_page
    page.as_of = date(2026, 11, 1)
    page.set_workspace(demo)
    qtbot.waitUntil(lambda: page._job is None and page.data is not None)
    corner = page.tabs.cornerWidget()
    edit = page.filter_edit.geometry().translated(corner.geometry().topLeft())
    # Inside the tab widget (its top row was cut off: the corner got the tab bar's height).
    assert edit.top() >= 0
    assert edit.bottom() <= page.tabs.tabBar().geometry().bottom() + 1
    assert page.filter_edit.height() >= page.filter_edit.minimumSizeHint().height()


def test_flags_tab_scrolls_as_one(qtbot, inventory_page, demo):
    """The summary and the cards scroll together: no strip of cards under a fixed summary."""
    page = inventory_page
    panel = page.flags_panel
    assert isinstance(panel.scroll, QScrollArea)
    content = panel.scroll.widget()
    assert content.isAncestorOf(panel.summary) and content.isAncestorOf(panel.cards_box)
    assert not panel.cards_box.findChildren(QScrollArea)
