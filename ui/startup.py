"""The app's start: the window paints first, the workspace opens right after.

Opening a workspace imports SQLAlchemy, Alembic and the core's models, checks the file
(migrations, quick_check) and computes the steps' states; a seller waited for all of it, with
no window, for 1–5 s. Now the window shows at once with an "Opening…" page, and the workspace
is opened on the next turn of the event loop after that first paint.

The start in order: ``show_main_window`` builds the window with only what the first paint
needs and shows ``OpeningPage`` (``show_opening``); right after the paint the window completes
(shortcuts, wheel guard) while a thread imports the workspace side, opens the first workspace
file (its checks, a migration if any) and imports the first page's module (``OpenedAhead``);
then ``open_first`` hands the workspace to the window (or shows its problem dialogs) and
``end_opening`` gives the page area back to the steps. The step states follow on a worker
thread (ui/main_window.py ``refresh_states``).

Nothing here (nor in what ui/app.py and ui/main_window.py import at the top) may import the
workspace side: tests/test_first_paint.py fails when a heavy module is loaded before the paint.
"""

from __future__ import annotations

import functools
import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ui import paths
from ui.opening_page import OpeningPage

__all__ = ["OpeningPage", "after_first_paint", "end_opening", "show_first_step", "show_opening"]

if TYPE_CHECKING:
    from core.workspace import Workspace
    from ui.i18n import LanguageSwitcher
    from ui.main_window import MainWindow

# When the window is never painted (started minimized, a platform without expose events) the
# workspace opens anyway after this long.
UNPAINTED_FALLBACK_MS = 1000


