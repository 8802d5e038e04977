"""Opening a workspace that can take long, off the UI thread: a team workspace (connecting,
TLS, the role's rights, the schema's check or upgrade: seconds on a slow server, the connect
timeout on an unreachable one), the demo being written (1–2 s) and a workspace file opened from
the window (File > Open, the recent ones, the start screen: its checks, 0.2 s at 100,000 SKUs,
a migration with its backup when the file is older).

The window says what is happening in its page area (ui/opening_page.py) and stays usable: the
work runs on a thread (:class:`OffThread`), whose outcome the UI thread picks up by polling (no
Qt object crosses the threads). One such opening at a time per window, ``window.background``.
It is abandoned when the seller cancels, opens another workspace meanwhile (any
``set_workspace``) or closes the window: its outcome is then never shown, a workspace it made
is closed on its thread, and a failure it meets afterwards is not reported.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from core.jobs import Progress
from ui import paths

if TYPE_CHECKING:
    from core.workspace import Workspace
    from ui.main_window import MainWindow

POLL_MS = 15
# What opening a workspace imports (SQLAlchemy, SQLModel, the models): ~0.5 s of CPU, loaded on
# a thread while the window, already painted, stays responsive. Step 2's review (numpy) and
# Alembic are not among them: the step states import the first on their own worker thread, and
# a workspace already at the newest schema is opened without the second (core/schema).
WORKSPACE_MODULES = ("core.workspace", "core.step_status")

log = logging.getLogger("matrixdesk")


def close_quietly(workspace: Workspace | None) -> None:
    """Close a workspace nobody will show (a team database's pool says goodbye to the server:
    never on the UI thread)."""
    if workspace is None:
        return

    def close() -> None:
        try:
            workspace.close()
        except Exception:  # noqa: BLE001 - a server gone meanwhile: nothing left to close
            log.info("closing an abandoned workspace failed", exc_info=True)

    if threading.current_thread() is threading.main_thread():
        threading.Thread(target=close, name="matrixdesk-close", daemon=True).start()
    else:
        close()


class OffThread:
    """``work(progress)`` on a thread; ``then(workspace, error)`` on the UI thread afterwards,
    unless abandoned first; ``on_progress(done, total, text)`` as the work reports."""

    def __init__(
        self,
        parent: QObject,
        work: Callable[[Progress], Workspace],
        then: Callable[[Workspace | None, BaseException | None], None],
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> None:
        self.work, self.then, self.on_progress = work, then, on_progress
        self.progress = Progress(self._report)
        self.abandoned = False
        self._lock = threading.Lock()
        self._outcome: tuple[Workspace | None, BaseException | None] | None = None
        self._reported: tuple[int, int, str] | None = None
        self._shown: tuple[int, int, str] | None = None
        self.timer = QTimer(parent, interval=POLL_MS)
        self.timer.timeout.connect(self._check)
        self.thread = threading.Thread(target=self._run, name="matrixdesk-open", daemon=True)

    def start(self) -> OffThread:
        self.thread.start()
        self.timer.start()
        return self

    def _report(self, done: int, total: int, text: str) -> None:
        self._reported = (done, total, text)  # one assignment: read as a whole on the UI thread

    def _run(self) -> None:
        result: Workspace | None = None
        error: BaseException | None = None
        from ui.job_runner import _pause_gc as pause_gc  # shared with the jobs: one count
        from ui.job_runner import _resume_gc as resume_gc

        pause_gc()  # as for any job: no collection scanning what the work builds
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to ``then`` on the UI thread
            error = exc
        finally:
            resume_gc()
        with self._lock:
            if not self.abandoned:
                self._outcome = (result, error)
                return
        close_quietly(result)  # nobody is waiting for it any more

    def _check(self) -> None:
        reported = self._reported
        if reported is not None and reported != self._shown and self.on_progress is not None:
            self._shown = reported
            self.on_progress(*reported)
        with self._lock:
            outcome = None if self.abandoned else self._outcome
        if outcome is None:
            return
        self._stop_polling()
        self.then(*outcome)

    def abandon(self) -> None:
        """Nobody wants the outcome any more: never shown; a workspace made is closed."""
        with self._lock:
            self.abandoned = True
            outcome, self._outcome = self._outcome, None
        self.progress.cancel()  # work that reports progress stops at its next report
        self._stop_polling()
        if outcome is not None:
            close_quietly(outcome[0])

    def _stop_polling(self) -> None:
        try:
            self.timer.stop()
            self.timer.deleteLater()
        except RuntimeError:  # the window it belonged to is gone already
            pass


def abandon_background(window: MainWindow) -> None:
    background, window.background = window.background, None
    if background is not None:
        background.abandon()


def load_workspace_side() -> None:
    """What opening any workspace needs, loaded on the opening thread; and from now on big
    freed blocks go back to the system (before any is freed: core/inventory/memory.py)."""
    from core.inventory.memory import big_blocks_mapped

    big_blocks_mapped()
    for name in WORKSPACE_MODULES:
        importlib.import_module(name)


def failure_text(exc: BaseException, address: str) -> str:
    """A plain, translated reason naming the server, never a traceback (that goes to the log)."""
    from PySide6.QtCore import QCoreApplication

    from core.workspace_guard import WorkspaceError
    from ui.errors import error_text
    from ui.opening_page import server_name

    if isinstance(exc, WorkspaceError):
        return error_text(exc)
    first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return QCoreApplication.translate(
        "WorkspaceOpening", "The server at {server} answered with an error: {error}"
    ).format(server=server_name(address), error=first_line)


def connect_in_window(window: MainWindow, address: str, password: str | None = None) -> None:
    """Open the team workspace at ``address`` (its password from the keychain unless given)
    in the window: "Connecting to <server>…" in the page area until it is open, or why not."""
    from ui.startup import page_modules, show_opening, warm_pages

    abandon_background(window)
    show_opening(window, address)
    page = window.opening
    assert page is not None
    modules = page_modules(window)

    def work(_progress: Progress) -> Workspace:
        load_workspace_side()
        from core import team_db

        workspace = team_db.open_team_workspace(address, password)
        warm_pages(modules, workspace)
        return workspace

    def then(workspace: Workspace | None, error: BaseException | None) -> None:
        window.background = None
        if workspace is not None:
            window.set_workspace(workspace)
            window.team.say_warning(workspace)
            return
        assert error is not None
        log.warning("Cannot open the team workspace %s", address, exc_info=error)
        _failed(window, "connect", lambda: failure_text(error, address), address, password)

    def cancel() -> None:
        if window.background is attempt:
            abandon_background(window)
            _failed(window, "cancelled", str, address, password)

    attempt = OffThread(window, work, then)
    window.background = attempt
    page.connecting(address, cancel)
    attempt.start()


# A file that opens quicker than this leaves the page area as it is: no flash of "Opening…".
MOMENT_MS = 150


def open_file_in_window(window: MainWindow, path: Path, attempt: int = 0) -> None:
    """Open the workspace file at ``path`` on a thread; "Opening <name>…" in the page area when
    it takes longer than a moment. The workspace that was open stays open meanwhile. Once done:
    ``set_workspace``, or the problem's dialogs on the UI thread (a damaged file's backups, a
    read-only file's copy, which open on a thread in turn), then ``window.opened(ok)``."""
    from ui.startup import page_modules, show_opening, warm_pages

    abandon_background(window)
    shown = False
    modules = page_modules(window)

    def work(_progress: Progress) -> Workspace:
        load_workspace_side()
        from core.workspace import open_workspace

        workspace = open_workspace(path)
        warm_pages(modules, workspace)
        return workspace

    def then(workspace: Workspace | None, error: BaseException | None) -> None:
        window.background = None
        if workspace is not None:
            window.set_workspace(workspace)  # "Opening…" leaves for the step's page
            window.opened.emit(True)
            return
        assert error is not None
        if shown and window.opening is not None:  # the steps back before any dialog
            window.show_last_step()
        from core.workspace_guard import WorkspaceError

        if not isinstance(error, WorkspaceError):  # a bug: reported as on the UI thread
            window.opened.emit(False)
            raise error

        def again(instead: Path, attempt: int) -> bool:
            open_file_in_window(window, instead, attempt)
            return True  # ``opened`` comes from that opening

        if not window.files.open_failed(path, error, attempt, again):
            window.opened.emit(False)

    def moment_passed() -> None:
        nonlocal shown
        if window.background is opening:
            shown = True
            show_opening(window, path)

    opening = OffThread(window, work, then)
    window.background = opening
    opening.start()
    QTimer.singleShot(MOMENT_MS, opening.timer, moment_passed)


