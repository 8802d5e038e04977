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

import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui import paths

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


# What opening a workspace imports (SQLAlchemy, SQLModel, the models): ~0.5 s of CPU, loaded on
# a thread while the window, already painted, stays responsive. Step 2's review (numpy) and
# Alembic are not among them: the step states import the first on their own worker thread, and
# a workspace already at the newest schema is opened without the second (core/schema).
WORKSPACE_MODULES = ("core.workspace", "core.step_status")
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


def import_in_background(
    parent: QObject, then: Callable[[], None], modules: tuple[str, ...] = WORKSPACE_MODULES
) -> None:
    """Import ``modules`` on a thread, then call ``then`` on the UI thread. A failed import is
    not reported here: ``then`` imports the module again and meets the error itself."""

    def load() -> None:
        for name in modules:
            importlib.import_module(name)

    in_background(parent, load, lambda _result, _error: then())


class OpenedAhead:
    """The first workspace, opened on the start's thread together with the imports: the
    file's checks (identify, ``PRAGMA quick_check``, the schema revision; a migration with its
    backup when the file is older) run there, off the UI thread. ``open`` hands it to the
    window as ``open_path`` would have: opened, or its problem dialogs (a damaged file's
    backup, a read-only file's copy) shown now, on the UI thread."""

    def __init__(self, path: Path, page_modules: tuple[str, ...] = ()) -> None:
        self.path = path
        self.page_modules = page_modules
        self.workspace: Workspace | None = None
        self.error: BaseException | None = None
        self.used = False

    def work(self) -> None:
        """On the thread: the imports, the open, the first page's module."""
        for name in WORKSPACE_MODULES:
            importlib.import_module(name)
        from core.workspace import open_workspace

        try:
            self.workspace = open_workspace(self.path)
        except BaseException as exc:  # noqa: BLE001 - reported on the UI thread by ``open``
            self.error = exc
        for name in self.page_modules:  # a failure here shows when the page is built
            try:
                importlib.import_module(name)
            except BaseException:  # noqa: BLE001, S110
                pass

    def open(self, window: MainWindow, path: Path) -> bool:
        """``window.open_path(path)``, with what the thread found when it is this path."""
        if self.used or path != self.path:
            return window.open_path(path)
        self.used = True
        from core.workspace import WorkspaceError

        if self.workspace is not None:
            window.set_workspace(self.workspace)
            return True
        if isinstance(self.error, WorkspaceError):
            return window.files.open_failed(path, self.error)
        # Anything else (a bug, a failed import): opened again here, where it is raised and
        # reported as any error on the UI thread is.
        return window.open_path(path)


class OpeningPage(QWidget):
    """The page area while the workspace opens: its name and what is happening."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingPage")
        # Alignment from the style sheet: no Qt enum before the first paint (see step_list.py).
        self.setStyleSheet(
            "QLabel { qproperty-alignment: AlignCenter; }"
            "#openingTitle { font-size: 15pt; font-weight: 600; color: #1f2933; }"
            "#openingDetail { color: #5f6b7a; }"
        )
        self.location: Path | str | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = QLabel(objectName="openingTitle", wordWrap=True)
        self.detail = QLabel(objectName="openingDetail", wordWrap=True)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addStretch(3)
        self.retranslate()

    def set_location(self, location: Path | str | None) -> None:
        self.location = location
        self.retranslate()

    def retranslate(self) -> None:
        location = self.location
        if location is None:
            self.title.setText(self.tr("Opening MatrixDesk…"))
            self.detail.setText("")
            return
        name = Path(location).stem if isinstance(location, Path) else str(location)
        self.title.setText(self.tr("Opening {name}…").format(name=name))
        self.detail.setText(
            self.tr("Checking the file and reading where each step stands.\n{location}").format(
                location=location
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# --- the start, in order --------------------------------------------------------------


def show_main_window(
    languages: LanguageSwitcher, argv: list[str], after_paint: Callable[[], None] = lambda: None
) -> MainWindow:
    """The main window shown with "Opening…"; right after its first paint ``after_paint``,
    the rest of the window (``complete``) and the first workspace (``open_first``)."""
    from ui.main_window import MainWindow  # imports this module: not at the top

    window = MainWindow(languages, deferred=True)
    requested = Path(argv[0]) if argv and not argv[0].startswith("-") else None
    recent = paths.recent_workspaces()
    show_opening(window, requested or (recent[0] if recent else None))  # None: the demo
    window.show()
    first = first_file(requested, recent)
    ahead = OpenedAhead(first, page_modules(window)) if first is not None else None

    def open_after_paint() -> None:
        if first is not None:  # its quick check on a second core while the imports run
            from core.file_check import check_ahead

            check_ahead(first)
        if ahead is None:  # the demo to write, or a team database (its password dialog)
            import_in_background(window, lambda: open_first(window, requested, recent))
        else:
            in_background(
                window, ahead.work, lambda _r, _e: open_first(window, requested, recent, ahead)
            )
        after_paint()
        window.complete()

    after_first_paint(window, open_after_paint)
    return window


def first_file(requested: Path | None, recent: list[Path]) -> Path | None:
    """The workspace file ``open_first`` tries first (None: the demo is to be written, or the
    first is a team database, which may ask for a password: both opened on the UI thread)."""
    first: Path | str | None = requested or (recent[0] if recent else None)
    if first is None and paths.demo_path().exists():
        first = paths.demo_path()
    if first is None or str(first).startswith(("postgresql:", "postgres:")):
        return None
    return Path(first)


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

    open_path = window.open_path if ahead is None else lambda path: ahead.open(window, path)
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
    window.show_last_step()
    if requested is not None:
        window.show_start_screen()
    else:
        window.open_demo()  # written by a job: the page shows it when it is done


# A 0 ms single shot is a posted event, which Qt may deliver right after the one that posted
# it, before any timer or input: 1 ms lets a turn of timers and input come between the steps.
NEXT_TURN_MS = 1


def show_first_step(window: MainWindow) -> None:
    """The last step's page, on the next turns of the event loop: built, then given the
    workspace and shown (``show_last_step``; the step states once it has painted). One long
    turn was 0.13 s of CPU for step 1 on a quiet machine; the window answers between these."""
    key = window._last_step()

    def build() -> None:
        if key not in window.pages and window.opening is not None:
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
