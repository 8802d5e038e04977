"""The order of the start's work: the file opened and the step states computed on threads, the
last step's page built and painted before the states are asked for, and on step 2 only once
its catalog and review are shown (other threads would take turns with the UI thread).
The start's fixtures are test_first_paint's."""

from __future__ import annotations

from core.steps import StepState

# The start's fixtures (shop, languages) come from test_first_paint: named as parameters.
# ruff: noqa: F811
from tests.test_first_paint import _opened, _started, languages, shop  # noqa: F401


def test_start_computes_the_step_states_off_the_ui_thread(qtbot, languages, shop, monkeypatch):
    """Even for the demo's small catalog (which an edit recomputes at once), the start asks a
    worker thread: the list says "Checking…" until the states arrive."""
    import threading

    import core.step_status as step_status

    threads = []
    original = step_status.step_states
    monkeypatch.setattr(
        step_status,
        "step_states",
        lambda ws: threads.append(threading.current_thread()) or original(ws),
    )
    window = _started(qtbot, languages, [str(shop)])
    _opened(qtbot, window)
    assert threads and threading.main_thread() not in threads
    assert window.step_list.states["goals"] == StepState.DONE
    qtbot.waitUntil(lambda: window._states_job is None, timeout=15_000)
    threads.clear()
    window.refresh_states()  # after the start: at once, as before
    assert threads == [threading.main_thread()]


def test_start_opens_the_file_off_the_ui_thread(qtbot, languages, shop, monkeypatch):
    """The file's checks (quick_check, the schema revision) run on the start's thread with
    the imports; the UI thread only shows the workspace."""
    import threading

    import core.workspace

    threads = []
    original = core.workspace.open_workspace
    monkeypatch.setattr(
        core.workspace,
        "open_workspace",
        lambda *a, **k: threads.append(threading.current_thread()) or original(*a, **k),
    )
    window = _started(qtbot, languages, [str(shop)])
    _opened(qtbot, window)
    assert window.workspace.path == shop
    assert len(threads) == 1 and threads[0] is not threading.main_thread()


def test_start_shows_the_page_before_the_states_are_asked_for(qtbot, languages, shop, monkeypatch):
    """The page is built on one turn of the event loop, given the workspace and shown on the
    next, and only once it has painted do the states start on their worker thread (which
    would otherwise take turns with the page's build on the UI thread)."""
    from ui.main_window import MainWindow

    seen = []
    build, refresh = MainWindow.build_page, MainWindow.refresh_states

    def building(window, key):
        seen.append(("build", key, window.workspace is not None, window.opening is not None))
        return build(window, key)

    def asked(window):
        page = window.pages.get("team")
        seen.append(("states", page is not None and window.stack.currentWidget() is page))
        refresh(window)

    monkeypatch.setattr(MainWindow, "build_page", building)
    monkeypatch.setattr(MainWindow, "refresh_states", asked)
    window = _started(qtbot, languages, [str(shop)])
    _opened(qtbot, window)
    # built while "Opening…" still shows, with the workspace already open
    assert seen[0] == ("build", "team", True, True)
    assert seen[1] == ("states", True)
    assert window.pages["team"].workspace is window.workspace
    assert window.unopened_pages == set()


def test_start_on_step_2_asks_for_the_states_once_the_catalog_is_reviewed(
    qtbot, languages, shop, monkeypatch
):
    """On step 2 the states' thread (and polars' import) start only once the page's load has
    shown the catalog and its review: sharing the interpreter with them, showing them froze the
    window 0.1-0.2 s."""
    from PySide6.QtCore import QSettings

    from ui.main_window import LAST_STEP_KEY, MainWindow

    QSettings().setValue(LAST_STEP_KEY, "inventory")
    seen = []
    refresh = MainWindow.refresh_states

    def asked(window):
        page = window.pages.get("inventory")
        seen.append(page is not None and page._job is None and page.model.review is not None)
        refresh(window)

    monkeypatch.setattr(MainWindow, "refresh_states", asked)
    window = _started(qtbot, languages, [str(shop)])
    _opened(qtbot, window)
    page = window.pages["inventory"]
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    assert seen[0] is True  # the review was shown when the states were first asked for
    qtbot.waitUntil(lambda: window._states_job is None and not window.step_list.pending)
    assert page.model.sku_count() > 0


def test_start_on_step_4_warms_the_pool_on_the_start_thread_and_builds_tabs_first(
    qtbot, languages, shop, monkeypatch
):
    """On step 4 the start's thread runs the page's ``warm_up`` with the opened workspace (the
    pool's queries compiled off the UI thread), the tabs' panels are built on the turns after
    the page's, and the states' thread starts only once all of them are: five panels in one
    turn, or built while other threads ran, froze the window 0.12-0.2 s."""
    import threading

    from PySide6.QtCore import QSettings

    import ui.pages.selection.page as selection_page
    from ui.main_window import LAST_STEP_KEY, MainWindow

    QSettings().setValue(LAST_STEP_KEY, "selection")
    warmed, seen = [], []
    warm_up, refresh = selection_page.warm_up, MainWindow.refresh_states

    def warming(opened):
        warmed.append((threading.current_thread(), opened.path))
        warm_up(opened)

    def asked(window):
        page = window.pages.get("selection")
        seen.append(len(page.tabs.panels) if page is not None else None)
        refresh(window)

    monkeypatch.setattr(selection_page, "warm_up", warming)
    monkeypatch.setattr(MainWindow, "refresh_states", asked)
    window = _started(qtbot, languages, [str(shop)])
    _opened(qtbot, window)
    assert len(warmed) == 1
    assert warmed[0][0] is not threading.main_thread() and warmed[0][1] == shop
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    page = window.pages["selection"]
    assert seen[0] == page.tabs.count() == 5  # every panel built before the states
    assert page.scorecard.candidate_id == page.current_id is not None


def test_start_makes_qt_types_on_the_start_thread(qtbot, languages, shop, monkeypatch):
    """PySide6's Python types of Qt classes (a few hundred, made on first use) are made on the
    start's thread while the file opens, not during the first page's build on the UI thread."""
    import threading

    import ui.startup

    threads = []
    load = ui.startup.load_qt_types
    monkeypatch.setattr(
        ui.startup, "load_qt_types", lambda: threads.append(threading.current_thread()) or load()
    )
    window = _started(qtbot, languages, [str(shop)])
    _opened(qtbot, window)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
