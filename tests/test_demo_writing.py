"""The demo workspace is written off the UI thread: the window paints first and says "Writing
the demo workspace…" with its progress, then opens it; a write stopped halfway leaves nothing
behind to open next time; opening another workspace meanwhile wins."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer

import core.demo
from core.jobs import Cancelled, Progress
from ui import paths
from ui.i18n import LanguageSwitcher


@pytest.fixture
def languages(qt_settings):
    switcher = LanguageSwitcher()
    switcher.switch("en")
    yield switcher
    switcher.switch("en")


class Recorder:
    """``core.demo.build_demo`` that records its thread and each progress report it makes."""

    def __init__(self, monkeypatch) -> None:
        self.real = core.demo.build_demo
        self.threads: list[threading.Thread] = []
        self.reports: list[tuple[int, int]] = []
        monkeypatch.setattr(core.demo, "build_demo", self)

    def __call__(self, path, anchor=None, progress: Progress | None = None):
        self.threads.append(threading.current_thread())
        assert progress is not None
        real_report = progress.report

        def report(done: int, total: int, message: str = "") -> None:
            self.reports.append((done, total))
            time.sleep(0.01)  # a slower disk: the page has time to show the progress
            real_report(done, total, message)

        progress.report = report  # type: ignore[method-assign]
        return self.real(path, anchor, progress)


def _start(qtbot, languages):
    from ui.app import show_main_window

    window = show_main_window(languages, [])
    qtbot.addWidget(window)
    return window


def test_first_start_writes_the_demo_on_a_thread_with_progress_in_the_window(
    qtbot, languages, monkeypatch
):
    demo = Recorder(monkeypatch)
    window = _start(qtbot, languages)
    qtbot.waitExposed(window)
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    probe = QTimer(interval=10)
    probe.timeout.connect(tick)
    probe.start()
    seen: list[tuple[str, int, int]] = []

    def look() -> bool:
        page = window.opening
        if page is not None and page.progress is not None:
            seen.append((page.title.text(), page.progress.value(), page.progress.maximum()))
        return window.workspace is not None

    qtbot.waitUntil(look, timeout=60_000)
    probe.stop()
    assert demo.threads and demo.threads[0] is not threading.main_thread()
    assert ("Writing the demo workspace…") in {title for title, _v, _m in seen}
    # the bar moved with the products written
    total = demo.reports[-1][1]
    assert any(0 < value < maximum == total for _t, value, maximum in seen)
    # The UI thread kept answering all along (written on it, the window would stand still for
    # the whole write, 1-3 s; the bound leaves room for a loaded 2-core machine).
    assert len(gaps) > 20 and max(gaps) <= 0.5
    assert window.workspace.path == paths.demo_path()
    assert window.workspace.counts()["skus"] > 90
    assert not paths.demo_path().with_name("demo.matrixdesk.writing").exists()
    qtbot.waitUntil(lambda: window.opening is None and not window.step_list.pending, timeout=30_000)
    assert window.stack.currentWidget() is window.pages["team"]


def test_writing_the_demo_in_chinese(qtbot, languages, monkeypatch):
    Recorder(monkeypatch)
    languages.switch("zh_CN")
    window = _start(qtbot, languages)
    qtbot.waitUntil(
        lambda: window.opening is not None and window.opening.progress is not None,
        timeout=30_000,
    )
    assert window.opening.title.text() == "正在写入演示工作区…"
    assert "100 个 SKU" in window.opening.detail.text()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)


def test_a_demo_write_stopped_halfway_leaves_nothing_to_open(tmp_path):
    path = tmp_path / "demo.matrixdesk"

    def stop_at_five(done: int, _total: int, _text: str) -> None:
        if done == 5:
            raise Cancelled()

    with pytest.raises(Cancelled):
        core.demo.write_demo(path, Progress(stop_at_five))
    assert list(tmp_path.iterdir()) == []
    # and a stale part of an earlier stopped write does not stand in the way
    (tmp_path / "demo.matrixdesk.writing").write_bytes(b"half")
    workspace = core.demo.write_demo(path)
    try:
        assert workspace.path == path and workspace.counts()["skus"] > 90
    finally:
        workspace.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.matrixdesk"]


def test_opening_a_file_while_the_demo_is_written_wins(
    qtbot, languages, monkeypatch, demo_file, tmp_path
):
    import shutil

    demo = Recorder(monkeypatch)
    window = _start(qtbot, languages)
    qtbot.waitUntil(lambda: len(demo.reports) > 3, timeout=30_000)
    shop = tmp_path / "shop.matrixdesk"
    shutil.copy(demo_file, shop)
    with qtbot.waitSignal(window.opened, timeout=10_000) as opening:
        window.open_path(shop)  # File > Open while the demo is being written
    assert opening.args == [True]
    qtbot.waitUntil(lambda: window.opening is None and not window.step_list.pending, timeout=30_000)
    qtbot.wait(300)
    assert window.workspace.path == shop
    assert not paths.demo_path().with_name("demo.matrixdesk.writing").exists()


def test_open_the_demo_from_the_file_menu_writes_it_while_the_window_answers(
    qtbot, languages, monkeypatch, demo_file, tmp_path
):
    """File > Open the demo workspace with no demo yet: the page area says so while it is
    written, the workspace that was open stays open until the demo is ready."""
    import shutil

    from ui.main_window import MainWindow

    shop = tmp_path / "shop.matrixdesk"
    shutil.copy(demo_file, shop)
    window = MainWindow(languages)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.opened, timeout=10_000):
        window.open_path(shop)
    Recorder(monkeypatch)
    window.open_demo()
    assert window.opening is not None and window.stack.currentWidget() is window.opening
    assert window.opening.title.text() == "Writing the demo workspace…"
    assert window.workspace.path == shop  # still open meanwhile
    qtbot.waitUntil(lambda: window.workspace.path == paths.demo_path(), timeout=60_000)
    qtbot.waitUntil(lambda: window.opening is None, timeout=30_000)
    assert window.stack.currentWidget() is window.pages["team"]
