"""A team workspace opens off the UI thread: at the start (the last one used, or the address
given), from the connect dialog and on "Try again". The window says "Connecting to <server>…"
with a Cancel button and keeps answering (a 10 ms timer's longest gap stays under 0.1 s while a
slow server connects); a failure is a plain message naming the server; a cancelled, replaced or
closed-over connection is never shown, and what it made is closed."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from core import team_db
from ui import paths
from ui.i18n import LanguageSwitcher

SLOW = 1.2  # seconds a fake slow server takes to answer


class Probe:
    """A 10 ms timer on the UI thread; ``longest`` is the longest gap between its ticks."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._tick)
        self.last = time.monotonic()
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest


@pytest.fixture
def languages(qt_settings):
    switcher = LanguageSwitcher()
    switcher.switch("en")
    yield switcher
    switcher.switch("en")


@pytest.fixture
def team_address(pg_server, demo_file, monkeypatch) -> str:
    """The demo in a team database; its address as the recent list keeps it (no password:
    libpq finds it in PGPASSWORD, as it would in the keychain)."""
    url = make_url(pg_server.fresh_demo(demo_file))
    monkeypatch.setenv("PGPASSWORD", url.password or "")
    return team_db.public_address(url)


class Slow:
    """``team_db.open_team_workspace`` that waits ``SLOW`` seconds first (as a slow server
    does), then connects for real, or raises ``fail``; records the thread it ran on and
    whether what it made was closed."""

    def __init__(self, fail: BaseException | None = None, seconds: float = SLOW) -> None:
        self.fail, self.seconds = fail, seconds
        self.real = team_db.open_team_workspace
        self.threads: list[threading.Thread] = []
        self.made: list = []
        self.finished = threading.Event()
        self.answered = threading.Event()  # the slow part is over

    def __call__(self, address: str, password: str | None = None):
        self.threads.append(threading.current_thread())
        try:
            time.sleep(self.seconds)
            self.answered.set()
            if self.fail is not None:
                raise self.fail
            workspace = self.real(address, password)
            self.made.append(workspace)
            return workspace
        finally:
            self.finished.set()


def _start(qtbot, languages, argv=()):
    from ui.app import show_main_window

    window = show_main_window(languages, list(argv))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


def _opened(qtbot, window, timeout=30_000):
    qtbot.waitUntil(
        lambda: window.workspace is not None and window.opening is None, timeout=timeout
    )
    qtbot.waitUntil(lambda: not window.step_list.pending, timeout=timeout)


def test_last_used_team_workspace_connects_at_start_while_the_window_answers(
    qtbot, languages, team_address, monkeypatch
):
    slow = Slow()
    monkeypatch.setattr(team_db, "open_team_workspace", slow)
    paths.remember_workspace(team_address)
    window = _start(qtbot, languages)
    page = window.opening
    port = make_url(team_address).port
    assert page.title.text() == f"Connecting to 127.0.0.1:{port}…"  # from the first paint on
    assert team_address in page.detail.text()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(slow.threads), timeout=10_000)  # the imports done, it connects
    probe = Probe()
    assert page.buttons["cancel"].isVisibleTo(page) and page.progress.isVisibleTo(page)
    qtbot.waitUntil(slow.answered.is_set, timeout=30_000)
    assert probe.stop() <= 0.1  # while the server took its time
    _opened(qtbot, window)
    assert slow.threads[0] is not threading.main_thread()
    assert window.workspace.is_server and window.workspace.location == team_address
    assert window.stack.currentWidget() is window.pages["team"]
    assert window.workspace.counts()["skus"] > 90  # the demo's catalog, from the server
    assert paths.recent_entries()[0] == team_address


def test_a_team_address_given_at_start_connects_too(qtbot, languages, team_address, monkeypatch):
    """The connection's thread also imports step 1's page and makes the Qt types: building
    the page is all the UI thread has left (the import there was a 0.1 s turn on CI)."""
    from ui import startup

    warmed = []
    real_warm_pages = startup.warm_pages

    def warm_pages(modules, workspace):
        warmed.append((modules, workspace.location, threading.current_thread()))
        real_warm_pages(modules, workspace)

    monkeypatch.setattr(startup, "warm_pages", warm_pages)
    window = _start(qtbot, languages, [team_address])
    _opened(qtbot, window)
    assert window.workspace.location == team_address
    assert warmed == [(("ui.pages.team_page",), team_address, warmed[0][2])]
    assert warmed[0][2] is not threading.main_thread()


