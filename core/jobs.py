"""Long work as plain functions: ``job(args..., progress)``.

A job reports progress and checks for cancel through a :class:`Progress`; it never touches a
widget. ``ui/job_runner.py`` runs any job on a worker thread; the CLI and tests call it directly.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside a job when the user pressed cancel."""


ProgressCallback = Callable[[int, int, str], None]


class Progress:
    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        """Tell how far the job is; raises :class:`Cancelled` once cancel was asked for."""
        self.check()
        if self._callback is not None:
            self._callback(done, total, message)

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


def silent() -> Progress:
    return Progress()
