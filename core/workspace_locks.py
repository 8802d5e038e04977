"""Locks between windows and processes sharing one workspace file.

- The import lock: one import or undo at a time per workspace, across windows and processes.
  SQLite alone would let both start and fail the second one with "database is locked" half way.
- The in-use claim: lets a window warn that the workspace is already open elsewhere.

Both are operating-system file locks on small hidden files beside the workspace
(``.NAME.matrixdesk.import-lock`` / ``.open-lock``): the system releases them when the process
ends in any way, SIGKILL included, so a crash never leaves a workspace locked. They are
``flock`` locks (per open file, so two windows of one process see each other too); on Windows
the import lock uses ``msvcrt.locking`` and the in-use claim is not available.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.workspace_guard import WorkspaceError


class WorkspaceBusy(WorkspaceError):
    """Another import or undo is running on the same workspace."""


def _lock_path(workspace_path: Path, kind: str) -> Path:
    return workspace_path.with_name(f".{workspace_path.name}.{kind}")


def _try_lock(handle, exclusive: bool) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(
            handle.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        )
        return True
    except BlockingIOError:
        return False


@contextmanager
def import_lock(workspace_path: Path) -> Iterator[None]:
    """Hold the workspace's import lock, or raise :class:`WorkspaceBusy` at once."""
    path = _lock_path(workspace_path, "import-lock")
    try:
        handle = open(path, "a+b")  # noqa: SIM115 - held for the whole block
    except OSError:
        yield  # an unwritable folder: the import itself will say so
        return
    try:
        if not _try_lock(handle, exclusive=True):
            raise WorkspaceBusy(
                Message(
                    "Workspace",
                    QT_TRANSLATE_NOOP(
                        "Workspace",
                        "Another import or undo is running on {name} (in this or another "
                        "window). Wait until it has finished, then try again.",
                    ),
                    {"name": workspace_path.name},
                )
            )
        yield
    finally:
        handle.close()  # closing releases the lock


class InUseClaim:
    """Held while a window has the workspace open; ``others`` says whether another window or
    process had it open when this one claimed it."""

    def __init__(self, workspace_path: Path) -> None:
        self.others = False
        self._handle = None
        if sys.platform == "win32":  # pragma: no cover
            return
        import fcntl

        try:
            self._handle = open(_lock_path(workspace_path, "open-lock"), "a+b")  # noqa: SIM115
        except OSError:
            return
        if _try_lock(self._handle, exclusive=True):
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_SH)  # let others see us, not block
        else:
            self.others = True
            if not _try_lock(self._handle, exclusive=False):
                self.release()  # someone is mid-claim: try to be counted next time

    def still_shared(self) -> bool:
        """Is the workspace open in another window or process right now?"""
        if self._handle is None:
            return False
        import fcntl

        # A failed upgrade from shared to exclusive drops the shared lock (flock(2)): take it
        # back either way.
        alone = _try_lock(self._handle, exclusive=True)
        fcntl.flock(self._handle.fileno(), fcntl.LOCK_SH)
        return not alone

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def remove_lock_files(workspace_path: Path) -> None:
    """After a rename: the hidden lock files of the old name are not needed any more."""
    for kind in ("import-lock", "open-lock"):
        try:
            os.unlink(_lock_path(workspace_path, kind))
        except OSError:
            pass
