"""A workspace file opened from the window (File > Open, the recent ones, the start screen)
opens on a thread: the window answers meanwhile and says "Opening <name>…" when it takes more
than a moment; its problems (damaged, an older version) are handled as before."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

import core.workspace
from core import backups, schema
from tests.test_workspace_problems_ui import damaged_shop  # noqa: F401 - a fixture
from ui.i18n import LanguageSwitcher
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
SLOW_SECONDS = 1.0


@pytest.fixture
def languages(qt_settings):
    switcher = LanguageSwitcher()
    switcher.switch("en")
    yield switcher
    switcher.switch("en")


@pytest.fixture
def window(qtbot, languages):
    win = MainWindow(languages)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()  # abandons an opening still on its way
    win.deleteLater()


@pytest.fixture
def shops(tmp_path, demo_file):
    first, second = tmp_path / "north-shop.matrixdesk", tmp_path / "south-shop.matrixdesk"
    shutil.copy(demo_file, first)
    shutil.copy(demo_file, second)
    return first, second


class SlowCheck:
    """``PRAGMA quick_check`` taking a second longer on the files given (a big or slow disk)."""

    def __init__(self, monkeypatch, *slow: Path) -> None:
        self.slow = {p.resolve() for p in slow}
        self.started = threading.Event()
        self.finished = threading.Event()
        real = core.workspace.quick_check

        def quick_check(conn):
            name = Path(conn.execute("PRAGMA database_list").fetchone()[2]).resolve()
            if name in self.slow:
                self.started.set()
                time.sleep(SLOW_SECONDS)
                self.finished.set()
            return real(conn)

        monkeypatch.setattr(core.workspace, "quick_check", quick_check)


class Probe:
    """A 10 ms timer's ticks on the UI thread: the longest gap between two says how long the
    window did not answer."""

    def __init__(self, window) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer(window, interval=10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()
        self.ticks.append(time.perf_counter())

    def longest_until(self, moment: float) -> float:
        ticks = [t for t in self.ticks if t <= moment]
        return max(b - a for a, b in zip(ticks, ticks[1:], strict=False))


def test_a_slow_open_leaves_the_window_answering_and_says_opening(
    qtbot, window, shops, monkeypatch
):
    first, _second = shops
    slow = SlowCheck(monkeypatch, first)
    seen: list[str] = []
    probe = Probe(window)
    with qtbot.waitSignal(window.opened, timeout=20_000) as opening:
        window.open_path(first)
        qtbot.waitUntil(slow.started.is_set, timeout=10_000)
        qtbot.waitUntil(lambda: window.opening is not None, timeout=5_000)
        seen.append(window.opening.title.text())
        assert window.stack.currentWidget() is window.opening
        qtbot.waitUntil(slow.finished.is_set, timeout=10_000)
        checked = time.perf_counter()
    probe.timer.stop()
    assert opening.args == [True]
    assert seen == ["Opening north-shop…"]
    # The slow check ran on a thread: a tick every 10 ms (0.1 s at most on a loaded machine).
    assert probe.longest_until(checked) <= 0.1
    assert len([t for t in probe.ticks if t <= checked]) > 30
    assert window.workspace.path == first.resolve()
    qtbot.waitUntil(lambda: window.opening is None, timeout=5_000)
    assert window.stack.currentWidget() is window.pages["team"]
    assert window.pages["team"].workspace is window.workspace


def test_opening_says_so_in_chinese(qtbot, window, shops, monkeypatch, languages):
    first, _second = shops
    languages.switch("zh_CN")
    slow = SlowCheck(monkeypatch, first)
    with qtbot.waitSignal(window.opened, timeout=20_000):
        window.open_path(first)
        qtbot.waitUntil(lambda: window.opening is not None, timeout=5_000)
        assert window.opening.title.text() == "正在打开 north-shop…"
        assert "检查中…" in window.step_list.item_text(0)
        qtbot.waitUntil(slow.finished.is_set, timeout=10_000)


def test_a_quick_open_does_not_flash_the_opening_page(qtbot, window, shops):
    first, _second = shops
    pages = []
    window.stack.currentChanged.connect(lambda _i: pages.append(window.stack.currentWidget()))
    with qtbot.waitSignal(window.opened, timeout=20_000):
        window.open_path(first)
    assert window.opening is None  # a demo-sized file opens well within the moment
    assert all(page in window.pages.values() for page in pages)


def test_a_second_file_opened_meanwhile_wins(qtbot, window, shops, monkeypatch):
    first, second = shops
    slow = SlowCheck(monkeypatch, first)
    outcomes: list[bool] = []
    window.opened.connect(outcomes.append)
    window.open_path(first)
    qtbot.waitUntil(slow.started.is_set, timeout=10_000)
    with qtbot.waitSignal(window.opened, timeout=20_000):
        window.open_path(second)  # File > Open again before the first one is open
    assert window.workspace.path == second.resolve()
    qtbot.waitUntil(slow.finished.is_set, timeout=10_000)
    qtbot.wait(300)  # the first one's thread has ended: its workspace is never shown
    assert outcomes == [True]
    assert window.workspace.path == second.resolve()
    assert window.opening is None and window.stack.currentWidget() is window.pages["team"]


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "is damaged: SQLite found broken pages"), ("zh_CN", "已损坏：SQLite 在其中发现")],
)
def test_a_damaged_file_still_says_so_naming_it(
    qtbot,
    window,
    damaged_shop,  # noqa: F811 - the fixture imported above
    monkeypatch,
    languages,
    language,
    words,
):
    from ui.dialogs.restore_dialog import RestoreDialog

    languages.switch(language)
    seen = []

    def decline(dialog):
        seen.append(dialog.problem_label.text())
        return 0

    monkeypatch.setattr(RestoreDialog, "exec", decline)
    with qtbot.waitSignal(window.opened, timeout=20_000) as opening:
        window.open_path(damaged_shop)
    assert opening.args == [False]
    assert len(seen) == 1
    assert words in seen[0] and str(damaged_shop) in seen[0]
    assert window.workspace is None


def test_an_older_workspace_is_backed_up_then_upgraded(qtbot, window, tmp_path):
    older = tmp_path / "v7-demo.matrixdesk"
    shutil.copy(ROOT / "tests" / "fixtures" / "workspaces" / "v7-demo.matrixdesk", older)
    assert backups.list_backups(older) == []
    with qtbot.waitSignal(window.opened, timeout=30_000) as opening:
        window.open_path(older)
    assert opening.args == [True]
    assert window.workspace.path == older.resolve()
    assert window.workspace.schema_revision == schema.head()
    taken = backups.list_backups(older)
    assert len(taken) == 1 and taken[0].reason == f"before-v{schema.head()}"
    assert window.workspace.counts()["skus"] > 0