class _FirstPaint(QObject):
    """Calls ``then`` once, on the event loop's next turn after ``widget``'s first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_FALLBACK_MS, self, self._fire)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.widget and event.type() == QEvent.Type.Paint and self.then is not None:
            # Queued: the paint this event starts must reach the screen before the work starts.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        then, self.then = self.then, None
        if then is None:
            return
        self.widget.removeEventFilter(self)
        then()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    _FirstPaint(widget, then)


POLL_MS = 15


def in_background(
    parent: QObject,
    work: Callable[[], object],
    then: Callable[[object, BaseException | None], None],
) -> None:
    """Run ``work`` on a thread, then call ``then(result, error)`` on the UI thread."""
    done = threading.Event()
    outcome: list = [None, None]

    def run() -> None:
        try:
            outcome[0] = work()
        except BaseException as exc:  # noqa: BLE001 - handed to ``then`` on the UI thread
            outcome[1] = exc
        finally:
            done.set()

    threading.Thread(target=run, name="matrixdesk-start", daemon=True).start()
    timer = QTimer(parent, interval=POLL_MS)  # polled: no Qt object crosses the threads

    def check() -> None:
        if done.is_set():
            timer.stop()
            timer.deleteLater()
            then(outcome[0], outcome[1])

    timer.timeout.connect(check)
    timer.start()


class OpenedAhead:
    """The first workspace, opened on the start's thread together with the imports: the
    file's checks (identify, ``PRAGMA quick_check``, the schema revision; a migration with its
    backup when the file is older) run there, off the UI thread. ``open`` hands it to the
    window as ``files.open_now`` would have: opened, or its problem dialogs (a damaged file's
    backup, a read-only file's copy) shown now, on the UI thread."""

    def __init__(self, path: Path, page_modules: tuple[str, ...] = ()) -> None:
        self.path = path
        self.page_modules = page_modules
        self.workspace: Workspace | None = None
        self.error: BaseException | None = None
        self.used = False

    def work(self) -> None:
        """On the thread: the imports, the open, the first page's module (and its ``warm_up``
        with the workspace, when it has one). No collection
        meanwhile, and what they made frozen afterwards (as for a job, ui/job_runner.py): a
        full collection later, on the UI thread while it builds the page, would scan all of
        it (+50-60 ms of UI-thread CPU at the start measured on step 2's page)."""
        from ui.job_runner import _pause_gc, _resume_gc

        _pause_gc()
        try:
            self._work()
        finally:
            _resume_gc()

    def _work(self) -> None:
        from ui.workspace_opening import load_workspace_side

        load_workspace_side()
        from core.workspace import open_workspace

        try:
            self.workspace = open_workspace(self.path)
        except BaseException as exc:  # noqa: BLE001 - reported on the UI thread by ``open``
            self.error = exc
        warm_pages(self.page_modules, self.workspace)

    def open(self, window: MainWindow, path: Path) -> bool:
        """``window.files.open_now(path)``, with what the thread found when it is this path."""
        if self.used or path != self.path:
            return window.files.open_now(path)
        self.used = True
        from core.workspace import WorkspaceError

        if self.workspace is not None:
            window.set_workspace(self.workspace)
            return True
        if isinstance(self.error, WorkspaceError):
            return window.files.open_failed(path, self.error)
        # Anything else (a bug, a failed import): opened again here, where it is raised and
        # reported as any error on the UI thread is.
        return window.files.open_now(path)


def warm_pages(modules: tuple[str, ...], workspace: Workspace | None) -> None:
    """On an opening's thread: the first page's module imported (and its ``warm_up`` run with
    the workspace, when it has one) and the Qt types made, so that building the page is the
    only work left for the UI thread (importing step 1's page there too was a 0.1-0.3 s turn
    on a busy machine)."""
    for name in modules:  # a failure here shows when the page is built
        try:
            warm_up = getattr(importlib.import_module(name), "warm_up", None)
            if warm_up is not None and workspace is not None:
                warm_up(workspace)
        except BaseException:  # noqa: BLE001, S110
            pass
    load_qt_types()


@functools.cache  # once per process: every later opening finds them made
def load_qt_types() -> None:
    """PySide6 makes a Qt class's Python type (and its enums) when it is first used: a few
    hundred of them when the first page was built, ~0.03 s of that turn on the UI thread.
    Made on the start's thread instead, while the window says "Opening…"."""
    from PySide6 import QtCore, QtGui, QtWidgets

    for module in (QtCore, QtGui, QtWidgets):
        for name in dir(module):
            getattr(module, name)


# --- the start, in order --------------------------------------------------------------


def show_main_window(
    languages: LanguageSwitcher, argv: list[str], after_paint: Callable[[], None] = lambda: None
) -> MainWindow:
    """The main window shown with "Opening…"; right after its first paint ``after_paint``,
    the rest of the window (``complete``) and the first workspace (``open_first``): a file on
    the start's thread (``OpenedAhead``), a team workspace connected on a thread
    (ui/workspace_opening.py: "Connecting to <server>…", which can be cancelled)."""
    from ui.main_window import MainWindow  # imports this module: not at the top

    window = MainWindow(languages, deferred=True)
    given = argv[0] if argv and not argv[0].startswith("-") else None
    team = first_team_address(given)
    requested = Path(given) if given is not None and team is None else None
    recent = paths.recent_workspaces()
    show_opening(window, team or requested or (recent[0] if recent else None))  # None: demo
    if team is not None:
        assert window.opening is not None
        window.opening.connecting(team, cancel=lambda: None)  # its Cancel works once started
    window.show()
    first = first_file(requested, recent) if team is None else None
    ahead = OpenedAhead(first, page_modules(window)) if first is not None else None

    def open_after_paint() -> None:
        if team is not None:
            from ui.workspace_opening import connect_in_window

            connect_in_window(window, team)
        elif ahead is None:  # the first start: the demo, written on a thread
            from ui.workspace_opening import write_demo_in_window

            write_demo_in_window(window)
        else:
            from core.file_check import check_ahead  # its quick check on a second core

            check_ahead(first)
            in_background(
                window, ahead.work, lambda _r, _e: open_first(window, requested, recent, ahead)
            )
        after_paint()
        window.complete()

    after_first_paint(window, open_after_paint)
    return window


def first_team_address(given: str | None) -> str | None:
    """The team workspace the start opens: the address given on the command line, else the
    last workspace used when it was a team one."""
    if given is not None:
        return given if paths.is_address(given) else None
    entries = paths.recent_entries()
    return entries[0] if entries and paths.is_address(entries[0]) else None


def first_file(requested: Path | None, recent: list[Path]) -> Path | None:
    """The workspace file ``open_first`` tries first (None: the demo is to be written)."""
    first: Path | None = requested or (recent[0] if recent else None)
    if first is None and paths.demo_path().exists():
        first = paths.demo_path()
    return first


def page_modules(window: MainWindow) -> tuple[str, ...]:
    """The module of the page the window will show first (imported on the start's thread)."""
    from ui.main_window import PAGES

    target = PAGES.get(window._last_step())
    return (target.split(":")[0],) if target else ()


def open_first(
    window: MainWindow,
    requested: Path | None,
    recent: list[Path],
    ahead: OpenedAhead | None = None,
) -> None:
    """The workspace asked for, else the last one used, else the demo; the start screen when
    the one asked for cannot be opened (its problem dialogs come first, from open_path)."""
    from PySide6.QtCore import Qt

    # The seller opened one meanwhile (File > Open, Connect), or it is still opening.
    if window.workspace is not None or window.background is not None:
        if ahead is not None and ahead.workspace is not None:
            ahead.workspace.close()
        return
    open_path = window.files.open_now if ahead is None else lambda p: ahead.open(window, p)
    window.setCursor(Qt.CursorShape.WaitCursor)  # the window only: not on the problem dialogs
    try:
        if requested is not None:
            opened = open_path(requested)
        else:
            opened = bool(recent) and open_path(recent[0])
            if not opened and paths.demo_path().exists():
                open_path(paths.demo_path())  # an existing demo opens at once
                opened = True  # (or said why it could not)
    finally:
        window.unsetCursor()
    if opened:
        show_first_step(window)
        return
    if requested is not None:
        window.show_last_step()
        window.show_start_screen()
    else:  # written on a thread, the page area saying so, then opened
        from ui.workspace_opening import write_demo_in_window

        write_demo_in_window(window)


# A 0 ms single shot is a posted event, which Qt may deliver right after the one that posted
# it, before any timer or input: 1 ms lets a turn of timers and input come between the steps.
NEXT_TURN_MS = 1


# What the last step's page needs soon after it shows, imported on a thread once it has
# painted: it is built and painted without them (its charts follow once pyqtgraph is in,
# ui/charts/chart_slot.py; polars for its import dialogs).
WARM_UP: dict[str, tuple[str, ...]] = {
    "inventory": ("polars",),
    "goals": ("pyqtgraph",),
    "selection": ("pyqtgraph", "polars"),
}


def first_page_painted(window: MainWindow, key: str) -> None:
    """The last step's page has painted: the step states, and what it needs next, once it
    has settled (a page that loads on a worker thread, step 2's catalog, says when)."""
    from ui.charts import chart_slot

    def settled() -> None:
        window.refresh_states()
        chart_slot.load_in_background(m for m in WARM_UP.get(key, ()) if m != "pyqtgraph")

    when_settled = getattr(window.pages.get(key), "when_settled", None)
    if when_settled is None:
        settled()
    else:
        when_settled(settled)


def show_first_step(window: MainWindow) -> None:
    """The last step's page, on the next turns of the event loop: built, then given the
    workspace and shown (``show_last_step``; the step states once it has painted). One long
    turn was 0.13 s of CPU for step 1 on a quiet machine; the window answers between these."""
    key = window._last_step()

    def build() -> None:
        if key not in window.pages and window.opening is not None:
            if "pyqtgraph" in WARM_UP.get(key, ()):
                from ui.charts import chart_slot

                chart_slot.defer()  # its charts once the page has painted
            window.build_page(key)
        QTimer.singleShot(NEXT_TURN_MS, window, show)

    def show() -> None:
        if window.opening is not None:  # (or the window moved on meanwhile)
            window.show_last_step()

    QTimer.singleShot(NEXT_TURN_MS, window, build)


def show_opening(window: MainWindow, location: Path | str | None) -> None:
    """What the first paint shows while the workspace is opened right after it: the
    workspace's name in the page area, the steps' states "checking…"."""
    if window.opening is None:
        window.opening = OpeningPage()
        window.stack.addWidget(window.opening)
    window.opening.set_location(location)
    window.stack.setCurrentWidget(window.opening)
    window.step_list.set_pending(True)


def end_opening(window: MainWindow) -> None:
    if window.opening is not None:
        window.stack.removeWidget(window.opening)
        window.opening.deleteLater()
        window.opening = None
    if window.workspace is None:  # nothing opened: no states are coming
        window.step_list.set_pending(False)