def _failed(
    window: MainWindow,
    kind: str,
    reason: Callable[[], str],
    address: str | None = None,
    password: str | None = None,
) -> None:
    """The page says why, with what to do next; the steps' states are not coming."""
    page = window.opening
    if page is None:
        return
    actions: dict[str, Callable[[], None]] = {"local": window.show_start_screen}
    if address is not None:
        actions["again"] = lambda: connect_in_window(window, address, password)
        actions["connect"] = lambda: window.team.connect(address)
    else:
        actions["again"] = lambda: write_demo_in_window(window)
    page.failed(kind, reason, actions)
    window.step_list.set_pending(False)


def write_demo_in_window(window: MainWindow) -> None:
    """Write the demo workspace and open it: "Writing the demo workspace…" with its progress
    in the page area meanwhile. The seller's workspace, when one is open, stays open until the
    demo is written (and is shown again if writing fails)."""
    from ui.startup import end_opening, show_opening

    abandon_background(window)
    show_opening(window, None)
    page = window.opening
    assert page is not None
    page.writing_demo()

    def work(progress: Progress) -> Workspace:
        load_workspace_side()
        from core.demo import write_demo

        return write_demo(paths.demo_path(), progress)

    def then(workspace: Workspace | None, error: BaseException | None) -> None:
        window.background = None
        if workspace is not None:
            window.set_workspace(workspace)
            return
        assert error is not None
        from ui.errors import error_text

        log.warning("Cannot write the demo workspace", exc_info=error)
        if window.workspace is None:
            _failed(window, "demo", lambda: error_text(error))
            return
        end_opening(window)  # back to the workspace that was open
        window.show_last_step()
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        title = QCoreApplication.translate("OpeningPage", "Cannot write the demo workspace")
        QMessageBox.warning(window, title, error_text(error))

    attempt = OffThread(window, work, then, on_progress=page.set_progress)
    window.background = attempt
    attempt.start()
