"""Long work as plain functions: ``job(args..., progress)``.

A job reports progress and checks for cancel through a :class:`Progress`; it never touches a
widget. ``ui/job_runner.py`` runs any job on a worker thread; the CLI and tests call it directly.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Cancelled(Exception):
    """Raised inside a job when the user pressed cancel."""


ProgressCallback = Callable[[int, int, str], None]


class Progress:
    def __init__(
        self,
        callback: ProgressCallback | None = None,
        deliver: Callable[[object], None] | None = None,
    ) -> None:
        self._callback = callback
        self._deliver = deliver
        self._cancel = threading.Event()

    def deliver(self, part: object) -> bool:
        """Hand over a first part of the result while the job goes on (step 2 shows the
        catalog while its sales are reviewed); False when nobody listens. Raises
        :class:`Cancelled` once cancel was asked for."""
        self.check()
        if self._deliver is None:
            return False
        self._deliver(part)
        return True

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


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a job builds 100,000s of objects that hold no cycles
    (import rows, a large catalog's review, export rows): each collection would rescan all of
    them and find nothing, pausing every thread, the UI's included, for a second or more."""
    enabled = gc.isenabled()
    if enabled:
        gc.unfreeze()  # what an earlier job froze goes back to the oldest generation
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # What the job built sits in the youngest generation: the next collection would
            # scan all of it at once. Frozen, it is not scanned; it holds no cycles and goes
            # with its last reference.
            gc.freeze()
            gc.enable()
