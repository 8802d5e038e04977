"""Shared fixtures: real SQLite workspaces in tmp dirs, the demo, the real seller files."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REAL_FIXTURES = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "real"
DEMO_ANCHOR = date(2026, 11, 1)


def real_file(*parts: str) -> Path:
    """A file from ../shared/fixtures/real; the test is skipped when it is absent."""
    path = REAL_FIXTURES.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real fixture not available: {path}")
    return path


@pytest.fixture
def workspace(tmp_path):
    from core.workspace import open_workspace

    ws = open_workspace(tmp_path / "shop.matrixdesk", create=True)
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    from core.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.matrixdesk"
    build_demo(path, anchor=DEMO_ANCHOR).close()
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    """A private copy of the demo workspace, safe to change."""
    import shutil

    from core.workspace import open_workspace

    path = tmp_path / "demo.matrixdesk"
    shutil.copy(demo_file, path)
    ws = open_workspace(path)
    yield ws
    ws.close()


@pytest.fixture
def qt_settings(tmp_path, monkeypatch):
    """Keep QSettings and the data folder of UI tests inside tmp_path."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("MatrixDeskTests")
    QCoreApplication.setApplicationName("MatrixDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    QSettings().clear()
    # QStandardPaths reads these on every call (Linux), so the data folder is per test.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield tmp_path


@pytest.fixture
def inventory_page(qtbot, qt_settings):
    """Step 2's page on its own, reviewed as of the demo's date; on teardown it waits out a
    recomputation the test started before the page is deleted."""
    from ui.pages.inventory.page import InventoryPage

    widget = InventoryPage()
    widget.as_of = DEMO_ANCHOR
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    qtbot.waitUntil(lambda: widget._job is None and not widget._reload_timer.isActive())
    widget.close()
    widget.deleteLater()
