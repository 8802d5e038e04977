"""While step 2 reads a workspace's catalog, its guided strip says so: not "open a workspace
first" (there is one) nor "no catalog yet" with an import button (there may be 100,000 SKUs
on their way). Once read, an empty catalog gets its import call to action."""

from __future__ import annotations

import threading

import pytest

import core.catalog
from tests.test_inventory_core import AS_OF, shop  # noqa: F401 - the tiny hand-computed shop

BOTH_ENGINES = True


@pytest.fixture
def held_read(monkeypatch):
    """Reading the catalog's SKUs waits until ``held_read.set()``."""
    release = threading.Event()
    real = core.catalog.catalog_rows

    def read_when_released(*args, **kwargs):
        assert release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(core.catalog, "catalog_rows", read_when_released)
    yield release
    release.set()  # a test that failed early must not leave a thread waiting


def _done(page) -> bool:
    return page._job is None and page.data is not None and not page._reload_timer.isActive()


def test_reading_the_catalog_says_so(qtbot, inventory_page, shop, held_read):  # noqa: F811
    page = inventory_page
    page.as_of = AS_OF
    page.set_workspace(shop)
    strip = page.checklist
    qtbot.waitUntil(lambda: strip.heading.isVisible())
    assert page._job is not None and page.model.sku_count() == 0
    assert strip.heading.text() == "Reading the catalog…"
    assert not strip.import_button.isVisible() and not strip.sources.isVisible()
    held_read.set()
    qtbot.waitUntil(lambda: _done(page), timeout=30_000)
    assert page.model.sku_count() == 3
    assert not strip.heading.isVisible() and not strip.import_button.isVisible()


def test_an_empty_catalog_asks_for_an_import_once_read(qtbot, inventory_page, tmp_path):
    from core.workspace import open_workspace

    empty = open_workspace(tmp_path / "empty.matrixdesk", create=True)
    page = inventory_page
    page.set_workspace(empty)
    qtbot.waitUntil(lambda: page._job is None and not page._reload_timer.isActive())
    strip = page.checklist
    assert strip.heading.text() == "No catalog yet: start by importing it."
    assert strip.import_button.isVisible() and strip.import_button.isEnabled()
    empty.close()


def test_reading_the_catalog_in_chinese(qtbot, inventory_page, shop, held_read):  # noqa: F811
    from ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    try:
        inventory_page.set_workspace(shop)
        qtbot.waitUntil(lambda: inventory_page.checklist.heading.isVisible())
        assert inventory_page.checklist.heading.text() == "正在读取产品目录…"
    finally:
        held_read.set()
        switcher.switch("en")
