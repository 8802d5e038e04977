"""The main window's team mode: connect to a team workspace, copy a workspace to a file or
team database, the note for viewers and others' changes: shown as they are committed, unless
the person is in the middle of an edit. The workspace's backend watches (LISTEN/NOTIFY on a
team database, core.engines.notify; PRAGMA data_version polled on a local file for other
windows, core.engines.file_watch); on a server a periodic check + View > Refresh (F5) are the
fallback.

Kept apart from ui/main_window.py, which only calls in here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
)
from sqlalchemy.exc import SQLAlchemyError

from core.jobs import Progress
from core.workspace import Workspace
from ui.errors import error_text

CHECK_EVERY_MS = 20_000  # how often a team workspace is asked whether others changed it
RETRY_MS = 1_500  # others' changes wait this long while the person is in the middle of an edit


class TeamMode(QObject):
    # Tables another app changed (from the listener's thread; delivered on the UI thread).
    sig_others_saved = Signal(object)
    # Emitted after others' changes were shown (tests and the status bar).
    sig_shown_others = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace: Workspace | None = None
        self.mark: tuple | None = None
        self.others_changed = False
        self.checking = False  # the periodic check's question is with the server
        self.listener = None  # the backend's ChangeWatch (core.engines)
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self.retry.timeout.connect(self.show_others)
        self.sig_others_saved.connect(self._others_saved)
        # a lambda, not the bound method: this object goes with the window
        window.destroyed.connect(lambda *_: self._stop_listening())

    # --- connecting ----------------------------------------------------------------------
    def connect(self, address: str = "") -> bool:
        from ui.dialogs.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.window, address)
        if not dialog.exec() or dialog.workspace is None:
            return False
        self.window.set_workspace(dialog.workspace)
        self.say_warning(dialog.workspace)
        return True

    def say_warning(self, workspace: Workspace) -> None:
        """What the server's connection left to say (e.g. its identity not checked)."""
        if workspace.warning is not None:
            QMessageBox.warning(
                self.window,
                self.tr("Connection not verified"),
                error_text(_Carrier(workspace.warning)),
            )

    def watch(self, workspace: Workspace | None) -> None:
        """Follow others' changes to a team workspace or (other windows') to a file."""
        self._stop_listening()
        self.workspace = workspace
        self.others_changed = False
        self.mark = None
        self.checking = False  # a question about the workspace before is not this one's
        if workspace is not None and workspace.is_server:
            self.timer.start()
            self.check()  # the first mark, asked on a thread (the window just connected)
        else:
            self.timer.stop()
        if workspace is not None:
            self._listen(workspace)
        self.show_note()

    def _listen(self, workspace: Workspace) -> None:
        self.listener = workspace.backend.change_listener(workspace, self.sig_others_saved.emit)
        self.listener.start()

    def _stop_listening(self) -> None:
        if self.listener is not None:
            self.listener.stop(wait=False)
            self.listener = None

    def _others_saved(self, _tables) -> None:
        self.others_changed = True
        self.show_others()

    def show_others(self) -> None:
        """Read the workspace again so others' changes show, unless the person is in the
        middle of an edit (a cell editor, a typed field, a dialog): then a little later."""
        if not self.others_changed or self.workspace is None:
            return
        if self.in_the_middle_of_an_edit():
            self.show_note()
            self.retry.start()
            return
        self.window.refresh_all()  # calls refreshed(): the note goes
        self.window.statusBar().showMessage(self.tr("Others' changes are shown."), 4000)
        self.sig_shown_others.emit()

    def in_the_middle_of_an_edit(self) -> bool:
        if QApplication.activeModalWidget() is not None:
            return True
        editing = QAbstractItemView.State.EditingState
        if any(v.state() == editing for v in self.window.findChildren(QAbstractItemView)):
            return True  # a cell editor is open
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self.window:
            return False
        if isinstance(focus, QLineEdit):
            return focus.isModified()
        return isinstance(focus, QTextEdit | QPlainTextEdit | QAbstractSpinBox)

    def _read_mark(self) -> tuple | None:
        if self.workspace is None or not self.workspace.is_server:
            return None
        from core.team_db import others_change_mark

        try:
            return others_change_mark(self.workspace)
        except SQLAlchemyError:
            return self.mark  # the server is away for a moment: try again next time

    def check(self) -> None:
        """Did someone else save something since we last read? Say so, never reload under
        the person's hands (they may be typing in a cell). Asked on a thread: a server gone
        away (a network cut) answers only after the connect timeout, 8 s every 20 s of a
        frozen window when it was asked on the UI thread."""
        workspace = self.workspace
        if self.checking or workspace is None or not workspace.is_server:
            return
        from core.team_db import others_change_mark
        from ui.startup import in_background

        def compare(mark, error) -> None:
            if workspace is not self.workspace:
                return  # another workspace meanwhile (its own question is out)
            self.checking = False
            if error is not None:
                return  # the server away for a moment: next time
            if mark is not None and self.mark is not None and mark != self.mark:
                self.others_changed = True
                self.show_note()
            self.mark = mark

        self.checking = True
        in_background(self, lambda: others_change_mark(workspace), compare)

    def refreshed(self) -> None:
        self.others_changed = False
        self.mark = self._read_mark()
        self.show_note()

    # --- the note above the pages --------------------------------------------------------
    def show_note(self) -> None:
        note = self.window.team_note
        lines = []
        if self.workspace is not None and self.workspace.read_only:
            lines.append(
                self.tr(
                    "Read only: you are a viewer of this team workspace ({user}). You can look "
                    "at everything; changes are refused. Ask the owner for the editor role."
                ).format(user=self.workspace.user)
            )
        if self.others_changed and self.workspace is not None and self.workspace.is_server:
            lines.append(
                self.tr(
                    "Others have changed this team workspace. Press F5 (View > Refresh) to see "
                    "their changes."
                )
            )
        elif self.others_changed:
            lines.append(
                self.tr(
                    "This workspace was changed in another window. Press F5 (View > Refresh) "
                    "to see the changes."
                )
            )
        note.setText("\n".join(lines))
        note.setVisible(bool(lines))

    def retranslate(self) -> None:
        self.show_note()

    # --- copying -------------------------------------------------------------------------
    def copy_to(self) -> None:
        """File > Copy workspace to…: a new file, or an empty team database."""
        source = self.window.workspace
        if source is None:
            return
        target, ok = QInputDialog.getText(
            self.window,
            self.tr("Copy workspace"),
            self.tr(
                "Copy every table of this workspace to a new file (a path ending in "
                ".matrixdesk) or an empty team database (postgresql://user@server/database). "
                "Rows and a checksum per table are compared afterwards."
            ),
        )
        target = target.strip()
        if not ok or not target:
            return
        from ui.job_runner import run_job

        def done(checks) -> None:
            QMessageBox.information(
                self.window,
                self.tr("Copy workspace"),
                self.tr(
                    "Copied to {target}: {tables} tables, {rows} rows. Rows and checksums match "
                    "in every table."
                ).format(target=target, tables=len(checks), rows=sum(c.dest_rows for c in checks)),
            )

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("Cannot copy the workspace"), error_text(exc))

        run_job(
            self.window,
            self.tr("Copying the workspace…"),
            _copy_job,
            source,
            target,
            on_success=done,
            on_failure=failed,
        )


def _copy_job(source: Workspace, target: str, progress: Progress | None = None):
    from core.workspace_copy import copy_workspace_to

    return copy_workspace_to(source, target, progress)


class _Carrier(Exception):
    """Lets error_text render a bare Message."""

    def __init__(self, message) -> None:
        super().__init__(message)
        self.message = message
