"""The main window as a user meets it: step list, pages, workspaces, languages, errors."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from core.steps import STEPS
from ui import paths
from ui.errors import ErrorDialog, show_exception
from ui.i18n import LanguageSwitcher
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, qt_settings, demo):
    switcher = LanguageSwitcher()
    switcher.switch("en")
    win = MainWindow(switcher)
    qtbot.addWidget(win)
    win.set_workspace(demo)
    win.show()
    yield win
    switcher.switch("en")


def test_step_list_shows_eight_steps_with_states(window):
    assert window.step_list.count() == 8
    first = window.step_list.item_text(0)
    assert "1. Team" in first and "Done" in first  # the demo's team is complete
    assert "Done" in window.step_list.item_text(2)  # the demo's goals are set
    assert "Not started" in window.step_list.item_text(5)  # launch cadence


def test_every_step_opens_a_page(window):
    for step in STEPS:
        window.step_list.select(step.key)
        assert window.stack.currentWidget() is window.pages[step.key]


def test_unbuilt_step_page_explains_the_step(window):
    window.step_list.select("launch")
    page = window.pages["launch"]
    assert "Step 6" in page.title.text()
    assert "launch batches" in page.summary.text()


def test_language_switch_retranslates_the_window(window):
    window.menus.switch_language("zh_CN")
    assert "组建跨职能小组" in window.step_list.item_text(0)
    assert window.menus.file_menu.title() == "文件(&F)"
    window.step_list.select("goals")
    assert "第 3 步" in window.pages["goals"].title.text()
    window.menus.switch_language("en")
    assert "1. Team" in window.step_list.item_text(0)
    assert window.menus.file_menu.title() == "&File"


def test_window_title_and_status_name_the_workspace(window, demo):
    assert demo.name in window.windowTitle()
    assert str(demo.path) in window.workspace_label.text()
    assert paths.recent_workspaces()[0] == demo.path


def test_opening_a_broken_file_warns_and_keeps_the_current_workspace(
    qtbot, window, tmp_path, monkeypatch
):
    bad = tmp_path / "broken.matrixdesk"
    bad.write_bytes(b"PK\x03\x04 not a database at all" * 20)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    current = window.workspace
    with qtbot.waitSignal(window.opened, timeout=10_000) as opening:
        window.open_path(bad)
    assert opening.args == [False]
    assert "broken.matrixdesk" in shown[0]
    assert window.workspace is current


def test_save_as_copies_and_switches(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "copy of demo.matrixdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    counts = window.workspace.counts()
    with qtbot.waitSignal(window.opened, timeout=10_000) as opening:
        window.save_as()
    assert opening.args == [True]
    assert window.workspace.path == target
    assert window.workspace.counts() == counts


def test_rename_from_the_menu(window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("autumn plan", True))
    window.rename()
    assert window.workspace.path.name == "autumn plan.matrixdesk"
    assert window.workspace.counts()["skus"] > 0
    assert "autumn plan" in window.windowTitle()


def test_new_workspace_starts_empty(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "my-shop"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.new_workspace()
    assert window.workspace.path.name == "my-shop.matrixdesk"
    assert window.workspace.counts()["skus"] == 0
    assert "Not started" in window.step_list.item_text(0)


def test_demo_is_created_on_first_start(qtbot, qt_settings):
    switcher = LanguageSwitcher()
    win = MainWindow(switcher)
    qtbot.addWidget(win)
    assert not paths.demo_path().exists()
    win.open_demo()
    qtbot.waitUntil(lambda: win.workspace is not None, timeout=20000)
    assert win.workspace.path == paths.demo_path()
    assert win.workspace.counts()["skus"] > 90
    win.close()


def test_unexpected_error_dialog_copies_details(qtbot, qt_settings):
    try:
        raise RuntimeError("disk full")
    except RuntimeError:
        show_exception(*sys.exc_info())
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog))
    assert "disk full" in dialog.details_view.toPlainText()
    dialog.copy_button.click()
    assert "RuntimeError: disk full" in QApplication.clipboard().text()
    dialog.close()


def test_start_dialog_offers_recent_workspaces(qtbot, qt_settings, demo):
    from ui.dialogs.start_dialog import StartDialog

    paths.remember_workspace(demo.path)
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    assert str(demo.path) in dialog.recent.item(0).text()
    dialog.recent.setCurrentRow(0)
    dialog.open_button.click()
    assert dialog.choice == ("open", demo.path)


def test_the_window_reopens_on_the_last_step(qtbot, qt_settings, demo):
    first = MainWindow(LanguageSwitcher())
    qtbot.addWidget(first)
    first.set_workspace(demo)
    first.show_step("goals")
    first.close()
    second = MainWindow(LanguageSwitcher())
    qtbot.addWidget(second)
    assert second.stack.currentWidget() is second.pages["goals"]


def test_large_catalog_states_come_from_a_worker(qtbot, qt_settings, demo, monkeypatch):
    """Above QUICK_STATES_SKUS the step list is filled by a job, never on the UI thread."""
    import threading

    import core.step_status as step_status
    from core.steps import StepState

    monkeypatch.setattr(step_status, "QUICK_STATES_SKUS", 10)
    threads = []
    original = step_status.step_states
    monkeypatch.setattr(
        step_status,
        "step_states",
        lambda ws: threads.append(threading.current_thread()) or original(ws),
    )
    switcher = LanguageSwitcher()
    switcher.switch("en")
    win = MainWindow(switcher)
    qtbot.addWidget(win)
    win.set_workspace(demo)
    qtbot.waitUntil(lambda: win.step_list.states["goals"] == StepState.DONE, timeout=15_000)
    assert threads and threading.main_thread() not in threads
    assert "Done" in win.step_list.item_text(2)
    qtbot.waitUntil(lambda: win._states_job is None, timeout=15_000)