def test_cancel_stops_waiting_and_a_failure_after_it_is_never_said(
    qtbot, languages, team_address, monkeypatch
):
    from core.engines.postgresql import TeamDatabaseError
    from core.i18n import Message

    slow = Slow(fail=TeamDatabaseError(Message("Team", "the server fell over", {})))
    monkeypatch.setattr(team_db, "open_team_workspace", slow)
    paths.remember_workspace(team_address)
    window = _start(qtbot, languages)
    qtbot.waitUntil(lambda: bool(slow.threads), timeout=10_000)
    window.opening.buttons["cancel"].click()
    page = window.opening
    port = make_url(team_address).port
    assert page.title.text() == f"Not connected to 127.0.0.1:{port}"
    assert window.background is None and not window.step_list.pending
    assert page.buttons["again"].isVisibleTo(page) and page.buttons["local"].isVisibleTo(page)
    assert not page.buttons["cancel"].isVisibleTo(page)
    qtbot.waitUntil(slow.finished.is_set, timeout=10_000)
    qtbot.wait(100)  # its failure has reached nobody: no message, the page unchanged
    assert page.title.text() == f"Not connected to 127.0.0.1:{port}"
    assert "fell over" not in page.problem.text()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    # Try again, on a server that answers this time
    answers = Slow(seconds=0)
    answers.real = slow.real
    monkeypatch.setattr(team_db, "open_team_workspace", answers)
    page.buttons["again"].click()
    _opened(qtbot, window)
    assert window.workspace.location == team_address


