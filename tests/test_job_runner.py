"""The one helper that runs core jobs off the UI thread: success, failure, cancel."""

from __future__ import annotations

import threading

from core.jobs import Cancelled, Progress
from ui.job_runner import run_job


def test_job_runs_off_the_ui_thread_and_reports_progress(qtbot):
    seen = {}

    def job(n, progress: Progress):
        seen["thread"] = threading.current_thread() is threading.main_thread()
        for i in range(n):
            progress.report(i + 1, n, f"step {i}")
        return n * 2

    results = []
    job_obj = run_job(None, "Working", job, 5, on_success=results.append, show_dialog=False)
    with qtbot.waitSignal(job_obj.sig_finished, timeout=5000):
        pass
    assert results == [10]
    assert seen["thread"] is False


def test_failure_reaches_the_failure_callback(qtbot):
    def job(progress):
        raise ValueError("bad number in row 3")

    errors = []
    job_obj = run_job(None, "Working", job, on_failure=errors.append, show_dialog=False)
    with qtbot.waitSignal(job_obj.sig_finished, timeout=5000):
        pass
    assert isinstance(errors[0], ValueError)


def test_cancel_stops_the_job(qtbot):
    started = threading.Event()
    release = threading.Event()

    def job(progress):
        started.set()
        release.wait(5)
        progress.report(1, 2)  # raises Cancelled: the user pressed cancel meanwhile
        return "finished anyway"

    results, cancelled = [], []
    job_obj = run_job(
        None, "Working", job, on_success=results.append, on_cancel=lambda: cancelled.append(True)
    )
    assert started.wait(5)
    from PySide6.QtWidgets import QPushButton

    job_obj.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel button
    release.set()
    with qtbot.waitSignal(job_obj.sig_finished, timeout=5000):
        pass
    assert cancelled == [True] and results == []


def test_progress_raises_once_cancelled():
    progress = Progress()
    progress.report(0, 1)
    progress.cancel()
    try:
        progress.report(1, 1)
    except Cancelled:
        return
    raise AssertionError("Cancelled was not raised")
