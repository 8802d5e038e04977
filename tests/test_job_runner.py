"""The one helper that runs core jobs off the UI thread: success, failure, cancel."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer

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


def test_progress_reaches_the_ui_thread_throttled_with_the_last_report(qtbot):
    n = 20_000

    def job(progress: Progress):
        for i in range(n):
            progress.report(i + 1, n, "")
        return "done"

    seen = []
    job_obj = run_job(None, "Working", job, show_dialog=False)
    job_obj.worker.sig_progress.connect(lambda done, total, text: seen.append(done))
    with qtbot.waitSignal(job_obj.sig_finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: seen and seen[-1] == n, timeout=5000)
    assert len(seen) < 200  # not one queued call per row


def test_the_job_is_kept_until_its_thread_has_ended(qtbot):
    from ui import job_runner

    job_obj = run_job(None, "Working", lambda progress: 1, show_dialog=False)
    with qtbot.waitSignal(job_obj.sig_finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: job_obj not in job_runner._running, timeout=30000)
    assert job_obj.thread.isFinished()


class _Review:
    __slots__ = ("skus", "flags", "name")

    def __init__(self, n: int) -> None:
        self.skus = [[i, str(i)] for i in range(n)]
        self.flags = {i: str(i) for i in range(n)}
        self.name = "big"


def test_release_frees_a_big_result_once_its_owner_let_go(qtbot):
    import weakref

    from ui.release import release_between_events

    class Box:  # weakref-able holder of the review's containers
        pass

    box = Box()
    box.skus = [[i] for i in range(50_000)]
    box.codes = {i: str(i) for i in range(50_000)}
    gone = weakref.ref(box)
    release_between_events(box)
    del box
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)


def test_release_leaves_what_others_still_use_whole(qtbot):
    from ui import release

    review = _Review(10_000)
    shown = review.skus  # e.g. the model still shows these rows
    release.release_between_events(review)
    del review
    qtbot.waitUntil(lambda: release.pending() == 0, timeout=5000)
    assert len(shown) == 10_000 and shown[-1] == [9999, "9999"]


def test_release_does_not_touch_what_its_owner_keeps(qtbot, monkeypatch):
    from ui import release

    monkeypatch.setattr(release, "WAIT_FOR_OWNER", 0.3)
    kept = {i: i for i in range(10_000)}
    release.release_between_events(kept)  # the caller forgot to let go: it must stay whole
    qtbot.waitUntil(lambda: release.pending() == 0, timeout=5000)  # it gave up waiting
    assert len(kept) == 10_000


def test_release_frees_between_events_a_slice_at_a_time(qtbot):
    """A 10 ms timer keeps ticking while 100,000 rows (each with a few objects of its own)
    are freed, and the UI thread frees them (no thread competes with it)."""
    import weakref

    from ui import release

    class Row:
        def __init__(self, i):
            self.values = [str(i), float(i), [i]]

    rows = [Row(i) for i in range(100_000)]
    last = weakref.ref(rows[-1])
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot.wait(30)
    release.release_between_events(rows)
    del rows
    threads = threading.active_count()
    qtbot.waitUntil(lambda: release.pending() == 0, timeout=10_000)
    qtbot.wait(30)
    timer.stop()
    assert last() is None
    assert threading.active_count() == threads
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.05, max(gaps)


def test_no_garbage_collection_while_jobs_run_and_back_on_after_the_last(qtbot):
    import gc

    release_first, release_second = threading.Event(), threading.Event()
    seen = {}

    def first(progress):
        seen["first"] = gc.isenabled()
        release_first.wait(5)

    def second(progress):
        seen["second"] = gc.isenabled()
        release_second.wait(5)
        seen["second_end"] = gc.isenabled()

    assert gc.isenabled()
    one = run_job(None, "One", first, show_dialog=False)
    two = run_job(None, "Two", second, show_dialog=False)
    # both threads running (on a busy machine the second one started after the first ended)
    qtbot.waitUntil(lambda: "first" in seen and "second" in seen, timeout=5000)
    with qtbot.waitSignal(one.sig_finished, timeout=5000):
        release_first.set()
    assert not gc.isenabled()  # the second job still runs: its 100,000 objects, no collection
    with qtbot.waitSignal(two.sig_finished, timeout=5000):
        release_second.set()
    assert seen == {"first": False, "second": False, "second_end": False}
    assert gc.isenabled()


QUITTING = """
import sys, threading, time
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer

from core.jobs import Progress
from ui.app import leave
from ui.job_runner import run_job
app = QApplication([])
release = threading.Event()

def waits_on_a_server(progress):  # a read the server never answers: no progress reports
    release.wait()

def reports(progress: Progress):
    while True:
        progress.report(0, 0, "")
        time.sleep(0.01)

jobs = [run_job(None, "", reports, show_dialog=False)]
if sys.argv[1] == "stuck":
    jobs.append(run_job(None, "", waits_on_a_server, show_dialog=False))
time.sleep(0.1)
print("leaving", flush=True)
sys.exit(leave(3))
"""


def test_quitting_stops_the_jobs_and_never_aborts_on_one_still_waiting():
    """Closing the app while a job waits on a far-away server ends it plainly (exit code
    kept), no "QThread: Destroyed while thread is still running" abort."""
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    repo = Path(__file__).resolve().parents[1]
    for case, longest in (("stopping", 2.0), ("stuck", 8.0)):
        started = time.monotonic()
        ended = subprocess.run(
            [sys.executable, "-c", QUITTING, case],
            cwd=repo, env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        took = time.monotonic() - started
        assert ended.returncode == 3, (case, ended.stderr)
        assert "leaving" in ended.stdout and "QThread" not in ended.stderr, case
        assert took < longest, (case, took)


def test_a_finished_job_keeps_nothing_it_was_given(qtbot):
    """A reload is given the rows shown then (100,000 SKUs with their review): once it has
    finished, the job object (alive as long as its page keeps it) no longer holds them."""
    import gc
    import weakref

    class Rows:
        pass

    for ending in ("success", "failure"):
        given = Rows()
        gone = weakref.ref(given)

        def job(rows, progress, ending=ending):
            if ending == "failure":
                raise ValueError("bad")
            return "done"

        job_obj = run_job(None, "Working", job, given, show_dialog=False, on_failure=lambda e: 0)
        with qtbot.waitSignal(job_obj.sig_finished, timeout=5000):
            pass
        del given
        # (the worker thread lets go of it right after it reports the end)
        qtbot.waitUntil(lambda gone=gone: gc.collect() >= 0 and gone() is None, timeout=3000)
        assert job_obj.worker is not None  # the job object itself is still there
