"""Run a core job on a worker thread with a progress dialog and a cancel button.

A job is ``fn(*args, progress)`` (see ``core/jobs.py``). Progress callbacks come from the worker
thread and are re-emitted as queued Qt signals, so the job never touches a widget.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.jobs import Cancelled, Progress


class _Worker(QObject):
    sig_progress = Signal(int, int, str)
    sig_succeeded = Signal(object)
    sig_failed = Signal(object)  # (type, value, traceback)
    sig_cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], args: tuple) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.progress = Progress(
            lambda done, total, text: self.sig_progress.emit(done, total, text)
        )

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(*self.args, self.progress)
        except Cancelled:
            self.sig_cancelled.emit()
        except BaseException:  # reported to the UI thread, which decides how to show it
            self.sig_failed.emit(sys.exc_info())
        else:
            self.sig_succeeded.emit(result)
        finally:
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
    ) -> None:
        super().__init__(parent)
        self.on_success, self.on_failure, self.on_cancel = on_success, on_failure, on_cancel
        self.thread = QThread()
        self.worker = _Worker(fn, args)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
            self.worker.sig_progress.connect(self._show_progress)
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

    def _finish(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.thread.quit()
        self.thread.wait()
        _running.discard(self)
        self.sig_finished.emit()

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


_running: set[Job] = set()


def run_job(
    parent: QWidget | None,
    title: str,
    fn: Callable[..., Any],
    *args: Any,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    show_dialog: bool = True,
) -> Job:
    """Start ``fn(*args, progress)`` on a worker thread; callbacks run on the UI thread."""
    job = Job(parent, title, fn, args, on_success, on_failure, on_cancel, show_dialog)
    _running.add(job)
    job.start()
    return job
