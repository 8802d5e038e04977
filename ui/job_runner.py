"""Run a core job on a worker thread with a progress dialog and a cancel button.

A job is ``fn(*args, progress)`` (see ``core/jobs.py``). Progress callbacks come from the worker
thread and are re-emitted as queued Qt signals, so the job never touches a widget.

The UI thread must never stall (a 10 ms timer on it keeps ticking within 100 ms while a job
runs, see benchmarks/test_bench_import_export.py): progress is sent at most every
PROGRESS_EVERY seconds (a job reporting per row would flood the event loop), the end of a job
does not wait for its thread (the thread ends by itself right after; the runner keeps it until
then); ui/release.py frees a large old result (a 100,000-SKU review) between events.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.jobs import Cancelled, Progress


class _Worker(QObject):
    sig_progress = Signal(int, int, str)
    sig_delivered = Signal(object)  # a first part of the result (``Progress.deliver``)
    sig_succeeded = Signal(object)
    sig_failed = Signal(object)  # (type, value, traceback)
    sig_cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], args: tuple) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.progress = Progress(self._report, self.sig_delivered.emit)
        self._reported = (0.0, "")

    def _report(self, done: int, total: int, text: str) -> None:
        """Forward at most one report per PROGRESS_EVERY (the last one, and every new text,
        always): each is a queued call the UI thread has to take the interpreter for."""
        now = time.monotonic()
        last, last_text = self._reported
        if now - last >= PROGRESS_EVERY or text != last_text or (total and done >= total):
            self._reported = (now, text)
            self.sig_progress.emit(done, total, text)

    @Slot()
    def run(self) -> None:
        _pause_gc()
        try:
            try:
                result = self.fn(*self.args, self.progress)
            finally:
                _resume_gc()
        except Cancelled:
            self.sig_cancelled.emit()
        except BaseException:  # reported to the UI thread, which decides how to show it
            self.sig_failed.emit(sys.exc_info())
        else:
            self.sig_succeeded.emit(result)
        finally:
            # What the job was given (a reload's rows shown then: 100,000 SKUs and their
            # review) is not kept for as long as the finished job object lives.
            self.args = ()
            # The thread ends with the job even when the page that started it was closed
            # meanwhile (its Job never hears back): no thread left running at exit.
            self.thread().quit()


class Job(QObject):
    """One running job; keep a reference until it finishes (the runner does)."""

    sig_finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fn: Callable[..., Any],
        args: tuple,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        on_cancel: Callable[[], None] | None,
        show_dialog: bool = True,
        on_part: Callable[[Any], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_success, self.on_failure, self.on_cancel = on_success, on_failure, on_cancel
        self.on_part, self.on_progress = on_part, on_progress
        self.thread = QThread()
        self.worker = _Worker(fn, args)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.dialog: QProgressDialog | None = None
        self.reported = False  # the job's end reached the UI thread (its thread may still run)
        if show_dialog:
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
            self.worker.sig_progress.connect(self._show_progress)
        if on_progress is not None:
            self.worker.sig_progress.connect(self._progressed)
        self.worker.sig_delivered.connect(self._delivered)
        self.worker.sig_succeeded.connect(self._succeeded)
        self.worker.sig_failed.connect(self._failed)
        self.worker.sig_cancelled.connect(self._cancelled)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.progress.cancel()

    @Slot(int, int, str)
    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.on_progress is not None and not self.reported:
            self.on_progress(done, total, text)

    @Slot(object)
    def _delivered(self, part: Any) -> None:
        # Queued before the end, so never after it; a cancelled job's parts are dropped.
        if self.on_part is not None and not self.reported and not self.worker.progress.cancelled:
            self.on_part(part)

    def _finish(self) -> None:
        self.reported = True
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        # The worker has asked its thread to quit; it ends in a moment on its own. Waiting for
        # it here would hold the UI thread while the job's last objects are freed over there.
        if self.thread.isFinished():
            _running.discard(self)
        else:
            self.thread.finished.connect(self._thread_ended)
        self.sig_finished.emit()

    @Slot()
    def _thread_ended(self) -> None:
        _running.discard(self)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._finish()
        if self.on_success:
            self.on_success(result)

    @Slot(object)
    def _failed(self, exc_info) -> None:
        self._finish()
        if self.on_failure:
            self.on_failure(exc_info[1])
        else:
            from ui.errors import show_exception

            show_exception(*exc_info, parent=self.parent())

    @Slot()
    def _cancelled(self) -> None:
        self._finish()
        if self.on_cancel:
            self.on_cancel()


PROGRESS_EVERY = 0.05  # seconds between two progress reports reaching the UI thread
_gc_lock = threading.Lock()
_gc_pauses = [0, False]  # jobs running, whether the collector was on before the first


def _pause_gc() -> None:
    """No cyclic garbage collection while any job runs. A job that builds 100,000 objects (a
    review, rows, an import) triggers full collections that scan every object of the process
    in one C call, holding the interpreter lock: measured 2.5–3.9 s without a tick of the UI
    thread's timer during a step 2 reload at 100k SKUs."""
    with _gc_lock:
        if _gc_pauses[0] == 0:
            _gc_pauses[1] = gc.isenabled()
            gc.disable()
        _gc_pauses[0] += 1


def _resume_gc() -> None:
    """The last job to end turns the collector back on. What the jobs built is frozen first
    (``gc.freeze``, O(1)): it holds no cycles worth finding and goes with its last reference,
    and left in the young generations it would be scanned at once by the next collection, the
    same pause on whatever thread triggers it (the UI thread, typically)."""
    with _gc_lock:
        _gc_pauses[0] -= 1
        if _gc_pauses[0] == 0 and _gc_pauses[1]:
            gc.freeze()
            gc.enable()


_running: set[Job] = set()  # until their thread has ended, not only until their callbacks ran
_apps_hooked: set[QCoreApplication] = set()


def wait_for_jobs(timeout_ms: int = 2000) -> None:
    """Let the threads of jobs that already reported end (called when the app quits: a QThread
    destroyed while still running aborts the process)."""
    for job in list(_running):
        if job.reported and job.thread.isRunning():
            job.thread.wait(timeout_ms)


def stop_jobs(timeout_ms: int = 3000) -> bool:
    """At quit: ask every running job to stop (those reporting progress stop at their next
    report) and give their threads ``timeout_ms`` in all to end. False when one still runs
    (a read waiting on a team server gone quiet): the caller then leaves the process without
    destroying its thread, which would abort it."""
    deadline = time.monotonic() + timeout_ms / 1000
    for job in list(_running):
        job.cancel()
    for job in list(_running):
        left = int((deadline - time.monotonic()) * 1000)
        if job.thread.isRunning() and (left <= 0 or not job.thread.wait(left)):
            return False
    return True


def run_job(
    parent: QWidget | None,
    title: str,
    fn: Callable[..., Any],
    *args: Any,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    show_dialog: bool = True,
    on_part: Callable[[Any], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> Job:
    """Start ``fn(*args, progress)`` on a worker thread; callbacks run on the UI thread:
    ``on_part`` with what the job hands over early (``progress.deliver``), ``on_progress``
    with its (throttled) progress reports."""
    job = Job(
        parent,
        title,
        fn,
        args,
        on_success,
        on_failure,
        on_cancel,
        show_dialog,
        on_part,
        on_progress,
    )
    app = QCoreApplication.instance()
    if app is not None and app not in _apps_hooked:
        app.aboutToQuit.connect(wait_for_jobs)
        _apps_hooked.add(app)
    _running.add(job)
    job.start()
    return job