def _quiet_port() -> tuple[socket.socket, int]:
    """A loopback port that accepts connections and never answers (a server that hangs)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    return server, server.getsockname()[1]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_failures_are_plain_messages_naming_the_server(
    qtbot, languages, team_address, monkeypatch, language
):
    """Unreachable, wrong password, timeout: each a translated sentence naming the server on
    the page, with Try again / Connect… / Open a local workspace; never a traceback."""
    from core.engines import postgresql

    languages.switch(language)
    monkeypatch.setattr(postgresql, "CONNECT_TIMEOUT", 2)  # libpq's shortest
    hanging, port = _quiet_port()
    url = make_url(team_address)
    cases = {
        "unreachable": ("postgresql://anna@127.0.0.1:1/shop", None),
        "password": (team_address, "not-the-password"),
        "timeout": (f"postgresql://anna@127.0.0.1:{port}/shop", None),
    }
    expected = {
        "en": {
            "unreachable": "Cannot reach the server at 127.0.0.1:1",
            "password": f"The server at 127.0.0.1 refused the login of {url.username}",
            "timeout": f"The server at 127.0.0.1:{port} did not answer within 2 seconds",
        },
        "zh_CN": {
            "unreachable": "无法连接 127.0.0.1:1 上的服务器",
            "password": f"127.0.0.1 上的服务器拒绝了 {url.username} 的登录",
            "timeout": f"127.0.0.1:{port} 上的服务器在 2 秒内没有应答",
        },
    }[language]
    title = {"en": "Cannot connect to {server}", "zh_CN": "无法连接 {server}"}[language]
    from ui.workspace_opening import connect_in_window

    window = _start(qtbot, languages, ["postgresql://anna@127.0.0.1:1/shop"])
    # the start's own attempt (right after the first paint) has failed first
    qtbot.waitUntil(lambda: window.opening.state == "failed", timeout=15_000)
    try:
        for case, (address, password) in cases.items():
            monkeypatch.setenv("PGPASSWORD", "x")
            connect_in_window(window, address, password)
            qtbot.waitUntil(lambda: window.background is None, timeout=15_000)
            page = window.opening
            server = f"127.0.0.1:{make_url(address).port}"
            assert page.title.text() == title.format(server=server), case
            assert expected[case] in page.problem.text(), (case, page.problem.text())
            assert "Traceback" not in page.problem.text()
            assert page.buttons["again"].isVisibleTo(page)
            assert window.workspace is None and not window.step_list.pending
    finally:
        hanging.close()


def test_opening_a_file_while_connecting_drops_the_connection(
    qtbot, languages, team_address, monkeypatch, demo_file, tmp_path
):
    import shutil

    slow = Slow()
    monkeypatch.setattr(team_db, "open_team_workspace", slow)
    paths.remember_workspace(team_address)
    window = _start(qtbot, languages)
    qtbot.waitUntil(lambda: bool(slow.threads), timeout=10_000)
    shop = tmp_path / "shop.matrixdesk"
    shutil.copy(demo_file, shop)
    with qtbot.waitSignal(window.opened, timeout=10_000) as opening:
        window.open_path(shop)  # File > Open while the server is still connecting
    assert opening.args == [True]
    _opened(qtbot, window)
    qtbot.waitUntil(slow.finished.is_set, timeout=10_000)
    qtbot.wait(100)
    assert window.workspace.path == shop  # the connection that came later is not shown
    qtbot.waitUntil(lambda: _closed(slow.made[0]), timeout=5_000)


def _closed(workspace) -> bool:
    """The engine was disposed: its pool holds no connection to the server any more."""
    return workspace.engine.pool.checkedin() == 0


def test_closing_the_window_while_connecting_closes_what_the_connection_made(
    qtbot, languages, team_address, monkeypatch
):
    slow = Slow()
    monkeypatch.setattr(team_db, "open_team_workspace", slow)
    paths.remember_workspace(team_address)
    window = _start(qtbot, languages)
    qtbot.waitUntil(lambda: bool(slow.threads), timeout=10_000)
    window.close()
    assert window.background is None
    qtbot.waitUntil(slow.finished.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: bool(slow.made) and _closed(slow.made[0]), timeout=5_000)
    assert window.workspace is None


def test_the_connect_dialog_connects_off_the_ui_thread_and_cancel_stops_waiting(
    qtbot, languages, team_address, monkeypatch
):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.connect_dialog import ConnectDialog

    slow = Slow()
    monkeypatch.setattr(team_db, "open_team_workspace", slow)
    dialog = ConnectDialog(None, team_address)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    port = make_url(team_address).port
    assert dialog.status.text() == f"Connecting to 127.0.0.1:{port}… Cancel stops waiting."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not dialog.host_edit.isEnabled()
    dialog.reject()  # Cancel: stop waiting, the dialog stays open
    assert dialog.isVisible() and dialog.attempt is None
    assert dialog.problem.text() == f"Stopped waiting for 127.0.0.1:{port}."
    assert dialog.host_edit.isEnabled()
    qtbot.waitUntil(slow.finished.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: bool(slow.made) and _closed(slow.made[0]), timeout=5_000)
    assert dialog.workspace is None
    slow.answered.clear()
    probe = Probe()
    dialog.accept()  # again, and this time it is waited for
    qtbot.waitUntil(slow.answered.is_set, timeout=15_000)
    assert probe.stop() <= 0.1  # while the server took its time
    qtbot.waitUntil(lambda: dialog.workspace is not None, timeout=15_000)
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.workspace.close()


def test_connecting_and_cancelled_pages_in_chinese(qtbot, languages, monkeypatch, team_address):
    slow = Slow(seconds=0.5)
    monkeypatch.setattr(team_db, "open_team_workspace", slow)
    languages.switch("zh_CN")
    window = _start(qtbot, languages, [team_address])
    page = window.opening
    port = make_url(team_address).port
    assert page.title.text() == f"正在连接 127.0.0.1:{port}…"
    qtbot.waitUntil(lambda: bool(slow.threads), timeout=10_000)
    assert page.buttons["cancel"].text() == "取消"
    page.buttons["cancel"].click()
    assert page.title.text() == f"未连接到 127.0.0.1:{port}"
    assert page.buttons["again"].text() == "重试"
    languages.switch("en")  # the page follows the language
    assert page.title.text() == f"Not connected to 127.0.0.1:{port}"


def test_the_periodic_check_asks_a_slow_server_off_the_ui_thread(
    qtbot, languages, team_address, monkeypatch
):
    """Every 20 s (and once when it opens) the window asks whether others changed the team
    workspace: a server that takes its time (or is gone: the connect timeout) no longer
    freezes the window meanwhile."""
    from ui.main_window import MainWindow

    window = MainWindow(languages)
    qtbot.addWidget(window)
    window.show()
    workspace = team_db.open_team_workspace(team_address)
    answered = threading.Event()
    asked = []

    def slow_mark(ws):
        asked.append(ws)
        time.sleep(SLOW)
        answered.set()
        return ("someone else", len(asked))  # a mark that moves each time

    monkeypatch.setattr(team_db, "others_change_mark", slow_mark)
    probe = Probe()
    window.set_workspace(workspace)  # the first mark
    qtbot.waitUntil(answered.is_set, timeout=10_000)
    assert probe.stop() <= 0.1
    qtbot.waitUntil(lambda: not window.team.checking, timeout=5_000)
    assert window.team.mark == ("someone else", 1) and window.team_note.isHidden()
    answered.clear()
    probe = Probe()
    window.team.check()
    window.team.check()  # a second tick while the first is out: not asked twice
    qtbot.waitUntil(answered.is_set, timeout=10_000)
    assert probe.stop() <= 0.1
    qtbot.waitUntil(lambda: not window.team.checking, timeout=5_000)
    assert asked == [workspace, workspace]
    assert "Others have changed" in window.team_note.text()


class SlowProxy:
    """A loopback proxy in front of the session's PostgreSQL whose every answer to the app
    waits ``delay`` seconds first: a far-away server, with the real connect, TLS check, role
    and schema queries going through psycopg (which must not hold the interpreter)."""

    def __init__(self, host: str, port: int, delay: float) -> None:
        self.target, self.delay = (host, port), delay
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.port = self.server.getsockname()[1]
        self.sockets: list[socket.socket] = [self.server]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.sockets += [client, upstream]
            threading.Thread(target=self._pipe, args=(client, upstream, 0), daemon=True).start()
            threading.Thread(
                target=self._pipe, args=(upstream, client, self.delay), daemon=True
            ).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, delay: float) -> None:
        try:
            while data := source.recv(65536):
                time.sleep(delay)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        """The far-away server goes: what still waits on it hears so (a socket closed from
        another thread would leave a blocked ``recv`` waiting)."""
        for sock in self.sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()


def test_a_far_away_real_server_connects_while_the_window_answers(
    qtbot, languages, team_address, monkeypatch
):
    """The session's PostgreSQL behind a proxy that holds each answer 0.3 s (a connect and
    its checks take a dozen answers: several seconds)."""
    url = make_url(team_address)
    proxy = SlowProxy(url.host or "127.0.0.1", url.port or 5432, 0.3)
    try:
        far = team_db.public_address(url.set(port=proxy.port))
        window = _start(qtbot, languages, [far])
        qtbot.waitExposed(window)
        assert window.opening.title.text() == f"Connecting to 127.0.0.1:{proxy.port}…"
        qtbot.waitUntil(lambda: window.background is not None, timeout=10_000)
        qtbot.wait(300)  # the start's imports are done; the connection waits on the server
        probe = Probe()
        started = time.monotonic()
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)
        waited = time.monotonic() - started
        # then step 1 shows, reading the team from the server on a thread
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages.get("team"))
        page = window.pages["team"]
        assert page.message.text() == "Reading the team from the server…"
        assert not page.add_button.isEnabled()
        qtbot.waitUntil(lambda: page.members_model.rowCount() > 0, timeout=30_000)
        assert probe.stop() <= 0.1, waited
        assert waited > 1.0  # it did take its time
        assert window.workspace.location == far
        assert not page.message.isVisible() and page.add_button.isEnabled()
        assert page.checklist.isVisible()
        assert page.raci_model.columnCount() == page.members_model.rowCount()
        qtbot.waitUntil(lambda: not window.step_list.pending, timeout=30_000)
        window.close()
    finally:
        proxy.close()
